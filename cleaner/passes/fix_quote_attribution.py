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
from cleaner.speech import QUOTE_MARK, SPEAKER, TAIL, VERB, quote_spans

NAME = "fix_quote_attribution"

_ATTRIBUTION = regex.compile(
    rf"(?P<lead>.*\S),\s++(?P<attr>(?:{SPEAKER}\s+{VERB}|{VERB}\s+{SPEAKER}){TAIL})\.$",
    regex.S | regex.V1,
)
_MAX_ATTRIBUTION_WORDS = 16


def fix_quote_attribution(draft: Draft) -> Draft:
    """Repair each quote that swallowed its attribution.

    Before: ``"…annihilation, Lavrov stressed."``  After: ``"…annihilation," Lavrov stressed.``
    """
    if '"' not in draft.text and "”" not in draft.text:
        return draft
    lines = draft.text.split("\n")
    new = draft
    for number, line in enumerate(lines, start=1):
        if "," not in line or not QUOTE_MARK.search(line):
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
