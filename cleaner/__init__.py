"""cleaner: turn raw scraper dumps of news pages into clean article text and structured JSON.

>>> doc = clean("Title\\n\\nWed Jan 20, 2016 22:31:33\\n\\nBody.\\n")
>>> doc.title, doc.published, doc.body
('Title', '2016-01-20T22:31:33', ('Body.',))
"""

from __future__ import annotations

from cleaner.decode import ascii_compatible, decode_page
from cleaner.document import Document, Fix, Options
from cleaner.errors import CleanerError
from cleaner.pipeline import PASSES, Pass, run

__version__ = "0.1.0"
__all__ = ["PASSES", "CleanerError", "Document", "Fix", "Options", "clean", "clean_bytes"]


def clean(text: str, *, source: str | None = None, options: Options | None = None) -> Document:
    """Clean one page given as text."""
    return run(text, source=source, options=options)


def clean_bytes(
    data: bytes,
    *,
    source: str | None = None,
    options: Options | None = None,
    passes: tuple[Pass, ...] = PASSES,
) -> Document:
    """Clean one page given as bytes; decoding problems become warnings, never exceptions."""
    encoding, text, warnings = decode_page(data)
    if not ascii_compatible(encoding):  # UTF-16/32: dumps can only be found in the decoded text
        encoding = "utf-8"
        raw = None
    else:
        raw = data
    return run(text, source=source, options=options, passes=passes, raw=raw,
               encoding=encoding, warnings=warnings)
