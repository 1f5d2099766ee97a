"""Renderers: a Document in, text out. The pretty renderer (rich) lives in its own module."""

from __future__ import annotations

import difflib
import json

from cleaner.document import Document


def render_text(doc: Document) -> str:
    return doc.to_text()


def render_json(doc: Document, *, indent: int | None = 2) -> str:
    """The JSON schema of the README, UTF-8 (not ASCII-escaped)."""
    separators = None if indent else (",", ":")
    return json.dumps(doc.to_dict(), ensure_ascii=False, indent=indent, separators=separators)


def render_diff(doc: Document, name: str = "input") -> str:
    """A unified diff of the original page against the clean text (empty when unchanged)."""
    return "".join(
        difflib.unified_diff(
            doc.original.splitlines(keepends=True),
            doc.to_text().splitlines(keepends=True),
            fromfile=f"{name}\t(original)",
            tofile=f"{name}\t(cleaned)",
        )
    )
