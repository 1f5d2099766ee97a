"""The layout marks and media labels in the variants other pages write (fixtures invented here)."""

from __future__ import annotations

import pytest

from cleaner import clean, labels
from cleaner.lexicon.layout import BULLETS, WIDGET_GLYPHS, strip_bullet, strip_widget_glyph

BODY = "The river burst its banks overnight, officials said on Monday, and boats came.\n"


@pytest.mark.parametrize("mark", BULLETS, ids=lambda mark: mark.why)
def test_every_bullet_row_is_stripped_from_its_example(mark) -> None:
    assert strip_bullet(mark.example)[0] == mark.glyph


@pytest.mark.parametrize("mark", WIDGET_GLYPHS, ids=lambda mark: mark.why + mark.glyph)
def test_every_widget_glyph_row_is_stripped_from_its_example(mark) -> None:
    assert strip_widget_glyph(mark.example)[0] == mark.glyph


@pytest.mark.parametrize(("title", "label"), [
    ("Foto: Floods cut off northern towns", "photo"),
    ("FOTOS: Floods cut off northern towns", "photo"),
    ("VÍDEO: Floods cut off northern towns", "video"),
    ("Floods cut off northern towns (Slideshow)", "photo"),
])
def test_media_labels_in_other_spellings(title: str, label: str) -> None:
    doc = clean(f"{title}\n\n{BODY}")
    assert doc.label == label
    assert doc.title == "Floods cut off northern towns"
    assert labels.canonical(label) == label
