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

from cleaner.document import Draft, Log
from cleaner.speech import QUOTE_MARK, SPEAKER, TAIL, VERB, quote_spans

NAME = "fix_quote_attribution"

# What follows the comma that ends the quoted words: "Lavrov stressed." / "said Lavrov.".
_ATTRIBUTION = regex.compile(
    rf"\s++(?P<attr>(?:{SPEAKER}\s+{VERB}|{VERB}\s+{SPEAKER}){TAIL})\.", regex.V1
)
# An attribution is short, so only the end of a quote is searched: time stays linear in the
# length of the text however long a quote is.
_WINDOW = 240
_MAX_COMMAS = 6


def find_attribution(inner: str) -> tuple[int, str] | None:
    """Where the swallowed attribution's comma is in `inner`, and the attribution.

    >>> find_attribution("We will win, Lavrov stressed.")
    (11, 'Lavrov stressed')
    >>> find_attribution("We will win.") is None
    True
    """
    if not inner.endswith(".") or len(inner) < 4:
        return None
    start = max(0, len(inner) - _WINDOW)
    comma = len(inner)
    for _ in range(_MAX_COMMAS):
        comma = inner.rfind(",", start, comma)
        if comma <= 0:
            return None
        if inner[comma - 1].isspace():
            continue
        match = _ATTRIBUTION.fullmatch(inner, comma + 1)
        if match and len(match.group("attr").split()) <= _MAX_ATTRIBUTION_WORDS:
            return comma, match.group("attr")
    return None
_MAX_ATTRIBUTION_WORDS = 16


def fix_quote_attribution(draft: Draft) -> Draft:
    """Repair each quote that swallowed its attribution.

    Before: ``"…annihilation, Lavrov stressed."``  After: ``"…annihilation," Lavrov stressed.``
    """
    if '"' not in draft.text and "”" not in draft.text:
        return draft
    lines = draft.text.split("\n")
    log = Log(NAME)
    for number, line in enumerate(lines, start=1):
        if "," not in line or not QUOTE_MARK.search(line):
            continue
        pieces: list[str] = []
        done = 0  # the line is rebuilt from pieces: linear however many quotes it holds
        for opened, closed in quote_spans(line):
            after = line[closed + 1 : closed + 2]
            if after and not after.isspace():
                continue
            found = find_attribution(line[opened + 1 : closed])
            if found is None:
                continue
            comma, attribution = found
            cut = opened + 1 + comma
            after_text = f",{line[closed]} {attribution}."
            pieces += [line[done:cut], after_text]
            done = closed + 1
            log.fix("moved closing quote before the attribution", line[cut:done], after_text,
                    number, cut + 1)
        if pieces:
            lines[number - 1] = "".join(pieces) + line[done:]
    return log.apply(draft, text="\n".join(lines)) if log.fixes else draft
