# Real articles nobody here wrote (../shared/corpus): the scaffold's draft, end to end and scored.
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generators.cli import main
from generators.loader import load_explainer
from tests.conftest import ROOT
from tests.test_scaffold_web import scaffold_bench

CORPUS = ROOT.parent / "shared" / "corpus"
ARTICLES = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
# The article with the most quotes and the most kinds of speaker (people, outlets, documents).
END_TO_END = CORPUS / "14-uk-asylum-questionnaire.txt"
# Targets over the whole corpus (recall), and people's precision.
TARGETS = {"quotes with speaker": 0.95, "people": 0.95, "dates": 0.95, "figures": 0.90}

pytestmark = pytest.mark.skipif(not ARTICLES, reason="the corpus is not on this machine")


@pytest.fixture(scope="module")
def draft_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`explainer scaffold` on a web page's text, with no --published: the date line gives it."""
    out = tmp_path_factory.mktemp("corpus") / "data"
    assert main(["scaffold", str(END_TO_END), "--out", str(out)]) == 0
    return out


@pytest.mark.skipif(not END_TO_END.is_file(), reason="the article is not in the corpus")
def test_the_draft_checks_and_every_quote_is_verbatim(draft_dir: Path) -> None:
    assert main(["check", "--data", str(draft_dir)]) == 0
    assert main(["verify", "--data", str(draft_dir), str(draft_dir / "source.txt")]) == 0
    gold = json.loads(END_TO_END.with_suffix(".json").read_text(encoding="utf-8"))
    draft = load_explainer(draft_dir)
    assert str(draft.article.published) == gold["published"]
    named = [p.name for p in draft.people if p.named]
    assert not any(name.split()[0] in ("Prime", "Home", "Secretary") for name in named), named


@pytest.mark.skipif(not END_TO_END.is_file(), reason="the article is not in the corpus")
def test_uncertain_speakers_are_marked_for_review(draft_dir: Path) -> None:
    text = (draft_dir / "quotes.yml").read_text(encoding="utf-8")
    assert "# REVIEW: unnamed speaker" in text or "# REVIEW: an organisation" in text


@pytest.mark.skipif(not END_TO_END.is_file(), reason="the article is not in the corpus")
def test_strict_mkdocs_build_of_the_draft(draft_dir: Path, tmp_path: Path) -> None:
    env = os.environ | {"EXPLAINER_DATA": str(draft_dir), "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    assert (tmp_path / "quotes" / "index.html").is_file()


def test_the_corpus_scores_meet_the_targets() -> None:
    bench = scaffold_bench()
    per_article = []
    for article in ARTICLES:
        scores, _ = bench._gold_scores(article)
        per_article.append(scores)
    totals = {row.category: row for row in bench.summed(per_article)}
    for category, target in TARGETS.items():
        assert totals[category].recall >= target, (category, totals[category].recall)
    assert totals["people"].precision >= 0.95
