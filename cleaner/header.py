"""The header model: read the top of a page once and return a plan of what each line is.

A news page opens with some of: site chrome (site name, menus, logos, share rows), a section
word, a kicker, the headline (maybe repeated, maybe wrapped over two lines, maybe as the HTML
title with the site name appended), a dek, bylines, date lines, a dateline alone, captions;
then the body. `read_header` classifies each line (`cleaner.classify`), finds where the body
starts, chooses the headline, and returns a `HeaderPlan`: one `Step` per line it decided about,
each naming the pass that applies it (`parse_dateline` the dates, `repair_header` the title and
bylines, `strip_furniture` the chrome) and the fields they fill. No pass re-derives the plan;
each applies its own steps, records them as fixes, and hands the plan on renumbered.

>>> plan = read_header("Army Retakes Town\\n\\nBy Jane Doe\\nJuly 5, 2016\\n\\nThe army won.\\n")
>>> plan.title, plan.authors, plan.published.iso
('Army Retakes Town', ('Jane Doe',), '2016-07-05')
>>> [(s.index, s.owner, s.role) for s in plan.steps]
[(0, 'repair_header', 'title'), (2, 'repair_header', 'byline'), (3, 'parse_dateline', 'date')]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import islice, pairwise

import regex

from cleaner import bylines, labels
from cleaner.bylines import read_byline_line
from cleaner.chrome import chrome_blocks, chrome_line, is_gallery_paste, opens_a_tail
from cleaner.classify import Kind, Line, classify, is_dateline, looks_like_title
from cleaner.dates import DateLine, ParsedDate, crawler_date, page_writes_day_first, parse_date
from cleaner.document import Options
from cleaner.lexicon import places
from cleaner.lexicon.agencies import short_name
from cleaner.lexicon.dates import MONTHS, WEEKDAYS
from cleaner.lexicon.layout import strip_bullet, strip_widget_glyph
from cleaner.passes.repair_mojibake import repaired

DATES, TITLES, CHROME = "parse_dateline", "repair_header", "strip_furniture"

_SCAN = 60  # non-blank lines read from the top at most (a ticker strip can be 40 lines)
_MAX_READ = 5000  # lines looked at for those, whatever they hold
_MAX_SPLITS = 16  # rounds of byline and label splitting of one title
# A lead paragraph opened by a dateline: "MANILA » …", "TOPEKA, Kan. (AP) - …", "LAHORE: …".
_DATELINE_LEAD = regex.compile(
    r"^(?P<place>\p{Lu}{2}[\p{Lu} .'’-]{1,30})(?:,\s*[\p{L}. ]{2,30})?"
    r"(?:,?\s*\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # "KUALA LUMPUR, March 4 (AP) --"
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:[-–—»:]|--)\s*\S"
)
# "The Nation (Nairobi)": an aggregator's line naming the paper the story comes from.
_SOURCE_PAPER = regex.compile(
    r"^(?P<name>\p{Lu}[\p{L}\d .&'’-]{1,40}?)\s+\(\p{Lu}[\p{L} .'-]{1,30}\)$")
# Debris glued to the start of the lead: orphan commas left by a dropped byline (a run of them
# at once: one a clean, the next clean would find another), an image's alt text glued to the
# first word ("city-hallThe street …").
_ORPHAN_COMMA_RUN = r"(?:[,;]\s+)+"  # ", , The army …": a dek's or a lead's orphan commas
_LEAD_DEBRIS = regex.compile(rf"^(?:{_ORPHAN_COMMA_RUN}|[\p{{Ll}}\d]+(?:-[\p{{Ll}}\d]+)+"
                             r"(?=\p{Lu}\p{Ll}))")
_ORPHAN_COMMAS = regex.compile(rf"^{_ORPHAN_COMMA_RUN}")
_SITE_SEPARATOR = regex.compile(r"\s+(?:\||::|»)\s+")
# The meta line as `Document.to_text` writes it: a canonical label, an ISO date, or both.
_OWN_ISO = r"(?P<date>\d{4}-\d{2}-\d{2}(?:T[\d:.]{5,15}(?:[+-]\d{2}:\d{2}(?::\d{2})?|Z)?)?)"
_OWN_META = regex.compile(
    rf"^(?:(?P<label>{'|'.join(sorted(set(labels.CANONICAL.values())))})(?: \| {_OWN_ISO})?"
    rf"|{_OWN_ISO})$")


@dataclass(frozen=True, slots=True)
class Step:
    """One decided line: the pass that applies it, its role, and what the line becomes
    (``after``: "" removes the line, other text rewrites it)."""

    index: int
    owner: str
    role: str
    message: str
    after: str = ""


@dataclass(frozen=True, slots=True)
class HeaderPlan:
    """What the header passes apply. Line numbers refer to `text`, the text as it stands now."""

    text: str
    steps: tuple[Step, ...] = ()
    title: str | None = None
    subtitle: str | None = None
    label: str | None = None
    authors: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    published: ParsedDate | None = None
    published_raw: str | None = None
    body_start: int = 0
    meta_label: str | None = None  # from the cleaner's own meta line ("video | 2016-…")
    warnings: tuple[str, ...] = field(default=())

    def steps_of(self, owner: str) -> list[Step]:
        return [step for step in self.steps if step.owner == owner]

    def applied(self, owner: str, text: str, removed: Iterable[int]) -> HeaderPlan:
        """The plan once `owner` has applied its steps: they are gone, and the line numbers of
        the rest follow the lines `owner` removed."""
        gone = sorted(set(removed))

        def moved(index: int) -> int:
            return index - bisect_left(gone, index)  # less the removed lines above it

        removed_set = set(gone)
        steps = tuple(step if not gone or step.index < gone[0]
                      else replace(step, index=moved(step.index)) for step in self.steps
                      if step.owner != owner and step.index not in removed_set)
        return replace(self, text=text, steps=steps, body_start=moved(self.body_start))


def _opens_a_lead(text: str) -> bool:
    """Whether a paragraph opens as a lead can: with a capital or a digit, or a quote mark or
    bracket before one; not in lower case, nor with an orphan comma or a dump's ``[0]=>``."""
    first = text.lstrip("\"“‘'«(")[:1]
    return first.isalnum() and not first.islower()  # (a script with no case opens one too)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


class _Entry:
    """A non-blank line of the top of the page, classified when first asked: the header is
    decided in its first lines, and most of the lines read ahead are never looked at."""

    __slots__ = ("_key", "_keyed", "_line", "_read", "bullet", "index", "source", "text")

    def __init__(self, index: int, read: Callable[[], Line], text: str,
                 bullet: str | None = None, source: str | None = None) -> None:
        self.index = index
        self.text = text  # the line as it reads once a crawler prefix or a glyph is taken off
        self.bullet = bullet
        self.source = text if source is None else source  # what is classified: no bullet
        self._read = read
        self._line: Line | None = None
        self._keyed: str | None = None  # the text `_key` was computed for
        self._key = ""

    @property
    def key(self) -> str:
        """The text, case and spacing aside (kept: repeats are looked for over and over)."""
        if self._keyed is not self.text:
            self._keyed, self._key = self.text, _key(self.text)
        return self._key

    @property
    def chrome(self) -> bool:
        """Classified as chrome. The chrome reader (cached, asked of every line anyway) is
        asked first: a line it passes is no chrome, and need not be classified at all."""
        if self._line is None and chrome_line(self.source) is None:
            return False
        return self.line.kind is Kind.CHROME

    @property
    def line(self) -> Line:
        if self._line is None:
            self._line = self._read()
        return self._line

    @line.setter
    def line(self, value: Line) -> None:
        self._line = value


class _Reader:
    """The state of one reading of the top of a page (see `read_header`)."""

    def __init__(self, text: str, options: Options) -> None:
        self.text = text
        self.options = options
        self.lines = text.split("\n")
        self.folded: str | None = None  # the page casefolded, when first asked
        self.steps: list[Step] = []
        self.authors: list[str] = []
        self.credits: list[str] = []
        self.warnings: list[str] = []
        self.crawler: ParsedDate | None = None
        self.used: set[int] = set()  # positions in the header already decided
        self.glyphs: dict[int, str] = {}  # line index → the line without its widget glyph
        self.debris: dict[int, tuple[str, str]] = {}  # line index → its lead debris, the rest
        self.meta_label: str | None = None
        self.deks: set[int] = set()  # line indices of paragraphs the header reads as its dek
        self.datelines: set[int] = set()  # line indices of datelines alone above the lead
        self.deks_above: int | None = None  # deks are read above this line only, when set
        self.window_full = False  # the top lines read ended before the page did
        self._blocks: dict[int, dict[int, str]] = {}  # body start → the page's chrome blocks

    def blocks(self, body: int) -> dict[int, str]:
        """The lines of the page that are chrome by their block (`chrome_blocks`) with the
        body starting at `body`, read once for each start asked about."""
        found = self._blocks.get(body)
        if found is None:
            found = self._blocks[body] = chrome_blocks(self.lines, body)
        return found

    def repeated(self, text: str, body: int | None = None) -> bool:
        """Whether the line occurs twice or more in the page, case and spacing aside; with
        `body`, outside the chrome blocks that go with the body starting there (a paywall
        pitch to the end of the page)."""
        key = _key(text)
        if self._holding(key) < 2:
            return False
        copies = self._copies(key, 0)
        if body is not None:
            blocks = self.blocks(body)
            copies = (index for index in copies if index not in blocks)
        return next(copies, None) is not None and next(copies, None) is not None

    def copied_below(self, text: str, start: int) -> bool:
        """Whether a copy of the line (case and spacing aside) stands at or below `start`."""
        return next(self.copies(text, start), None) is not None

    def copied_in_the_text(self, text: str, start: int, body: int) -> bool:
        """Whether a copy of the line stands at or below `start` outside the chrome blocks
        that go with the body starting at `body` (a paywall pitch to the end of the page)."""
        return any(index not in self.blocks(body) for index in self.copies(text, start))

    def copies(self, text: str, start: int) -> Iterator[int]:
        """The indices of the copies of the line (case and spacing aside) from `start` on."""
        key = _key(text)
        return self._copies(key, start) if self._holding(key) > 0 else iter(())

    def _holding(self, key: str) -> int:
        """How often the page holds the key's longest word: each line that keys so holds it,
        cased as the page's, so a count rules out copies without keying a line."""
        if self.folded is None:
            self.folded = self.text.casefold()
        return self.folded.count(max(key.split(" "), key=len))

    def _copies(self, key: str, start: int) -> Iterator[int]:
        """The indices of the lines from `start` on that key as `key`, each line as read (lead
        debris or a widget glyph glued to it taken off: "city-hallThe street …" and "×The
        street …" are copies of "The street …")."""
        # Only lines of about the same length can match: most lines are never keyed.
        low, high = len(key) * 0.8 - 2, len(key) * 1.25 + 2
        debris, glyphs = self.debris, self.glyphs
        for index in range(start, len(self.lines)):
            line = debris[index][1] if index in debris else glyphs.get(index, self.lines[index])
            if low <= len(line) and (len(line) <= high or len(line.strip()) <= high) \
                    and _key(line) == key:
                yield index

    def classify(self, text: str) -> Line:
        return classify(text, self.options.dayfirst, self.options.tz)

    def stays(self, line: str) -> bool:
        """A non-blank line that is no chrome. (The chrome reader first: only a line it reads
        as chrome can be classified as chrome, and it is cheaper, and asked of every line.)"""
        return bool(line.strip()) and (chrome_line(line) is None
                                       or self.classify(line).kind is not Kind.CHROME)

    def step(self, index: int, owner: str, role: str, message: str, after: str = "") -> None:
        self.steps.append(Step(index, owner, role, message, after))

    # --- reading ---------------------------------------------------------------------------

    def entries(self) -> list[_Entry]:
        """The non-blank lines of the top of the page, classified (crawler prefix and glyphs
        taken off first)."""
        found: list[_Entry] = []
        opened = False  # a line that stays read: (only chrome or junk above, which goes
        # anyway, the next clean would see the crawler's prefix on the first line)
        counted = 0
        lead = False  # a paragraph read, or a lead opened by a dateline ("MANILA » …", which
        # may read as a long title): the lines below it carry no lead debris (a paragraph
        # opening in lower case or with an orphan comma or a dump's key, "[0]=>", is a cut-off
        # fragment that goes with the header, a stray symbol goes as junk, a run of commas
        # with no word goes: no lead)
        looked = 0  # the entries `lead` has looked at (it classifies them only when asked)
        for index, raw in enumerate(self.lines):
            if index >= _MAX_READ:
                self.window_full = True
                break
            text = raw.strip()
            if not text:
                continue
            if not opened or self.crawler is not None:
                text = self._crawler_prefix(index, text)
                if not text:
                    continue
            glyph, rest = strip_widget_glyph(text)
            if glyph is not None and not _bares_a_dump(rest):
                self.glyphs[index] = text = rest
            if not lead and not text[:1].isupper() and (debris := _LEAD_DEBRIS.match(text)) \
                    and text[debris.end() :].strip() and chrome_line(text) is None \
                    and not _bares_a_dump(text[debris.end() :]) \
                    and (opened or crawler_date(text[debris.end() :]) is None) \
                    and not (lead := any((entry.line.kind is Kind.PARAGRAPH
                                          and _opens_a_lead(entry.text)
                                          and not _is_junk(entry)
                                          and any(ch.isalnum() for ch in entry.text))
                                         or _is_dateline_lead(entry)
                                         for entry in found[looked:])):
                looked = len(found)
                # Debris glued to a line down to the lead (an orphan comma, an image's alt
                # text) goes before the line is read: read with it, the line was no title, and
                # the next clean, without it, would read one.
                self.debris[index] = (debris.group().strip(), text := text[debris.end() :])
            bullet, rest = strip_bullet(text)
            if bullet is not None and chrome_line(text) is not None:
                bullet = None  # chrome by its bullet ("- Story - Sun, Oct 31st, 2021", a related
                # link): without it, the line read as a date line, a related story's date
            source = rest if bullet else text
            found.append(entry := _Entry(index, partial(self.classify, source), text, bullet,
                                         source))
            opened = opened or not (entry.chrome or _is_junk(entry))
            # Chrome (a desk code pasted fifty times) and stray symbols go anyway: they do not
            # use up the window, or a second clean, without them, would read further down.
            counted += (len(text) > 3 or any(ch.isalnum() for ch in text)) \
                and chrome_line(source) is None  # (cached: strip_furniture asks it again)
            if counted >= _SCAN:
                self.window_full = True
                break
        if len(found) >= 2 and found[0].line.kind is Kind.PARAGRAPH \
                and found[1].index == found[0].index + 1 \
                and found[1].line.kind in (Kind.DATE, Kind.META) \
                and not (found[1].line.date is not None
                         and _labelled_widget(found[1].line.date)):
            # A first line right above a date line is the title whatever it ends with: the
            # cleaner's own text format, read back. (Not above a date widget, "8-05-20 Shares":
            # it goes as chrome, and the next clean would see no date under the line.)
            found[0].line = replace(found[0].line, kind=Kind.TITLE)
        return found

    def _crawler_prefix(self, index: int, text: str) -> str:
        found = crawler_date(text)
        if found is None or _bares_a_dump(found[1]):
            return text  # (the prefix off, the next clean's strip_var_dump would cut the dump
            # it bared out of the line)
        if self.crawler is None:
            self.crawler, rest = found
            self.step(index, DATES, "crawler date",
                      f"removed the crawler's date prefix ({self.crawler.iso})", rest)
            return rest
        if found[0].iso != self.crawler.iso:
            return text
        # The first line pasted again, prefix and all: the copy is read as the line it copies
        # (left on, "date 2019-06-05 …" read as a date line made the line above it the title).
        self.step(index, DATES, "crawler date",
                  f"removed the crawler's date prefix again ({self.crawler.iso})", found[1])
        return found[1]


def read_header(text: str, options: Options | None = None) -> HeaderPlan:
    """Read the top of the page once: the plan of the header passes."""
    reader = _Reader(text, options or Options())
    own = _own_format(reader)
    if own is not None:
        return own
    entries = reader.entries()
    body = _body_start(reader, entries)
    wraps = _more_text_below(reader, body)
    if not wraps:
        # A long title-like line right under another is a headline's second line only over a
        # body: with nothing below, it is the lead of a cut-off page (written out, one
        # paragraph a line, the next clean would read it so).
        reader.deks.clear()
        body = _body_start(reader, entries, wraps=False)
    deks = True
    if not _more_text_below(reader, body) and reader.deks:
        # A dek over no article is the article, written one paragraph a line: read as it
        # will be written (the lines that made it a dek stand apart then, and the next clean
        # would read them so), when that reading finds a header.
        spaced = _read_spaced(reader)
        if spaced is not None:
            return spaced
        # The last dek is the article; the deks above it stay deks (a line over the date): the
        # next clean, with the header gone, reads the last as the lead under them.
        saved = body, set(reader.deks)
        reader.deks_above = max(reader.deks)  # (for every reading that follows)
        reader.deks.clear()
        body = _body_start(reader, entries, wraps=wraps)
        if _a_promo_alone(reader, entries, body):
            # Debris where a dek would stand, "watch One-Minute News" in lower case over the
            # date, with no headline above it: no article. With the header above it gone,
            # the next clean reads it as a promo over the date, and the header as before.
            reader.deks_above = None
            body, reader.deks = saved
        elif not _more_text_below(reader, body):
            reader.deks.clear()
            reader.deks_above = None
            deks = False
            body = _body_start(reader, entries, deks=deks, wraps=wraps)
    head = [entry for entry in entries if entry.index < body]
    title_at = _choose_title(reader, head)
    if title_at:
        body, head = _read_from_the_title(reader, entries, head, title_at, body, deks, wraps)
    if title_at is not None:
        body, head, title_at = _read_as_left(reader, entries, head, title_at, body, deks, wraps)
    if not _more_text_below(reader, body) and reader.crawler is None \
            and not _shows_a_date(head):
        # Nothing below the header: its title-like lines are the text itself (a line alone is
        # a paragraph, not a headline over nothing).
        texts = [entry for entry in head if entry.line.kind in (Kind.TITLE, Kind.PARAGRAPH)]
        # (a stray symbol above the text goes, as it would above any text: the next clean
        # would remove it)
        first = next((entry for entry in texts if not _is_junk(entry)), texts[0] if texts else None)
        if first is not None:
            spaced = _read_spaced(reader)
            if spaced is not None:
                return spaced
            body, title_at = first.index, None
            head = [entry for entry in head if entry.index < body]
            _widgets_in_the_text(reader, entries, body)
    if title_at is not None and not _more_text_below(reader, body):
        body, head = _text_under_the_date(head, title_at, body)
    plan_title = _plan_title(reader, head, title_at, body)
    title, subtitle, label = plan_title
    published, raw = _plan_dates(reader, head, entries, body)
    _plan_rest(reader, head, title_at)
    _byline_repeats(reader, head, entries, body)
    if title is None:
        lead = next((pos for pos, entry in enumerate(entries) if entry.index == body), None)
        # (a lead followed by a date or byline is a dek once a title stands above it, and one
        # above a lead opened by a dateline a promo: with the title at the end written first,
        # the next clean would read it so)
        if lead is None or (not _explained(entries, lead, reader)
                            and _dateline_lead_below(entries, lead, reader) is None):
            title = _title_at_end(reader, body)
            if title is not None and lead is not None:
                # Read again without the headline's own line, which goes (it may stand right
                # under the lead, a page-title block rendered high): what it hid may explain
                # the lead as a dek, as the next clean will read it with the title above.
                taken = reader.steps[-1].index
                others = [entry for entry in entries if entry.index != taken]
                at = next(pos for pos, entry in enumerate(others) if entry.index == body)
                if _explained(others, at, reader) \
                        or _dateline_lead_below(others, at, reader) is not None:
                    reader.steps.pop()
                    title = None
        if title is not None:
            _title_repeated_at_end(reader, title, body)
            title, label = _split_title(reader, title)
    else:
        _title_repeated_at_end(reader, title, body)
    if head:
        _lead_debris(reader, body)
    _sign_off_at_end(reader, body)
    decided = {step.index for step in reader.steps if step.role != "crawler date"}
    for index, rest in reader.glyphs.items():  # a glyph on a line that stays in the text
        if index not in decided:
            reader.step(index, TITLES, "widget glyph", "removed a page widget glyph", rest)
    for index, (debris, rest) in reader.debris.items():  # debris on a line that stays
        if index not in decided:
            reader.step(index, TITLES, "lead debris",
                        f"removed debris glued to the lead ({debris!r})", rest)
    steps = tuple(sorted(reader.steps, key=lambda s: s.index))
    return HeaderPlan(
        text=text, steps=steps, title=title, subtitle=subtitle, label=label,
        authors=tuple(reader.authors), credits=tuple(reader.credits), published=published,
        published_raw=raw, body_start=body, meta_label=reader.meta_label,
        warnings=tuple(reader.warnings),
    )


def _read_from_the_title(reader: _Reader, entries: list[_Entry], head: list[_Entry],
                         title_at: int, body: int, deks: bool, wraps: bool
                         ) -> tuple[int, list[_Entry]]:
    """Where the body starts read from the headline down, as the next clean will read it: the
    title-like lines above the headline (a site name, a crosshead pasted above) go with the
    header, and they no longer count. ("Site Name With Six Words⏎Short Head⏎Long line …": with
    the six words gone, the long line is the short headline's dek, not the lead.) The first
    reading stands unless the headline's lines read so choose the same headline."""
    start = entries.index(head[title_at])
    if not any(entry.line.kind in (Kind.TITLE, Kind.PARAGRAPH) and not _is_junk(entry)
               for entry in entries[:start]):
        return body, head  # (only header lines above, which the body's reading skips anyway)
    first_deks, first_datelines = reader.deks, reader.datelines
    reader.deks, reader.datelines = set(), set()
    again = _body_start(reader, entries[start:], deks=deks, wraps=wraps)
    if again != body:
        read = [entry for entry in entries if entry.index < again]
        if _choose_title(reader, read) == title_at:
            return again, read
    reader.deks, reader.datelines = first_deks, first_datelines
    return body, head


def _read_as_left(reader: _Reader, entries: list[_Entry], head: list[_Entry], title_at: int,
                  body: int, deks: bool, wraps: bool) -> tuple[int, list[_Entry], int]:
    """Where the body starts as the next clean will read it: the headline alone above the
    body, the rest of the header gone. Under a short headline ("13 日 マニラ", a site name
    repeated) a long title-like line opening the body is the lead only while a longer
    title-like line of the header stood above; once that goes, it is read as the headline.
    Read so now, the headline chosen among the lines the next clean will see."""
    title = head[title_at]
    rest = [entry for entry in entries if entry.index >= body]
    if not rest or rest[0].line.kind is not Kind.TITLE or rest[0].line.words <= 12 \
            or _word_count(title.text) > 3 or not _alone_over_a_blank(reader, entries, title):
        return body, head, title_at  # (the one shape where the two readings part; a line
        # right under the headline may stay under it, a dek, and the next clean sees it too)
    first_deks, first_datelines = reader.deks, reader.datelines
    reader.deks, reader.datelines = set(), set()
    left = [title, *rest]
    again = _body_start(reader, left, deks=deks, wraps=wraps)
    # (the headline's copies in the header go: the next clean sees it repeated only by a copy
    # in the body)
    chosen = _choose_title(reader, [entry for entry in left if entry.index < again],
                           (title.key, again)) \
        if again > body and _more_text_below(reader, again) else None
    if chosen is None:
        reader.deks, reader.datelines = first_deks, first_datelines
        return body, head, title_at
    head = [entry for entry in entries if entry.index < again]
    return again, head, head.index(left[chosen])


def _alone_over_a_blank(reader: _Reader, entries: list[_Entry], title: _Entry) -> bool:
    """Whether a blank line stands under the headline once its copies and the chrome right
    under it go ("Title⏎Title⏎News⏎⏎…" is "Title⏎⏎…" to the next clean)."""
    under = {entry.index: entry for entry in entries if entry.index > title.index}
    for index in range(title.index + 1, len(reader.lines)):
        if not reader.lines[index].strip():
            return True
        entry = under.get(index)
        if entry is None or not (entry.key == title.key or entry.chrome):
            return False
    return False


def _text_under_the_date(head: list[_Entry], title_at: int, body: int
                         ) -> tuple[int, list[_Entry]]:
    """Under ``Title⏎Date`` with nothing below, the title-like lines under the date are the
    text (a one-line article: ``Burton said, "I love cats!"``), not more header to remove."""
    dated = [pos for pos, entry in enumerate(head) if entry.line.kind in (Kind.DATE, Kind.META)]
    if not dated or dated[-1] < title_at:
        return body, head
    text = next((entry for entry in head[dated[-1] + 1 :]
                 if entry.line.kind in (Kind.TITLE, Kind.PARAGRAPH) and entry.bullet is None
                 and not _is_junk(entry)), None)
    if text is None:
        return body, head
    return text.index, [entry for entry in head if entry.index < text.index]


def _own_format(reader: _Reader) -> HeaderPlan | None:
    """The cleaner's own text format, read as such: ``Title⏎[Subtitle⏎]Meta⏎⏎Body`` (or a
    dated meta line alone, when there was no title), the meta line exactly as
    `Document.to_text` writes it (``video | 2016-01-20T22:31:33``, ``2016-01-20``). Nothing
    under the meta line is header: cleaning clean output changes nothing. None for any other
    page, which the scores read."""
    lines = reader.lines
    size = next((i for i, line in enumerate(lines[:4]) if not line.strip()), len(lines))
    if not 1 <= size <= 3 or lines[0][:1].isspace():
        return None
    meta = _OWN_META.match(lines[size - 1])
    if meta is None or (size == 1 and meta.group("date") is None):
        return None
    date = None
    if meta.group("date") is not None:
        date = parse_date(meta.group("date"), dayfirst=reader.options.dayfirst,
                          tz=reader.options.tz)
        if date is None or date.iso != meta.group("date") or date.warnings:
            return None  # not a date the cleaner wrote
    title = subtitle = None
    if size >= 2:
        title = lines[0].strip()
        reader.step(0, TITLES, "title", "moved header line into title fields")
    if size == 3:
        subtitle = lines[1].strip()
        reader.step(1, TITLES, "subtitle", "moved the dek into subtitle")
    if date is not None:
        reader.step(size - 1, DATES, "date", f"moved date line into published ({date.iso})")
    else:
        reader.step(size - 1, DATES, "label", f"moved label line into label ({meta['label']})")
    return HeaderPlan(text=reader.text, steps=tuple(reader.steps), title=title,
                      subtitle=subtitle, published=date,
                      published_raw=lines[size - 1] if date is not None else None,
                      body_start=size, meta_label=meta.group("label"))


def _shows_a_date(head: list[_Entry]) -> bool:
    """Whether the header has a date the text will show on its meta line: a meta line, or a
    date line that reads as a date and is no widget (``Today's Paper | …``, a date between
    chrome lines: one that goes as a widget leaves no meta line, and the next clean would read
    a header over nothing)."""
    for pos, entry in enumerate(head):
        if entry.line.kind is Kind.META:
            return True
        found = entry.line.date
        if entry.line.kind is Kind.DATE and found is not None and any(
                date is not None and date.iso is not None
                for date in (found.published, found.updated)) and not _is_widget(head, pos):
            return True
    return False


def _widgets_in_the_text(reader: _Reader, entries: list[_Entry], body: int) -> None:
    """A header over nothing is the text, but a site's date widget in it goes all the same,
    as it goes above any text: kept, the next clean, its chrome neighbours gone, would read
    it as the page's date."""
    for pos, entry in enumerate(entries):
        if entry.index >= body and entry.line.kind is Kind.DATE and entry.line.date is not None \
                and _is_widget(entries, pos):
            reader.step(entry.index, CHROME, "chrome", "removed the site's date widget")


def _read_spaced(reader: _Reader) -> HeaderPlan | None:
    """A page of header-like lines over nothing is all text, written one paragraph a line:
    read as written, it may hold a header after all (a line read as a headline's second half
    stands alone, a line over the text goes). That reading, on the lines where they are; None
    when it finds no header or the lines stand apart already."""
    lines = reader.lines
    kept = [i for i, line in enumerate(lines) if line.strip()]
    if all(b > a + 1 for a, b in pairwise(kept)):
        return None
    # Without the chrome lines, which go from the text as from a header (a logo's caption
    # between two title-like lines): the next clean reads the text without them.
    # (Not where that reading finds a date: the chrome around a date line, desk codes, makes
    # it a widget, which goes with them.)
    chrome = [i for i in kept if not reader.stays(lines[i])]
    plan = None
    if chrome:
        bare = [i for i in kept if i not in chrome]
        plan = read_header("\n\n".join(lines[i] for i in bare), reader.options) if bare \
            else None
        if plan is not None and plan.published is None:
            kept = bare
        else:
            chrome, plan = [], None
    if plan is None:
        plan = read_header("\n\n".join(lines[i] for i in kept), reader.options)
    if plan.title is None and not plan.steps:
        return None
    paired = len(kept) >= 2 and kept[1] == kept[0] + 1 and (len(kept) == 2
                                                            or kept[2] > kept[1] + 1)
    if paired and any(step.index == 2 and step.role == "title" for step in plan.steps):
        return None  # "Title⏎Subtitle⏎⏎" opens the page (the cleaner's own format): read apart,
        # the pair is scored anew and the subtitle taken for the headline, the two swapped
    steps = [replace(step, index=kept[step.index // 2]) for step in plan.steps]
    body = kept[plan.body_start // 2] if plan.body_start // 2 < len(kept) else len(lines)
    steps += [Step(i, CHROME, "chrome", f"removed {chrome_line(lines[i])}")
              for i in chrome if i < body]  # (below the body, strip_furniture takes them)
    return replace(plan, text=reader.text, steps=tuple(sorted(steps, key=lambda s: s.index)),
                   body_start=body)


# --- where the body starts ------------------------------------------------------------------

_HEADERISH = (Kind.DATE, Kind.META, Kind.BYLINE, Kind.CHROME)
# Chrome that belongs to an article's header (words of the chrome kinds' names).
_HEADER_CHROME = ("caption", "photo", "image", "share", "follow", "logo")


def _header_chrome(line: Line) -> bool:
    """Chrome of the article's own header (a caption, a share row), not of the site."""
    return line.kind is Kind.CHROME and any(word in (line.chrome or "") for word in _HEADER_CHROME)


def _is_junk(entry: _Entry) -> bool:
    return is_junk_line(entry.text)


def is_junk_line(text: str) -> bool:
    """A few lower-case words with no sentence in them: an ad slot's name, a test string; or a
    stray symbol. Above the text it goes (read_json_record asks it of a record's title)."""
    if len(text) <= 3 and not any(ch.isalnum() for ch in text):
        return True  # a stray symbol: "¢", "”"
    return len(text) <= 30 and len(text.split()) <= 3 and text[0].islower() \
        and text == text.lower() \
        and not any(ch in text for ch in ".,;:!?\"“”") and any(ch.isalpha() for ch in text)


def _body_start(reader: _Reader, entries: list[_Entry], deks: bool = True,
                wraps: bool = True) -> int:
    """The line where the article body begins: the first paragraph the header cannot explain.

    A paragraph right under the headline that is followed by more header (a byline, a date, a
    caption) is the dek; one that opens with an author's name is the author card; a paragraph
    between the headline and a lead opened by a dateline is a caption or a promo.
    """
    titled = False
    title_words = 0  # of the longest title-like line read: a site name or section has few
    after_title = 0  # paragraphs read since the headline
    lead_at: int | None = None  # the line of a lead opened by a dateline the caption is above
    copy_of: str | None = None  # the key of the dek read last, while its copies follow it
    for position, entry in enumerate(entries):
        kind = entry.line.kind
        if copy_of is not None and kind not in (Kind.CHROME, Kind.TITLE) \
                and not _is_copy(entry, copy_of):
            copy_of = None  # (a title-like line between goes with the header: the next clean,
            # without it, would see the copy right under the dek)
        if kind in _HEADERISH or _is_junk(entry) or is_gallery_paste(entry.text, None):
            continue  # (a text pasted again and again goes as a gallery block: no lead)
        if copy_of is not None and _is_copy(entry, copy_of):
            continue  # the dek's copies right under it (chrome between, which goes anyway) go
            # with it (a dek for its copy)
        if _dateline_above_lead(entries, position, reader.lines):
            reader.datelines.add(entry.index)
            continue  # "STUART, Fla." on its own line above the lead: the lead's dateline
        if titled and _is_dateline_lead(entry) and (kind is Kind.PARAGRAPH
                                                    or entry.line.words > 12):
            return entry.index  # "MANILA » …" under the headline: the lead, never a dek
        if kind is Kind.TITLE and not (titled and entry.line.words > 12 and not (
                wraps and position and entries[position - 1].index + 1 == entry.index
                and entries[position - 1].line.kind is Kind.TITLE)
                and (title_words > 3 or after_title)):
            # (a long title-like line after a headline is a lead, unless it
            # stands right under another, a second headline line, or what stood above it was
            # a site name or a section word: "Example Daily News⏎⏎Long Headline …"; a short
            # line with a dek under it was the headline all the same)
            if titled and entry.line.words > 12 and title_words > 3 and not after_title \
                    and _word_count(entries[position - 1].text) == title_words \
                    and not any(other.key == entry.key for other in entries[:position]) \
                    and not _copied_in_the_body(reader, entries, position):
                after_title += 1  # (that second line, a long one, is the dek: written as the
                # subtitle, the next clean reads the paragraph under it as no dek either; one
                # with a copy in the body is none, and goes: the next clean reads the next;
                # nor is the headline's own copy, which goes as a repeat; nor a line under a
                # shorter one, which the plan takes as the dek before it)
            titled = True
            title_words = max(title_words, _word_count(entry.text))
            continue
        if kind is Kind.PARAGRAPH and entry.text[:1].islower() and position \
                and _continues_title(entries[position - 1], entry, reader):
            continue  # the second half of a hard-wrapped headline
        dek = _explained(entries, position, reader) or _dek_under_title(entries, position, reader)
        if not titled and dek and entry.text[:1].islower() and entry.line.words <= 8:
            continue  # "watch One-Minute World News" above the date: a promo, not the lead
        if deks and titled and after_title == 0 and dek \
                and (reader.deks_above is None or entry.index < reader.deks_above) \
                and not _copied_in_the_body(reader, entries, position):
            # (a dek with a copy in the body stays in the body, as the plan keeps no such
            # subtitle: read as a dek and gone with the header, the next clean would not see it)
            if not entry.source[:1].islower():  # (a letter bullet, "n Name", is none)
                after_title += 1  # (debris where a dek would stand, "admin Avatar", goes, and
                # the dek may still come: the next clean, without the debris, would read it)
            reader.deks.add(entry.index)
            copy_of = entry.key
            continue
        if deks and titled and lead_at is not None and entry.index < lead_at:
            continue  # every paragraph up to that lead: read again, the lead is nearer
        if deks and titled and after_title < 2 and lead_at is None:
            lead_at = _dateline_lead_below(entries, position, reader)
            if lead_at is not None:
                after_title += 1
                continue
        if (debris := _LEAD_DEBRIS.match(entry.text)) \
                and chrome_line(entry.text[debris.end() :]) is not None:
            continue  # (", 2014": its debris gone, the lead is a desk code, which goes too)
        return entry.index
    if not entries:
        return 0
    if not reader.window_full:
        return entries[-1].index + 1
    # No body in a full window (a ticker strip, a menu): the header is its first few lines, or
    # the "Title⏎Dek⏎⏎" block the page opens with (the cleaner's own format: a fixed count of
    # lines would take more of them each clean).
    if len(entries) > 2 and entries[0].index + 1 == entries[1].index < entries[2].index - 1 \
            and entries[0].line.kind is Kind.TITLE:
        return entries[2].index
    return entries[min(len(entries) - 1, 8)].index


def _a_promo_alone(reader: _Reader, entries: list[_Entry], body: int) -> bool:
    """Whether the body starts at a short line in lower case that `_body_start` reads as a
    promo with no headline above it ("watch One-Minute World News" over the date)."""
    at = next((pos for pos, entry in enumerate(entries) if entry.index == body), None)
    if at is None:
        return False
    entry = entries[at]
    if not entry.source[:1].islower() or entry.line.words > 8 \
            or not (_explained(entries, at, reader) or _dek_under_title(entries, at, reader)):
        return False
    return _choose_title(reader, entries[:at]) is None


def _word_count(text: str) -> int:
    """The words of a line that have letters: a date the reader could not read ("Sun Dec 18,
    201’6 10:24:01") is two words, not a five-word headline."""
    return sum(1 for word in text.split() if sum(ch.isalpha() for ch in word) >= 2)


def _is_copy(entry: _Entry, key: str) -> bool:
    """Whether the line keys as `key`, or would once the lead debris glued to it went (", 2015
    14:18:11" under "2015 14:18:11": `_lead_debris` takes the comma off the lead)."""
    if entry.key == key:
        return True
    debris = _LEAD_DEBRIS.match(entry.text)
    return debris is not None and _key(entry.text[debris.end() :]) == key


def _copied_in_the_body(reader: _Reader, entries: list[_Entry], position: int) -> bool:
    """Whether a copy of the line stands below the copies right under it, which go with it
    (chrome and title-like lines between them too, as `_body_start` reads a dek's copies),
    and outside the chrome blocks that go (a paywall pitch to the end of the page). Not over a
    date: the header is written with its meta line then, which the next clean reads as the
    cleaner's own format, whatever the body repeats."""
    entry = entries[position]
    if not reader.copied_below(entry.text, entry.index + 1):
        return False
    under = next((other for other in entries[position + 1 :]
                  if other.line.kind is not Kind.CHROME), None)
    if under is not None and _shows_a_date([under]):
        return False
    # (a long title-like line not right under another is the lead once the line is the dek:
    # `_body_start` stops there, and the copies below it stay in the body)
    below = next((other.index for at, other in enumerate(entries[position + 1 :], position + 1)
                  if other.key != entry.key and (
                      other.line.kind not in (Kind.CHROME, Kind.TITLE)
                      or (other.line.kind is Kind.TITLE and other.line.words > 12
                          and not (entries[at - 1].index + 1 == other.index
                                   and entries[at - 1].line.kind is Kind.TITLE)))),
                 entries[-1].index + 1)
    return reader.copied_in_the_text(entry.text, below, entry.index)


def _dateline_above_lead(entries: list[_Entry], position: int, lines: list[str]) -> bool:
    """``TOKYO`` / ``STUART, Fla.`` alone on its line right above a long lead paragraph."""
    entry = entries[position]
    if not entry.line.dateline:
        return False
    if position == 0 and entry.index == 0 \
            and not all(line.strip() for line in islice(lines, 1, 3)):
        return False  # the page opening with a block of one or two lines opens with its
        # headline, as the cleaner writes one ("NASRALLAH SPEAKS⏎⏎…", "TOP STO⏎Dek⏎⏎…"; a
        # dateline stands right above its lead, under a headline)
    # (its copies right under it go as repeats, chrome and junk go anyway, and so does a
    # fragment cut off at its start, "lams the regime's …", under a headline: the next clean
    # would see the lead under it)
    below = next((other for other in islice(entries, position + 1, None)
                  if other.key != entry.key and other.line.kind is not Kind.CHROME
                  and not _is_junk(other) and not other.text[:1].islower()), None)
    return below is not None and below.line.kind is Kind.PARAGRAPH and len(below.text) >= 60


def _explained(entries: list[_Entry], position: int, reader: _Reader) -> bool:
    entry = entries[position]
    if entry.bullet is not None:
        return True  # "- Net income …" under a headline: a dek
    if any(entry.text.startswith(name + " ") for name in reader.authors):
        return True
    if position + 1 >= len(entries) or len(entry.text) > _MAX_DEK:
        return False
    line = entries[position + 1].line
    # The chrome that goes anyway (a desk code) does not count, however many lines of it: the
    # next clean, without them, would see the line after them. So do copies of the line
    # right under it (they go as repeats), and a text pasted again and again (a gallery block).
    for other in islice(entries, position + 1, None):
        line = other.line
        if other.key == entry.key or is_gallery_paste(other.text, None):
            continue
        if line.kind is not Kind.CHROME or _header_chrome(line):
            break
    # A dek is followed by more of the header: a byline, a date, the lead photo's caption.
    return line.kind in (Kind.DATE, Kind.META, Kind.BYLINE) or _header_chrome(line)


_MAX_DEK = 250  # characters: a longer line under the headline is the lead


def _dek_text(entry: _Entry) -> str:
    """The subtitle a dek gives: without its bullet ("- Net income …"), unless only the bullet
    makes the line a dek (one longer than a dek: written without it, the next clean would read
    the lead); nor an orphan comma in front (", 2016 …": the next clean, with the dek right
    under the title, takes it off as debris glued to the line)."""
    text = entry.source if len(entry.source) <= _MAX_DEK else entry.text
    debris = _ORPHAN_COMMAS.match(text)
    return text[debris.end() :] if debris and text[debris.end() :].strip() else text


def _reads_as_dek(text: str) -> bool:
    """Whether a dek's text, written under the title, reads back as one: not in lower case nor
    as a lead opened by a dateline ("IVIDEO: rregularities …", its bullet off)."""
    return not text[:1].islower() and not _reads_as_dateline_lead(text)


def _dek_under_title(entries: list[_Entry], position: int, reader: _Reader,
                     under_title: bool = False) -> bool:
    """A short line right under a headline line (no blank between) that ends its block, or
    is followed by the date: ``Title⏎Dek⏎⏎Body``, the cleaner's own text format too."""
    entry = entries[position]
    if position == 0 or len(entry.text) > _MAX_DEK:
        return False
    previous = entries[position - 1]
    if previous.line.kind is not Kind.TITLE or previous.index + 1 != entry.index \
            or previous.index in reader.datelines:
        return False  # (under "Chandigarh, June 3", the lead's dateline alone: the lead)
    if not under_title and position > 1 and (previous.line.words < 3
                            or read_byline_line(previous.text, bare=True) is not None):
        return False  # under a headline, not under a section word or a bare byline
    below = entry.index + 1
    if below >= len(reader.lines) or not reader.lines[below].strip():
        return True
    return position + 1 < len(entries) and entries[position + 1].line.kind in (Kind.DATE, Kind.META)


def _dateline_lead_below(entries: list[_Entry], position: int, reader: _Reader
                         ) -> int | None:
    """The line of a lead opened by a dateline within the next three lines, or None."""
    # The text test first: most pages have no such lead, and their lines stay unclassified.
    here = entries[position].text
    # (a lead as `_body_start` takes one: a paragraph, or a line too long for a headline)
    lead = next((at for at in range(position + 1, len(entries))  # (chrome runs can be long)
                 if entries[at].text != here and _is_dateline_lead(entries[at])
                 and (entries[at].line.kind is Kind.PARAGRAPH or entries[at].line.words > 12)),
                None)
    if lead is None:
        return None
    # Chrome and a copy of the paragraph go anyway: counted, the next clean, without them,
    # would look further down.
    between = [entry for entry in islice(entries, position + 1, lead)
               if not entry.chrome and not _is_junk(entry) and entry.text != here]
    if len(between) >= 3:
        # (nor do the lines of a chrome block, related links, read from here on)
        blocks = reader.blocks(entries[position].index)
        between = [entry for entry in between if entry.index not in blocks]
    return entries[lead].index if len(between) < 3 else None


def _is_dateline_lead(entry: _Entry) -> bool:
    """``MANILA » …``, ``TOPEKA, Kan. (AP) - …``; not ``VIDEO: …`` (a label, no place) nor
    ``UPDATE: …`` (a kicker in capitals: no place either)."""
    return _reads_as_dateline_lead(entry.text)


def _reads_as_dateline_lead(text: str) -> bool:
    """The text test of `_is_dateline_lead` (a dek's text, its bullet off, is asked too)."""
    # (the place opens with two capitals: most lines are turned away before the pattern)
    # (a lead in capitals throughout is a headline in capitals: "LAHORE: THE POLICE …")
    match = _DATELINE_LEAD.match(text) if len(text) >= 60 and text[0].isupper() \
        and text[1].isupper() and not text.isupper() else None
    return match is not None and labels.canonical(match.group("place")) is None \
        and not places.is_kicker(match.group("place"))


def _continues_title(previous: _Entry, entry: _Entry, reader: _Reader) -> bool:
    """`entry` (lower-case start, no blank line between) is the rest of a wrapped headline."""
    return entry.text[:1].islower() and previous.line.kind is Kind.TITLE \
        and previous.index + 1 == entry.index and len(previous.text) >= 40 \
        and previous.text[-1:].isalnum() \
        and looks_like_title(previous.text + " " + entry.text) \
        and any(line.strip() for line in reader.lines[entry.index + 1 :]) \
        and not _SITE_SEPARATOR.search(entry.text)  # ("to) | License Photo": a caption's
    # credit, and joined, the title would read as "Title | Site Name", which no headline is)


# --- the headline ---------------------------------------------------------------------------

def _choose_title(reader: _Reader, head: list[_Entry], gone: tuple[str, int] | None = None
                  ) -> int | None:
    """The position in `head` of the headline, or None. (`gone`: the key of a line whose
    copies above a line go, and that line: the line is repeated only with a copy below it.)

    Scores, not a first-come rule: a line repeated on the page is the headline; the HTML title
    (headline + site name) gives way to the headline it holds; one or two words are a section
    or a site name; a line right above the date or byline is the headline; a site name opens
    the page above a date with the headline under it.
    """
    desks = _Desks(head)
    opening = _blocks_closed_by_a_date(head)
    if 0 in opening and _may_be_title(reader, head, 0, desks) \
            and not _SITE_SEPARATOR.search(head[0].text):
        return 0  # the page opens "Title⏎[Dek⏎]Date": the cleaner's own format, and many sites'
    candidates = [pos for pos in range(len(head)) if _may_be_title(reader, head, pos, desks)]
    if not candidates:
        # "By John Smith, Farmers Return" alone above the date: a byline glued to the title.
        bare = [pos for pos, entry in enumerate(head) if entry.line.kind is not Kind.DATE]
        if len(bare) == 1 and head[bare[0]].line.kind is Kind.BYLINE and len(head) > 1:
            glued = bylines.read_byline(head[bare[0]].text)
            if glued is not None and _reads_as_title(glued.title):
                return bare[0]
        return None
    # A longer title-like line right under another (no blank line between) is its dek: what
    # speaks for the pair (the date under it, being the long line) speaks for the line above.
    # (A line of three words or fewer above is a kicker: "Valley farmers return⏎Bridge …".)
    chosen = set(candidates)
    dek_of = {pos: pos - 1 for pos in candidates if pos - 1 in chosen
              and head[pos - 1].index + 1 == head[pos].index
              and 4 <= head[pos - 1].line.words < head[pos].line.words
              and not _SITE_SEPARATOR.search(head[pos - 1].text)}
    scores: dict[int, int] = dict.fromkeys(candidates, 0)
    for pos in candidates:
        entry = head[pos]
        score = 0
        if (reader.copied_below(entry.text, gone[1]) if gone and entry.key == gone[0]
                else reader.repeated(entry.text)) and not _in_a_repeated_widget(reader, entry):
            score += 3
        if entry.line.words <= 2 and pos not in opening:
            # a section word or a site name, unless it has more going for it (one word even
            # repeated: a desk code cut short, "SHI", is no headline over a real one)
            score -= 2 if entry.line.words == 2 else 3
        if _SITE_SEPARATOR.search(entry.text):
            score -= 3
        if entry.line.dateline or _SOURCE_PAPER.match(entry.text):
            score -= 2
        following = _next_kind(head, pos)
        if following in (Kind.DATE, Kind.META, Kind.BYLINE):
            scores[dek_of.get(pos, pos)] += 1
        if pos in opening:
            score += 4  # "Title⏎Date", "Title⏎Dek⏎Date": the block the date closes opens with it
        if pos == 0 and following is Kind.DATE and any(
                head[later].line.kind is Kind.TITLE and head[later].line.words >= 3
                and _next_kind(head, later) not in (Kind.DATE,)
                and any(line.strip() for line in reader.lines[head[later].index + 1 :])
                for later in candidates if later > pos + 1):
            # A site or blog name above the date, the headline under it (over an article: a
            # last line under the date is the article, not its headline).
            score -= 3
        scores[pos] += score
    longest = max(candidates, key=lambda pos: head[pos].line.words)
    if head[longest].line.words >= 5:
        scores[dek_of.get(longest, longest)] += 1  # headlines are the long lines among the
        # header's short ones
    for pos in candidates:  # the HTML title holds the headline and the site name
        if bylines.opens_with_lead_in(head[pos].text):
            continue  # ("By Jane Doe©!" holds the name line as a byline does: no HTML title)
        inner = [other for other in candidates if other != pos
                 and len(head[other].text) >= 0.4 * len(head[pos].text)
                 and head[other].line.words < head[pos].line.words  # (the site name's words)
                 and head[other].key in head[pos].key and head[other].key != head[pos].key]
        if inner:
            scores[pos] -= 6
            for other in inner:
                scores[other] += 3
    best = max(candidates, key=lambda pos: (scores[pos], -pos))
    # The first copy of a repeated headline is the headline; the others are its repeats.
    return next(pos for pos in candidates if head[pos].key == head[best].key)


def _in_a_repeated_widget(reader: _Reader, entry: _Entry) -> bool:
    """Whether the line repeats only as part of a block of site chrome pasted twice: each of
    its first two copies has the same chrome line of the site under it ("13 日 マニラ⏎⏎32°C25°C
    ⏎…" twice, a weather and currency widget). A page repeats its headline, not its widgets'
    captions; the headline's copies stand over different lines (the site name, the date, the
    lead), or over its own header's chrome (a logo's caption, a share row)."""
    unders = []
    for index in islice(reader.copies(entry.text, 0), 2):
        under = next((line for line in reader.lines[index + 1 :] if line.strip()), None)
        if under is None or reader.stays(under) or _header_chrome(reader.classify(under)):
            return False  # (a logo's caption or a share row under each copy: the headline's
            # own block, pasted twice)
        unders.append(_key(under))
    return len(unders) == 2 and unders[0] == unders[1]


def _may_be_title(reader: _Reader, head: list[_Entry], pos: int, desks: _Desks) -> bool:
    """A title-like line that may be the headline: no bullet, no dateline alone above the lead
    or dated ("Chandigarh, June 3", however often repeated), no desk line nor the name that
    signs above one, no heading of the chrome that ends a page (a paywall pitch), no junk (an
    ad slot's name: above the text it goes), no date cut past reading."""
    entry = head[pos]
    return entry.line.kind is Kind.TITLE and entry.bullet is None and not _is_junk(entry) \
        and not _date_shaped(entry.text) \
        and entry.index not in reader.datelines and not desks[pos] \
        and not _signs_for_a_desk(head, pos, desks) \
        and not (entry.line.dateline and any(ch.isdigit() for ch in entry.text)) \
        and not opens_a_tail(entry.text)  # ("To continue reading this article...")


def _joins_as_title(text: str) -> bool:
    """A kicker and the headline joined ("Sheikh Qassem: Resistance Will Stay Strong") must
    read as a headline on one line, as the next clean will see them: not a date cut past
    reading ("Wed Sep 3: 0, 2015 14:18:9", two halves of a broken date line)."""
    return classify(text).kind is Kind.TITLE and not _date_shaped(text)


def _date_shaped(text: str) -> bool:
    """A date the reader could not read ("Tue Dec 27, 201û6 09:46:34"): digits, and no word
    of letters alone but the names of days and months.

    >>> _date_shaped("Tue Dec 27, 201û6 09:46:34"), _date_shaped("March 4 rally draws 2,000")
    (True, False)
    """
    if not any(ch.isdigit() for ch in text):
        return False
    words = [word.strip(".,").casefold() for word in text.split()]
    names = [word for word in words if word.isalpha() and len(word) > 1]  # ("De… c 27": a
    # name cut in two leaves a letter alone)
    return bool(names) and all(word in MONTHS or word in WEEKDAYS for word in names)


class _Desks:
    """Which header lines name only a desk or an agency ("Tribune News Service", "Reuters
    Staff": a byline however often the page repeats it, never the headline), read when first
    asked (once each: a desk line is left out, and signs for the name above it). Only a
    title-like line and the line right under one are asked about; any other is no desk here."""

    def __init__(self, head: list[_Entry]) -> None:
        self.head = head
        self.known: dict[int, bool] = {}

    def __getitem__(self, pos: int) -> bool:
        found = self.known.get(pos)
        if found is None:
            head = self.head
            found = self.known[pos] = 0 <= pos < len(head) and (
                head[pos].line.kind is Kind.TITLE
                or (pos > 0 and head[pos - 1].line.kind is Kind.TITLE)) \
                and bylines.names_a_desk(head[pos].text)
        return found


def _signs_for_a_desk(head: list[_Entry], pos: int, desks: _Desks) -> bool:
    """A name right above a desk or agency line ("Jane Doe⏎Tribune News Service") is the
    byline's first line, never the headline; so are its copies right above it (they go as
    repeats: the next clean sees the name over the desk)."""
    under = pos + 1
    while under < len(head) and head[under].index == head[under - 1].index + 1 \
            and head[under].key == head[pos].key:
        under += 1
    if under >= len(head) or head[under].index != head[under - 1].index + 1 or not desks[under]:
        return False
    found = read_byline_line(head[pos].text, bare=True)
    return found is not None and bool(found.authors)


def _blocks_closed_by_a_date(head: list[_Entry]) -> set[int]:
    """Positions of the first line of each run of lines (no blank line between) that a date
    or meta line closes."""
    opening: set[int] = set()
    # "Title⏎Dek⏎⏎…" opening the page (the cleaner's own format without a date line too).
    if len(head) >= 2 and head[0].index + 1 == head[1].index and head[0].line.kind is Kind.TITLE \
            and not _SITE_SEPARATOR.search(head[0].text) \
            and (head[1].line.kind is Kind.PARAGRAPH or head[1].line.words >= 3) \
            and not head[1].source[:1].islower() \
            and (len(head) == 2 or head[2].index > head[1].index + 1):
        opening.add(0)  # (a line opening in lower case is no dek: "MWL C⏎ondemns …", cut)
    for pos, entry in enumerate(head):
        if entry.line.kind not in (Kind.DATE, Kind.META) or pos == 0:
            continue
        start = pos
        while start > 0 and head[start - 1].index + 1 == head[start].index \
                and head[start - 1].line.kind in (Kind.TITLE, Kind.BYLINE):
            start -= 1
        if start < pos and head[start].line.kind is Kind.TITLE:
            opening.add(start)
    return opening


def _next_kind(head: list[_Entry], pos: int) -> Kind | None:
    """The kind of the next line that stays (a share row under the headline goes anyway: the
    line above the date is still the headline)."""
    return next((entry.line.kind for entry in islice(head, pos + 1, None) if not entry.chrome),
                None)


def _plan_title(reader: _Reader, head: list[_Entry], title_at: int | None, body: int
                ) -> tuple[str | None, str | None, str | None]:
    """Steps for the headline lines (with a kicker, a wrapped second line, repeats and a dek)
    and the title, subtitle and label they give."""
    if title_at is None:
        return None, None, None
    entry = head[title_at]
    title = entry.text
    reader.step(entry.index, TITLES, "title", "moved header line into title fields")
    subtitle = None
    used = {title_at}
    for pos, other in enumerate(head):  # the headline again, above or below
        if pos != title_at and other.key == entry.key:
            reader.step(other.index, TITLES, "title repeat", "dropped repeated title line")
            used.add(pos)
    # The dek read under the headline. ("watch One-Minute News", "admin Avatar": header
    # debris, is none; nor a line with a copy in the body, which stays: written as the
    # subtitle over it, the next clean would read no dek, as for the line under the headline.)
    dek = next((pos for pos, other in enumerate(head)
                if other.index in reader.deks and _reads_as_dek(_dek_text(other))
                and any(ch.isalnum() for ch in other.text)
                and not reader.copied_in_the_text(other.text, body, body)), None)
    before = title_at - 1
    while before >= 0 and before in used:
        before -= 1
    kicker = head[before] if before >= 0 else None
    if kicker is not None and kicker.line.kind is Kind.TITLE and kicker.bullet is None \
            and not _SITE_SEPARATOR.search(kicker.text):  # "Site | Tagline" is no kicker
        colon = kicker.text.endswith(":")
        adjacent = kicker.index + 1 == entry.index
        refused = colon and adjacent and not _joins_as_title(f"{kicker.text} {title}")
        if colon and adjacent and not refused:
            title = f"{kicker.text} {title}"  # "Sheikh Qassem:⏎Resistance Will Stay Strong"
        elif kicker.line.words >= 4 and not reader.repeated(kicker.text) and dek is None \
                and _bare_byline(kicker, reader) is None and not _is_dateline_lead(kicker):
            # (under the headline, a byline; or a lead opened by a dateline, "CITY: …")
            # (a kicker repeated on the page is no subtitle, as a dek is not: written under
            # the title with its copy below, the next clean would not read it as the dek; nor
            # is one over a dek, which the body's reading counted: the subtitle over it, the
            # dek gone, the next clean would read the line under the subtitle otherwise)
            subtitle = kicker.text
        if (colon and not refused) or subtitle is not None:
            reader.step(kicker.index, TITLES, "kicker", "moved header line into title fields")
            used.add(before)
    after = title_at + 1
    if after < len(head) and title.endswith(":") and head[after].line.kind is Kind.TITLE \
            and head[after].index == entry.index + 1:
        title = f"{title} {head[after].text}"  # "Sheikh Qassem:⏎Resistance Will Stay Strong"
        reader.step(head[after].index, TITLES, "title", "moved header line into title fields")
        used.add(after)
        after += 1
    elif after < len(head) and head[after].line.kind is Kind.PARAGRAPH \
            and _continues_title(entry, head[after], reader):
        title = f"{title} {head[after].text}"
        reader.step(head[after].index, TITLES, "title", "joined a headline wrapped over two lines")
        used.add(after)
        after += 1
    if (joined := _key(title)) != entry.key:  # the headline joined: its copies whole are
        for pos, other in enumerate(head):  # repeats too
            if pos not in used and other.key == joined:
                reader.step(other.index, TITLES, "title repeat", "dropped repeated title line")
                used.add(pos)
    while after < len(head) and after in used:  # repeats, already dropped
        after += 1
    if dek is not None and subtitle is None and dek not in used:
        if title.endswith(":") and head[dek].line.kind is Kind.TITLE:
            # "Kicker:" over a headline-shaped line is one title (read back, the two lines
            # would join: the title format puts the subtitle right under the title)
            title = f"{title} {head[dek].text}"
            reader.step(head[dek].index, TITLES, "title", "moved header line into title fields")
        else:
            subtitle = _dek_text(head[dek])
            reader.step(head[dek].index, TITLES, "subtitle", "moved the dek into subtitle")
        used.add(dek)
    elif after < len(head) and subtitle is None and _reads_as_dek(_dek_text(head[after])) and (
            _is_dek(head[after], reader, body) or _format_dek(head, after, reader)) \
            and not reader.repeated(head[after].text, body) \
            and any(ch.isalnum() for ch in head[after].text):
        # (a line repeated in the body is no dek: written as the subtitle, with its copy the
        # next clean would read it as the repeated line, the headline; nor is a line of stray
        # symbols, "-": written under the title, the next clean read the two lines as text)
        subtitle = _dek_text(head[after])
        reader.step(head[after].index, TITLES, "subtitle", "moved the dek into subtitle")
        used.add(after)
    if subtitle is not None and title.endswith(":") \
            and reader.classify(subtitle).kind is Kind.TITLE:
        # "Kicker:" with a headline-shaped subtitle is one title: written back as "Title:⏎
        # Subtitle", the next reading would join them.
        title = f"{title} {subtitle}"
        reader.steps = [replace(step, role="title", message="moved header line into title fields")
                        if step.owner == TITLES and step.role in ("subtitle", "kicker")
                        and reader.lines[step.index].strip() == subtitle else step
                        for step in reader.steps]
        subtitle = None
    reader.used |= used
    title, label = _split_title(reader, title)
    return title or None, subtitle, label


def _format_dek(head: list[_Entry], pos: int, reader: _Reader) -> bool:
    """``Title⏎Dek⏎⏎`` / ``Title⏎Dek⏎Date``: the line under the headline (no blank between) that
    ends its block is the dek, whatever it reads like — the cleaner's own text format."""
    entry = head[pos]
    return entry.line.kind in (Kind.TITLE, Kind.PARAGRAPH) and len(entry.text) <= _MAX_DEK \
        and pos > 0 and head[pos - 1].index + 1 == entry.index \
        and head[pos - 1].line.kind is Kind.TITLE \
        and _dek_under_title(head, pos, reader, under_title=True)


def _is_dek(entry: _Entry, reader: _Reader, body: int) -> bool:
    line = entry.line
    if line.kind is Kind.PARAGRAPH:
        return not any(entry.text.startswith(name + " ") for name in reader.authors)
    if line.kind is not Kind.TITLE or line.words < 4 or line.dateline:
        return False
    return _bare_byline(entry, reader) is None


def _split_title(reader: _Reader, title: str) -> tuple[str, str | None]:
    """Split labels and a glued byline off the title, in rounds until neither applies."""
    label = None
    for _ in range(_MAX_SPLITS):
        before = title
        byline = bylines.read_byline(title)
        if byline is not None and _reads_as_title(_unglyphed(byline.title)):
            label = label or byline.label
            _merge(reader.authors, byline.authors)
            _merge(reader.credits, byline.credits)
            title = byline.title
        found, rest = labels.split_label(title)
        if found is not None and _reads_as_title(_unglyphed(rest)):
            label, title = label or found, rest
        glyph, rest = strip_widget_glyph(title)  # a glyph the split bared, as on a line
        if glyph is not None and rest and _reads_as_title(rest):
            title = rest
        if title == before:
            break
    return title, label


_OPENING_MARKS = "\"'“‘«„"


def _unglyphed(text: str) -> str:
    """What a split leaves, as the next run reads it: a widget glyph it bared taken off ("By
    Ann Lee: × Army Clears …"; "×üArmy …" then reads in lower case, and is no title)."""
    glyph, rest = strip_widget_glyph(text.strip())
    return text if glyph is None else rest


def _reads_as_title(text: str) -> bool:
    """What is left once a label or byline is split off must still read as a title (not a
    date, a label word, chrome, a dump start, nor a paragraph opening in lower case, which no
    reading takes for a headline): split, the next run would read it otherwise."""
    if sum(ch.isalnum() for ch in text) < 2:
        return False  # ("|y}": a stray letter is no headline)
    line = classify(text)
    first = text.lstrip()[:1]
    # (A paragraph-like title opening with a symbol, "$f\"LRZD\\Army …", is no title to the
    # next clean: written first, with no date line under it, it was read as no headline.)
    return (line.kind is Kind.TITLE or (line.kind is Kind.PARAGRAPH and not first.islower()
                                        and (first.isalnum() or first in _OPENING_MARKS))) \
        and labels.canonical(text) is None and not _bares_a_dump(text)


def _bares_a_dump(rest: str) -> bool:
    """What is left of a line once a glyph, debris or a label goes opens a dump: the next
    clean's strip_var_dump, running first, would cut it out, so what bares it stays."""
    from cleaner.dumps import DUMP_START

    return DUMP_START.match(rest.encode("utf-8", "surrogatepass")) is not None


def _merge(into: list[str], items: Iterable[str]) -> None:
    into.extend(item for item in items if item not in into)


# --- dates ----------------------------------------------------------------------------------

def _plan_dates(reader: _Reader, head: list[_Entry], entries: list[_Entry], body: int
                ) -> tuple[ParsedDate | None, str | None]:
    """Steps for every date line of the header; the published date and its line.

    The first published date wins; one with a time wins over one without; a site's date
    widget (between chrome, or labelled by chrome) is never the publication date; an
    "Updated" stamp is used only where no other date is shown; the crawler's prefix last.
    """
    dated = [(pos, entry) for pos, entry in enumerate(head)
             if entry.line.kind in (Kind.DATE, Kind.META) and entry.line.date is not None]
    best: tuple[int, ParsedDate, _Entry] | None = None
    updated: tuple[ParsedDate, _Entry] | None = None
    widgets: set[int] = set()
    impossible: set[int] = set()
    for pos, entry in dated:
        found = entry.line.date
        assert found is not None
        if _is_widget(head, pos):
            widgets.add(pos)
            continue
        date = found.published or found.updated
        if date is not None and date.iso is None:
            # "Tue Feb 30, 2016": no date to keep the line in, so it stays in the text (and a
            # copy below it is not taken for one either)
            for warning in date.warnings:
                reader.warnings.append(f"date line {entry.text!r}: {warning}; left in the text")
            reader.used.add(pos)
            impossible.add(pos)
            continue
        if found.published is not None and found.published.iso is not None:
            rank = 1 if "T" in found.published.iso else 0
            if best is None or rank > best[0]:
                best = (rank, found.published, entry)
        elif found.updated is not None and found.updated.iso is not None and updated is None:
            updated = (found.updated, entry)
    chosen: ParsedDate | None = None
    raw = None
    chosen_entry = None
    if best is not None:
        chosen, chosen_entry = best[1], best[2]
    elif updated is not None:
        chosen, chosen_entry = updated
    if chosen_entry is not None:
        raw = chosen_entry.text
        assert chosen is not None
        chosen = _in_the_page_order(reader, chosen_entry, chosen)
    elif reader.crawler is not None:
        chosen = reader.crawler
    for pos, entry in dated:
        found = entry.line.date
        assert found is not None
        if pos in impossible:
            continue
        if pos in widgets:
            reader.step(entry.index, CHROME, "chrome", "removed the site's date widget")
            reader.used.add(pos)
            continue
        rest = _date_leftover(reader, entry)
        if entry is chosen_entry:
            message = f"moved date line into published ({chosen.iso if chosen else None})"
        elif found.published is None:
            message = "removed an update stamp"
        elif entry.key == (chosen_entry.key if chosen_entry else ""):
            message = "dropped repeated date line"
        else:
            message = "removed another date line of the header"
        reader.step(entry.index, DATES, "date", message, rest)
        if rest:  # what is left is read again by the other steps
            entry.line = reader.classify(rest)
            entry.text = rest
        else:
            reader.used.add(pos)
    for pos, entry in enumerate(head):  # the label of the cleaner's own meta line
        if entry.line.kind is Kind.META and entry.line.date is None and pos not in reader.used:
            reader.step(entry.index, DATES, "label", f"moved label line into label "
                                                     f"({entry.line.label})")
            reader.used.add(pos)
        if entry.line.kind is Kind.META and reader.meta_label is None:
            reader.meta_label = entry.line.label
    if chosen is not None:
        for warning in chosen.warnings:
            reader.warnings.append(f"date line {raw or chosen.iso!r}: {warning}")
    return chosen, raw


_BOTH_WAYS = regex.compile(r"(?<!\d)(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|1[0-2])[/-]\d")


def _in_the_page_order(reader: _Reader, entry: _Entry, chosen: ParsedDate) -> ParsedDate:
    """An all-numeric date that reads both ways ("01/04/2015"), read in the order the page
    writes its dates (`page_writes_day_first`: "organised" or another date, "25/03/2015", says
    day first), with a warning that says so; month first, as before, where the page shows none
    or the reader was told (``--dayfirst``)."""
    if reader.options.dayfirst or not _BOTH_WAYS.search(entry.source) \
            or not page_writes_day_first(reader.text):
        return chosen
    found = classify(entry.source, True, reader.options.tz).date
    if found is None:
        return chosen
    other = found.published if entry.line.date is not None \
        and entry.line.date.published is chosen else found.updated
    if other is None or other.iso is None or other.iso == chosen.iso:
        return chosen
    return replace(other, warnings=(*other.warnings, "read day first, as the page writes its "
                                    "dates (its spellings or its other dates say so)"))


def _is_widget(head: list[_Entry], pos: int) -> bool:
    entry = head[pos]
    found = entry.line.date
    assert found is not None
    if _labelled_widget(found):
        return True  # "Today's Paper | May 09, 2024"
    date = found.published or found.updated
    if date is None or date.iso is None or "T" in date.iso:
        return False
    # Between two lines of chrome or debris, one of them the site's (an ad slot, a menu): the
    # site's. Between share rows, which belong to the article's header: the article's.
    neighbours = [head[p] for p in (pos - 1, pos + 1) if 0 <= p < len(head)]
    return len(neighbours) == 2 and all(n.chrome or _is_junk(n) for n in neighbours) \
        and not all(n.chrome and _header_chrome(n.line) for n in neighbours)


def _labelled_widget(found: DateLine) -> bool:
    rest = " ".join(part for part in (found.before, found.after) if part)
    return bool(rest) and classify(rest).kind is Kind.CHROME


def _date_leftover(reader: _Reader, entry: _Entry) -> str:
    """What a date line leaves once its dates go: a byline or a dateline stays for the other
    steps to read; anything else goes with the date."""
    found = entry.line.date
    assert found is not None
    rest = " ".join(part for part in (found.before, found.after) if part).strip(" -–—|,")
    if not rest:
        return ""
    if read_byline_line(rest, bare=True) is not None or read_byline_line(rest) is not None \
            or is_dateline(rest):
        return rest
    return ""


# --- the other header lines -----------------------------------------------------------------

def _bare_byline(entry: _Entry, reader: _Reader) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A name line under the headline without "By" is a byline, unless the name is in the
    body: a caption names the story's people, an author is not one of them."""
    found = read_byline_line(entry.text, bare=True)
    if found is None:
        return None
    body = "\n".join(reader.lines[entry.index + 1 :])
    if any(author in body for author in found.authors):
        return None
    return found.authors, found.credits


def _plan_rest(reader: _Reader, head: list[_Entry], title_at: int | None) -> None:
    """Steps for the header lines that are neither the headline nor a date line."""
    for pos, entry in enumerate(head):
        if pos in reader.used:
            continue
        kind = entry.line.kind
        after_title = title_at is None or pos > title_at
        if kind is Kind.BYLINE and entry.line.byline is not None:
            _merge(reader.authors, entry.line.byline.authors)
            _merge(reader.credits, entry.line.byline.credits)
            reader.step(entry.index, TITLES, "byline", "moved byline line into authors")
        elif kind is Kind.CHROME:
            reader.step(entry.index, CHROME, "chrome", f"removed {entry.line.chrome}")
        elif title_at is not None and pos > title_at and (
                found := _bare_byline(entry, reader)) is not None:
            _merge(reader.authors, found[0])
            _merge(reader.credits, found[1])
            reader.step(entry.index, TITLES, "byline", "moved byline line into authors")
        elif entry.line.dateline and after_title:
            reader.step(entry.index, TITLES, "dateline",
                        "moved the dateline standing above the lead out of the body")
        elif (match := _SOURCE_PAPER.match(entry.text)) and not after_title:
            _merge(reader.credits, [match.group("name")])
            reader.step(entry.index, TITLES, "source",
                        "moved the source paper's line into credits")
        elif any(entry.text.startswith(name + " ") for name in reader.authors):
            reader.step(entry.index, CHROME, "chrome", "removed the author card")
        else:
            reader.step(entry.index, CHROME, "chrome", "removed a header line around the headline"
                        if title_at is not None else "removed a line above the article")
        reader.used.add(pos)


def _byline_repeats(reader: _Reader, head: list[_Entry], entries: list[_Entry], body: int
                    ) -> None:
    """A header byline pasted again in the top of the body (the header block written twice)
    goes as its repeat: kept, the lead above it, once its own copy went as the repeated lead,
    stood over a byline, and the next clean read the lead as the dek."""
    bylines_read = {entry.key for entry in head if entry.line.kind is Kind.BYLINE}
    if not bylines_read:
        return
    for entry in entries:
        if entry.index >= body and entry.key in bylines_read \
                and entry.line.kind is Kind.BYLINE:
            reader.step(entry.index, TITLES, "byline repeat", "dropped repeated byline line")


# --- the end of the page and the lead -------------------------------------------------------

def _last_lines(reader: _Reader, body: int) -> Iterator[int]:
    """The last non-blank lines of the page, bottom up, chrome and credit lines left out
    (a generator: the callers look at the last few, not at the whole page)."""
    for i in range(len(reader.lines) - 1, max(body, 0) - 1, -1):
        if reader.stays(reader.lines[i]):
            yield i


def _title_at_end(reader: _Reader, body: int) -> str | None:
    """A page that opens with its lead and closes with a headline-shaped line has its title at
    the end (a page-title block rendered last)."""
    # (chrome above the lead, a masthead or a menu, goes anyway: the page still opens with it)
    if any(map(reader.stays, reader.lines[:body])) or not any(
            len(line.split()) >= 8 and reader.classify(line).kind is Kind.PARAGRAPH
            for line in reader.lines[body:]):
        return None
    first = _key(reader.lines[body])
    # (a block of chrome at the end, related links or a comment thread, goes: the headline is
    # above it; its last link is no headline)
    blocks = reader.blocks(body)
    for index in islice((i for i in _last_lines(reader, body) if i not in blocks), 3):
        if _key(reader.lines[index]) == first:
            return None
        line = reader.classify(reader.lines[index])
        if line.kind is Kind.CHROME or line.kind is Kind.BYLINE:
            continue
        if line.kind is Kind.TITLE and 3 <= line.words <= 20 and not line.dateline \
                and not line.text.startswith("(") \
                and index > body and reader.lines[index - 1].strip() \
                and (not line.text.isupper() or line.words >= 4) \
                and not bylines.names_a_desk(line.text) and not _date_shaped(line.text) \
                and crawler_date(line.text) is None:
            # (a sign-off: "- AFP", a desk, a date cut past reading: none is a headline; nor
            # a line opening with the crawler's date prefix, which written first as the title
            # the next clean would take off)
            reader.step(index, TITLES, "title", "moved the headline at the end of the page "
                                                "into title")
            return line.text
        return None
    return None


def _title_repeated_at_end(reader: _Reader, title: str, body: int) -> None:
    if not reader.copied_below(title, body):
        return
    taken = {step.index for step in reader.steps if step.role == "title"}
    lead = reader.lines[body].strip() if body < len(reader.lines) else ""
    # (a block of chrome that ends the page, a comment thread, goes: the copies above it end
    # the page for the next clean)
    blocks = reader.blocks(body)
    for index in _last_lines(reader, body):  # every copy that ends the page
        if index in taken or index in blocks:
            continue  # the headline itself, read at the end of the page
        if is_gallery_paste(reader.lines[index].strip(), title):
            continue  # (a text pasted again and again goes as a gallery block: the next
            # clean, without it, would see the copy above it end the page)
        if index > body and len(lead) > 60 and reader.lines[index].strip() == lead \
                and _key(lead) != _key(title):
            continue  # the lead repeated below it goes (strip_furniture): the next clean,
            # without it, would see the title's copy end the page (a lead that is a copy of
            # the title goes as one, and so do its copies)
        if _key(reader.lines[index]) != _key(title) or index < body:
            return
        reader.step(index, TITLES, "title repeat", "dropped the title repeated at the end")


# A sign-off that ends the article: the writer's name and the desk or agency, slashed
# ("Marie Santos/DMS"), alone on the last line or after the last sentence of the last
# paragraph ("… they said." Marie Santos/DMS).
_SIGN_OFF = regex.compile(r"(?:^|(?<=[.!?][\"”’')]*)\s+)(?P<name>\p{Lu}[\p{L}’'.-]*"
                          r"(?:\s+[\p{L}’'.-]+){1,3})\s*/\s*(?P<desk>\p{Lu}[\p{L}-]{1,15})\s*$")


def _sign_off_at_end(reader: _Reader, body: int) -> None:
    """The writer's sign-off that ends the article goes into authors, its desk or agency into
    credits; a paragraph it ends keeps its sentences."""
    # (the page's chrome blocks, which a sign-off stands above, are read only for a page with
    # a line ending as one can: most pages have none, and the blocks cost a reading)
    if not any("/" in line[-20:] for line in reader.lines[body:]):
        return
    blocks = reader.blocks(body)
    index = next((i for i in _last_lines(reader, body) if i not in blocks), None)
    if index is None or any(step.index == index for step in reader.steps):
        return
    line = reader.lines[index].strip()
    found = _SIGN_OFF.search(line) if "/" in line[-20:] else None
    if found is None:
        return
    desk = found.group("desk")
    credit = short_name(desk) or (desk if desk.isupper() and len(desk) <= 8 else None)
    if credit is None:
        return  # ("… in Kyiv. Photo by Anna Lee/Getty Images": a credit of a picture)
    name = found.group("name")
    if any(len(word) < 2 or word == desk for word in name.split()):
        return  # ("T SHI/SHI": a desk code pasted over a stray letter, no one's name)
    byline = read_byline_line(name, bare=True)
    if byline is None or len(byline.authors) != 1 or byline.credits:
        return
    _merge(reader.authors, byline.authors)
    _merge(reader.credits, [credit])
    rest = line[: found.start()].rstrip()
    reader.step(index, TITLES, "sign-off", "moved the sign-off at the end of the article into "
                                           "authors", rest)


def _more_text_below(reader: _Reader, body: int) -> bool:
    return any(line.strip() for line in reader.lines[body:])


def _lead_debris(reader: _Reader, body: int) -> None:
    """An orphan comma or an image's alt text glued to the start of the lead goes."""
    if body >= len(reader.lines):
        return
    line = reader.lines[body]
    match = _LEAD_DEBRIS.match(line)
    if match and not any(step.index == body for step in reader.steps) \
            and not _bares_a_dump(line[match.end() :]):
        reader.step(body, TITLES, "lead debris",
                    f"removed debris glued to the lead ({match.group().strip()!r})",
                    line[match.end() :])
        return
    bullet, rest = strip_bullet(line.strip())
    if bullet is not None and rest and not any(step.index == body for step in reader.steps) \
            and reader.classify(rest).kind is Kind.PARAGRAPH and not _bares_a_dump(rest):
        # A lead with a bullet, the header lines above it gone, stands right under the header:
        # the next clean would read it as a bulleted dek ("- Net income …"). Without the
        # bullet it reads as the lead it is.
        reader.step(body, TITLES, "lead bullet", f"removed the bullet of the lead ({bullet!r})",
                    rest)


# --- applying the plan ----------------------------------------------------------------------

def plan_for(text: str, plan: HeaderPlan | None, options: Options) -> HeaderPlan:
    """The plan of this text: the one handed on by the passes before, or a new reading when
    there is none (a pass run alone) or the text is no longer the one it was made for."""
    if plan is not None and plan.text == text:
        return plan
    return read_header(text, options)


def apply_steps(plan: HeaderPlan, owner: str, record: Callable[[str, str, str, int], None]
                ) -> tuple[str, HeaderPlan]:
    """Apply `owner`'s steps to the plan's text, calling `record(message, before, after,
    line)` for each; return the new text and the plan handed on."""
    lines = plan.text.split("\n")
    merged: dict[int, Step] = {}
    for step in plan.steps_of(owner):
        if not 0 <= step.index < len(lines):
            continue
        earlier = merged.get(step.index)
        if earlier is not None:  # decided twice (a crawler prefix, then a date): the later
            # decision was made on what the earlier left, so it stands; both are said
            step = replace(step, message=f"{earlier.message}; {step.message}")
        if step.after:  # a line rewritten (a glyph, debris or a prefix off) is a new line:
            # repaired as repair_mojibake, run before, repairs one, as the next clean would
            step = replace(step, after=repaired(step.after))
        merged[step.index] = step
    for index in sorted(merged):  # recorded in line order
        record(merged[index].message, lines[index], merged[index].after, index + 1)
    removed: list[int] = []
    for index in sorted(merged, reverse=True):  # applied bottom-up: indices stay true
        step = merged[index]
        if step.after:
            lines[index] = step.after
        else:
            del lines[index]
            removed.append(index)
    text = "\n".join(lines)
    return text, plan.applied(owner, text, removed)
