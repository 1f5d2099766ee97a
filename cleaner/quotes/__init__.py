"""Reading direct quotes: spans, speaker phrases, attributions, headlines and people named."""
