from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# `pytest --hypothesis-profile=thorough` runs the property tests far longer than the default,
# on new random inputs each run (as `bench/fuzz.py` does); the default profile tries the same
# inputs every run, so that a red test suite means a change broke something, not a new draw.
settings.register_profile("default", max_examples=150, deadline=None, derandomize=True,
                          database=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=20_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.json and *.clean.txt from the current output",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def corpus_pages(kind: str) -> list[Path]:
    """The shared corpus pages of one kind ('dev' or 'clean'); empty when the corpus is absent."""
    folder = CORPUS / kind
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def corpus_param(kind: str, pattern: str = "*") -> list:
    """Parametrize over corpus pages; a single skipped case with the reason when absent."""
    pages = [p for p in corpus_pages(kind) if p.match(pattern + ".json")]
    if not pages:
        return [pytest.param(None, marks=pytest.mark.skip(
            reason=f"../shared/corpus/{kind}/ is not beside the clone"))]
    return [pytest.param(p, id=p.stem[:60]) for p in pages]
