"""Quotes in a headline: ``‘We’ll fight’: Lavrov``, ``Minister claims 'no need to quit'``.

A headline quote is speech when the headline says who: a name after a closing colon, the
subject before a speech verb or straight before the quote (``Minister 'sorry' over …``), or the
subject of the part before a colon (``Palaszczuk claims victory: 'Who's next?'``). A quote ending
in ``: report`` is kept with no speaker; any other quote in a headline is a name or a scare quote.

>>> headline_quotes("‘We’ll Fight ISIS’: Lavrov")
[('We’ll Fight ISIS', 'Lavrov', None)]
>>> headline_quotes("Biden Says 'Very Concerned' Over Violence")
[('Very Concerned', 'Biden', 'Says')]
>>> headline_quotes("Australia’s premier and ‘Queensland champion’ Palaszczuk resigns")
[]
"""

from __future__ import annotations

from cleaner.quotes.phrases import is_capital, is_verb, phrase_after, phrase_before, tokens
from cleaner.quotes.spans import quote_spans, single_spans

HeadlineQuote = tuple[str, str | None, str | None]


def headline_quotes(line: str) -> list[HeadlineQuote]:
    """The quotes of one headline line with their speaker and cue."""
    spans = quote_spans(line)
    spans += single_spans(line, spans)
    found: list[HeadlineQuote] = []
    for opened, closed in sorted(spans):
        text = line[opened + 1 : closed].strip().rstrip(",")
        heard = _speaker(line, opened, closed)
        if heard is not None and text:
            found.append((text, *heard))
    return found


def _speaker(line: str, opened: int, closed: int) -> tuple[str | None, str | None] | None:
    rest = line[closed + 1 :].lstrip()
    if rest.startswith(":"):  # "‘…’: Lavrov", "… ‘concerning’: White House", "…: report"
        tail = tokens(line, len(line) - len(rest) + 1, len(line))
        speaker = phrase_after(line, tail)
        return (speaker if speaker and is_capital(speaker.split()[0]) else None), None
    head = tokens(line, 0, opened)
    if not head:
        return None
    colon = max((k for k, t in enumerate(head) if t.text == ":"), default=-1)
    clause = head[colon + 1 :]
    if not clause and colon > 0:  # "Palaszczuk claims victory: 'Who's next?'"
        return _subject(line, head[:colon]), None
    verbs = [k for k, t in enumerate(clause) if is_verb(t.text, headline=True)]
    if verbs:  # "Minister warns talks 'will not go ahead'"
        k = verbs[-1]
        speaker = phrase_before(line, clause[:k])
        if speaker is None or not is_capital(speaker.split()[-1]):
            speaker = _subject(line, clause)
        return (speaker, clause[k].text) if speaker else None
    subject = _subject(line, clause)
    if subject and line.rstrip().find(subject) + len(subject) >= clause[-1].end:
        return subject, None  # "Minister 'sorry' over statement"
    return None


def _subject(line: str, clause: list) -> str | None:
    speaker = phrase_after(line, clause)
    return speaker if speaker and is_capital(speaker.split()[-1]) else None
