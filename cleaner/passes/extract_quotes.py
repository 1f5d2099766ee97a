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
    SPEAKER_THEN_VERB,
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


def _before(paragraph: str, opened: int) -> regex.Match[str] | None:
    """The last speaker + verb in the same sentence before the opening mark."""
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(paragraph, 0, opened)]
    sentence_start = starts[-1] if starts else 0
    if not _has_verb(paragraph[sentence_start:opened]):
        return None
    found = None
    for match in SPEAKER_THEN_VERB.finditer(paragraph, sentence_start, opened, timeout=0.05):
        found = match
    if found is not None and QUOTE_MARK.search(paragraph, found.end(), opened):
        return None  # another quote stands between them
    return found


def _sentence_end(paragraph: str, closed: int) -> regex.Match[str] | None:
    """``, the minister added.`` at the end of the sentence holding the quote."""
    end = _SENTENCE_BREAK.search(paragraph, closed)
    stop = end.start() + 1 if end else len(paragraph)
    if not _has_verb(paragraph[closed:stop]):
        return None
    for match in _SENTENCE_END_ATTRIBUTION.finditer(paragraph, closed, stop, timeout=0.05):
        if not QUOTE_MARK.search(paragraph, closed + 1, match.start()):
            return match
    return None


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
                speaker, cue = _attribution(_AFTER.match(paragraph, closed + 1, timeout=0.05))
            if speaker is None:
                speaker, cue = _attribution(_sentence_end(paragraph, closed))
            if speaker is None:
                speaker, cue = _attribution(_before(paragraph, opened))
            add(paragraph[opened + 1 : closed], speaker, cue, number)
        if opener is not None:  # a quote that runs on into the next paragraph
            speaker, cue = _attribution(_before(paragraph, opener))
            add(paragraph[opener + 1 :], speaker, cue, number)
            runs_on = len(quotes) - 1
    if not quotes:
        return draft
    return draft.replace(quotes=tuple(quotes))


def _unclosed_opener(paragraph: str, after: int) -> int | None:
    """Where a quote opens after the last closed one and is never closed in this paragraph."""
    match = _OPENER.search(paragraph, after + 1)
    return match.start() if match else None
