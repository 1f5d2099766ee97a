"""Who said a quote: the attribution after its closing mark, at its sentence's end, or before it.

>>> after('"We won," said a press release.', 8)
('a press release', 'said')
>>> before('Mr Javid, the son of immigrants, said: "We won."', 39)
('Mr Javid', 'said')
>>> before('Trump shook his head and said, "No."', 31)
('Trump', 'said')
"""

from __future__ import annotations

import regex

from cleaner.lexicon.speech import (
    AMBIGUOUS_FORMS,
    BEFORE_ONLY,
    DETERMINERS,
    NAMING_WORDS,
    OPENERS,
    PHRASES,
    PRONOUNS,
    STANCE_SET,
)
from cleaner.quotes.phrases import (
    Tok,
    is_capital,
    is_punct,
    is_verb,
    phrase_after,
    phrase_before,
    tokens,
)
from cleaner.quotes.spans import sentence_end, sentence_start

Attribution = tuple[str | None, str | None]
NONE: Attribution = (None, None)
_WINDOW = 320
_AFTER_WORDS = 16
_AFTER_CHARS = 200  # room for the words of an attribution after the closing mark
_MARKS = regex.compile(r'["“”‘’]')
_X = r"[^,.;:!?\"“”]{1,60}?"
# Multiword cues, longest first: "was quoted by Rappler as saying", "according to".
_PHRASES = [
    (p.words.split()[-1] if "{X}" not in p.words.split()[-1] else p.words.split()[0],
     regex.compile(r"\b" + regex.escape(p.words).replace(r"\{X\}", _X).replace(r"\ ", r"\s+")
                   + r"\b", regex.IGNORECASE), p)
    for p in sorted(PHRASES, key=lambda p: -len(p.words))
]
_NAMING = tuple(word for word, _ in NAMING_WORDS)
_ING_CLAUSE = frozenset({"saying", "telling", "adding", "noting", "writing", "stressing"})


def _cue_ok(form: str, speaker: str | None) -> bool:
    """A form that is also a noun (``remarks``) counts only after a name or a pronoun."""
    if speaker is None:
        return False
    if form.lower() not in AMBIGUOUS_FORMS or form.lower() in BEFORE_ONLY:
        return True
    last = speaker.split()[-1]
    return speaker.lower() in PRONOUNS or is_capital(last)


def after(paragraph: str, closed: int) -> Attribution:
    """The attribution right after the closing mark: ``…,” White House spokeswoman Sarah
    Sanders said``, ``…,” said Mr. Thakur``, ``…” Oxfam's Justin Morgan was quoted by Rappler
    as saying``. The speaker must start right after the mark (no run-on clause before it)."""
    mark = _MARKS.search(paragraph, closed + 1, closed + _AFTER_CHARS)
    stop = mark.start() if mark else min(len(paragraph), closed + _AFTER_CHARS)
    toks = tokens(paragraph, closed + 1, stop)
    i = 0
    while i < len(toks) and toks[i].text in (",", "—", "–", "-"):
        i += 1
    toks = toks[i : i + _AFTER_WORDS]
    if not toks:
        return NONE
    phrase = _phrase_cue(paragraph, toks)
    if phrase is not None:
        return phrase
    first = toks[0].text
    if is_verb(first) and first.lower() not in BEFORE_ONLY:
        speaker = phrase_after(paragraph, toks[1:])
        return (speaker, first) if _cue_ok(first, speaker or "x") and speaker else NONE
    for k, tok in enumerate(toks):
        if tok.text in ".;:!?":
            break
        if k and is_verb(tok.text) and tok.text.lower() not in BEFORE_ONLY:
            speaker = phrase_before(paragraph, toks[:k])
            if speaker and _cue_ok(tok.text, speaker) and (
                    _starts_at(paragraph, toks[0], speaker) or _named_in_apposition(
                        paragraph, toks[:k], speaker)):
                return speaker, tok.text
            return NONE
    if toks[0].text.lower() in ("he", "she") and (len(toks) == 1 or is_punct(toks[1].text)):
        return toks[0].text, None  # "…," he  (the verb cut off)
    return NONE


def _starts_at(paragraph: str, first: Tok, speaker: str) -> bool:
    return paragraph.startswith(speaker.split()[0], first.start)


def _named_in_apposition(paragraph: str, toks: list[Tok], speaker: str) -> bool:
    """``the victim's brother, Marcus, said``: the name inside the commas, when the phrase
    before them starts right after the quote."""
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    if len(commas) < 2 or not paragraph.startswith(speaker, toks[commas[-2] + 1].start):
        return False
    head = phrase_before(paragraph, toks[: commas[-2]])
    return head is not None and bool(head) and _starts_at(paragraph, toks[0], head)


def _phrase_cue(paragraph: str, toks: list[Tok]) -> Attribution | None:
    """A multiword cue right after the mark: ``X was quoted by Y as saying``, ``according to X``."""
    start, stop = toks[0].start, toks[-1].end
    window = paragraph[start:stop].lower()
    for word, pattern, phrase in _PHRASES:
        match = pattern.search(paragraph, start, stop) if word in window else None
        if not match:
            continue
        inside = [t for t in toks if t.end <= match.start()]
        if phrase.speaker == "after" and not inside:
            later = [t for t in toks if t.start >= match.end()]
            speaker = phrase_after(paragraph, later)
            return (speaker, phrase.cue) if speaker else None
        if phrase.speaker == "before" and inside and not any(t.text in ".;:!?" for t in inside):
            speaker = phrase_before(paragraph, inside)
            if speaker and _starts_at(paragraph, toks[0], speaker):
                return speaker, phrase.cue
    return None


def sentence_end_attribution(paragraph: str, closed: int) -> Attribution:
    """``“…” in Syria, the minister added.``: a comma, then speaker + verb, then the end."""
    stop = sentence_end(paragraph, closed + 1, min(len(paragraph), closed + _WINDOW))
    if _MARKS.search(paragraph, closed + 1, stop):
        return NONE
    comma = closed
    for _ in range(3):
        comma = paragraph.find(",", comma + 1, stop)
        if comma < 0:
            return NONE
        speaker, cue = after(paragraph, comma - 1) if paragraph[comma - 1] != "”" else NONE
        if speaker and cue:
            return speaker, cue
    return NONE


def before(paragraph: str, opened: int, partial: bool = False, floor: int = 0) -> Attribution:
    """The attribution in the same sentence before the opening mark.

    ``the president’s “no”`` gives the possessor; ``X said Y commented “…”`` gives X for a
    partial quote; ``Trump shook his head and said`` and ``…, saying`` give the clause's
    subject; a nearer verb wins over a farther one.
    """
    start = sentence_start(paragraph, opened, max(floor, opened - _WINDOW))
    toks = tokens(paragraph, start, opened)
    if not toks:
        return NONE
    owner = _possessor(paragraph, toks)
    if owner:
        return owner, None
    phrase = _phrase_before_quote(paragraph, toks)
    if phrase:
        return phrase
    verbs = [k for k, t in enumerate(toks) if is_verb(t.text) or t.text in STANCE_SET][-3:]
    for k in reversed(verbs):
        form = toks[k].text
        if _MARKS.search(paragraph, toks[k].end, opened):
            return NONE  # another quote stands between: the attribution is its own
        if form.lower() in BEFORE_ONLY and not all(is_punct(t.text) for t in toks[k + 1 :]):
            continue
        cue = None if form in STANCE_SET else form
        # a participle's subject is the clause's, never the word before it ("in Lebanon saying")
        participle = form.lower() in _ING_CLAUSE
        speaker = None if participle else phrase_before(paragraph, toks[:k], relative=True)
        if speaker and _cue_ok(form, speaker):
            if partial:
                outer = _outer(paragraph, toks, speaker, k)
                if outer:
                    return outer
            return speaker, cue
        subject = _clause_subject(paragraph, toks, k)
        if subject:
            return subject, cue
    return NONE


def _phrase_before_quote(paragraph: str, toks: list[Tok]) -> Attribution | None:
    """``He went on to say that the “…”``: a multiword cue with its speaker before it."""
    start, stop = toks[0].start, toks[-1].end
    window = paragraph[start:stop].lower()
    for word, pattern, phrase in _PHRASES:
        if phrase.speaker != "before" or word not in window:
            continue
        match = pattern.search(paragraph, start, stop)
        if match and not _MARKS.search(paragraph, match.end(), stop):
            inside = [t for t in toks if t.end <= match.start()]
            if inside and inside[-1].text == ",":  # "Ana Ruiz, writing on Twitter:"
                inside = inside[:-1]
            speaker = phrase_before(paragraph, inside) if inside else None
            if speaker:
                return speaker, phrase.cue
    return None


def _possessor(paragraph: str, toks: list[Tok]) -> str | None:
    """``the president’s “no”``, ``a reporter’s question, “…”``: the possessor speaks."""
    j = len(toks) - 1
    if toks[j].text == ",":
        j -= 1
    if j >= 1 and not toks[j].text.endswith(("’s", "'s")) and toks[j].text[:1].islower():
        j -= 1  # the noun owned: "question"
    if j < 0 or not toks[j].text.endswith(("’s", "'s")):
        return None
    owner = Tok(toks[j].text[:-2], toks[j].start, toks[j].end - 2)
    return phrase_before(paragraph, [*toks[:j], owner])


def _outer(paragraph: str, toks: list[Tok], speaker: str, k: int) -> Attribution | None:
    """``Suga said Kuroda likely commented “…”``: a partial quote belongs to the outer speaker."""
    first = speaker.split()[0]
    for j in range(k - 1, max(-1, k - 8), -1):
        if toks[j].text == first:
            prev = j - 1
            if prev >= 0 and toks[prev].text.lower() == "that":
                prev -= 1
            if prev >= 1 and is_verb(toks[prev].text):
                outer = phrase_before(paragraph, toks[:prev])
                if outer and _cue_ok(toks[prev].text, outer):
                    return outer, toks[prev].text
            return None
    return None


def _clause_subject(paragraph: str, toks: list[Tok], k: int) -> str | None:
    """The subject of ``… and said`` / ``…, but says`` / ``…, saying``: the name that opens the
    clause (after a leading ``Asked …,`` clause), or the sentence's subject for a participle."""
    j = k - 1
    while j >= 0 and toks[j].text.lower() in ("also", "then", "later", "simply", "only"):
        j -= 1
    if j < 0:
        return None
    joined = toks[j].text.lower() in ("and", "but") or toks[k].text.lower() in _ING_CLAUSE
    if not joined:
        return None
    if toks[j].text.lower() in ("and", "but") and j > 0 and toks[j - 1].text == ",":
        j -= 1
    if toks[k].text.lower() in _ING_CLAUSE:
        bounds = [0] + [i + 1 for i in range(min(j, 12)) if toks[i].text in ("—", "–", "-", ":")]
    else:
        bounds = [0] + [i + 1 for i in range(j) if toks[i].text in (",", ";", "—", "–")
                        or toks[i].text.lower() == "that"]
    for bound in reversed(bounds):
        first = toks[bound].text.lower() if bound < len(toks) else ""
        if first in OPENERS or (toks[bound].text.endswith("ed") and first[:1].isupper()):
            continue
        subject = phrase_after(paragraph, toks[bound:j])
        if subject and subject.lower() in PRONOUNS:
            return subject
        if subject and (is_capital(subject.split()[-1]) or subject.split()[0].lower()
                        in DETERMINERS):
            return subject
    return None


def named_before(paragraph: str, opened: int) -> bool:
    """``titles such as “…”``, ``a plan dubbed ‘…’``: the quote is a name, not speech."""
    head = paragraph[max(0, opened - 24) : opened].lower().rstrip(" ,:")
    return head.endswith(_NAMING)
