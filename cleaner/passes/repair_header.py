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

from dataclasses import replace

from cleaner.document import Draft, Log
from cleaner.header import TITLES, HeaderPlan, Step, apply_steps, plan_for
from cleaner.passes.repair_mojibake import repaired

NAME = TITLES


def _merge(first: tuple[str, ...], more: tuple[str, ...]) -> tuple[str, ...]:
    return first + tuple(item for item in more if item not in first)


def _record_title(plan: HeaderPlan, title: str | None) -> HeaderPlan:
    """A JSON record's title (read_json_record wrote it on the first line) that the header does
    not read as a headline (a sentence, a line too long) is the title all the same: its line
    goes, or the text would hold it twice (the title line, then the same line as the lead)."""
    if plan.title is not None or title is None:
        return plan
    lines = plan.text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != title.strip() \
            or any(step.index == first for step in plan.steps):
        return plan
    step = Step(first, TITLES, "title", "moved header line into title fields")
    return replace(plan, steps=tuple(sorted((*plan.steps, step), key=lambda s: s.index)))


def repair_header(draft: Draft) -> Draft:
    """Apply the planned headline and byline steps; fill title, subtitle, label, authors.

    Before: ``By VIDEO, ‘We’ll Fight ISIS’: Lavrov``  After: title ``‘We’ll Fight ISIS’: Lavrov``,
    label ``video``.
    """
    plan = _record_title(plan_for(draft.text, draft.header, draft.options), draft.title)
    log = Log(NAME)
    text, handed_on = apply_steps(plan, NAME, log.fix)
    # (a dek read off a widget glyph or its orphan comma is a new line, repaired as the title is)
    subtitle = repaired(plan.subtitle) if plan.subtitle else draft.subtitle
    if not plan.subtitle and subtitle is not None and subtitle in text.split("\n"):
        subtitle = None  # a record's dek the header reads as the lead stays the lead
    return log.apply(
        draft,
        text=text,
        header=handed_on,
        # (a title split off its label or joined from two lines is a new line: repaired as
        # repair_mojibake repairs one, as the next run would repair it, written on line 1)
        title=repaired(plan.title) if plan.title else draft.title,
        subtitle=subtitle,
        label=draft.label or plan.label,
        authors=_merge(draft.authors, plan.authors),
        credits=_merge(draft.credits, plan.credits),
    )
