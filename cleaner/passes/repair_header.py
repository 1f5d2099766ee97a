"""repair_header: pull title, kicker, label and byline out of the lines above the date.

Layouts: ``Title⏎⏎Title⏎Date`` (repeat dropped), ``Title⏎⏎Date``, ``Kicker⏎Title⏎Date``,
``By VIDEO, Title⏎⏎Date``, ``Date⏎Body`` (no title), and no header at all. Without a date line, the
first line is a title only when it looks like one (short, no closing full stop, a paragraph of
its own) — nothing is invented. Never touches: body paragraphs, or related titles in ``embedded``.

>>> from cleaner.document import Draft
>>> d = repair_header(Draft("By VIDEO, Lavrov: We Will Win\\n\\nBody.\\n", dateline_at=1))
>>> d.title, d.label, d.authors, d.text
('Lavrov: We Will Win', 'video', (), '\\nBody.\\n')
"""

from __future__ import annotations

import regex

from cleaner import bylines, labels
from cleaner.dates import parse_date
from cleaner.document import Draft, Log
from cleaner.dumps import DUMP_START
from cleaner.passes.strip_furniture import is_furniture

NAME = "repair_header"

_MAX_TITLE_WORDS = 30
_MAX_SPLITS = 16  # rounds of byline and label splitting of one title
_SENTENCE_END = regex.compile(r"[.,;][\"”’')\]]*+\s*+$")


def _key(line: str) -> str:
    return " ".join(line.casefold().split())


def _looks_like_title(lines: list[str], index: int) -> bool:
    """Without a date line: is this first line a title rather than the first paragraph?

    Short, not closed by a full stop, comma or semicolon, and more text follows. Blank lines
    are not looked at: the clean text puts one between all paragraphs, and reading it again
    must come to the same answer.
    """
    line = lines[index].strip()
    if len(line.split()) > _MAX_TITLE_WORDS or _SENTENCE_END.search(line):
        return False
    if bylines.byline_line(line):
        return False  # a byline alone is not a title
    return any(other.strip() and not is_furniture(other.strip()) for other in lines[index + 1 :])


def _header_indices(lines: list[str], nonblank: list[int], draft: Draft) -> list[int]:
    if draft.dateline_at is not None:
        return nonblank[: draft.dateline_at]
    # Furniture above the title (a desk code, a site tag) does not start the article, and a
    # byline may stand above the title.
    bylines_above: list[int] = []
    for index in nonblank:
        line = lines[index].strip()
        if is_furniture(line):
            continue
        if bylines.byline_line(line):
            bylines_above.append(index)
            continue
        if _looks_like_title(lines, index):
            return [*bylines_above, index]
        break
    return bylines_above


def _reads_as_title(text: str) -> bool:
    """What is left once a label or byline is split off must still be a title: not furniture,
    not a date, not a label word, not the start of a dump (``VIDEO: SHI/SHI`` stays whole).
    Split, the rest would be read as a desk code, a date, a label or a dump line on the next
    run: the output would not be stable."""
    return bool(text) and not is_furniture(text) and parse_date(text) is None \
        and labels.canonical(text) is None \
        and DUMP_START.match(text.encode("utf-8", "surrogatepass")) is None


def _merge(into: list[str], items: tuple[str, ...]) -> None:
    into.extend(item for item in items if item not in into)


def repair_header(draft: Draft) -> Draft:
    """Move the header lines into title, subtitle, label and authors; drop a repeated title.

    Before: ``By VIDEO, ‘We’ll Fight ISIS’: Lavrov``  After: title ``‘We’ll Fight ISIS’: Lavrov``,
    label ``video``.
    """
    lines = draft.text.split("\n")
    nonblank = [i for i, line in enumerate(lines) if line and not line.isspace()]
    # Furniture among the header lines is no title: strip_furniture takes it out, recorded.
    header = [index for index in _header_indices(lines, nonblank, draft)
              if not is_furniture(lines[index].strip())]
    after_header = nonblank[nonblank.index(header[-1]) + 1 :] if header else nonblank
    # Byline lines just below the header (furniture aside) belong to it, however many.
    below: set[int] = set()
    for index in after_header:
        line = lines[index].strip()
        if is_furniture(line):
            continue
        if not bylines.byline_line(line):
            break
        below.add(index)
    header = [*header, *sorted(below)]
    if not header:
        return draft
    authors, credits = list(draft.authors), list(draft.credits)
    kept: list[tuple[int, str]] = []
    moved: dict[int, str] = {}  # line index → what happened to it, recorded in line order
    for index in header:
        line = lines[index].strip()
        if kept and _key(kept[-1][1]) == _key(line):
            moved[index] = "dropped repeated title line"
        else:
            kept.append((index, line))
    titles: list[str] = []
    for index, line in kept:
        # "By Jane Doe, Farmers Return" alone is a byline plus title, not two names.
        alone = len(kept) == 1 and index not in below and draft.dateline_at is not None
        found = None if alone else bylines.byline_line(line)
        if found:
            _merge(authors, found[0])
            _merge(credits, found[1])
            moved[index] = "moved byline line into authors"
        else:
            titles.append(line)
            moved[index] = "moved header line into title fields"
    log = Log(NAME)
    for index in sorted(moved):
        log.fix(moved[index], lines[index], "", index + 1)
    title, subtitle, label = _title_fields(titles)
    # A byline and labels may wrap each other ("VIDEO: By Jane Doe, Title"): split both off
    # until neither applies, as the next run would. Each round reads the whole title, so the
    # rounds are bounded; real titles need one or two.
    for _ in range(_MAX_SPLITS):
        before = title
        byline = bylines.read_byline(title) if title else None
        if byline is not None and _reads_as_title(byline.title):
            label = label or byline.label
            _merge(authors, byline.authors)
            _merge(credits, byline.credits)
            title = byline.title
        found_label, rest = labels.split_label(title) if title else (None, "")
        if found_label is not None and _reads_as_title(rest):
            label, title = label or found_label, rest
        if title == before:
            break
    skip = set(header)
    # Each body line keeps its index in the input, so that its fix can say which line it was.
    body = [(i, line) for i, line in enumerate(lines) if i not in skip]
    repeats = {_key(title or ""), _key(titles[-1])} if titles else set()
    while True:  # every copy of the title and every byline that opens the body go
        first = next((at for at, (_, line) in enumerate(body)
                      if line.strip() and not is_furniture(line.strip())), None)
        if first is None:
            break
        index, line = body[first]
        if _key(line) in repeats:
            log.fix("dropped title repeated as first paragraph", line, "", index + 1)
        elif (found := bylines.byline_line(line.strip())) is not None:
            _merge(authors, found[0])
            _merge(credits, found[1])
            log.fix("moved byline line into authors", line, "", index + 1)
        else:
            break
        del body[first]
    return log.apply(
        draft,
        text="\n".join(line for _, line in body),
        title=title or None,
        subtitle=subtitle,
        label=draft.label or label,
        authors=tuple(authors),
        credits=tuple(credits),
    )


def _title_fields(kept: list[str]) -> tuple[str | None, str | None, str | None]:
    """(title, subtitle, label) from the header lines left: the last is the title.

    A kicker above it that ends in a colon starts the title; any other is the subtitle.
    """
    if not kept:
        return None, None, None
    title = kept[-1]
    subtitle = None
    for kicker in kept[:-1]:
        if kicker.endswith(":"):
            title = f"{kicker} {title}"
        else:
            subtitle = f"{subtitle} {kicker}" if subtitle else kicker
    return title, subtitle, None
