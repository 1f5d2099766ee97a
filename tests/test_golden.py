"""Golden files: tests/golden/NAME.txt beside NAME.json (the JSON output) and NAME.clean.txt."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from cleaner import clean_bytes
from cleaner.render import render_json

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p for p in GOLDEN.rglob("*.txt") if not p.name.endswith(".clean.txt"))
IDS = [str(p.relative_to(GOLDEN).with_suffix("")) for p in CASES]


def _diff(expected: str, actual: str, name: str) -> str:
    return "".join(difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile=f"{name} (golden)", tofile=f"{name} (now)"))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_golden(case: Path, update_golden: bool) -> None:
    doc = clean_bytes(case.read_bytes(), source=case.name)
    actual_json = render_json(doc) + "\n"
    actual_text = doc.to_text()
    json_path = case.with_suffix(".json")
    text_path = case.with_suffix(".clean.txt")
    if update_golden or not json_path.exists():
        json_path.write_text(actual_json, encoding="utf-8")
        text_path.write_text(actual_text, encoding="utf-8")
    expected_json = json_path.read_text(encoding="utf-8")
    expected_text = text_path.read_text(encoding="utf-8")
    assert actual_text == expected_text, _diff(expected_text, actual_text, text_path.name)
    assert json.loads(actual_json) == json.loads(expected_json), _diff(
        expected_json, actual_json, json_path.name)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_golden_is_idempotent(case: Path) -> None:
    once = clean_bytes(case.read_bytes()).to_text()
    twice = clean_bytes(once.encode()).to_text()
    assert twice == once, _diff(once, twice, case.name)
