"""cleaner: turn raw scraper dumps of news pages into clean article text and structured JSON.

>>> doc = clean("Title\\n\\nWed Jan 20, 2016 22:31:33\\n\\nBody.\\n")
>>> doc.title, doc.published, doc.body
('Title', '2016-01-20T22:31:33', ('Body.',))

The pipeline (and the lexicon's patterns it compiles) is imported on first use, not with the
package: the command line can then set up its Ctrl-C handling first (`cleaner.launcher`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cleaner.document import Document, Options
    from cleaner.pipeline import Pass

__version__ = "0.1.0"
__all__ = ["PASSES", "CleanerError", "Document", "Fix", "Options", "clean", "clean_bytes"]

# What the package exports from its modules, imported when first asked for.
_LAZY = {"PASSES": "cleaner.pipeline", "Pass": "cleaner.pipeline", "run": "cleaner.pipeline",
         "Document": "cleaner.document", "Fix": "cleaner.document", "Options": "cleaner.document",
         "CleanerError": "cleaner.errors"}


def __getattr__(name: str) -> Any:  # noqa: ANN401 (any of the exported names)
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'cleaner' has no attribute {name!r}")


def clean(text: str, *, source: str | None = None, options: Options | None = None) -> Document:
    """Clean one page given as text."""
    from cleaner.pipeline import run

    return run(text, source=source, options=options)


def clean_bytes(
    data: bytes,
    *,
    source: str | None = None,
    options: Options | None = None,
    passes: tuple[Pass, ...] | None = None,
) -> Document:
    """Clean one page given as bytes; decoding problems become warnings, never exceptions."""
    from cleaner.decode import ascii_compatible, decode_page
    from cleaner.pipeline import PASSES, run

    encoding, text, warnings = decode_page(data)
    if not ascii_compatible(encoding):  # UTF-16/32: dumps can only be found in the decoded text
        encoding = "utf-8"
        raw = None
    else:
        raw = data
    return run(text, source=source, options=options, passes=PASSES if passes is None else passes,
               raw=raw, encoding=encoding, warnings=warnings)
