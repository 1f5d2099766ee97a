"""repair_header: pull title, kicker, label and byline out of the lines above the date.

Layouts: ``Title⏎⏎Title⏎Date`` (repeat dropped), ``Title⏎⏎Date``, ``Kicker⏎Title⏎Date``,
``By VIDEO, Title⏎⏎Date``, ``Date⏎Body`` (no title), and no header at all. Without a date line, the
first line is a title only when it looks like one (short, no closing full stop, a paragraph of
its own) — nothing is invented. Never touches: body paragraphs, or related titles in ``embedded``.

>>> from cleaner.document import Draft
>>> d = repair_header(Draft("By VIDEO, Lavrov: We Will Win\\n\\nBody.\\n", dateline_at=1))
>>> d.title, d.label, d.authors, d.text
('Lavrov: We Will Win', 'video', (), 'Body.\\n')
"""

from __future__ import annotations

import regex

from cleaner import bylines, labels
from cleaner.document import Draft

NAME = "repair_header"

_MAX_TITLE_WORDS = 30
_SENTENCE_END = regex.compile(r"[.,;]\s*$")


def _key(line: str) -> str:
    return " ".join(line.casefold().split())


def _looks_like_title(lines: list[str], index: int) -> bool:
    """Without a date line: is this first line a title rather than the first paragraph?"""
    line = lines[index].strip()
    rest = [other for other in lines[index + 1 :] if other.strip()]
    if not rest or len(line.split()) > _MAX_TITLE_WORDS or _SENTENCE_END.search(line):
        return False
    if bylines.read_byline(line) is not None or labels.split_label(line)[0] is not None:
        return True
    next_is_blank = index + 1 < len(lines) and not lines[index + 1].strip()
    return next_is_blank or _key(rest[0]) == _key(line)


def _header_indices(lines: list[str], draft: Draft) -> list[int]:
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if draft.dateline_at is not None:
        return nonblank[: draft.dateline_at]
    if nonblank and _looks_like_title(lines, nonblank[0]):
        return nonblank[:1]
    return []


def repair_header(draft: Draft) -> Draft:
    """Move the header lines into title, subtitle, label and authors; drop a repeated title.

    Before: ``By VIDEO, ‘We’ll Fight ISIS’: Lavrov``  After: title ``‘We’ll Fight ISIS’: Lavrov``,
    label ``video``.
    """
    lines = draft.text.split("\n")
    header = _header_indices(lines, draft)
    if not header:
        return draft
    new = draft
    kept: list[str] = []
    for index in header:
        line = lines[index].strip()
        if kept and _key(kept[-1]) == _key(line):
            new = new.fix(NAME, "dropped repeated title line", lines[index], "", index + 1)
        else:
            kept.append(line)
            new = new.fix(NAME, "moved header line into title fields", lines[index], "", index + 1)
    title = kept[-1]
    subtitle = None
    for kicker in kept[:-1]:
        if kicker.endswith(":"):
            title = f"{kicker} {title}"
        else:
            subtitle = f"{subtitle} {kicker}" if subtitle else kicker
    label, authors, credits = new.label, list(new.authors), list(new.credits)
    byline = bylines.read_byline(title)
    if byline is not None:
        label = label or byline.label
        authors.extend(a for a in byline.authors if a not in authors)
        credits.extend(c for c in byline.credits if c not in credits)
        title = byline.title
    found_label, title = labels.split_label(title)
    label = label or found_label
    skip = set(header)
    body = [line for i, line in enumerate(lines) if i not in skip]
    first = next((i for i, line in enumerate(body) if line.strip()), None)
    if first is not None and _key(body[first]) in {_key(title), _key(kept[-1])}:
        new = new.fix(NAME, "dropped title repeated as first paragraph", body[first], "")
        del body[first]
    text = "\n".join(body).lstrip("\n")
    return new.replace(
        text=text,
        title=title or None,
        subtitle=subtitle,
        label=label,
        authors=tuple(authors),
        credits=tuple(credits),
    )
