"""Reading a body paragraph by paragraph: each quote's attribution, its continuations, and
the people named so far for ``he said``.

>>> reader = Reader(['"We won," Ana Ruiz said. "Go."'])
>>> read_paragraph(reader, 1, reader.paragraphs[0], None)
>>> [(q.text, q.speaker, q.cue) for q in reader.quotes]
[('We won', 'Ana Ruiz', 'said'), ('Go.', 'Ana Ruiz', 'said')]
"""
from __future__ import annotations

import regex

from cleaner.document import Quote
from cleaner.lexicon.speech import RESOLVED_PRONOUNS
from cleaner.quotes.attribute import (
    after,
    before,
    named_before,
    sentence_end_attribution,
)
from cleaner.quotes.people import named_subjects, person
from cleaner.quotes.spans import quote_spans, sentence_start, single_spans

_OPENER = regex.compile(r'“|(?:(?<=^)|(?<=[\s(\[—–-]))"')
_TITLE_WORD = regex.compile(r"\p{Lu}[\p{L}’'\-]*|\p{N}+")
_SMALL = frozenset("a an the of and or to in on for at by with from".split())
_SCARE_WORDS = 4  # an unattributed quote this short inside a sentence is a scare quote
_CROSSHEAD_WORDS = 5
_CROSSHEAD_CHARS = 60  # a crosshead in quote marks: 'No blame' culture
_REACH = 320  # characters before a quote searched for the start of its sentence
_CONTINUED = 3  # paragraphs back that a continued quote may take its speaker from


class Reader:
    """The state read so far: the quotes, who was named last, and where."""

    def __init__(self, paragraphs: list[str]) -> None:
        self.paragraphs = paragraphs
        self.quotes: list[Quote] = []
        self.named: tuple[int, int, str] | None = None  # (paragraph, offset, name) of a speaker
        self.last: tuple[int, str, str | None] | None = None  # paragraph, speaker, cue
        # A quote running on into the next paragraph, waiting for its attribution there, and
        # the speaker it takes from the paragraphs before when none comes.
        self.pending: tuple[int, str | None] | None = None
        self.subjects: dict[int, list[tuple[int, str]]] = {}  # named subjects by paragraph

    def settle(self, pending: tuple[int, str | None]) -> None:
        index, candidate = pending
        old = self.quotes[index]
        self.quotes[index] = Quote(old.text, candidate, None, old.paragraph)

    def resolve(self, speaker: str | None, number: int, offset: int,
                quoted: list[tuple[int, int]]) -> str | None:
        """``he``/``she`` → the person named last before ``offset``; unresolvable stays."""
        if not speaker or speaker.lower() not in RESOLVED_PRONOUNS:
            return speaker
        best = self.named
        for back in range(number, max(0, number - _CONTINUED), -1):
            paragraph = self.paragraphs[back - 1]
            if back not in self.subjects:
                spans = quoted if back == number else _spans(paragraph)
                self.subjects[back] = named_subjects(paragraph, spans)
            limit = offset if back == number else len(paragraph)
            subjects = [s for s in self.subjects[back] if s[0] < limit]
            if subjects:
                pos, name = subjects[-1]
                if best is None or (back, pos) > best[:2]:
                    best = (back, pos, name)
                break
        return best[2] if best else speaker

    def add(self, text: str, speaker: str | None, cue: str | None, number: int,
            offset: int) -> None:
        if speaker and person(speaker):
            self.named = (number, offset, speaker)
        if speaker:
            self.last = (number, speaker, cue)
        self.quotes.append(Quote(text.strip().rstrip(","), speaker, cue, number))


def _spans(paragraph: str) -> list[tuple[int, int]]:
    spans = quote_spans(paragraph)
    if "'" in paragraph or "‘" in paragraph:
        spans = sorted(spans + single_spans(paragraph, spans))
    return spans


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w.lower() not in _SMALL]
    return len(words) >= 2 and all(_TITLE_WORD.match(w.strip("(\"“‘'")) for w in words)


def _not_a_quote(paragraph: str, opened: int, closed: int, initial: bool) -> bool:
    """An unattributed span that names something or scares: never listed."""
    text = paragraph[opened + 1 : closed].strip()
    words = len(text.split())
    if words == 1 and any(c in text for c in "/=#") and "#" != text[:1]:
        return True  # a URL or a script string
    if not initial:
        return words <= _SCARE_WORDS or _title_case(text)
    whole = len(paragraph) < _CROSSHEAD_CHARS and not paragraph[:opened].strip()
    whole = whole and len(paragraph[closed + 1 :].split()) <= 1 and words <= _CROSSHEAD_WORDS
    return whole and paragraph.rstrip()[-1:] not in ".!?,…" and text[-1:] not in ".!?,…"


def _attribute(paragraph: str, opened: int, closed: int, initial: bool
               ) -> tuple[str | None, str | None]:
    partial = paragraph[opened + 1 : opened + 2].islower()
    steps = (
        (lambda: after(paragraph, closed), lambda: sentence_end_attribution(paragraph, closed),
         lambda: before(paragraph, opened, partial))
        if initial else
        (lambda: before(paragraph, opened, partial), lambda: after(paragraph, closed),
         lambda: sentence_end_attribution(paragraph, closed))
    )
    for step in steps:
        speaker, cue = step()
        if speaker:
            return speaker, cue
    return None, None


def read_paragraph(reader: Reader, number: int, paragraph: str,
                    introduced: tuple[str | None, str | None] | None) -> None:
    spans = _spans(paragraph)
    doubles = quote_spans(paragraph)
    covered = doubles[-1][1] if doubles else -1
    match = _OPENER.search(paragraph, covered + 1)
    opener = match.start() if match and not any(a < match.start() < b for a, b in spans) \
        else None
    found: list[tuple[int, int, str | None, str | None]] = []
    for opened, closed in [*spans, *([(opener, len(paragraph))] if opener is not None else [])]:
        if named_before(paragraph, opened):
            continue
        head = paragraph[sentence_start(paragraph, opened, max(0, opened - _REACH)) : opened]
        head = head.strip()
        initial = not head or head.endswith(":")
        speaker, cue = None, None
        wrapped = _wrapped_before(reader, number) if not paragraph[:opened].strip() else None
        if wrapped:  # the sentence began on the line before, broken by a hard wrap
            initial = False
            speaker, cue = before(wrapped + " “", len(wrapped) + 1,
                                  paragraph[opened + 1 : opened + 2].islower())
        if speaker is None:
            speaker, cue = _attribute(paragraph, opened, min(closed, len(paragraph) - 1),
                                      initial)
        if speaker is None and found and found[-1][2] and not initial and \
                found[-1][0] >= opened - len(head) - 1:
            speaker, cue = found[-1][2:]  # a second partial quote of the same sentence
        if speaker is None and closed < len(paragraph) and _not_a_quote(
                paragraph, opened, closed, initial):
            continue
        if not initial and _title_case(paragraph[opened + 1 : closed]):
            continue  # a name of a work: his favourite book is "One Hundred Years of Solitude"
        if closed >= len(paragraph) and not initial and _wrapped_name(
                reader, number, paragraph[opened + 1 :], speaker):
            continue  # a name of a work that a hard wrap split over two lines
        found.append((opened, closed, speaker, cue))
    pending = reader.pending
    reader.pending = None
    earlier: tuple[str, str | None] | None = None
    for i, (opened, closed, speaker, cue) in enumerate(found):
        continued = False
        if speaker is not None:
            earlier = (speaker, cue)
        else:
            if earlier:
                speaker, cue = earlier  # the quote goes on after its attribution
            elif i == 0 and not paragraph[:opened].strip():
                speaker, cue = _continued(reader, number, introduced)
                continued = True
        speaker = reader.resolve(speaker, number, opened, spans)
        if pending is not None and i == 0:
            # the attribution of a quote's last paragraph covers its earlier paragraphs too
            index, candidate = pending
            pending = None
            old = reader.quotes[index]
            who, how = (speaker, cue) if speaker and not continued else (candidate, None)
            reader.quotes[index] = Quote(old.text, who, how, old.paragraph)
        if continued and opened == opener:
            reader.add(paragraph[opened + 1 : closed], None, None, number, opened)
            reader.pending = (len(reader.quotes) - 1, speaker)
            reader.last = (number, speaker, None) if speaker else reader.last
            continue
        reader.add(paragraph[opened + 1 : closed], speaker, cue, number, opened)
    if pending is not None:
        reader.settle(pending)


def _wrapped_name(reader: Reader, number: int, start: str, speaker: str | None) -> bool:
    """``a video, "The End of`` / ``America or the Next War," last year``: a span closed at
    the start of the next line is one span; unattributed and short, or in title case, it is
    a name or a scare quote."""
    if number >= len(reader.paragraphs):
        return False
    rest = reader.paragraphs[number]
    close = min((rest.find(mark) for mark in "\"”" if mark in rest), default=-1)
    if close < 0 or "“" in rest[:close] or not rest[:1].isalpha():
        return False
    text = f"{start} {rest[:close]}"
    return _title_case(text) or (speaker is None and len(text.split()) <= _SCARE_WORDS)


def _wrapped_before(reader: Reader, number: int) -> str | None:
    """The line before, when it stops mid-sentence (``… the country was``)."""
    if number < 2:
        return None
    line = reader.paragraphs[number - 2].rstrip()
    return line if line[-1:].isalpha() and line[-1:].islower() and len(line) > 30 else None


def _continued(reader: Reader, number: int, introduced: tuple[str | None, str | None] | None
               ) -> tuple[str | None, str | None]:
    if introduced and introduced[0]:
        return introduced
    if reader.last and number - reader.last[0] <= _CONTINUED:
        return reader.last[1], None
    return None, None


def introduction(paragraph: str) -> tuple[str | None, str | None] | None:
    """``Full Text of the Statement reads:`` / ``He said:``: who speaks in the next paragraph."""
    if not paragraph.rstrip().endswith(":"):
        return None
    end = len(paragraph.rstrip())
    return before(paragraph + " “", end + 1)


