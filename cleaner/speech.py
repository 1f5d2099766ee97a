"""Who said it: the grammar of speakers, speech verbs and quote marks shared by the quote passes.

>>> "stressed" in SPEECH_VERB_SET, "pointed" in SPEECH_VERB_SET
(True, True)
>>> quote_spans('He said "yes" and “no”.')
[(8, 12), (18, 21)]
"""

from __future__ import annotations

import regex

from cleaner.lexicon.speech import VERBS

# The forms that can end an attribution after a quote (``…,” Lavrov stressed.``), from the
# lexicon; the bare base and the -ing forms of say, tell and write are left out.
SPEECH_VERBS = sorted(
    {form for verb in VERBS if not verb.takes_object for form in verb.forms[1:]}
    - {"saying", "telling", "writing"}, key=len, reverse=True)
SPEECH_VERB_SET = frozenset(SPEECH_VERBS)
VERB = r"(?:" + "|".join(SPEECH_VERBS) + r")(?:\s+out)?"
PRONOUN = r"(?:he|she|they|it|we|I)"
_NAME_WORD = r"(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]*+|(?:al|el)-\p{L}++|bin|ibn|de|da|van|von)"
# A name does not start with a determiner ("The statement said" has a description as speaker).
NAME = (rf"(?!(?:The|A|An|His|Her|Their|Its|This|That|These|Those)\b){_NAME_WORD}"
        rf"(?:\s+{_NAME_WORD}){{0,4}}")
DESCRIPTION = (
    r"(?:(?i:the|a|an|his|her|their|its|one|another|some|several)\s+[\p{L}’'\-]+"
    r"|\p{Lu}[\p{L}\-]*+['’]s\s+[\p{L}’'\-]+)"  # "Russia's envoy"
    r"(?:\s+[\p{L}’'\-]+){0,7}?"
)
# Groups quoted without a determiner: "officials said", "Israeli officials said".
GROUP = (r"(?:[\p{L}\-]+\s+){0,2}(?i:officials|witnesses|sources|residents|analysts|police"
         r"|activists|experts|observers|protesters|doctors|medics|diplomats|lawmakers|locals)")
SPEAKER = rf"(?:{PRONOUN}|{NAME}|{DESCRIPTION}|{GROUP})"
TAIL = (
    r"(?:\s+[^\s,.;:!?\"“”]+){0,8}?"
    # an appositive ("…, said Omar Nasser, a farmer.") or a participle ("…, adding that …")
    r"(?:,\s+(?:(?i:a|an|the)\s+[^,.;:!?\"“”]{1,60}?"
    r"|(?:adding|saying|noting|stressing)\s[^\"“”]{1,80}?))?"
)
QUOTE_MARK = regex.compile(r'["“”]')
_OPENERS = "“"


def quote_spans(line: str) -> list[tuple[int, int]]:
    """(open, close) positions of the double-quoted spans of one paragraph.

    A straight quote opens after a space or at the start, and closes otherwise.

    >>> quote_spans('He said "yes" and “no”.')
    [(8, 12), (18, 21)]
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for match in QUOTE_MARK.finditer(line):
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


