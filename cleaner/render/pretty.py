"""The `cleaner inspect` view, built with rich. Imported only by `inspect`: plain runs never pay.

`render_document(doc)` returns one renderable; the command prints it once, and tests render it
into a recording Console of a fixed width. Every piece of the page reaches rich as a `Text` made
`visible` (control characters and escape sequences shown as ``cat -v`` shows them), never as
markup, so a page cannot move the cursor, retitle the window or restyle the view.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from cleaner.document import Document
from cleaner.render import render_diff, visible

_MAX_CELL = 60  # characters shown of a long value in a table cell
_MAX_ROWS = 50  # records shown of a long embedded list
_CHANGED = "bold black on yellow"


def _short(value: object, limit: int = _MAX_CELL) -> str:
    text = value if isinstance(value, str) else repr(value)
    text = " ".join(visible(text.replace("\r", "␍").replace("\n", "⏎")).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _page(value: object, style: str = "") -> Text:
    """Text from the page (or a file name) for rich: visible, and never read as markup."""
    return Text(visible(value if isinstance(value, str) else str(value)), style=style)


def _header(doc: Document) -> Panel:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column(overflow="fold")
    published = doc.published or "—"
    if doc.published_raw and doc.published_raw != doc.published:
        published += f"  (raw: {doc.published_raw})"
    rows = [
        ("title", doc.title or "—"), ("subtitle", doc.subtitle or "—"),
        ("label", doc.label or "—"), ("authors", ", ".join(doc.authors) or "—"),
        ("credits", ", ".join(doc.credits) or "—"), ("published", published),
        ("source", doc.source or "<stdin>"),
        ("size", f"{len(doc.original):,} → {len(doc.to_text()):,} characters, "
                 f"{len(doc.body)} paragraphs"),
        ("changes", f"{len(doc.fixes)} fixes, {len(doc.warnings)} warnings, "
                    f"{len(doc.embedded)} embedded, {len(doc.quotes)} quotes"),
    ]
    for name, value in rows:
        grid.add_row(name, _page(value))
    return Panel(grid, title="[b]cleaner inspect[/b]", title_align="left", box=box.ROUNDED)


def _body(doc: Document) -> Panel:
    """The clean paragraphs, with what the passes wrote into them highlighted."""
    inserted = sorted({fix.after.strip() for fix in doc.fixes if len(fix.after.strip()) > 1},
                      key=len, reverse=True)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    for number, paragraph in enumerate(doc.body, start=1):
        text = _page(paragraph)
        for piece in inserted:
            if piece in paragraph and piece != paragraph:
                text.highlight_words([visible(piece)], style=_CHANGED)
        grid.add_row(str(number), text)
    legend = Text("highlighted: text a pass wrote", style=_CHANGED)
    return Panel(grid if doc.body else Text("(no body)", style="dim"),
                 title="body", title_align="left", subtitle=legend, subtitle_align="right")


def _fixes(doc: Document) -> RenderableType:
    if not doc.fixes:
        return Text("no fixes", style="dim")
    grouped: dict[str, list[Any]] = defaultdict(list)
    for fix in doc.fixes:
        grouped[fix.pass_name].append(fix)
    table = Table(title="fixes by pass", title_justify="left", box=box.SIMPLE_HEAD,
                  expand=True, show_lines=False)
    table.add_column("pass", style="cyan", no_wrap=True)
    table.add_column("line", justify="right", style="dim", no_wrap=True)
    table.add_column("what", ratio=2)
    table.add_column("before → after", ratio=4, overflow="fold")
    for pass_name, fixes in grouped.items():
        for index, fix in enumerate(fixes):
            change = Text.assemble((_short(fix.before) or "∅", "red"), " → ",
                                   (_short(fix.after) or "∅", "green"))
            table.add_row(pass_name if index == 0 else "", str(fix.line or ""),
                          _page(fix.message), change)
    return table


def _warnings(doc: Document) -> RenderableType:
    if not doc.warnings:
        return Text("no warnings", style="dim")
    return Panel(Group(*(_page(f"• {warning}") for warning in doc.warnings)),
                 title="warnings", title_align="left", border_style="yellow")


def _embedded(value: object, number: int) -> RenderableType:
    title = f"embedded #{number}"
    if isinstance(value, list) and value and all(isinstance(row, dict) for row in value):
        keys: list[str] = []
        for row in value:
            keys.extend(key for key in row if key not in keys)
        table = Table(title=f"{title}: {len(value)} records", title_justify="left",
                      box=box.SIMPLE_HEAD, expand=True)
        for key in keys:
            # Short values (ids, counts) keep their full width; long ones share the rest.
            longest = max(len(_short(row.get(key, ""))) for row in value[:_MAX_ROWS])
            if longest <= 12:
                table.add_column(_page(key), overflow="ellipsis", no_wrap=True,
                                 min_width=longest)
            else:
                table.add_column(_page(key), overflow="ellipsis", no_wrap=True,
                                 ratio=3 if longest > 40 else 1)
        for row in value[:_MAX_ROWS]:
            table.add_row(*(Text(_short(row.get(key, ""))) for key in keys))
        if len(value) > _MAX_ROWS:
            table.caption = f"… {len(value) - _MAX_ROWS} more"
        return table
    tree = Tree(f"[b]{title}[/b]")
    _grow(tree, value, depth=0)
    return tree


def _grow(tree: Tree, value: object, depth: int) -> None:
    if depth > 12:
        tree.add("…")
        return
    if isinstance(value, dict):
        for key, item in list(value.items())[:_MAX_ROWS]:
            if isinstance(item, dict | list):
                _grow(tree.add(_page(key, "cyan")), item, depth + 1)
            else:
                tree.add(Text.assemble(_page(key, "cyan"), ": ", _short(item)))
    elif isinstance(value, list):
        for index, item in enumerate(value[:_MAX_ROWS]):
            if isinstance(item, dict | list):
                _grow(tree.add(f"[dim]{index}[/dim]"), item, depth + 1)
            else:
                tree.add(Text.assemble((str(index), "dim"), " ", _short(item)))
    else:
        tree.add(Text(_short(value)))


def _quotes(doc: Document) -> RenderableType:
    if not doc.quotes:
        return Text("no quotes", style="dim")
    table = Table(title="quotes", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("¶", justify="right", style="dim", no_wrap=True)
    table.add_column("speaker", style="magenta", ratio=1)
    table.add_column("cue", style="cyan", no_wrap=True)
    table.add_column("quote", ratio=3, overflow="fold")
    for quote in doc.quotes:
        table.add_row(str(quote.paragraph), _page(quote.speaker or "—"), _page(quote.cue or "—"),
                      Text(_short(quote.text, 160)))
    return table


def render_document(doc: Document) -> RenderableType:
    """Everything about one cleaned page, top to bottom, as one renderable."""
    parts: list[RenderableType] = [_header(doc), _body(doc), _fixes(doc), _warnings(doc)]
    for number, value in enumerate(doc.embedded, start=1):
        parts.append(_embedded(value, number))
    parts.append(_quotes(doc))
    return Group(*parts)


def render_diff_pretty(doc: Document, name: str) -> RenderableType:
    """A coloured unified diff of the original page against the clean text."""
    diff = render_diff(doc, name)
    if not diff:
        return Text("unchanged", style="green")
    return Group(Rule(_page(f"diff: {name}")), Syntax(visible(diff), "diff", theme="ansi_dark",
                                                word_wrap=True, background_color="default"))
