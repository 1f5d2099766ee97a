"""repair_mojibake: undo text decoded with the wrong charset, as ftfy's ``fix_text`` does.

Every encoding repair of ``ftfy.fix_text`` runs, line by line, recorded one fix per line:
UTF-8 read as Windows-1252/1251/1250/1257, ISO-8859-2, MacRoman or cp437 (``Itâ€™s``,
``РґРѕСЂРѕРіРµ``, ``LiĂ¨ge``, ``wei√ü``), emoji and CESU-8 mojibake (``ðŸ˜€``, ``í ½í¸\\x8d``), a
lost no-break space (``voilÃ  le travail``), lossy sequences with U+FFFD (``SlovenÄ�ina``), HTML
entities in text (``10Î&frac14;s``), Latin ligatures, full-width forms, surrogates, terminal
escapes and stray control characters. Left to other passes: C1 controls (``fix_c1_controls``,
which runs next, as in ftfy), line breaks and spaces (``normalize_whitespace``) and quote style (the
cleaner keeps quotes as found). No Unicode normalisation: that is not an encoding repair.

The gate: ftfy's own mojibake detector (``ftfy.badness.is_bad``) decides, but only on the
lines that hold what every one of its patterns needs (``SUSPECT``: two adjacent characters of
the kinds mojibake is made of; a property test proves it lets through everything the detector
flags), so a clean page pays one search, not the detector's thirty patterns.

Never touches: clean text, including look-alikes such as ``Dråber``, ``NESTLÉ®`` or code.

>>> from cleaner.document import Draft
>>> repair_mojibake(Draft("Itâ€™s a cafÃ©, voilÃ  le travail.\\n")).text
'It’s a café, voilà le travail.\\n'
"""

from __future__ import annotations

import re
from functools import lru_cache

from ftfy import TextFixerConfig, fix_encoding_and_explain, fixes
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES, is_bad
from ftfy.chardata import CONTROL_CHARS, HTML_ENTITY_RE, LIGATURES, WIDTH_MAP

from cleaner.document import Draft, Log
from cleaner.passes.fix_c1_controls import fix_c1_controls
from cleaner.passes.normalize_whitespace import normalize_whitespace

NAME = "repair_mojibake"

# Characters normalize_whitespace reads as line breaks or spaces: ftfy would delete them, which
# would glue two words (or two paragraphs) together.
_SPACING = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f\ufeff")
_CONTROLS = "".join(chr(c) for c in sorted(CONTROL_CHARS) if chr(c) not in _SPACING)
_REMOVE = dict.fromkeys(map(ord, _CONTROLS))

# Every match of ftfy's BADNESS_RE holds two adjacent characters of its categories (or of
# the non-ASCII literals of its patterns), a C1 control, ``Ã``/``Â`` before a space, or ``Œ``
# before a non-letter: a clean line with one accented name or a pair of curly quotes holds
# none of these. Two more alternatives see what normalize_whitespace will make of the line (a
# zero-width character between two such characters goes, an odd space becomes a space).
# tests/test_encodings.py checks the claim against is_bad on random and real text.
_LITERALS = "".join(sorted({ch for ch in BADNESS_RE.pattern if ord(ch) > 127}))
_CATEGORY = "[" + "".join(MOJIBAKE_CATEGORIES.values()) + re.escape(_LITERALS) + "]"
SUSPECT = re.compile(
    f"{_CATEGORY}{_CATEGORY}|[{MOJIBAKE_CATEGORIES['c1']}]|[ÃÂ][\\s\x1f\u200b-\u200d\u2060\ufeff]"
    f"|[Œœ][^A-Za-z]|{_CATEGORY}[\u200b-\u200d\u2060\ufeff]+{_CATEGORY}"
)
# Every alternative starts with a category character: find those (one class, fast), then try
# the alternatives there. The stdlib engine searches these large classes far faster than `regex`.
_START = re.compile(_CATEGORY)


def suspect(text: str) -> bool:
    """Could ftfy's detector flag this text (now, or once its spaces are normalised)?"""
    match = SUSPECT.match
    return any(match(text, found.start()) for found in _START.finditer(text))




def _char_class(chars: set[str]) -> str:
    """A regex character class of `chars`, runs of code points written as ranges (faster)."""
    points = sorted(map(ord, chars))
    parts, first = [], 0
    for index, point in enumerate(points):
        if index + 1 < len(points) and points[index + 1] == point + 1:
            continue
        low = points[first]
        parts.append(re.escape(chr(low)) if low == point
                     else f"{re.escape(chr(low))}-{re.escape(chr(point))}")
        first = index + 1
    return "[" + "".join(parts) + "]"


# What the other repairs act on: ligatures, width forms, controls, surrogates, escapes (and
# HTML entities, looked for only where there is an ``&``).
_OTHER = re.compile(_char_class(
    {chr(c) for c in (*LIGATURES, *WIDTH_MAP) if c != 0x3000} | set(_CONTROLS) | {"\x1b"}
    | {chr(c) for c in range(0xD800, 0xE000)}
))
_ENTITY = HTML_ENTITY_RE
_START_OR_OTHER = re.compile(_CATEGORY[:-1] + _OTHER.pattern[1:])  # the two classes as one
# C1 controls are fix_c1_controls's; NFC and quotes are not encoding repairs.
_CONFIG = TextFixerConfig(fix_c1_controls=False, uncurl_quotes=False, fix_line_breaks=False,
                          normalization=None, explain=True)


def _other_fixes(line: str) -> tuple[str, list[str]]:
    done: list[str] = []

    def step(what: str, fixed: str) -> None:
        nonlocal line
        if fixed != line:
            done.append(what)
            line = fixed

    if "&" in line and "<" not in line and _ENTITY.search(line):  # ftfy's "auto"
        step("HTML entities decoded", fixes.unescape_html(line))
    step("ligatures split", fixes.fix_latin_ligatures(line))
    # U+3000 is a space; normalize_whitespace settles spaces.
    step("full-width forms narrowed", line.translate({k: v for k, v in WIDTH_MAP.items()
                                                      if k != 0x3000}))
    step("surrogates joined", fixes.fix_surrogates(line))
    step("terminal escapes removed", fixes.remove_terminal_escapes(line))
    step("control characters removed", line.translate(_REMOVE))
    return line, done


def _repair_once(line: str, done: list[str]) -> str:
    if suspect(line) and is_bad(line):
        fixed, plan = fix_encoding_and_explain(line, _CONFIG)
        if fixed != line:
            codecs = [arg for kind, arg in plan or () if kind in ("encode", "decode")]
            extra = [arg for kind, arg in plan or () if kind not in ("encode", "decode")]
            label = " → ".join(dict.fromkeys(codecs)) or "inconsistent utf-8"
            done.append(f"repaired mojibake ({label}" + "".join(f", {e}" for e in extra) + ")")
            line = fixed
    if _OTHER.search(line) or ("&" in line and _ENTITY.search(line)):
        line, other = _other_fixes(line)
        done += other
    return line


def _later(line: str) -> str:
    """What the next passes make of the line: C1 controls read, whitespace normalised."""
    return normalize_whitespace(fix_c1_controls(Draft(line))).text.removesuffix("\n")


def _settle(line: str, done: list[str]) -> str:
    """Repair, then do what the next passes do, until nothing changes (real text: two rounds).

    A line break those passes make (a form feed, U+2028, one the repair itself decoded) makes
    lines that the next run repairs one by one: so they are settled one by one here too.
    """
    settled = line
    for _ in range(8):
        before = settled
        settled = _later(_repair_once(settled, done))
        if "\n" in settled:
            return "\n".join(_settle(piece, done) for piece in settled.split("\n"))
        if settled == before:
            break
    return settled


@lru_cache(maxsize=4096)
def repair_line(line: str) -> tuple[str, str]:
    """The line repaired, and what was done to it ("" when nothing).

    ftfy loops its fixes until nothing changes; so does this, with what fix_c1_controls and
    normalize_whitespace will do to the line in the loop, so the next run finds nothing to do.
    When the repairs change nothing that those passes would not, the line is left to them.

    >>> repair_line("voilÃ  le travail")
    ('voilà le travail', 'repaired mojibake (latin-1 → utf-8, restore_byte_a0)')
    """
    done: list[str] = []
    settled = _settle(line, done)
    if not done or settled == _later(line):
        return line, ""
    # A line the repairs leave blank stays a line, for normalize_whitespace to blank: an empty
    # `after` would say the line was deleted, and a deleted line could join two paragraphs.
    return settled or " ", "; ".join(dict.fromkeys(done))


def without_controls(text: str) -> str:
    """The text without the stray control characters this pass removes (what a JSON record
    read before it must not trip over: the next run, with them gone, would read it)."""
    return text.translate(_REMOVE)


def repaired(line: str) -> str:
    """The line as this pass would leave it: for the passes after it that make new lines (a
    join, a line a tag or a label leaves), which the next run would repair here first.

    >>> repaired("voilÃ  le travail"), repaired("It is over.")
    ('voilà le travail', 'It is over.')
    """
    return repair_line(line)[0] if needs_repair(line) else line


def needs_repair(text: str) -> bool:
    """The cheap gate: could any repair apply? (False for almost every clean page.)

    One scan finds the characters either test starts from (the mojibake kinds, and what the
    other repairs act on), as `suspect(text) or _OTHER.search(text)` would in two."""
    match, other = SUSPECT.match, _OTHER.match
    for found in _START_OR_OTHER.finditer(text):
        if other(found.group()) or match(text, found.start()):
            return True
    return "&" in text and _ENTITY.search(text) is not None


def repair_mojibake(draft: Draft) -> Draft:
    """Repair each line that shows mojibake, recording the line before and after.

    Before: ``Itâ€™s a cafÃ©.``  After: ``It’s a café.``
    """
    title = draft.title or ""
    subtitle = draft.subtitle or ""
    if not needs_repair(draft.text) and not needs_repair(title) and not needs_repair(subtitle):
        return draft
    log = Log(NAME)
    lines = draft.text.split("\n")
    for number, line in enumerate(lines, start=1):
        if needs_repair(line):
            fixed, what = repair_line(line)
            log.fix(what, line, fixed, number)
            lines[number - 1] = fixed
    new_title = repair_line(title)[0] if title and needs_repair(title) else title
    log.fix("repaired the title: " + repair_line(title)[1] if new_title != title else "",
            title, new_title)
    # A record's dek too: its line in the text is repaired, and the two must stay one.
    new_subtitle = repair_line(subtitle)[0] if subtitle and needs_repair(subtitle) else subtitle
    log.fix("repaired the subtitle: " + repair_line(subtitle)[1]
            if new_subtitle != subtitle else "", subtitle, new_subtitle)
    if not log.fixes:
        return draft
    return log.apply(draft, text="\n".join(lines), title=new_title or draft.title,
                     subtitle=new_subtitle or draft.subtitle)

