"""Metamorphic checks on the labelled sites pages: does a reading survive a change that a
careful editor would not notice?

Each transform below rewrites a page in a way that leaves its labels true (line endings, blank
lines, indentation, HTML entities, hard wraps, a chrome line between paragraphs, a byline
or a date line in another common form, an update stamp, the page cut short below the lead,
...). For every page and transform,
the checks that the untouched page passes (title, authors, published, first paragraph, the
inserted chrome gone) must still pass on the rewritten page; each one that no longer does is
printed. A rule that only fits the strings of one page tends to break here, which is the point:
the cleaner is judged on pages nobody here has seen.

    python bench/metamorphic.py [--verbose] [--transform NAME]

Reads ../shared/corpus/sites/ (not copied into the project); prints a table of regressions
per transform and exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from cleaner import clean

ROOT = Path(__file__).resolve().parents[1]
SITES = ROOT.parent / "shared" / "corpus" / "sites"
_CHROME_LINE = "Advertisement"


def _ws(text: str | None) -> str:
    return " ".join((text or "").split())


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _trailing_spaces(text: str) -> str:
    return "\n".join(line + "  " if line.strip() else line for line in text.split("\n"))


def _more_blank_lines(text: str) -> str:
    return re.sub(r"\n\n+", "\n\n\n", text)


def _indented(text: str) -> str:
    return "\n".join("   " + line if line.strip() else line for line in text.split("\n"))


def _entities(text: str) -> str:
    return (text.replace("&", "&amp;").replace("’", "&rsquo;").replace("‘", "&lsquo;")
            .replace("“", "&ldquo;").replace("”", "&rdquo;").replace("—", "&#8212;"))


def _tagged(text: str) -> str:
    """Body paragraphs in ``<p>`` tags, a ``<br>`` after the headline's line (a scraper that
    kept the markup)."""
    lines = text.split("\n")
    out = [f"<p>{line}</p>" if len(line) > 100 else line for line in lines]
    first = next((i for i, line in enumerate(out) if line.strip()), None)
    if first is not None and not out[first].startswith("<p>"):
        out[first] += "<br>"
    return "\n".join(out)


def _nbsp_after_by(text: str) -> str:
    return re.sub(r"(?m)^(\s*)By ", "\\1By\u00a0", text)


def _caps_by(text: str) -> str:
    return re.sub(r"(?m)^(\s*)By ", "\\1BY ", text)


def _wrapped(text: str) -> str:
    """Long lines (body paragraphs: no header line is this long) wrapped at 72 columns, a blank
    line around each (as text files write them: wrapped lines with no blank line between
    paragraphs do not say where a paragraph ends)."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) > 160 and not line.startswith(" "):
            if out and out[-1].strip():
                out.append("")
            out.extend(textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False))
            out.append("")
        else:
            out.append(line)
    return "\n".join(out)


def _first_para_line(text: str, expect: dict) -> int | None:
    start = expect.get("first_para")
    if not start:
        return None
    lines = text.split("\n")
    key = _ws(start)[:30]
    return next((i for i, line in enumerate(lines) if key and key in _ws(line)), None)


def _chrome_below_lead(text: str, expect: dict) -> str:
    """An advertisement slot right under the lead paragraph."""
    at = _first_para_line(text, expect)
    if at is None:
        return text
    lines = text.split("\n")
    # (after the lead's last line, when the page is hard-wrapped: the line ending a sentence)
    while at + 1 < len(lines) and lines[at + 1].strip() \
            and not lines[at].rstrip().endswith((".", "!", "?", "\"", "”")):
        at += 1
    # (set off as the page sets off its paragraphs: a blank line where it has one)
    spaced = at + 1 < len(lines) and not lines[at + 1].strip()
    return "\n".join([*lines[: at + 1], *([""] if spaced else []), _CHROME_LINE,
                      *lines[at + 1 :]])


def _cut_below_lead(text: str, expect: dict) -> str:
    """The page cut after the paragraph under the lead (a crawler's cap)."""
    at = _first_para_line(text, expect)
    if at is None:
        return text
    lines = text.split("\n")
    title = _ws(expect.get("title"))[-20:]
    if title and not any(title in _ws(line) for line in lines[:at]):
        return text  # the headline stands at the bottom only: cut, the page has none
    below = next((i for i in range(at + 1, len(lines)) if lines[i].strip()), None)
    return "\n".join(lines[: (below if below is not None else at) + 1])


def _above(lines: str) -> Callable[[str, dict], str]:
    """Site chrome set above the page (a crawler's prefix stays first)."""
    def transform(text: str, _: dict) -> str:
        prefix = re.match(r" date \d{4}-\d{2}-\d{2} ?", text)
        cut = prefix.end() if prefix else 0
        return f"{text[:cut]}{lines}\n\n{text[cut:]}" if prefix is None else \
            f"{text[:cut].rstrip()}\n{lines}\n\n{text[cut:]}"
    return transform


_DATE_FORMATS = ("%B %d, %Y", "%d %B %Y", "%a %b %d, %Y", "%b. %d, %Y", "%Y-%m-%d",
                 "Published: %B %d, %Y")
_TIME_FORMATS = ("%B %d, %Y %I:%M %p", "%d %B %Y, %H:%M", "%a, %d %b %Y %H:%M",
                 "Posted on %B %d, %Y at %I:%M %p")


def _redated(index: int) -> Callable[[str, dict], str]:
    """The date line written in another common form (the same day, and time when shown)."""
    def transform(text: str, expect: dict) -> str:
        published = expect.get("published")
        document = clean(text)
        raw = document.published_raw
        if not published or not raw or len(raw) > 60 or raw not in text \
                or text.count(raw) > 1 or raw.startswith("date ") or any(
                    name.casefold() in raw.casefold()
                    for name in (*expect.get("authors", []), *expect.get("credits", []))):
            return text  # (a byline on the date line would go with it)
        moment = dt.datetime.fromisoformat(published[:16])
        timed = len(published) > 10 and "T" in published and "+" not in published[10:] \
            and "-" not in published[10:]
        if len(published) > 10 and not timed:
            return text  # an offset: the new form would have to write the zone
        form = (_TIME_FORMATS if timed else _DATE_FORMATS)[index % 4 if timed else index]
        return text.replace(raw, moment.strftime(form))
    return transform


_BYLINE_FORMS = ("By: {names}", "Written by {names}", "Posted by {names}", "{names}, Staff Writer",
                 "By {names} | Example Daily", "BY {upper}")


def _rebylined(index: int) -> Callable[[str, dict], str]:
    """The page's ``By A`` / ``By A and B`` line written in another common byline form."""
    def transform(text: str, expect: dict) -> str:
        authors = expect.get("authors") or []
        if not authors or len(authors) > 2:
            return text
        names = " and ".join(authors)
        found = re.search(rf"(?m)^[ \t]*By {re.escape(names)}[ \t]*$", text)
        if found is None:
            return text
        line = _BYLINE_FORMS[index].format(names=names, upper=names.upper())
        if "{upper}" in _BYLINE_FORMS[index] and names.upper() != names:
            return text  # (the names would be compared in capitals)
        return text[: found.start()] + line + text[found.end():]
    return transform


def _update_stamp(text: str, expect: dict) -> str:
    """An update stamp after the date line ("… | Updated: <a later day>")."""
    published = expect.get("published")
    document = clean(text)
    raw = document.published_raw
    if not published or not raw or raw not in text or text.count(raw) > 1 \
            or raw.startswith("date ") or "updated" in raw.lower():
        return text
    later = dt.date.fromisoformat(published[:10]) + dt.timedelta(days=2)
    return text.replace(raw, f"{raw} | Updated: {later.strftime('%B %d, %Y')}")


TRANSFORMS: dict[str, Callable[[str, dict], str]] = {
    "crlf": lambda text, _: _crlf(text),
    "trailing spaces": lambda text, _: _trailing_spaces(text),
    "more blank lines": lambda text, _: _more_blank_lines(text),
    "indented": lambda text, _: _indented(text),
    "html entities": lambda text, _: _entities(text),
    "html tags": lambda text, _: _tagged(text),
    "nbsp after By": lambda text, _: _nbsp_after_by(text),
    "BY in capitals": lambda text, _: _caps_by(text),
    "hard-wrapped body": lambda text, _: _wrapped(text),
    "ad under the lead": _chrome_below_lead,
    "cut below the lead": _cut_below_lead,
    "site name above": _above("Example Daily News"),
    "menu above": _above("Home | World | Business | Sport | Opinion"),
    **{f"date form {i + 1}": _redated(i) for i in range(len(_DATE_FORMATS))},
    "update stamp after date": _update_stamp,
    **{f"byline form {i + 1}": _rebylined(i) for i in range(len(_BYLINE_FORMS))},
}


def _after_title(lines_to_add: tuple[str, ...]) -> Callable[[str, dict], str]:
    """Lines set right under the headline's line (a caption, a dek-like promo)."""
    def transform(text: str, expect: dict) -> str:
        title = _ws(expect.get("title"))
        lines = text.split("\n")
        at = next((i for i, line in enumerate(lines) if title and _ws(line) == title), None)
        if at is None:
            return text
        return "\n".join([*lines[: at + 1], *lines_to_add, *lines[at + 1 :]])
    return transform


def _at_end(lines_to_add: tuple[str, ...]) -> Callable[[str, dict], str]:
    """A block of chrome after the last line (related links, a comment form)."""
    def transform(text: str, _: dict) -> str:
        return text.rstrip("\n") + "\n\n" + "\n".join(lines_to_add) + "\n"
    return transform


def _title_in_capitals(text: str, expect: dict) -> str:
    title = expect.get("title")
    if not title or text.count(title) != 1 or title.upper() == title:
        return text
    return text.replace(title, title.upper())


_CAPTION = ("Photo: Jane Doe/Reuters",)
_RELATED = ("Related Stories", "Council approves the new river crossing",
            "Floods close the coast road again")
_COMMENTS = ("Leave a Reply", "Your email address will not be published.",
             "Jane Roe on March 5, 2024 at 3:03 pm", "Great article, thanks.")
# The chrome lines each transform sets into the page: none may stand in the body after.
INSERTED: dict[str, tuple[str, ...]] = {
    "ad under the lead": (_CHROME_LINE,),
    "share row under title": ("Share on Facebook",),
    "caption under title": _CAPTION,
    "related links at end": _RELATED,
    "comment thread at end": _COMMENTS,
}
def _byline_above_title(text: str, expect: dict) -> str:
    """The ``By A`` line moved above the headline (some themes print it first)."""
    authors = expect.get("authors") or []
    title = _ws(expect.get("title"))
    if len(authors) != 1 or not title:
        return text
    lines = text.split("\n")
    by = next((i for i, line in enumerate(lines) if _ws(line) == f"By {authors[0]}"), None)
    at = next((i for i, line in enumerate(lines) if _ws(line) == title), None)
    if by is None or at is None or by < at:
        return text
    moved = lines.pop(by)
    lines[at:at] = [moved, ""]
    return "\n".join(lines)


TRANSFORMS.update({
    "byline above title": _byline_above_title,
    "share row under title": _after_title(("Share on Facebook",)),
    "dek under title": _after_title(("Engineers found cracks in two of the old piers",)),
    "caption under title": _after_title(_CAPTION),
    "related links at end": _at_end(_RELATED),
    "comment thread at end": _at_end(_COMMENTS),
    "title in capitals": _title_in_capitals,
})


def checks(document: dict, expect: dict, chrome: tuple[str, ...] = (),
           upper: bool = False) -> dict[str, bool]:
    paragraphs = [_ws(p) for p in document.get("body") or [] if p.strip()]
    titles = [expect.get("title"), *expect.get("title_alt", [])]
    published = expect.get("published")
    got = document.get("published") or ""
    wanted = {_ws(t).upper() if upper else _ws(t) for t in titles if t}
    return {
        "title": (_ws(document.get("title")) in wanted)
        if expect.get("title") else not document.get("title"),
        "authors": list(document.get("authors") or []) == list(expect.get("authors") or []),
        "published": (got[:10] == published[:10]) if published else not got,
        "first paragraph": bool(paragraphs) and bool(expect.get("first_para")) and any(
            p.startswith(_ws(expect["first_para"])) for p in paragraphs[:3]),
        "inserted chrome gone": not any(_ws(line) in paragraphs for line in chrome),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--transform", choices=list(TRANSFORMS))
    args = parser.parse_args()
    pages = sorted(SITES.glob("*.json"))
    if not pages:
        print(f"no pages in {SITES} (../shared/corpus/ is not beside the clone)", file=sys.stderr)
        return 2
    names = [args.transform] if args.transform else list(TRANSFORMS)
    regressions: dict[str, list[str]] = {name: [] for name in names}
    tried = dict.fromkeys(names, 0)
    for path in pages:
        page = json.loads(path.read_text(encoding="utf-8"))
        text, expect = page["excerpt"], page["expect"]
        base = checks(clean(text).to_dict(), expect)
        for name in names:
            changed = TRANSFORMS[name](text, expect)
            if changed == text:
                continue
            after = checks(clean(changed).to_dict(), expect, INSERTED.get(name, ()),
                           upper=name == "title in capitals")
            for check, passed in base.items():
                if check == "inserted chrome gone" and name not in INSERTED:
                    continue
                tried[name] += passed
                if passed and not after[check]:
                    regressions[name].append(f"{path.stem}: {check}")
    total = 0
    for name in names:
        lost = regressions[name]
        total += len(lost)
        print(f"{name:22s} {len(lost):3d} lost of {tried[name]:4d} checks passed untouched")
        if args.verbose:
            for line in lost:
                print(f"    {line}")
    print(f"metamorphic: {total} checks lost")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
