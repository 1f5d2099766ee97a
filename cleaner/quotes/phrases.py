"""Speaker phrases read word by word: backwards from a speech verb, or forwards after one.

A phrase is whole words only (never a piece starting inside a word), keeps titles and
abbreviations (``Sen. Jane Roe``, ``the I&B Minister``), job titles before names (``council
chairman Arvind Thakur``), and stops at the clause before it (``the dollar after Governor
Haruhiko Kuroda`` gives ``Governor Haruhiko Kuroda``).

>>> text = "The yen rose after Governor Haruhiko Kuroda told"
>>> toks = tokens(text, 0, len(text))
>>> phrase_before(text, toks[:-1])
'Governor Haruhiko Kuroda'
>>> text = "warned council chairman Arvind Thakur."
>>> phrase_after(text, tokens(text, 0, len(text))[1:])
'council chairman Arvind Thakur'
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from cleaner.lexicon.speech import (
    ADVERBS,
    BEFORE_ONLY,
    DETERMINERS,
    GROUPS,
    OPENERS,
    PRONOUNS,
    STOPS,
    TIME_WORDS,
    TITLE_SET,
    VERB_FORMS,
    WORDING_SET,
)

_TOKEN = regex.compile(
    r"[\p{L}\p{N}#@]+(?:[’'&.\-][\p{L}\p{N}]+)*+\.?|[,;:!?()\[\]—–]|(?<=\s)-(?=\s)|\.+|…"
)
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+|\p{Lu}-\p{Lu}\p{Ll}{1,3}\.")
PUNCT = frozenset(",;:!?()[]—–-….")
_AGE = regex.compile(r"\p{N}+-[\p{L}\-]+")  # "41-year-old", "two-time" is a word already
_PARTICLES = frozenset({"bin", "ibn", "de", "da", "van", "von", "al", "el", "bint", "del", "la"})
_CONNECTORS = frozenset({"of", "for", "and", "&"})
_MAX_WORDS = 10
_MAX_LOWER = 4


class Tok(NamedTuple):
    """One word or punctuation mark and where it stands."""

    text: str
    start: int
    end: int


def tokens(text: str, start: int, stop: int) -> list[Tok]:
    """The words and marks of ``text[start:stop]``; a full stop leaves a word unless it belongs
    to it (``Mr.``, ``U.S.``, ``D-Ore.``).

    >>> [t.text for t in tokens("Sen. Roe, D-Ore., said.", 0, 23)]
    ['Sen.', 'Roe', ',', 'D-Ore.', ',', 'said', '.']
    """
    out: list[Tok] = []
    add = out.append
    for match in _TOKEN.finditer(text, start, stop):
        word = match.group()
        begin, end = match.span()
        if word[-1] == "." and len(word) > 1 and word[0] != "." and not (
            word in TITLE_SET or _INITIALS.fullmatch(word)
        ):
            add(Tok(word[:-1], begin, end - 1))
            add(Tok(".", end - 1, end))
        else:
            add(Tok(word, begin, end))
    return out


def is_punct(word: str) -> bool:
    return word in PUNCT or (bool(word) and all(c in ".…" for c in word))


def is_capital(word: str) -> bool:
    """A word of a name: ``Roe``, ``I&B``, ``U.S.``, ``al-Maktoum``, a title."""
    return (word[:1].isupper() or word in TITLE_SET or word.lower() in _PARTICLES
            or word.lower().startswith(("al-", "el-")))


def is_verb(word: str, headline: bool = False) -> bool:
    """A speech verb's form: lowercase (``State`` is a name's word) unless in a headline, and
    not the bare base (``the state``, ``a tweet``), which only a phrase such as ``went on to
    say`` or a verb read only before a quote (``It read:``) uses."""
    low = word.lower()
    if low not in VERB_FORMS or (low == VERB_FORMS[low] and low not in BEFORE_ONLY):
        return False
    return headline or word == low


def _possessive(word: str) -> bool:
    return word.endswith(("’s", "'s", "s’", "s'"))


def phrase_before(text: str, toks: list[Tok], *, relative: bool = False) -> str | None:
    """The speaker phrase that ends with the last of ``toks`` (the words before a verb).

    Adverbs and auxiliaries before the verb are skipped (``Tillerson on Wednesday said``,
    ``has also said``); an apposition between commas or dashes gives the name inside it
    (``spokesman, Sgt. Mark Francis, tweeted``) or the phrase before it (``Mr Javid, the son
    of immigrants, said``). ``relative`` accepts ``a tweet that said`` / ``him who termed``.
    """
    j = _skip_adverbs(toks, len(toks) - 1)
    if j < 0:
        return None
    if relative and toks[j].text.lower() in ("that", "which", "who"):
        j -= 1
        if j >= 0 and toks[j].text.lower() in PRONOUNS:
            return toks[j].text
    if toks[j].text.lower() in PRONOUNS - {"who", "him", "them"}:
        return toks[j].text
    if toks[j].text in (",", "—", "–", "-", ")"):
        return _apposition(text, toks, j)
    return _backwards(text, toks, j)


def _skip_adverbs(toks: list[Tok], j: int) -> int:
    while j >= 0:
        word = toks[j].text.lower()
        if word in ADVERBS:
            j -= 1
        elif word in TIME_WORDS and j > 0 and toks[j - 1].text.lower() in ("on", "last", "this"):
            j -= 2
        elif word == "," and j >= 2 and toks[j - 1].text.lower() in ADVERBS \
                and toks[j - 2].text == ",":
            j -= 3  # "He, however, said"
        else:
            return j
    return j


def _apposition(text: str, toks: list[Tok], j: int) -> str | None:
    closer = toks[j].text
    opener = "(" if closer == ")" else closer
    for k in range(j - 1, max(-1, j - 16), -1):
        word = toks[k].text
        if word == opener or (closer in "—–-" and word in "—–-"):
            inner = toks[k + 1 : j]
            if inner and all(is_capital(t.text) for t in inner) and valid(text, inner):
                return _join(text, inner)
            head = _backwards(text, toks, k - 1) if k > 0 else None
            return head or (_join(text, inner) if inner and valid(text, inner) else None)
        if word in ".;:!?":
            return None
    return None


def _backwards(text: str, toks: list[Tok], j: int) -> str | None:
    taken: list[int] = []
    lower = 0
    k = j
    while k >= 0 and len(taken) < _MAX_WORDS:
        word = toks[k].text
        low = word.lower()
        if is_punct(word):
            break
        if low in DETERMINERS and (taken or low not in ("her", "his", "its", "their")):
            taken.append(k)
            if k >= 2 and toks[k - 1].text.lower() in ("of", "for") and \
                    toks[k - 2].text[:1].isalpha() and toks[k - 2].text.lower() not in STOPS:
                k -= 1  # "the head of the union": the phrase goes on before "of"
                continue
            break
        if _possessive(word) and taken:
            taken.append(k)
        elif is_capital(word):
            if (low in OPENERS or low in STOPS) and (k == 0 or is_punct(toks[k - 1].text)):
                break
            taken.append(k)
        elif low in _CONNECTORS and taken and k > 0 and not is_punct(toks[k - 1].text) and (
            low not in ("and", "&") or is_capital(toks[k - 1].text)
        ):
            taken.append(k)
        elif low in STOPS or low in PRONOUNS or is_verb(word) or lower >= _MAX_LOWER \
                or not (word[:1].isalpha() or _AGE.fullmatch(word)):
            break
        else:
            taken.append(k)
            lower += 1
        k -= 1
    while taken and toks[taken[-1]].text.lower() in _CONNECTORS:
        taken.pop()
    stopped_on_word = k >= 0 and not is_punct(toks[k].text) and taken and \
        toks[taken[-1]].text.lower() not in DETERMINERS
    while stopped_on_word and taken and not is_capital(toks[taken[-1]].text):
        taken.pop()  # "I think Hassan": the lowercase word is the clause's verb
    phrase = [toks[i] for i in reversed(taken)]
    for i, tok in enumerate(phrase[:4]):
        if tok.text.lower() in WORDING_SET and i + 2 < len(phrase) and \
                phrase[i + 1].text.lower() == "of":
            phrase = phrase[i + 2 :]  # "Full Text of the Statement" -> "the Statement"
            break
    return _join(text, phrase) if phrase and valid(text, phrase) else None


def phrase_after(text: str, toks: list[Tok]) -> str | None:
    """The speaker phrase that starts with the first of ``toks`` (after an inverted verb).

    A lowercase word belongs to it when a determiner opened it (``a press release``) or a
    name follows (``council chairman Arvind Thakur``); it stops at the clause after.
    """
    taken: list[Tok] = []
    determined = False
    for i, tok in enumerate(toks[:_MAX_WORDS]):
        word, low = tok.text, tok.text.lower()
        if is_punct(word):
            break
        if not taken and low in DETERMINERS:
            taken.append(tok)
            determined = True
            continue
        if not taken and low in PRONOUNS - {"who"}:
            return word
        if is_capital(word) and (taken or low not in STOPS):
            taken.append(tok)
        elif low in _CONNECTORS and taken and i + 1 < len(toks) and (
            is_capital(toks[i + 1].text) or (determined and low != "and")
        ):
            taken.append(tok)
        elif low in STOPS or low in PRONOUNS or is_verb(word) or not (
                word[:1].isalpha() or _AGE.fullmatch(word)):
            break
        elif determined and not (len(taken) > 1 and low.endswith("ed")) and len(taken) <= 7 \
                and (not any(is_capital(t.text) for t in taken[1:])
                     or is_capital(taken[-1].text)):  # "The Hezbollah leader"
            taken.append(tok)
        elif not determined and any(is_capital(t.text) for t in toks[i + 1 : i + 4]) and not any(
            t.text.lower() in STOPS or is_punct(t.text) for t in toks[i + 1 : i + 3]
            if not is_capital(t.text)
        ):
            taken.append(tok)
        else:
            break
    while taken and taken[-1].text.lower() in _CONNECTORS:
        taken.pop()
    return _join(text, taken) if taken and valid(text, taken) else None


def valid(text: str, phrase: list[Tok]) -> bool:
    """A speaker: a name, a description opened by a determiner, or a group (``officials``)."""
    words = [t.text for t in phrase]
    lows = [w.lower() for w in words]
    if lows[0] in DETERMINERS:
        return len(words) > 1 and lows[-1] not in TIME_WORDS
    names = [w for w in words if is_capital(w) and w.lower() not in TIME_WORDS]
    if names:
        return not all(w in TITLE_SET for w in names) or len(words) > len(names)
    return lows[-1] in GROUPS


def _join(text: str, phrase: list[Tok]) -> str:
    return " ".join(text[phrase[0].start : phrase[-1].end].split())
