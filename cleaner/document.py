"""The data that flows through the pipeline: Fix, Options, Draft and the final Document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeAlias

# What a decoded dump or JSON payload can be.
JsonValue: TypeAlias = (
    "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | None"
)


@dataclass(frozen=True, slots=True)
class Fix:
    """One change a pass made: which pass, what, the text before and after, and where."""

    pass_name: str
    message: str
    before: str
    after: str
    line: int | None = None
    # 1-based column of `before` in its line; None when it starts the line (most fixes).
    column: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "pass": self.pass_name,
            "message": self.message,
            "before": self.before,
            "after": self.after,
            "line": self.line,
            "column": self.column,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote of the body: its words, who said it, the speech verb, the paragraph.

    Paragraph 0 is the title; body paragraphs count from 1.
    """

    text: str
    speaker: str | None
    cue: str | None
    paragraph: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "speaker": self.speaker, "cue": self.cue,
                "paragraph": self.paragraph}


@dataclass(frozen=True, slots=True)
class Options:
    """Typed settings that passes may read; the CLI fills them from its flags."""

    dayfirst: bool = False
    tz: str | None = None
    quotes: str = "keep"  # keep | curly | straight


@dataclass(frozen=True, slots=True)
class Dump:
    """A debug dump cut out of the page: its text, its parsed value and what did not fit."""

    raw: str
    value: JsonValue
    kind: str = "var_dump"
    complete: bool = True
    line: int = 1
    # For a top-level string: the declared byte count and the bytes found.
    declared: int | None = None
    found: int | None = None
    notes: tuple[str, ...] = ()


class Draft(NamedTuple):
    """The document while passes work on it. Passes return a new Draft (``draft.replace``).

    A NamedTuple rather than a frozen dataclass: the pipeline makes a few dozen copies per page
    and ``_replace`` is twice as fast as the dataclass equivalent (bench/batch_bench.py).
    """

    text: str
    # The page's bytes until strip_var_dump has cut the dumps out of them (clean_bytes only).
    raw: bytes | None = None
    encoding: str = "utf-8"  # the codec of raw, chosen once for the whole page
    options: Options = Options()
    source: str | None = None
    title: str | None = None
    subtitle: str | None = None
    label: str | None = None
    authors: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    published: str | None = None
    published_raw: str | None = None
    dumps: tuple[Dump, ...] = ()
    embedded: tuple[Any, ...] = ()
    # The header model's plan (cleaner.header.HeaderPlan), handed from pass to pass.
    header: Any = None
    quotes: tuple[Quote, ...] = ()
    fixes: tuple[Fix, ...] = ()
    warnings: tuple[str, ...] = ()

    def replace(self, **changes: Any) -> Draft:  # noqa: ANN401 - fields of several types
        return self._replace(**changes)


class Log:
    """Collects one pass's fixes and warnings, then adds them to the draft in one copy.

    Appending to the draft's tuples one fix at a time would copy them each time: quadratic on a
    page with thousands of dumps or changed lines.
    """

    __slots__ = ("fixes", "pass_name", "warnings")

    def __init__(self, pass_name: str) -> None:
        self.pass_name = pass_name
        self.fixes: list[Fix] = []
        self.warnings: list[str] = []

    def fix(self, message: str, before: str, after: str, line: int | None = None,
            column: int | None = None) -> None:
        """Record a change; nothing is recorded when nothing changed."""
        if before != after:
            self.fixes.append(Fix(self.pass_name, message, before, after, line, column))

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def apply(self, draft: Draft, **changes: Any) -> Draft:  # noqa: ANN401 - draft fields
        """The draft with `changes` and everything recorded here."""
        if self.fixes:
            changes["fixes"] = draft.fixes + tuple(self.fixes)
        if self.warnings:
            changes["warnings"] = draft.warnings + tuple(self.warnings)
        return draft._replace(**changes) if changes else draft


@dataclass(frozen=True, slots=True)
class Document:
    """The result of cleaning one page; the JSON schema and the text format are built from it."""

    source: str | None
    title: str | None
    subtitle: str | None
    label: str | None
    authors: tuple[str, ...]
    credits: tuple[str, ...]
    published: str | None
    published_raw: str | None
    body: tuple[str, ...]
    embedded: tuple[Any, ...]
    quotes: tuple[Quote, ...]
    fixes: tuple[Fix, ...]
    warnings: tuple[str, ...]
    original: str = field(default="", repr=False, compare=False)

    @classmethod
    def from_draft(cls, draft: Draft, original: str) -> Document:
        body = tuple(line for line in draft.text.split("\n") if line.strip())
        return cls(
            source=draft.source,
            title=draft.title,
            subtitle=draft.subtitle,
            label=draft.label,
            authors=draft.authors,
            credits=draft.credits,
            published=draft.published,
            published_raw=draft.published_raw,
            body=body,
            embedded=draft.embedded,
            quotes=draft.quotes,
            fixes=draft.fixes,
            warnings=draft.warnings,
            original=original,
        )

    @property
    def changed(self) -> bool:
        return self.to_text() != self.original

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON schema, documented field by field in the README."""
        return {
            "source": self.source,
            "title": self.title,
            "subtitle": self.subtitle,
            "label": self.label,
            "authors": list(self.authors),
            "credits": list(self.credits),
            "published": self.published,
            "published_raw": self.published_raw,
            "body": list(self.body),
            "embedded": list(self.embedded),
            "quotes": [quote.to_dict() for quote in self.quotes],
            "fixes": [fix.to_dict() for fix in self.fixes],
            "warnings": list(self.warnings),
        }

    def meta_line(self) -> str:
        """Line 2 of the text format: the label and the ISO date, whatever is known."""
        return " | ".join(part for part in (self.label, self.published) if part)

    def to_text(self) -> str:
        """Title, subtitle, a meta line, a blank line, then paragraphs separated by blank lines.

        Cleaning this text again gives the same text: the header model reads its own format
        (a dek right under the headline is the subtitle). A headline and a subtitle over no
        body and no meta line are written a blank line apart: ``Title⏎Subtitle`` alone is a
        header over nothing, which reads back as text, and two blocks read back the same
        whichever way they are taken.
        """
        subtitle = self.subtitle if self.title else None
        meta = self.meta_line()
        if self.title and subtitle and not meta and not self.body:
            return f"{self.title}\n\n{subtitle}\n"
        head = [part for part in (self.title, subtitle, meta) if part]
        blocks = ["\n".join(head)] if head else []
        blocks.extend(self.body)
        return "\n\n".join(blocks) + "\n" if blocks else ""
