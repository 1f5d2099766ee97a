"""parse_dateline: move the page's date lines into ``published``, as the header model planned.

The header model (`cleaner.header`) reads the top of the page once and decides which lines are
date lines: ``Wed Jan 20, 2016 22:31:33``, ``Posted at 2:16 PM, Nov 22, 2017``, ``Last Updated:
Thursday, 11 March, 2004, 23:28 GMT``, a byline with its date (``By Jane Doe November 19th, 2017``:
the byline stays for repair_header), the crawler's `` date 2019-07-08`` prefix. This pass takes
them out of the text and fills ``published`` (ISO 8601) and ``published_raw`` (the line as
written). The first published date wins over ``Updated`` stamps; a site's today's-date widget is
chrome, never the date. The cleaner's own meta line (``video | 2016-01-20T22:31:33``) is read back
too, so cleaning clean output changes nothing. A date inside a sentence is article text.

>>> from cleaner.document import Draft
>>> d = parse_dateline(Draft("Title\\n\\nWed Jan 20, 2016 22:31:33\\n\\nBody.\\n"))
>>> d.published, d.published_raw, d.text
('2016-01-20T22:31:33', 'Wed Jan 20, 2016 22:31:33', 'Title\\n\\n\\nBody.\\n')
"""

from __future__ import annotations

from cleaner.document import Draft, Log
from cleaner.header import DATES, apply_steps, plan_for

NAME = DATES


def parse_dateline(draft: Draft) -> Draft:
    """Remove the planned date lines and fill ``published`` from the chosen one.

    Before: ``Wed Jan 20, 2016 22:31:33``  After: ``published = 2016-01-20T22:31:33``.
    """
    plan = plan_for(draft.text, draft.header, draft.options)
    log = Log(NAME)
    text, handed_on = apply_steps(plan, NAME, log.fix)
    for warning in plan.warnings:
        log.warn(warning)
    changes: dict[str, object] = {"text": text, "header": handed_on}
    if plan.meta_label and not draft.label:
        changes["label"] = plan.meta_label
    if plan.published is not None and plan.published.iso is not None:
        changes.update(published=plan.published.iso,
                       published_raw=plan.published_raw or draft.published_raw)
    return log.apply(draft, **changes)
