"""Quote repair and extraction: the seed, negative controls, break-and-repair, invariants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import corpus_param
from hypothesis import given, settings
from hypothesis import strategies as st
from quotecases import CORRECT, WELL_EDITED, break_quote

from cleaner import Options, clean
from cleaner.cli import main
from cleaner.pipeline import run, select_passes

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "alalam-1781312.txt"


def test_seed_quotes_have_speakers_and_pronouns_resolve():
    doc = clean(SAMPLE.read_text(encoding="utf-8"))
    assert doc.quotes[0].paragraph == 0 and doc.quotes[0].speaker == "Lavrov"
    assert doc.quotes[0].text == "We’ll Fight ISIS until Its Complete Annihilation"
    assert all(q.speaker for q in doc.quotes)
    stressed = [q for q in doc.quotes if q.cue == "stressed"]
    assert [q.speaker for q in stressed] == ["Lavrov", "Lavrov"]  # "he stressed" resolved
    said = [q for q in doc.quotes if q.cue == "said"]
    assert said and all(q.speaker == "Lavrov" for q in said)
    described = {q.speaker for q in doc.quotes} - {"Lavrov"}
    assert described == {"the Russian foreign minister", "the Russia's top diplomat",
                         "The foreign minister"}
    assert json.loads(json.dumps([q.to_dict() for q in doc.quotes]))[1]["cue"] == "told"


def test_scare_quote_is_not_listed_and_run_on_quote_takes_the_next_attribution():
    doc = clean('Prices rose.\n\nThe "reform" failed.\n\n“The first stage is done.\n\n'
                "“The second follows,” she said.\n")
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("The first stage is done.", "she"), ("The second follows", "she")]


@pytest.mark.parametrize("page", corpus_param("clean"))
def test_clean_pages_untouched_and_every_broken_quote_restored(page):
    excerpt = json.loads(page.read_text(encoding="utf-8"))["excerpt"]
    # The page's paragraphs as the cleaner reads them (the header and its chrome left out).
    for paragraph in (p.strip() for p in clean(excerpt).body):
        assert clean(paragraph).body == (paragraph,)
        for match in CORRECT.finditer(paragraph):
            broken = break_quote(paragraph, match)
            assert clean(broken).body == (paragraph,), broken


@pytest.mark.parametrize("paragraph", WELL_EDITED)
def test_well_edited_text_untouched_and_restored_after_breaking(paragraph):
    assert clean(paragraph).body == (paragraph,)
    matches = list(CORRECT.finditer(paragraph))
    assert matches
    for match in matches:
        assert clean(break_quote(paragraph, match)).body == (paragraph,)


_fragment = st.sampled_from([
    "We will fight", "It is over", "The talks failed", "Prices rose", "won’t", "Russia's",
    "he said", "Lavrov stressed", "said Lavrov", "the minister added", "told reporters", "and",
    "the so-called", "“plan”", '"', "“", "”", ",", ".", "?", "’90s", "Al-Qaeda", "on Monday",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_fragment, min_size=1, max_size=14))
def test_repair_moves_only_a_closing_mark(fragments):
    paragraph = " ".join(fragments)
    passes = select_passes(only=("normalize_whitespace", "fix_quote_attribution"))
    body = run(paragraph, options=Options(), passes=passes).body
    after = " ".join(body)

    def strip_marks(text: str) -> str:
        return " ".join(text.replace('"', " ").replace("”", " ").replace("“", " ").split())

    assert strip_marks(after).replace(" ,", ",").replace(" .", ".") == \
        strip_marks(paragraph).replace(" ,", ",").replace(" .", ".")


@pytest.mark.parametrize(("style", "before", "after"), [
    ("curly", '"It\'s the \'90s," he said.', "“It’s the ’90s,” he said."),
    ("curly", "He said 'no' to Russia's plan.", "He said ‘no’ to Russia’s plan."),
    ("straight", "“It’s over,” he said of the ‘plan’.", "\"It's over,\" he said of the 'plan'."),
    ("keep", "“It's over,\" he said.", "“It's over,\" he said."),
])
def test_quote_styles_never_turn_apostrophes_into_opening_marks(style, before, after):
    doc = clean(before, options=Options(quotes=style))
    assert doc.body == (after,)


def test_quotes_flag_on_the_cli():
    result = CliRunner().invoke(main, ["clean", str(SAMPLE), "--quotes", "straight"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    assert "“" not in result.stdout and "’" not in result.stdout
    assert '"The main thing' in result.stdout
