"""extract_quotes: list every direct quote of the body with who said it and the speech verb.

The attribution is looked for right after the closing mark (``…," Lavrov said``), at the end of
the sentence (``… “discussed steps” in Syria, the minister added.``) and before the opening mark
in the same sentence (``Lavrov told reporters: “…”``). A pronoun speaker is resolved to the most
recent named speaker; a quote with no attribution has speaker None. The headline form
``‘We’ll Fight ISIS’: Lavrov`` gives a quote in paragraph 0 (the title); body paragraphs count
from 1. A paragraph that opens a quote and never closes it continues into the next paragraph.

Never touches: the text.

>>> from cleaner.document import Draft
>>> d = extract_quotes(Draft('"We won," Lavrov said.\\n“It is over,” he added.\\n'))
>>> [(q.text, q.speaker, q.cue, q.paragraph) for q in d.quotes]
[('We won', 'Lavrov', 'said', 1), ('It is over', 'Lavrov', 'added', 2)]
"""

from __future__ import annotations

import re

import regex

from cleaner.document import Draft, Quote
from cleaner.speech import (
    NAME,
    QUOTE_MARK,
    SPEAKER,
    SPEECH_VERB_SET,
    VERB,
    quote_spans,
)

_AFTER = regex.compile(
    rf"[\s,]*+(?:(?P<speaker>{SPEAKER})\s+(?P<cue>{VERB})|(?P<cue2>{VERB})\s+(?P<speaker2>{SPEAKER}))"
    r"\b",
    regex.V1,
)
_SENTENCE_END_ATTRIBUTION = regex.compile(
    rf",\s++(?:(?P<speaker>{SPEAKER})\s+(?P<cue>{VERB})|(?P<cue2>{VERB})\s+(?P<speaker2>{SPEAKER}))"
    r"(?:\s+[^\s,.;:!?\"“”]+){0,8}?(?:,[^.!?\"“”]{0,80})?[.!?]",
    regex.V1,
)
_HEADLINE = regex.compile(
    rf"^[‘“\"'](?P<text>.+)[’”\"']\s*+[:\-–—]\s*+(?P<speaker>{NAME})$"
    rf"|^(?P<speaker2>{NAME})\s*+:\s*+[‘“\"'](?P<text2>.+)[’”\"']$",
    regex.V1,
)
_SENTENCE_BREAK = regex.compile(r"[.!?][\"”’]?\s+(?=\p{Lu})")
_NAMED = regex.compile(rf"^{NAME}$", regex.V1)
_WINDOW = 300  # characters around a quote searched for its attribution
_SPEAKER_REACH = 90  # characters before a speech verb that may hold its speaker
_SPEAKER_ENDING = regex.compile(
    rf"(?P<speaker>{SPEAKER})\s+(?:also\s+|further\s+|later\s+)?(?P<cue>{VERB})$", regex.V1
)
_WORD = re.compile(r"[a-z]+")
_OPENER = regex.compile(r'“|(?:(?<=^)|(?<=[\s(\[—–-]))"')
# "he said" after Lavrov means Lavrov; "it", "we" and "they" are left as written.
RESOLVED_PRONOUNS = frozenset({"he", "she"})


def _attribution(match: regex.Match[str] | None) -> tuple[str | None, str | None]:
    if match is None:
        return None, None
    speaker = match.group("speaker") or match.group("speaker2")
    cue = match.group("cue") or match.group("cue2")
    return speaker, cue


def _has_verb(text: str) -> bool:
    """Cheap test before the big attribution patterns: is any speech verb there at all?"""
    return not SPEECH_VERB_SET.isdisjoint(_WORD.findall(text))


def _verbs(paragraph: str, start: int, stop: int) -> list[re.Match[str]]:
    """The speech verbs between start and stop (found with a cheap word scan)."""
    return [m for m in _WORD.finditer(paragraph, start, stop) if m.group() in SPEECH_VERB_SET]


def _before(paragraph: str, opened: int) -> tuple[str | None, str | None]:
    """The last speaker + verb in the same sentence before the opening mark.

    Only the few words before each speech verb are matched against the speaker grammar, so the
    work stays small however long the sentence is.
    """
    window = max(0, opened - _WINDOW)
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(paragraph, window, opened)]
    sentence_start = starts[-1] if starts else window
    for verb in reversed(_verbs(paragraph, sentence_start, opened)[-3:]):
        if QUOTE_MARK.search(paragraph, verb.end(), opened):
            return None, None  # another quote stands between them
        segment = paragraph[max(sentence_start, verb.start() - _SPEAKER_REACH) : verb.end()]
        match = _SPEAKER_ENDING.search(segment)
        if match:
            return match.group("speaker"), match.group("cue")
    return None, None


def _sentence_end(paragraph: str, closed: int) -> tuple[str | None, str | None]:
    """``, the minister added.`` at the end of the sentence holding the quote."""
    end = _SENTENCE_BREAK.search(paragraph, closed, closed + _WINDOW)
    stop = end.start() + 1 if end else min(len(paragraph), closed + _WINDOW)
    for verb in _verbs(paragraph, closed, stop)[:3]:
        comma = paragraph.rfind(",", max(closed, verb.start() - _SPEAKER_REACH), verb.start())
        if comma < 0 or QUOTE_MARK.search(paragraph, closed + 1, comma):
            continue
        match = _SENTENCE_END_ATTRIBUTION.match(paragraph, comma, stop)
        if match:
            return _attribution(match)
    return None, None


def extract_quotes(draft: Draft) -> Draft:
    """Fill ``quotes``; the text is left as it is.

    Before: ``"We won," Lavrov said.``  After: quotes ``[("We won", "Lavrov", "said", 1)]``.
    """
    quotes: list[Quote] = []
    last_named: str | None = None
    runs_on: int | None = None  # index of a quote that continues into the next paragraph

    def add(text: str, speaker: str | None, cue: str | None, paragraph: int) -> None:
        nonlocal last_named, runs_on
        if speaker and speaker.lower() in RESOLVED_PRONOUNS:
            speaker = last_named or speaker
        elif speaker and _NAMED.match(speaker):
            last_named = speaker
        if runs_on is not None and speaker is not None and quotes[runs_on].speaker is None:
            # The attribution of a quote's last paragraph covers its earlier paragraphs too.
            quotes[runs_on] = Quote(quotes[runs_on].text, speaker, cue, quotes[runs_on].paragraph)
        runs_on = None
        quotes.append(Quote(text.strip().rstrip(","), speaker, cue, paragraph))

    if draft.title:
        match = _HEADLINE.match(draft.title)
        if match:
            add(match.group("text") or match.group("text2"),
                match.group("speaker") or match.group("speaker2"), None, 0)
    paragraphs = [line for line in draft.text.split("\n") if line.strip()]
    for number, paragraph in enumerate(paragraphs, start=1):
        if '"' not in paragraph and "“" not in paragraph and "”" not in paragraph:
            runs_on = None  # a run-on quote must open again in the next paragraph
            continue
        spans = quote_spans(paragraph)
        covered = spans[-1][1] if spans else -1
        opener = _unclosed_opener(paragraph, covered)
        for opened, closed in spans:
            speaker, cue = None, None
            if _has_verb(paragraph[closed + 1 : closed + 160]):
                speaker, cue = _attribution(_AFTER.match(paragraph, closed + 1))
            if speaker is None:
                speaker, cue = _sentence_end(paragraph, closed)
            if speaker is None:
                speaker, cue = _before(paragraph, opened)
            add(paragraph[opened + 1 : closed], speaker, cue, number)
        if opener is not None:  # a quote that runs on into the next paragraph
            speaker, cue = _before(paragraph, opener)
            add(paragraph[opener + 1 :], speaker, cue, number)
            runs_on = len(quotes) - 1
    if not quotes:
        return draft
    return draft.replace(quotes=tuple(quotes))


def _unclosed_opener(paragraph: str, after: int) -> int | None:
    """Where a quote opens after the last closed one and is never closed in this paragraph."""
    match = _OPENER.search(paragraph, after + 1)
    return match.start() if match else None
