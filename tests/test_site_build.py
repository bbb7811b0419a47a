# A full strict MkDocs build: zero warnings, generated pages present, edit links on the data.
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, MINI, ROOT


def mkdocs_build(data_dir: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"EXPLAINER_DATA": str(data_dir), "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )


@pytest.fixture(scope="module")
def mini_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("mini-site")
    result = mkdocs_build(MINI, site)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return site


def test_strict_build_of_the_real_data(tmp_path: Path) -> None:
    result = mkdocs_build(DATA, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    assert (tmp_path / "people" / "putin" / "index.html").is_file()


def test_generated_pages_are_in_the_site(mini_site: Path) -> None:
    for page in ("index.html", "timeline/index.html", "people/ruiz/index.html", "about/index.html"):
        assert (mini_site / page).is_file(), page


def test_site_name_description_and_credit_come_from_the_data(mini_site: Path) -> None:
    home = (mini_site / "index.html").read_text()
    person = (mini_site / "people" / "ruiz" / "index.html").read_text()
    about = (mini_site / "about" / "index.html").read_text()
    assert "<title>Two river towns agree to share a ferry</title>" in home
    assert " - Two river towns agree to share a ferry</title>" in person
    assert "Putin" not in home + person + about
    assert "Built from data drawn from The Test Gazette, 11 March 2024." in home


def test_edit_links_point_at_the_data_file(mini_site: Path) -> None:
    person = (mini_site / "people" / "ruiz" / "index.html").read_text()
    assert (
        'href="https://github.com/newsroom-graphics/explainer/edit/main/tests/fixtures/mini/people.yml"'
        in person
    )
    about = (mini_site / "about" / "index.html").read_text()
    assert 'href="https://github.com/newsroom-graphics/explainer/edit/main/docs/about.md"' in about


def test_glossary_tooltips_and_citations_render(mini_site: Path) -> None:
    page = (mini_site / "topics" / "ferry" / "index.html").read_text()
    assert (
        '<abbr data-tip="A boat that carries people across water on a regular route." '
        'tabindex="0">ferry</abbr>' in page
    )
    citation = (
        'aria-label="¶ 1 (sources: article paragraph 1)" class="cite" href="../../sources/#p1"'
    )
    assert f"{citation}>¶ 1</a>" in page


def test_no_request_to_another_host(mini_site: Path) -> None:
    for html in mini_site.rglob("*.html"):
        text = html.read_text()
        for attribute in ("src=", "href="):
            for chunk in text.split(attribute)[1:]:
                url = chunk[1:].split(chunk[0], 1)[0]
                if url.startswith(("http://", "https://", "//")):
                    assert attribute == "href=", f"{html}: loads {url}"
        assert "fonts.googleapis.com" not in text


def test_clash_with_a_hand_written_page_is_an_error(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "docs").mkdir()
    (project / "docs" / "timeline.md").write_text("# Mine\n")
    config = (
        (ROOT / "mkdocs.yml")
        .read_text()
        .replace("  - generators\n", f"  - {ROOT / 'generators'}\n")
        .replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}")
    )
    (project / "mkdocs.yml").write_text(
        config.replace(
            "  - About this explainer: about.md\n  - Method notes: method.md\n",
            "  - Mine: timeline.md\n",
        )
    )
    last_site = project / "site" / "index.html"
    last_site.parent.mkdir()
    last_site.write_text("the last good site")
    env = os.environ | {"EXPLAINER_DATA": str(MINI), "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")],
        capture_output=True,
        text=True,
        cwd=project,
        env=env,
        check=False,
    )
    assert result.returncode == 1
    assert (
        "generated pages would overwrite hand-written ones in docs/: timeline.md" in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert last_site.read_text() == "the last good site"  # refused before MkDocs cleans site/


def test_bad_data_fails_the_build_with_the_editor_message(mini_dir: Path, tmp_path: Path) -> None:
    quotes = mini_dir / "quotes.yml"
    quotes.write_text(quotes.read_text().replace("speaker: ruiz", "speaker: ruis"), "utf-8")
    result = mkdocs_build(mini_dir, tmp_path / "site")
    assert result.returncode == 1
    assert "quotes[0].speaker: unknown person 'ruis' (did you mean 'ruiz'?)" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_page_has_its_description_and_one_h1(mini_site: Path) -> None:
    for html in mini_site.rglob("index.html"):
        text = html.read_text()
        if html.parent.name in {"search", "404"}:
            continue
        assert text.count("<h1") == 1, html
        assert '<meta name="description" content="' in text, html
        assert "description:" not in text.split("<article", 1)[1], html


def test_a_sparse_explainer_builds_and_says_what_is_missing(mini_dir: Path, tmp_path: Path) -> None:
    """A first draft may have no quotes, events or figures yet: every page still builds."""
    for kind in ("quotes", "events", "figures", "positions", "relations", "glossary", "channels"):
        (mini_dir / f"{kind}.yml").write_text("[]\n", "utf-8")
    result = mkdocs_build(mini_dir, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    site = tmp_path / "site"
    assert not (site / "assets" / "charts").exists()
    for page, says in {
        "timeline": "The article gives no dated events.",
        "quotes": "The article quotes no one directly.",
        "numbers": "The article gives no figures.",
        "agreement": "The article gives no issue on which they all stand together.",
    }.items():
        html = (site / page / "index.html").read_text()
        assert says in html, page
        assert "data-chart" not in html, page
    home = (site / "index.html").read_text()
    assert "no dated events" in home and "Key figures" not in home
