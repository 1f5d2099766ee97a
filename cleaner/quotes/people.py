"""People named in the narrative: the named subjects of sentences, for resolving ``he said``.

>>> named_subjects("Mr Brown urged calm. The talks failed. But NBC said no.")
[(0, 'Mr Brown')]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from cleaner.lexicon.places import is_region
from cleaner.lexicon.speech import (
    NUMBERS,
    OPENERS,
    ORGANISATION_HEADS,
    PRONOUNS,
    TIME_WORDS,
    TITLE_SET,
)
from cleaner.quotes.phrases import is_capital, phrase_after, tokens

_SENTENCE = regex.compile(r"(?:^|(?<=[.!?][”\"’]?\s))(?=\p{Lu})")
_MAX_SUBJECTS = 200
_ACRONYM = regex.compile(r"\p{Lu}{2,}")


def person(name: str) -> bool:
    """A name that can be ``he`` or ``she``: not an organisation, an acronym or a day."""
    words = name.split()
    last = words[-1]
    if not is_capital(last) or last.lower() in ORGANISATION_HEADS or last.lower() in TIME_WORDS:
        return False
    if _ACRONYM.fullmatch(last) or all(w in TITLE_SET for w in words):
        return False
    if is_region(name):
        return False  # "Saudi Arabia said": a country is never "he"
    if "and" in words or "&" in words:
        return False  # "Moscow and Washington": two, never "he" or "she"
    if len(words) == 1 and (last.lower() in PRONOUNS or last.lower() in NUMBERS):
        return False
    return words[0].lower() not in OPENERS


def named_subjects(paragraph: str, quoted: Sequence[tuple[int, int]] = ()
                   ) -> list[tuple[int, str]]:
    """(offset, name) of each sentence outside the ``quoted`` spans whose subject is a person."""
    found: list[tuple[int, str]] = []
    opens = [a for a, _ in quoted]
    for match in _SENTENCE.finditer(paragraph):
        start = match.start()
        at = bisect.bisect_right(opens, start) - 1
        if at >= 0 and quoted[at][0] <= start <= quoted[at][1]:
            continue
        if len(found) >= _MAX_SUBJECTS:
            break
        toks = tokens(paragraph, start, min(len(paragraph), start + 120))
        if toks and toks[0].text.lower() in OPENERS:
            toks = toks[1:]
        name = phrase_after(paragraph, toks) if toks else None
        if name and person(name):
            found.append((start, name))
    return found
