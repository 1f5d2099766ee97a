"""The lexicon: what the cleaner knows about news pages, as data tables."""
