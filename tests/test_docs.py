"""Keep the docs from drifting: every pass documented, README commands and schema in step."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cleaner import clean
from cleaner.pipeline import PASSES

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("step", PASSES, ids=[p.__name__ for p in PASSES])
def test_every_pass_has_docs_and_is_in_the_readme(step):
    module = sys.modules[step.__module__]
    assert step.__doc__ and "Before:" in step.__doc__ and "After:" in step.__doc__
    assert module.__doc__ and ">>>" in module.__doc__
    assert module.__doc__.startswith(step.__name__ + ":")
    assert f"`{step.__name__}`" in README


def test_every_json_field_is_documented():
    for key in clean("Title\n\nBody.\n").to_dict():
        assert f"| `{key}` |" in README, f"JSON field {key!r} missing from the README table"


def test_readme_starts_with_exactly_two_setup_commands():
    block = README.split("```sh\n", 1)[1].split("```", 1)[0].strip().splitlines()
    assert len(block) == 2
    assert "cleaner clean samples/" in block[0] and "pytest" in block[1]
