"""Test helper: find correctly attributed quotes and break them into the swallowed form."""

from __future__ import annotations

import regex

from cleaner.speech import SPEAKER, TAIL, VERB

# A correctly attributed quote: ,” / ," then speaker + verb (+ tail) and the sentence's end.
CORRECT = regex.compile(
    rf",(?P<mark>[\"”])\s(?P<attr>(?:{SPEAKER}\s+{VERB}|{VERB}\s+{SPEAKER}){TAIL})\.(?=\s|$)",
    regex.V1,
)


def break_quote(paragraph: str, match: regex.Match[str]) -> str:
    """``…,” he said.`` → ``…, he said.”``: the swallowed form of one correct quote."""
    return (paragraph[: match.start()] + ", " + match.group("attr") + "." + match.group("mark")
            + paragraph[match.end() :])


# Correctly attributed quotes as a careful editor writes them (negative controls).
WELL_EDITED = [
    "“We will rebuild the bridge,” the mayor said.",
    '"The harvest is lost," said Omar Nasser, a farmer.',
    "“Prices will fall,” she told reporters on Monday.",
    '"It is not over," Leila Haddad said. "We will be back next year," she added.',
    "“The talks were useful,” a spokesman for the ministry said, adding that more would follow.",
    '"No one was hurt," the police chief told AFP.',
    "“We cannot wait any longer,” he warned.",
    '"The road is open again," officials said.',
]
