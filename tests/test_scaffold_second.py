# A second explainer, from plain text to a strict site build, with no code change.
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generators.cli import main
from generators.loader import load_explainer
from generators.model import Explainer
from tests.conftest import ROOT, TESTS

SECOND = TESTS / "fixtures" / "second"
ARTICLE = SECOND / "article.txt"
EXPECTED = yaml.safe_load((SECOND / "expected.yml").read_text(encoding="utf-8"))
PUBLISHED = str(EXPECTED["published"])


@pytest.fixture(scope="module")
def draft_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scaffold's draft of the second article: `explainer scaffold` as an editor runs it."""
    out = tmp_path_factory.mktemp("second") / "data"
    assert main(["scaffold", str(ARTICLE), "--out", str(out), "--published", PUBLISHED]) == 0
    return out


@pytest.fixture(scope="module")
def draft(draft_dir: Path) -> Explainer:
    return load_explainer(draft_dir)


def test_the_draft_checks(draft_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--data", str(draft_dir)]) == 0
    assert "OK (10 people" in capsys.readouterr().out


def test_every_quote_is_verbatim_in_the_numbered_source(draft_dir: Path, capsys) -> None:
    source = draft_dir / "source.txt"
    assert main(["verify", "--data", str(draft_dir), str(source)]) == 0
    assert "all 11 quotes found verbatim" in capsys.readouterr().out
    assert "P15: The council will hold a public hearing" in source.read_text(encoding="utf-8")


def test_the_draft_builds(draft_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "pages"
    assert main(["build", "--data", str(draft_dir), "--out", str(out)]) == 0
    assert (out / "people" / "okafor.md").is_file() and (out / "timeline.md").is_file()


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
    page = (tmp_path / "quotes" / "index.html").read_text(encoding="utf-8")
    assert "The rest will be new, but you will have to look hard to tell." in page


def test_article_metadata(draft: Explainer) -> None:
    article = draft.article
    assert article.headline == EXPECTED["headline"]
    assert article.published.isoformat() == PUBLISHED
    assert article.dateline == EXPECTED["dateline"]
    assert article.paragraphs == EXPECTED["paragraphs"]
    names = {p.id: p.name for p in draft.people}
    assert [names[a] for a in article.authors] == EXPECTED["authors"]
    assert [names[c] for c in article.contributors] == EXPECTED["contributors"]
    assert article.summary.startswith("TODO (review):")


def test_people_their_short_names_and_roles(draft: Explainer) -> None:
    people = {p.name: p for p in draft.people}
    for name, fields in EXPECTED["people"].items():
        assert name in people, name
        for field, value in fields.items():
            assert getattr(people[name], field) == value, (name, field)


def test_quotes_and_speakers(draft: Explainer) -> None:
    names = {p.id: p.name for p in draft.people}
    found = [
        {"text": q.text, "speaker": names[q.speaker]} | ({"continues": True} if q.continues else {})
        for q in draft.quotes
    ]
    assert found == EXPECTED["quotes"]


def test_dates_resolved_against_publication(draft: Explainer) -> None:
    found = {e.date: [e.date_basis, e.status] for e in draft.events}
    assert found == {str(date): value for date, value in EXPECTED["events"].items()}
    assert all(e.date_note for e in draft.events if e.date_basis == "inferred")


def test_figures(draft: Explainer) -> None:
    found = {(f.value, f.unit, f.approximate) for f in draft.figures}
    for value, unit, approximate in EXPECTED["figures"]:
        assert (value, unit, approximate) in found


def test_uncertain_records_are_marked_for_review(draft_dir: Path) -> None:
    quotes = (draft_dir / "quotes.yml").read_text(encoding="utf-8")
    assert "# REVIEW: 'he' read as Peter Lindqvist, the last person in focus\n- id:" in quotes
    figures = (draft_dir / "figures.yml").read_text(encoding="utf-8")
    assert "# REVIEW: `$` or `dollars` read as US dollars: check the currency" in figures
