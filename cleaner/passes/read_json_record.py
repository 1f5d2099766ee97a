"""read_json_record: a page that is a JSON article record becomes the article it holds.

Some crawls store what the server sent: an API record (``[[{"content_title":…,
"content_body":…}]]``), a CMS property dump after a short lead-in (``All Article Properties:``),
a WordPress REST or JSON-LD object. The keys of ``cleaner.lexicon.record_keys`` say which member
is the headline, the dek, the authors, the date and the body; the body's HTML becomes paragraphs
(``cleaner.html_text``) and the usual text passes run on them. The whole record goes to
``embedded``; the text change is one recorded fix and each field read is a fix naming its key.
A feed (several articles) reads the first and warns; a record cut off by the scraper is salvaged
(what is complete, and the cut-off last string) with a warning. Never touches: pages that are not
JSON, and JSON that holds no article (a settings blob, a list of numbers).

>>> from cleaner.document import Draft
>>> draft = read_json_record(Draft('{"title": "Blast hits city", "content": "<p>Ten died.</p>"}'))
>>> draft.title, draft.text
('Blast hits city', 'Blast hits city\\n\\nTen died.\\n')
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

from cleaner.bylines import read_byline_line
from cleaner.chrome import chrome_line, is_gallery_paste
from cleaner.dates import parse_date
from cleaner.document import Draft, JsonValue, Log
from cleaner.header import is_junk_line
from cleaner.html_text import html_to_paragraphs
from cleaner.lexicon.layout import strip_bullet
from cleaner.lexicon.record_keys import KEYS, TRUNCATION_MARK, Key
from cleaner.passes.normalize_whitespace import (
    SPACE_CHARS,
    ZERO_WIDTH,
    ZERO_WIDTH_CHARS,
    plain_breaks,
)
from cleaner.passes.repair_mojibake import repaired, without_controls
from cleaner.passes.strip_furniture import MAX_FURNITURE

NAME = "read_json_record"

# Not strict: a control character inside a string (a raw tab, a NUL byte a scraper let through)
# is read with the string; repair_mojibake removes it later. A strict decoder would cut the
# record there, and the next clean, reading the text repaired, would read the record.
_DECODER = json.JSONDecoder(strict=False)
# JSON's whitespace, and the spaces and zero-width characters that normalize_whitespace (run
# after this pass) turns into spaces or drops: a record read only once they are spaces or gone
# between its tokens would be read by the next clean, not this one.
_WS = " \r\n" + SPACE_CHARS + ZERO_WIDTH_CHARS
_LEAD_IN_MAX = 80  # a lead-in line before the JSON (``All Article Properties:``) is short
_MAX_DEPTH = 64  # deeper values are not salvaged: no record is nested this deep
_SEARCH_DEPTH = 4  # how deep wrappers (``{"data": [[{…}]]}``) are searched for articles
_EPOCH_MS = 10**11  # larger epoch numbers are milliseconds
_TRUNCATED = re.compile(TRUNCATION_MARK)
_SPACES = re.compile(r"\s*")  # what str.lstrip takes off, matched in place


def _past_spaces(text: str, pos: int) -> int:
    """Where the spaces from `pos` end (`_SPACES` matches everywhere, the empty run too)."""
    found = _SPACES.match(text, pos)
    return pos if found is None else found.end()


class _CutOff(Exception):
    """The text ended inside a value."""


def _json_start(text: str) -> int | None:
    """Where the JSON value of a page starts (after an optional lead-in line), or None.

    Chrome lines above it (``MoreImage``, a share row) are skipped: strip_furniture removes
    them, and the next clean would read the record."""
    start = len(text) - len(text.lstrip())
    # (only a page with a line opening as JSON does, after the first, is read for chrome)
    opens = "\n{" in text or "\n[" in text
    while opens and not text.startswith(("{", "["), start):
        end = text.find("\n", start)
        if end == -1 or chrome_line(text[start:end]) is None:
            break
        start = _past_spaces(text, end)  # (no copy of the rest: a page of markers
        # thousands of lines long is read in one pass)
    if text.startswith(("{", "["), start):
        return start
    end = text.find("\n", start)
    # A lead-in ends in a colon ("All Article Properties:"), or is debris the header takes off
    # above the text (a stray symbol, a lower-case word): gone, the next clean read the record.
    if end == -1 or end - start > _LEAD_IN_MAX or not (
            text[start:end].rstrip().endswith(":") or is_junk_line(text[start:end].strip())):
        return None
    after = _past_spaces(text, end)
    return after if text.startswith(("{", "["), after) else None


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _WS:
        pos += 1
    return pos


def _cut_string(text: str, pos: int) -> str:
    """The content of a string cut off by the end of the text (``"abc`` reads ``abc``)."""
    body = text[pos + 1 :]
    for _ in range(8):
        try:
            return _DECODER.decode('"' + body + '"')
        except json.JSONDecodeError as error:
            # Cut before the escape that does not read (``\\u20`` cut off, ``\\`` before a
            # space); at a cut-off ``\\"`` the string is unterminated: drop its last character.
            at = error.pos - 1
            body = body[:at] if 0 <= at < len(body) else body[:-1]
    return ""


def _salvage(text: str, pos: int, depth: int, notes: list[str]) -> tuple[JsonValue, int]:
    """Decode the value at `pos`; at a cut-off end keep what is complete (noted in `notes`)."""
    pos = _skip(text, pos)
    if pos >= len(text):
        raise _CutOff
    if depth > _MAX_DEPTH:
        raise ValueError("nested too deep")
    opener = text[pos]
    if opener not in "[{":
        try:
            return _DECODER.raw_decode(text, pos)
        except ValueError:
            if opener == '"' and '"' not in text[pos + 1 :].replace('\\"', ""):
                notes.append("a string cut off")
                return _cut_string(text, pos), len(text)
            raise _CutOff from None
    closer = "]" if opener == "[" else "}"
    items: list[JsonValue] = []
    members: dict[str, JsonValue] = {}
    pos += 1
    while True:
        pos = _skip(text, pos)
        if pos >= len(text):
            break
        if text[pos] == closer:
            return (items if opener == "[" else members), pos + 1
        if text[pos] == ",":
            pos += 1
            continue
        try:
            if opener == "[":
                value, pos = _salvage(text, pos, depth + 1, notes)
                items.append(value)
            else:
                key, pos = _DECODER.raw_decode(text, pos)
                pos = _skip(text, pos)
                if not text.startswith(":", pos):
                    if pos >= len(text):
                        break
                    raise ValueError("expected ':'")
                value, pos = _salvage(text, pos + 1, depth + 1, notes)
                members[str(key)] = value
        except _CutOff:
            break
        except ValueError:
            if _skip(text, pos) < len(text) and not text[pos:].lstrip().startswith('"'):
                raise
            break
    notes.append("a record cut off")
    return (items if opener == "[" else members), len(text)


def _decode(text: str) -> tuple[JsonValue, list[str]] | None:
    """The JSON value of `text` and what was salvaged, or None when it is not JSON."""
    try:
        return _DECODER.decode(text), []
    except RecursionError:
        return None
    except ValueError:
        pass
    notes: list[str] = []
    try:
        value, end = _salvage(text, 0, 0, notes)
    except (ValueError, _CutOff, RecursionError):
        return None
    if _skip(text, end) < len(text):
        return None  # a complete value with more after it: not a record page
    return value, notes


def _normal(key: str) -> str:
    """A key as APIs spell it any way: ``publishedAt``, ``published_at``, ``Published-At``;
    zero-width characters aside (normalize_whitespace, run after this pass, drops them: a
    key read only without them would be read by the next clean, not this one)."""
    return ZERO_WIDTH.sub("", key).replace("_", "").replace("-", "").casefold()


def _member(record: dict[str, JsonValue], key: str) -> JsonValue:
    """The record's member of that key, in whatever case and separators the record writes it."""
    if key in record:
        return record[key]
    wanted = _normal(key)
    return next((value for name, value in record.items() if _normal(name) == wanted), None)


def _lookup(record: dict[str, JsonValue], path: str) -> list[JsonValue]:
    """The values at a key path of the record (``a.b``, ``a[].b``, ``a``)."""
    head, _, rest = path.partition(".")
    many = head.endswith("[]")
    value = _member(record, head.removesuffix("[]"))
    if many:
        values = value if isinstance(value, list) else []
    else:
        values = [value]
    if rest:
        values = [_member(item, rest) for item in values if isinstance(item, dict)]
    return [item for item in values if item not in (None, "", [], {})]


def _text_of(value: JsonValue) -> str | None:
    """A field's text on one line, spaced as normalize_whitespace spaces the page (zero-width
    characters out, runs of spaces one): the next clean reads the field back from the text."""
    if not isinstance(value, str):
        return None
    return " ".join(ZERO_WIDTH.sub("", " ".join(html_to_paragraphs(value))).split()) or None


def _date_of(value: JsonValue) -> tuple[str, str] | None:
    """The ISO date and the raw text of a date value: a string or epoch (milli)seconds."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > _EPOCH_MS else value
        try:
            moment = dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return moment.isoformat(), str(value)
    if isinstance(value, str):
        parsed = parse_date(value)
        if parsed is not None and parsed.iso:
            return parsed.iso, value
    return None


def _read(row: Key, values: list[JsonValue]) -> tuple[JsonValue, str] | None:
    """What a row gives its field from the values at its key, and the raw text it read."""
    raw = json.dumps(values[0] if len(values) == 1 else values, ensure_ascii=False)
    if row.field == "body":
        paragraphs: list[JsonValue] = [*html_to_paragraphs(values[0])] \
            if isinstance(values[0], str) else []
        return (paragraphs, raw) if paragraphs else None
    if row.field == "published":
        found = _date_of(values[0])
        return found if found is None else (found[0], found[1])
    if row.field == "authors":
        names: list[JsonValue] = [name for value in values if (name := _text_of(value))]
        return (names, raw) if names else None
    text = _text_of(values[0])
    return (text, raw) if text else None


def read_fields(record: dict[str, JsonValue]) -> dict[str, tuple[Key, JsonValue, str]]:
    """For each field, the first row of the key table that reads a value from `record`.

    >>> sorted(read_fields({"headline": "A", "articleBody": "B"}))
    ['body', 'title']
    """
    fields: dict[str, tuple[Key, JsonValue, str]] = {}
    for row in KEYS:
        if row.field in fields:
            continue
        values = _lookup(record, row.path)
        if values and (found := _read(row, values)) is not None:
            fields[row.field] = (row, found[0], found[1])
    return fields


def _people(names: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The authors and the credited agencies of a record's author values, read as bylines
    (``"By Ann Lee and Bo Chen"`` is two authors, ``"The Associated Press"`` a credit, a CMS
    user none); a value the byline reader cannot read stays an author as written."""
    authors: list[str] = []
    credits: list[str] = []
    for name in names:
        found = read_byline_line(name, bare=True)
        if found is None:
            authors.append(name)
        else:
            authors.extend(found.authors)
            credits.extend(found.credits)
    return tuple(dict.fromkeys(authors)), tuple(dict.fromkeys(credits))


def _is_article(value: JsonValue) -> bool:
    if not isinstance(value, dict):
        return False
    fields = read_fields(value)
    return "body" in fields and "title" in fields


def _articles(value: JsonValue, depth: int = 0) -> Iterator[dict[str, JsonValue]]:
    """The article records of a value, in order: itself, or those of a list or wrapper."""
    if depth > _SEARCH_DEPTH:
        return
    if isinstance(value, dict):
        if _is_article(value):
            yield value
            return
        children: list[JsonValue] = [v for v in value.values() if isinstance(v, list | dict)]
    elif isinstance(value, list):
        children = value
    else:
        return
    for child in children:
        yield from _articles(child, depth + 1)


# What a record reads to: (the value and its notes), its articles, whether it was repeated.
_Found = tuple[tuple[JsonValue, list[str]], list[dict[str, JsonValue]], bool]


def _read_value(value_text: str) -> _Found | None:
    """The decoded value, its articles and whether it (or a line of it) was written more than
    once; None when it holds no article."""
    decoded = _decode(value_text.rstrip())
    articles = list(_articles(decoded[0])) if decoded is not None else []
    if articles:
        return decoded, articles, False  # type: ignore[return-value]
    # The record written out more than once (a crawl that stored the response twice, each copy
    # on a line of its own), or a long line of it pasted again: read once. Otherwise the copies
    # spoil the decoding (or a cut-off copy's salvage holds no article) and strip_furniture
    # drops them (as the title's repeats, or the lead's), so the next clean would read it.
    first, _, rest = value_text.partition("\n")
    key = " ".join(first.split())  # (a copy may differ in its spacing: a tab the next
    seen = {key}  # run drops)
    kept = []
    for line in rest.split("\n"):
        spaced = " ".join(line.split())
        # (a line longer than furniture pasted again is a copy strip_furniture drops)
        if spaced == key or (len(spaced) > MAX_FURNITURE and spaced in seen):
            continue
        seen.add(spaced)
        kept.append(line)
    if len(kept) == len(rest.split("\n")) or len(first.strip()) <= 1:
        return None
    decoded = _decode("\n".join((first, *kept)).rstrip())
    articles = list(_articles(decoded[0])) if decoded is not None else []
    return (decoded, articles, True) if decoded is not None and articles else None


def _without_chrome_lines(text: str) -> str:
    """The text less the chrome lines under its first line, which strip_furniture removes:
    under a record or inside it (``Share on WhatsApp``, ``MoreImage``, a gallery paste) they
    made the page no record page, and the next clean, without them, read the record. (Tried
    only when the text as it is holds no record: a line of a pretty-printed record may read
    as chrome.)"""
    first, *rest = text.split("\n")
    kept = [line for line in rest if not line.strip() or (
        chrome_line(line) is None and not is_gallery_paste(line.strip(), None))]
    return text if len(kept) == len(rest) else "\n".join((first, *kept)).rstrip()


def _read_at(text: str, start: int) -> _Found | None:
    """The record that opens at `start`, read as the passes after this one leave the text."""
    # Read without the stray controls that repair_mojibake removes next, and the zero-width
    # characters normalize_whitespace drops: with them, a record did not decode (a backslash, a
    # zero-width space, ``r`` is no escape), and the next clean, without them, read it.
    # Failing that, read it as repair_mojibake leaves each line (entities decoded, mojibake
    # undone), for the same reason.
    value_text = ZERO_WIDTH.sub("", without_controls(text[start:])).rstrip()
    found = _read_value(value_text)
    if found is None:
        unframed = _without_chrome_lines(value_text)
        found = _read_value(unframed) if unframed != value_text else None
    if found is None:
        # (the odd line breaks normalize_whitespace turns into plain ones: "\x1d" between
        # tokens is no JSON whitespace)
        plain = plain_breaks(value_text)
        found = _read_value(plain) if plain != value_text else None
    if found is None:
        fixed = "\n".join(map(repaired, value_text.split("\n")))
        found = _read_value(fixed) if fixed != value_text else None
    return found


def read_json_record(draft: Draft) -> Draft:
    """Read a JSON article record into title, subtitle, authors, date and body paragraphs.

    Before: ``{"title": "Blast hits city", "content": "<p>Ten died.</p>"}``
    After: title ``Blast hits city``, text ``Blast hits city⏎⏎Ten died.``.
    """
    text = draft.text
    start = _json_start(text)
    if start is None:
        return draft
    found = _read_at(text, start)
    end = text.find("\n", start)
    if found is None and end != -1 and is_junk_line(text[start:end].strip()):
        # A stray bracket line above the record ("[}"), which goes above the text as junk:
        # the next clean, without it, read the record under it.
        later = _json_start(text[end + 1 :])
        found = _read_at(text, end + 1 + later) if later is not None else None
    if found is None:
        return draft
    decoded, articles, repeated = found
    value, notes = decoded
    log = Log(NAME)
    fields = read_fields(articles[0])
    if len(articles) > 1:
        log.warn(f"JSON feed of {len(articles)} articles: read the first; all kept in embedded")
    if notes:
        log.warn("cut-off JSON record: kept the complete members and the cut-off last string")
    if repeated:
        log.warn("JSON record (or a line of it) written more than once: read once")
    body: list[str] = fields["body"][1]  # type: ignore[assignment]
    title: str | None = fields["title"][1]  # type: ignore[assignment]
    if title is not None and is_junk_line(title):
        # "." or "u": no title; written on the first line, the next clean (no record then)
        # would take it off the text as debris above the article
        title = None
    elif title is not None and (bullet := strip_bullet(title))[0] is not None:
        # "n West Bank camp" (a word cut to its last letter, or a Wingdings bullet): written
        # with it, the next clean would take the line for a bullet above the article
        title = bullet[1]
    subtitle = fields["subtitle"][1] if "subtitle" in fields else None
    if subtitle in (title, body[0]):
        subtitle = None
    head = "\n".join(part for part in (title, subtitle) if isinstance(part, str))
    note = ""
    if (mark := _TRUNCATED.search(body[-1])) and mark.start():
        # (the mark is in this fix's before: the record as read)
        body = [*body[:-1], body[-1][: mark.start()]]
        note = f"; removed the API's truncation mark {mark.group().strip()!r}"
    new_text = "\n\n".join(part for part in (head, *body) if part) + "\n"
    log.fix(f"read the JSON record (body from key {fields['body'][0].path!r}{note})", text,
            new_text, 1)
    changes: dict[str, object] = {"text": new_text, "title": title,
                                  "embedded": (*draft.embedded, value)}
    for name, (row, read, raw) in fields.items():
        if name == "body" or (name == "subtitle" and (subtitle is None or title is None)):
            # (with no title, the dek's line is the header's to read, as on any page)
            continue
        shown = read if isinstance(read, str) else "; ".join(map(str, read))  # type: ignore[arg-type]
        if name == "title" and title is not None:
            shown = title  # (as the title reads, a bullet in front off)
        log.fix(f"record field {name} from key {row.path!r}", raw, shown)
        if name == "authors":
            authors, credits = _people(read)  # type: ignore[arg-type]
            changes["authors"] = authors
            if credits:
                changes["credits"] = tuple(dict.fromkeys((*draft.credits, *credits)))
        elif name == "published":
            changes.update(published=read, published_raw=raw)
        elif name != "title" or title is not None:
            changes[name] = read
    return log.apply(draft, **changes)
