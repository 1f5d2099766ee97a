"""repair_header: move the headline, dek, kicker, label and bylines into their fields.

The header model (`cleaner.header`) has chosen the headline among site names, section words,
menus and repeats (``NPR logo``, ``Filtered By: Topstories``, an HTML title with the site name
appended), joined a headline wrapped over two lines, found the dek under it, the kicker above
it (``Sheikh Qassem:`` starts the title; another kicker is the subtitle), labels and bylines
glued to it (``By VIDEO, Title`` / ``VIDEO: Title`` / ``Title + Video``), byline lines (``By X``,
a bare name under the headline, an agency), a dateline standing alone above the lead, and debris
glued to the lead (an orphan comma, an image's alt text). This pass applies those steps, each
recorded, and fills the fields. Without a header nothing is invented. Never touches: body
paragraphs, or related titles in ``embedded``.

>>> from cleaner.document import Draft
>>> d = repair_header(Draft("By VIDEO, Lavrov: We Will Win\\n\\nWed Jan 20, 2016\\n\\nBody.\\n"))
>>> d.title, d.label, d.authors
('Lavrov: We Will Win', 'video', ())
"""

from __future__ import annotations

from cleaner.document import Draft, Log
from cleaner.header import TITLES, apply_steps, plan_for

NAME = TITLES


def _merge(first: tuple[str, ...], more: tuple[str, ...]) -> tuple[str, ...]:
    return first + tuple(item for item in more if item not in first)


def repair_header(draft: Draft) -> Draft:
    """Apply the planned headline and byline steps; fill title, subtitle, label, authors.

    Before: ``By VIDEO, ‘We’ll Fight ISIS’: Lavrov``  After: title ``‘We’ll Fight ISIS’: Lavrov``,
    label ``video``.
    """
    plan = plan_for(draft.text, draft.header, draft.options)
    log = Log(NAME)
    text, handed_on = apply_steps(plan, NAME, log.fix)
    return log.apply(
        draft,
        text=text,
        header=handed_on,
        title=plan.title or draft.title,
        subtitle=plan.subtitle or draft.subtitle,
        label=draft.label or plan.label,
        authors=_merge(draft.authors, plan.authors),
        credits=_merge(draft.credits, plan.credits),
    )
