"""The chrome reader: is a line site chrome, and which blocks of a page are chrome.

`chrome_line` reads one line on its own against the lexicon (`cleaner.lexicon.chrome`);
`chrome_blocks` reads the page's lines in order for chrome that only its neighbours reveal: the
rest of the page after a comment form or a paywall pitch, the short link lines under a
"Related Stories" heading, a thread of reader comments.

>>> chrome_line("Share on WhatsApp"), chrome_line("The army retook the town on Wednesday.")
('share row', None)
>>> chrome_blocks(["A" * 90 + ".", "Leave a Reply", "Your name", "Nice one."])
{1: 'comment form', 2: 'comment form', 3: 'comment form'}
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex

from cleaner.lexicon import chrome as lexicon

# A row tried on a line: its kind, its pattern, and for a costly row what lets it run (the
# strings one of which the line must hold; whether its first characters must come again).
_Try = tuple[str, regex.Pattern[str], tuple[str, ...], bool]
# What dispatch reads: the line's first word and the space after it, or its first characters
# (any start of the line is a sound key: a row that can match the line can start with it).
_HEAD_CHARS = 16


class _Dispatch:
    """Rows tried only on lines whose first word they can start with.

    Most rows open with words of their own ("Share", "Story Code", "Photo:"), so most lines
    can start like none of them: `candidates` asks each row once per distinct first word
    (regex partial matching: can a match begin so?) and keeps the answer, so a line is tried
    against the few rows its first word allows, not against all sixty. The rows keep their
    order: the first that matches wins.

    >>> [kind for kind, *_ in _TIERS[0].candidates("Share on WhatsApp")][:2]
    ['counter', 'share row']
    >>> "share row" in [kind for kind, *_ in _TIERS[0].candidates("The army retook the town.")]
    False
    """

    def __init__(self, rows: tuple[_Try, ...]) -> None:
        self.rows = rows
        self._by_char: dict[str, tuple[_Try, ...]] = {}
        self._by_head: dict[str, _Plan] = {}

    def candidates(self, text: str) -> tuple[_Try, ...]:
        return self.plan(text).rows

    def plan(self, text: str) -> _Plan:
        """The candidate rows of a line, split for `chrome_line`: the plain ones, then the
        gated ones with the needles their gates ask for."""
        space = text.find(" ", 0, _HEAD_CHARS)
        head = text[: space + 1] if space != -1 else text[:_HEAD_CHARS]
        found = self._by_head.get(head)
        if found is None:
            if len(self._by_head) >= _HEADS_KEPT:
                self._by_head.clear()
            found = self._by_head[head] = _Plan(tuple(
                row for row in self._starting_with(head[:1])
                if row[1].fullmatch(head, partial=True)))
        return found

    def clear(self) -> None:
        """Forget the first words read (for benchmarks that start cold)."""
        self._by_char.clear()
        self._by_head.clear()

    def _starting_with(self, char: str) -> tuple[_Try, ...]:
        found = self._by_char.get(char)
        if found is None:
            found = self._by_char[char] = tuple(
                row for row in self.rows if row[1].fullmatch(char, partial=True))
        return found


class _Plan:
    """The rows a first word allows, in order: the plain rows (every tier puts them first),
    then the gated ones (`_tier` puts them last), each gate as a bit mask over the needles,
    so that a line is searched for each needle once, not once per row that asks for it."""

    __slots__ = ("gated", "needles", "plain", "rows")

    def __init__(self, rows: tuple[_Try, ...]) -> None:
        self.rows = rows
        self.plain = tuple((kind, pattern) for kind, pattern, needs, repeats in rows
                           if not needs and not repeats)
        needles = sorted({needle for _, _, needs, _ in rows for needle in needs})
        bit = {needle: 1 << i for i, needle in enumerate(needles)}
        self.needles = tuple((needle, bit[needle]) for needle in needles)
        self.gated = tuple((kind, pattern, sum(bit[needle] for needle in needs), repeats)
                           for kind, pattern, needs, repeats in rows if needs or repeats)


_HEADS_KEPT = 65536  # first words remembered per table: a few MB at most


def _tier(reach: int) -> _Dispatch:
    """The rows that can match a line of up to `reach` characters: the plain rows in their
    order, then the costly (gated) ones; a pattern an earlier row already has, written again
    for its example, is left out."""
    plain: list[_Try] = []
    gated: list[_Try] = []
    seen: set[str] = set()
    for row in lexicon.LINES:
        if row.reach < reach or row.pattern in seen:
            continue
        seen.add(row.pattern)
        (gated if row.needs or row.repeats else plain).append(
            (row.kind, regex.compile(row.pattern, regex.I), row.needs, row.repeats))
    return _Dispatch((*plain, *gated))


_TIERS = tuple(_tier(reach) for reach in lexicon.REACHES)
_OPENERS = _Dispatch(tuple((row.kind, regex.compile(row.pattern, regex.I), (), False)
                           for row in lexicon.OPENERS))
_COMMENT = regex.compile(lexicon.COMMENT_HEAD.pattern, regex.I)
_DIGIT = regex.compile(r"\d")  # a comment head has a date: a line with no digit is none
_BODY = 80  # characters: a line this long before an opener shows the article has begun
_BULLET = regex.compile(r"[-•*]\s+\S")
_SENTENCE_END = regex.compile(r"[.!?][\"”’')]*$")


@lru_cache(maxsize=8192)
def chrome_line(line: str) -> str | None:
    """The kind of chrome a line is (the reason recorded when it goes), or None.

    >>> chrome_line("Story Code : 251465"), chrome_line("It is over.")
    ('story code', None)
    """
    text = line.strip()
    if not text or len(text) > lexicon.REACHES[-1]:
        return None
    plan = _TIERS[bisect_left(lexicon.REACHES, len(text))].plan(text)
    for kind, pattern in plan.plain:
        if pattern.fullmatch(text):
            return kind
    if plan.gated:
        low = text.casefold()
        present = 0
        for needle, bit in plan.needles:
            if needle in low:
                present |= bit
        # (a caption pasted twice starts again with its first characters)
        again = low[:6] in low[1:]
        for kind, pattern, needs, repeats in plan.gated:
            if (repeats and not again) or (needs and not needs & present):
                continue
            if pattern.fullmatch(text):
                return kind
    if _opener(text) == "links":
        return "related links heading"
    return "gallery block" if is_gallery_paste(text, None) else None


def is_gallery_paste(line: str, title: str | None) -> bool:
    """A line made of one text pasted again and again (the gallery captions).

    >>> is_gallery_paste("Army Wins" * 3 + "Arm", None)
    True
    >>> is_gallery_paste("A normal sentence that says one thing.", None)
    False
    """
    if len(line) < 24:
        return False
    if title and len(title) >= 8 and line.startswith(title) and len(line) >= 2 * len(title) - 1:
        period = len(title)
    else:
        period = line.find(line[:16], 1)
        if period <= 0 or period > len(line) // 2:
            return False
    if line[period - 1].isspace() or line[period].isspace():
        return False  # pasted captions run together; a spaced repeat is a sentence
    return line[period:] == line[: len(line) - period]


def opens_a_tail(line: str) -> bool:
    """A heading that opens the chrome to the end of the page (a comment form, a paywall
    pitch): ``To continue reading this article...``, ``Leave a Reply``.

    >>> opens_a_tail("To continue reading this article..."), opens_a_tail("Army retakes town")
    (True, False)
    """
    return _opener(line.strip()) == "tail"


def _opener(text: str) -> str | None:
    for kind, pattern, _, _ in _OPENERS.candidates(text):
        if pattern.fullmatch(text):
            return kind
    return None


def _is_link_line(text: str) -> bool:
    """A short line under a links heading: a headline, a date, a footer row, not a paragraph."""
    return len(text) <= 60 or (len(text) <= 160 and not _SENTENCE_END.search(text))


_NEXT_HEADER = 6  # lines: how far a headline's copy stands below it in a page's header


def _opens_the_next_article(lines: list[str], index: int) -> bool:
    """Whether a line opens the next story of an endless scroll: a headline with its header
    as the page's own was written (its caption twice, a widget's leftover), then the headline
    again. Between the two copies, only chrome and lines that come twice.

    >>> _opens_the_next_article(["Storm Hits Coast", "A man walks. (AP)", "A man walks. (AP)",
    ...                          "TT", "Storm Hits Coast", "The storm hit …"], 0)
    True
    >>> _opens_the_next_article(["Storm Hits Coast", "The storm hit …", "Storm Hits Coast"], 0)
    False
    """
    words = lines[index].split()
    if len(words) < 3 or not words[0][:1].isupper() or chrome_line(lines[index]) is not None:
        return False  # (a headline: not a desk code or a line of script pasted again)
    key = " ".join(lines[index].casefold().split())
    between: list[str] = []  # the lines between the copies that are not chrome
    chrome = False
    for line in lines[index + 1 :]:
        text = line.strip()
        if not text:
            continue
        if " ".join(text.casefold().split()) == key:
            return (chrome or bool(between)) and all(between.count(other) >= 2
                                                     for other in between)
        if chrome_line(text) is not None:
            # Chrome does not use up the header's lines (a desk code pasted fifty times): the
            # next clean, without it, would see the copy within them.
            chrome = True
            continue
        between.append(text)
        if len(between) >= _NEXT_HEADER:
            return False
    return False


_PULL_QUOTE = 200  # characters: a boxed quote is a sentence or two, cut short


_CAPTION_WORD = regex.compile(r"\p{Lu}[\p{L}’'-]*+")
_CAPTION_MARKS = regex.compile(r"[\d.,;:!?\"“”()|/]")


def _names_someone_in_the_text(text: str, lines: list[str], index: int) -> bool:
    """A photo's caption between paragraphs that only names its subject ("Flint Mayor Karen
    Weaver"): two to six capitalised words, no mark of a sentence, ending in a name of two
    or three words that the text's paragraphs name as news copy names a person, in full and
    then by the surname alone. (A crosshead names a topic, and a line that names someone the
    text does not is kept.)

    >>> text = ["Mayor Ann Lee spoke to reporters on Tuesday.",
    ...         "Lee said the old bridge would reopen in the spring."]
    >>> _names_someone_in_the_text("Valley Mayor Ann Lee", text, 2)
    True
    >>> _names_someone_in_the_text("Valley Mayor Ann Lee", text[:1], 2)
    False
    """
    words = text.split()
    if not 2 <= len(words) <= 6 or len(text) > 60 or _CAPTION_MARKS.search(text) \
            or not all(_CAPTION_WORD.fullmatch(word) for word in words):
        return False
    paragraphs = [line for other, line in enumerate(lines)
                  if other != index and len(line) >= len(text) + 20]
    surname = regex.compile(rf"(?<!\w){regex.escape(words[-1])}(?!\w)")
    for size in (2, 3):
        if size > len(words):
            break
        name = regex.compile(rf"(?<!\w){regex.escape(' '.join(words[-size:]))}(?!\w)")
        # (a person: named in full once, then by the surname alone, as news copy does)
        if any(name.search(line) for line in paragraphs) and sum(
                len(surname.findall(line)) - len(name.findall(line))
                for line in paragraphs) > 0:
            return True
    return False


def chrome_blocks(lines: list[str], start: int = 0) -> dict[int, str]:
    """Indexes of the lines that are chrome by their place in a block, with the reason.

    A block opens only after the article has begun (a line of body length above it); a
    related-links block, only from the line `start` on, where the header model puts the body
    (above it the header decides each line: a links heading there goes alone, and the lines
    under it are the header's or the body's).

    >>> chrome_blocks(["A" * 90 + ".", "Related Stories", "Man bites dog", "B" * 120 + "."])
    {1: 'related links', 2: 'related links'}
    """
    found: dict[int, str] = {}
    begun = told = False
    index = 0
    while index < len(lines):
        text = lines[index].strip()
        if not text:
            index += 1
            continue
        opener = _opener(text) if begun else None
        if opener == "tail":
            for rest in range(index, len(lines)):
                if lines[rest].strip():
                    found[rest] = "comment form"
            break
        if begun and _DIGIT.search(text) and _COMMENT.fullmatch(text):
            for rest in range(index, len(lines)):
                if lines[rest].strip():
                    found[rest] = "reader comments"
            break
        if begun and index >= start and len(text) <= 160 and not _SENTENCE_END.search(text) \
                and _opens_the_next_article(lines, index):
            for rest in range(index, len(lines)):
                if lines[rest].strip():
                    found[rest] = "next article"
            break
        if opener == "links" and index >= start:
            found[index] = "related links"
            index += 1
            while index < len(lines) and (not lines[index].strip()
                                          or _is_link_line(lines[index].strip())):
                if lines[index].strip():
                    found[index] = "related links"
                index += 1
            continue
        if len(text) >= _BODY:
            begun = True
            # (a caption stands among the text's sentences: under a paragraph that ends as
            # one, below the body's start, not in a run of header lines a cut line opened)
            told = told or (index >= start and bool(_SENTENCE_END.search(text)))
        elif told and index >= start and _names_someone_in_the_text(text, lines, index):
            found[index] = "photo caption"
            above = lines[index - 1].strip() if index > start else ""
            if above and len(above) <= _PULL_QUOTE and not _SENTENCE_END.search(above) \
                    and index - 1 not in found and len(above.split()) >= 5:
                # "But you are the minister who is responsible⏎Theresa May": a quote boxed
                # beside the text, its speaker under it
                found[index - 1] = "pull quote"
        index += 1
        # a related-links list goes on with bullets, the last cut off by the page's end
        if _BULLET.match(text) and chrome_line(text) == "related link":
            while index < len(lines) and (not lines[index].strip() or (
                    _BULLET.match(lines[index].strip()) and _is_link_line(lines[index].strip()))):
                if lines[index].strip():
                    found[index] = "related links"
                index += 1
    return found
