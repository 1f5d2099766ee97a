"""Marks of page layout that are not words: list bullets and the glyphs of page widgets.

>>> strip_bullet("• Net income rose")
('•', 'Net income rose')
>>> strip_bullet("n Irregularities in allotment alleged")
('n', 'Irregularities in allotment alleged')
>>> strip_bullet("No bullet here")
(None, 'No bullet here')
"""

from __future__ import annotations

from dataclasses import dataclass

import regex


@dataclass(frozen=True, slots=True)
class Mark:
    """A glyph a page puts before a line; `why` says what it is."""

    glyph: str
    why: str
    example: str


# Bullets before a dek or a list item. The letters are symbol-font bullets rendered in a text
# font: Wingdings' ■ is the letter "n", its ● the letter "l".
BULLETS: tuple[Mark, ...] = (
    Mark("•", "bullet", "• Net income for the delivery giant was $660 million"),
    Mark("·", "middle dot", "· Net income for the delivery giant was $660 million"),
    Mark("▪", "small square", "▪ Net income for the delivery giant was $660 million"),
    Mark("■", "square", "■ Net income for the delivery giant was $660 million"),
    Mark("►", "pointer", "► Net income for the delivery giant was $660 million"),
    Mark("▶", "pointer", "▶ Net income for the delivery giant was $660 million"),
    Mark("➤", "arrow", "➤ Net income for the delivery giant was $660 million"),
    Mark("●", "black circle", "● Net income for the delivery giant was $660 million"),
    Mark("◆", "diamond", "◆ Net income for the delivery giant was $660 million"),
    Mark("♦", "diamond", "♦ Net income for the delivery giant was $660 million"),
    Mark("◦", "white bullet", "◦ Net income for the delivery giant was $660 million"),
    Mark("‣", "triangular bullet", "‣ Net income for the delivery giant was $660 million"),
    Mark("-", "hyphen bullet", "- Net income for the delivery giant was $660 million"),
    Mark("–", "dash bullet", "– Net income for the delivery giant was $660 million"),
    Mark("*", "asterisk bullet", "* Net income for the delivery giant was $660 million"),
    Mark("n", "Wingdings square shown as the letter n",
         "n Irregularities in allotment of 15 booths alleged"),
    Mark("l", "Wingdings bullet shown as the letter l",
         "l Irregularities in allotment of 15 booths alleged"),
)
# Glyphs of page widgets glued to a headline: a close button, a menu or share icon.
WIDGET_GLYPHS: tuple[Mark, ...] = (
    Mark("×", "close button", "× Warehouse goes up in flames in North Memphis"),
    Mark("✕", "close button", "✕ Warehouse goes up in flames in North Memphis"),
    Mark("☰", "menu button", "☰ Warehouse goes up in flames in North Memphis"),
    Mark("≡", "menu button", "≡ Warehouse goes up in flames in North Memphis"),
    Mark("✖", "close button", "✖ Warehouse goes up in flames in North Memphis"),
    Mark("⨯", "close button", "⨯ Warehouse goes up in flames in North Memphis"),
)

_SYMBOL_BULLETS = "".join(regex.escape(m.glyph) for m in BULLETS if not m.glyph.isalpha())
_LETTER_BULLETS = "".join(m.glyph for m in BULLETS if m.glyph.isalpha())
# A symbol bullet before any text (a run of them at once, "• • Spanish": one a clean, the next
# would find another); a letter bullet only before a capitalised word (a real word "n" or "l"
# never stands alone before one).
_BULLET = regex.compile(
    rf"^(?P<mark>[{_SYMBOL_BULLETS}](?:\s*+[{_SYMBOL_BULLETS}])*+"
    rf"|[{_LETTER_BULLETS}](?=\s+\p{{Lu}}))\s+(?=\S)"
)
_WIDGET = regex.compile(
    "^(?P<mark>[" + "".join(regex.escape(m.glyph) for m in WIDGET_GLYPHS) + r"])\s*(?=\S)"
)


# The characters a bullet or a glyph can be: most lines start with none (one test, no regex).
_BULLET_GLYPHS = frozenset(m.glyph for m in BULLETS)
_WIDGET_GLYPHS = frozenset(m.glyph for m in WIDGET_GLYPHS)


def strip_bullet(line: str) -> tuple[str | None, str]:
    """(the bullet, the line without it), or (None, the line) when it has none."""
    if line[:1] not in _BULLET_GLYPHS:
        return None, line
    match = _BULLET.match(line)
    if match is None:
        return None, line
    return match.group("mark"), line[match.end() :]


def strip_widget_glyph(line: str) -> tuple[str | None, str]:
    """(the widget glyph, the line without it), or (None, the line).

    >>> strip_widget_glyph("× Warehouse goes up in flames")
    ('×', 'Warehouse goes up in flames')
    """
    if line[:1] not in _WIDGET_GLYPHS:
        return None, line
    match = _WIDGET.match(line)
    if match is None:
        return None, line
    return match.group("mark"), line[match.end() :]
