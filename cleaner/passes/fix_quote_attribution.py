"""fix_quote_attribution: move a closing quote mark back in front of a swallowed attribution.

``"…annihilation, Lavrov stressed."`` becomes ``"…annihilation," Lavrov stressed.`` Only a SHORT
final clause of speaker + speech verb (or verb + speaker) inside the quote counts, and only when
the quote mark after it really closes a quote opened earlier in the same paragraph.

Never touches: correct quotes (``…,” he said.``), ``"…?" he asked.``, apostrophes and single
quotes, a paragraph that opens a quote and never closes it (a quote continued in the next
paragraph), or quotes whose inner text merely contains a comma and a verb far from the end.

>>> from cleaner.document import Draft
>>> fix_quote_attribution(Draft('"We will fight them, Lavrov stressed."\\n')).text
'"We will fight them," Lavrov stressed.\\n'
>>> fix_quote_attribution(Draft('“We will fight them,” Lavrov stressed.\\n')).fixes
()
"""

from __future__ import annotations

import regex

from cleaner.document import Draft

NAME = "fix_quote_attribution"

_VERB_BASES = (
    "say tell add stress explain note state warn insist claim argue reply respond ask announce "
    "declare confirm deny emphasize emphasise underline underscore point reiterate continue "
    "conclude write tweet quote affirm assert remark observe comment admit acknowledge "
    "recall suggest urge describe believe maintain mention predict promise report reveal "
    "highlight vow pledge threaten demand complain agree concede clarify elaborate"
).split()
_IRREGULAR = {"say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"],
              "write": ["wrote", "writes", "writing"]}


def _forms(base: str) -> list[str]:
    if base in _IRREGULAR:
        return _IRREGULAR[base]
    if base.endswith("e"):
        return [base + "d", base + "s", base[:-1] + "ing"]
    if base.endswith("y") and base[-2] not in "aeiou":
        return [base[:-1] + "ied", base[:-1] + "ies", base + "ing"]
    if base in ("stress",):
        return [base + "ed", base + "es", base + "ing"]
    if base in ("admit", "regret"):
        return [base + "ted", base + "s", base + "ting"]
    return [base + "ed", base + "s", base + "ing"]


SPEECH_VERBS = sorted({form for base in _VERB_BASES for form in _forms(base)}
                      - {"saying", "telling", "writing"}, key=len, reverse=True)
_VERB = r"(?:" + "|".join(SPEECH_VERBS) + r")(?:\s+out)?"
_PRONOUN = r"(?:he|she|they|it|we|I)"
_NAME_WORD = r"(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]*+|(?:al|el)-\p{L}++|bin|ibn|de|da|van|von)"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
_DESCRIPTION = r"(?:the|a|an|his|her|their|its)\s+[\p{L}’'\-]+(?:\s+[\p{L}’'\-]+){0,7}?"
_SPEAKER = rf"(?:{_PRONOUN}|{_NAME}|{_DESCRIPTION})"
_TAIL = r"(?:\s+[^\s,.;:!?\"“”]+){0,8}?(?:,\s+(?:adding|saying|noting|stressing)\s[^\"“”]{1,80}?)?"
_ATTRIBUTION = regex.compile(
    rf"(?P<lead>.*\S),\s++(?P<attr>(?:{_SPEAKER}\s+{_VERB}|{_VERB}\s+{_SPEAKER}){_TAIL})\.$",
    regex.S | regex.V1,
)
_MAX_ATTRIBUTION_WORDS = 16
_QUOTE_MARK = regex.compile(r'["“”]')
_OPENERS = "“"
_CLOSERS = "”"


def quote_spans(line: str) -> list[tuple[int, int]]:
    """(open, close) positions of the double-quoted spans of one paragraph.

    A straight quote opens after a space or at the start, and closes otherwise.

    >>> quote_spans('He said "yes" and “no”.')
    [(8, 12), (18, 21)]
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for match in _QUOTE_MARK.finditer(line):
        mark, pos = match.group(), match.start()
        before = line[pos - 1] if pos else " "
        is_open = mark in _OPENERS or (mark == '"' and (before.isspace() or before in "([—–-"))
        if opened is None and is_open:
            opened = pos
        elif opened is not None and not is_open:
            spans.append((opened, pos))
            opened = None
        elif opened is not None and is_open and mark in _OPENERS:
            opened = pos  # an unclosed quote followed by a new one: the old one ran on
    return spans


def fix_quote_attribution(draft: Draft) -> Draft:
    """Repair each quote that swallowed its attribution.

    Before: ``"…annihilation, Lavrov stressed."``  After: ``"…annihilation," Lavrov stressed.``
    """
    if '"' not in draft.text and "”" not in draft.text:
        return draft
    lines = draft.text.split("\n")
    new = draft
    for number, line in enumerate(lines, start=1):
        if "," not in line or not _QUOTE_MARK.search(line):
            continue
        repaired = line
        for opened, closed in reversed(quote_spans(line)):
            after = line[closed + 1 : closed + 2]
            if after and not after.isspace():
                continue
            inner = line[opened + 1 : closed]
            match = _ATTRIBUTION.match(inner, timeout=0.05)
            if not match or len(match.group("attr").split()) > _MAX_ATTRIBUTION_WORDS:
                continue
            mark = line[closed]
            cut = opened + 1 + match.end("lead")
            before_text = repaired[cut : closed + 1]
            after_text = f",{mark} {match.group('attr')}."
            repaired = repaired[:cut] + after_text + repaired[closed + 1 :]
            new = new.fix(NAME, "moved closing quote before the attribution", before_text,
                          after_text, number)
        lines[number - 1] = repaired
    return new.replace(text="\n".join(lines))
