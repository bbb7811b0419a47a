# Articles written for the tests in the corpus's web-copy shape, scored against their gold answers.
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, TESTS

ARTICLES = sorted((TESTS / "fixtures" / "web").glob("*.txt"))


def scaffold_bench():
    """bench/scaffold_score.py as a module (bench is not a package)."""
    path = ROOT / "bench" / "scaffold_score.py"
    spec = importlib.util.spec_from_file_location("scaffold_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_every_gold_answer_is_drafted(article: Path) -> None:
    scores, note = scaffold_bench()._gold_scores(article)
    assert note is None  # the date line gave the publication date
    rows = {row.category: row for row in scores}
    for category in ("quotes with speaker", "people", "dates", "figures"):
        assert rows[category].recall == 1.0, (category, rows[category].misses)
    assert rows["people"].precision == 1.0, rows["people"].extras
