"""The shared corpus (read from ../shared/corpus/, never copied): no residue, no crash."""

from __future__ import annotations

import json
import re

import pytest
from conftest import corpus_param

from cleaner import clean

RESIDUE = ("string(", "contenttypeid", '{"id":')


@pytest.mark.parametrize("page", corpus_param("dev", "alalam-*"))
def test_dev_alalam_pages_leave_no_dump_residue(page):
    excerpt = json.loads(page.read_text(encoding="utf-8"))["excerpt"]
    doc = clean(excerpt, source=page.name)
    body = "\n".join(doc.body)
    for residue in RESIDUE:
        assert residue not in body, f"{residue!r} left in the body of {page.name}"
    assert doc.published, f"no date found in {page.name}"
    if "string(" in excerpt:
        assert doc.embedded, f"dump of {page.name} not recovered"
        assert all(isinstance(value, list) and value for value in doc.embedded)
    again = clean(doc.to_text())
    assert again.to_text() == doc.to_text()


@pytest.mark.parametrize(
    "page", corpus_param("dev") + corpus_param("clean") + corpus_param("sites"))
def test_every_corpus_page_cleans_and_is_idempotent(page):
    excerpt = json.loads(page.read_text(encoding="utf-8"))["excerpt"]
    doc = clean(excerpt)
    assert clean(doc.to_text()).to_text() == doc.to_text()


@pytest.mark.parametrize("page", corpus_param("clean"))
def test_clean_pages_get_no_quote_repairs(page):
    excerpt = json.loads(page.read_text(encoding="utf-8"))["excerpt"]
    doc = clean(excerpt)
    assert [f for f in doc.fixes if f.pass_name == "fix_quote_attribution"] == []


# An independent count of complete related-article records, by shape, in the raw excerpt.
_RECORD = re.compile(r'\{"id":"\d+"(?:,"[a-z]+":"(?:[^"\\]|\\.|"(?![,}]))*")+\}')


@pytest.mark.parametrize("page", corpus_param("dev", "alalam-*"))
def test_every_complete_related_record_is_recovered(page):
    excerpt = json.loads(page.read_text(encoding="utf-8"))["excerpt"]
    expected = len(_RECORD.findall(excerpt[excerpt.find("string("):])) if "string(" in excerpt \
        else 0
    doc = clean(excerpt)
    got = sum(len(value) for value in doc.embedded if isinstance(value, list))
    assert got == expected
