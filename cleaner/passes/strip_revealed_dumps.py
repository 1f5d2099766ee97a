"""strip_revealed_dumps: cut out the dumps that only show once the page is normalised.

``string(1\u200b0) "…"`` or ``string(5)\u00a0"hello"`` is no dump until normalize_whitespace
has removed the zero-width space or made the no-break space a space, and a dump glued to the
end of another (``int(1)int(2)``) only starts a line once the first is cut out. Left in the
text, the next run would take them: cleaning would not be idempotent. This pass reads the
normalised text as strip_var_dump reads the page (byte counts are then the UTF-8 bytes of the
normalised text) and decodes what it finds as decode_embedded_json does.

Never touches: anything strip_var_dump would not take from the same text, but the spacing a
cut leaves on its line (normalised as normalize_whitespace normalised the page, and recorded so).

>>> from cleaner.document import Draft
>>> d = strip_revealed_dumps(Draft('Body.\\n\\nint(2)\\n'))
>>> d.text, d.embedded
('Body.\\n', (2,))
"""

from __future__ import annotations

from cleaner.document import Draft
from cleaner.passes.decode_embedded_json import decode_embedded_json
from cleaner.passes.normalize_whitespace import normalize_whitespace
from cleaner.passes.strip_var_dump import strip_dumps

NAME = "strip_revealed_dumps"


def strip_revealed_dumps(draft: Draft) -> Draft:
    """Remove each dump block the normalised text shows; decode it into ``embedded``.

    Before: ``Body.⏎⏎int(2)⏎`` (after ``int(1)int(2)`` lost its first dump)  After: ``Body.⏎``
    with ``2`` in ``embedded``.
    """
    return strip_dumps_revealed(draft, NAME)


def strip_dumps_revealed(draft: Draft, pass_name: str) -> Draft:
    """The work of this pass, its cuts recorded under `pass_name` (strip_furniture asks it of
    the text its removals leave: a dump's closing quote lines of desk codes kept out of reach
    is in reach once they go, and the next run would take the dump)."""
    if "(" not in draft.text and "NULL" not in draft.text:
        return draft  # every dump form holds one of these (Array/Object forms hold "(" too)
    cut = strip_dumps(draft, pass_name)
    if cut.text != draft.text:
        # What a cut leaves of a line ("&array(2) { “The …" gives " “The …") is normalised as
        # normalize_whitespace, run before, normalised the page: the next run would.
        cut = normalize_whitespace(cut)
    return decode_embedded_json(cut)
