"""normalize_quotes: with ``--quotes curly`` or ``--quotes straight``, use one style of marks.

Runs after the attribution repair. ``keep`` (the default) changes nothing. A double quote opens
after a space or at the start of a paragraph and closes otherwise. A single ``'`` between or after
letters or digits, or before a decade (``'90s``), is an apostrophe and becomes ``’``, never ``‘``;
straightening turns both ``‘`` and ``’`` into ``'``, which is both marks.

Never touches: anything with ``keep``; an apostrophe never becomes an opening quote.

>>> from cleaner.document import Draft, Options
>>> curly = Options(quotes="curly")
>>> normalize_quotes(Draft('"It\\'s the \\'90s," he said.\\n', options=curly)).text
'“It’s the ’90s,” he said.\\n'
"""

from __future__ import annotations

import regex

from cleaner.document import Draft, Log

NAME = "normalize_quotes"

_STRAIGHT = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})
_MARK = regex.compile(r"[\"']")
_OPEN_BEFORE = " \t([{—–-/"
_DECADE = regex.compile(r"\d\ds\b")


def _curly(line: str) -> str:
    out = list(line)
    for match in _MARK.finditer(line):
        pos = match.start()
        before = line[pos - 1] if pos else " "
        after = line[pos + 1] if pos + 1 < len(line) else " "
        opens = before.isspace() or before in _OPEN_BEFORE or before in "“‘"
        if match.group() == '"':
            out[pos] = "“" if opens else "”"
        elif before.isalnum() or (after.isdigit() and _DECADE.match(line, pos + 1)):
            out[pos] = "’"  # apostrophe: it's, Russia's, '90s
        else:
            out[pos] = "‘" if opens and not after.isspace() else "’"
    return "".join(out)


def normalize_quotes(draft: Draft) -> Draft:
    """Make every quote mark curly or straight, as ``options.quotes`` says.

    Before: ``"It's over," he said.``  After: ``“It’s over,” he said.`` (curly)
    """
    style = draft.options.quotes
    if style == "keep":
        return draft
    convert = _curly if style == "curly" else (lambda line: line.translate(_STRAIGHT))
    lines = draft.text.split("\n")
    log = Log(NAME)
    for number, line in enumerate(lines, start=1):
        changed = convert(line)
        if changed != line:
            log.fix(f"made quote marks {style}", line, changed, number)
            lines[number - 1] = changed
    title = convert(draft.title) if draft.title else draft.title
    log.fix(f"made title quote marks {style}", draft.title or "", title or "")
    return log.apply(draft, text="\n".join(lines), title=title)
