"""extract_quotes: list every direct quote of the body with who said it and the speech verb.

A quote that opens a sentence looks for its attribution after the closing mark (``…,” said
Mr. Thakur``), then at the sentence's end, then before it (``Mr Javid, the son of …, said:``);
a partial quote inside a sentence looks before it first (the sentence's subject: ``Trump shook
his head and said, “No.”``). A quote that goes on after its attribution in the same paragraph,
and a paragraph that opens with an unattributed quote (the journalistic convention of a quote
continued into the next paragraph, or text a ``Full Text of the Statement reads:`` paragraph
introduces), carry the same speaker. ``he``/``she`` resolve to the person most recently named,
as a speaker or as the named subject of a sentence. Headline quotes (title and dek) are
paragraph 0; body paragraphs count from 1. Not quotes: names of works (``titles such as
“…”``), unattributed scare quotes inside a sentence (``to "Islamise" schools``), crossheads in
quote marks, and strings in leaked script.

Never touches: the text.

>>> from cleaner.document import Draft
>>> d = extract_quotes(Draft('"We won," Lavrov said. "It is over."\\n“Go,” he added.\\n'))
>>> [(q.text, q.speaker, q.cue) for q in d.quotes]
[('We won', 'Lavrov', 'said'), ('It is over.', 'Lavrov', 'said'), ('Go', 'Lavrov', 'added')]
"""

from __future__ import annotations

from cleaner.document import Draft, Quote
from cleaner.quotes.headline import headline_quotes
from cleaner.quotes.reader import Reader, introduction, read_paragraph
from cleaner.quotes.spans import code_like


def _may_quote(paragraph: str) -> bool:
    """Whether a paragraph holds a mark that can open or close a quote: a double mark, or a
    single one not inside a word (``it's``, ``Iran's`` hold none: most paragraphs with an
    apostrophe and no other mark need no reading)."""
    if any(mark in paragraph for mark in "\"“”‘"):
        return True
    at = paragraph.find("'")
    while at != -1:
        if not (0 < at < len(paragraph) - 1 and _in_word(paragraph[at - 1])
                and _in_word(paragraph[at + 1])):
            return True
        at = paragraph.find("'", at + 1)
    return False


def _in_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what the quote readers' \w reads as a word


def extract_quotes(draft: Draft) -> Draft:
    """Fill ``quotes``; the text is left as it is.

    Before: ``"We won," Lavrov said.``  After: quotes ``[("We won", "Lavrov", "said", 1)]``.
    """
    paragraphs = [line for line in draft.text.split("\n") if line.strip()]
    reader = Reader(paragraphs)
    for line in (draft.title, draft.subtitle):
        for text, speaker, cue in headline_quotes(line) if line else ():
            reader.quotes.append(Quote(text, speaker, cue, 0))
    introduced: tuple[str | None, str | None] | None = None
    for number, paragraph in enumerate(paragraphs, start=1):
        if not _may_quote(paragraph) or code_like(paragraph):
            if reader.pending is not None:  # a run-on quote must open again in the next one
                reader.settle(reader.pending)
                reader.pending = None
        else:
            read_paragraph(reader, number, paragraph, introduced)
        introduced = introduction(paragraph)
    if reader.pending is not None:
        reader.settle(reader.pending)
    if not reader.quotes:
        return draft
    return draft.replace(quotes=tuple(reader.quotes))
