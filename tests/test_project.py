# `explainer site`: a self-contained project per builder, that builds strictly with no hook.
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generators.builders import BUILDERS
from generators.builders.zensical import (
    SECTION_WORDS_AT_MOST,
    largest_section_words,
    within_search_limit,
)
from generators.cli import main
from generators.loader import load_explainer
from generators.problems import DataError
from generators.project import MARKER, project_files
from tests.conftest import MINI, ROOT

CONFIG = ROOT / "mkdocs.yml"


def files_of(builder: str, data: Path = MINI, config: Path = CONFIG) -> dict[str, str | bytes]:
    files = project_files(load_explainer(data), config, data, BUILDERS[builder])
    return {file.path: file.content for file in files}


def front_matter(markdown: str) -> dict:
    return yaml.safe_load(markdown.split("---\n")[1])


@pytest.mark.parametrize("builder", sorted(BUILDERS))
def test_the_config_is_the_projects_own_filled_in_from_the_data(builder: str) -> None:
    config = yaml.safe_load(files_of(builder)["mkdocs.yml"])
    assert "hooks" not in config and "watch" not in config
    assert config["plugins"] == ["search"]  # the pages are generated already
    assert config["site_name"] == "Two river towns agree to share a ferry"
    assert config["copyright"].startswith("Built from data drawn from The Test Gazette")
    assert config["docs_dir"] == "docs" and config["theme"]["custom_dir"] == "overrides"
    assert config["nav"][0] == {"Home": "index.md"}
    assert config["nav"][-1] == {"Method notes": "method.md"}
    assert "generators.abbr_first_use" in config["markdown_extensions"]


def test_zensical_gets_the_classic_look_no_generator_link_and_its_own_search() -> None:
    zensical, mkdocs = files_of("zensical"), files_of("mkdocs")
    config = yaml.safe_load(zensical["mkdocs.yml"])
    assert config["theme"]["variant"] == "classic"
    assert config["extra"]["generator"] is False
    assert "overrides/partials/search.html" not in zensical
    assert "overrides/partials/search.html" in mkdocs
    assert "variant" not in yaml.safe_load(mkdocs["mkdocs.yml"])["theme"]


def test_names_from_the_data_are_escaped_once(mini_dir: Path) -> None:
    article = mini_dir / "article.yml"
    article.write_text(article.read_text() + "site_title: 'A & <b>B</b>'\n")
    config = yaml.safe_load(files_of("zensical", mini_dir)["mkdocs.yml"])
    assert config["site_name"] == "A &amp; &lt;b&gt;B&lt;/b&gt;"


def test_every_page_carries_its_edit_link() -> None:
    files = files_of("zensical")
    edit = "https://github.com/newsroom-graphics/explainer/edit/main/"
    assert front_matter(files["docs/people/ruiz.md"])["edit_url"] == (
        edit + "tests/fixtures/mini/people.yml"
    )
    assert front_matter(files["docs/about.md"])["edit_url"] == edit + "docs/about.md"
    assert files["docs/assets/explainer.css"] == (ROOT / "docs/assets/explainer.css").read_bytes()


def test_a_hand_written_page_at_a_generated_path_is_refused(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    shutil.copy(CONFIG, tmp_path / "mkdocs.yml")
    (tmp_path / "docs" / "timeline.md").write_text("# Mine\n")
    with pytest.raises(DataError, match=r"timeline\.md"):
        files_of("mkdocs", config=tmp_path / "mkdocs.yml")


def test_a_page_with_a_section_too_big_for_zensicals_search_is_left_out_of_it() -> None:
    small = "---\ntitle: x\n---\n# Small\n"
    many = "word " * (SECTION_WORDS_AT_MOST // 2)
    split = f"# Big\n\n{many}\n\n## Part two\n\n{many}\n"  # many words, no big section
    big = f"# Big\n\n{many}{many}word\n"
    assert within_search_limit(small) == small
    assert within_search_limit(split) == split
    assert front_matter(within_search_limit(big)) == {"search": {"exclude": True}}
    drawing = '<svg viewBox="0 0 1 1"><text>many words</text></svg> two words'
    assert largest_section_words(drawing) == 2


def test_only_a_folder_explainer_site_wrote_is_replaced(tmp_path: Path, capsys) -> None:
    out = tmp_path / "project"
    args = ["site", "--data", str(MINI), "--config", str(CONFIG), "--out", str(out)]
    assert main(args) == 0
    (out / "site").mkdir()  # what a builder writes into it
    assert main([*args, "--builder", "zensical"]) == 0
    assert (out / MARKER).is_file() and not (out / "site").exists()
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me\n")
    assert main([*args[:-1], str(mine)]) == 1
    assert "left as it is" in capsys.readouterr().err
    assert (mine / "notes.txt").read_text() == "keep me\n"


@pytest.mark.parametrize("builder", sorted(BUILDERS))
def test_the_project_builds_strictly_with_no_hook(builder: str, tmp_path: Path) -> None:
    out = tmp_path / "project"
    args = ["--data", str(MINI), "--config", str(CONFIG), "--out", str(out)]
    assert main(["site", *args, "--builder", builder]) == 0
    command = [sys.executable, "-m", builder, *BUILDERS[builder].build_command[1:]]
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(command, cwd=out, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr
    home = (out / "site" / "index.html").read_text()
    person = (out / "site" / "people" / "ruiz" / "index.html").read_text()
    assert "<title>Two river towns agree to share a ferry</title>" in home
    assert (
        'href="https://github.com/newsroom-graphics/explainer/edit/main/tests/fixtures/mini/people.yml"'
        in person
    )


def test_broken_data_writes_nothing(mini_dir: Path, tmp_path: Path, capsys) -> None:
    people = mini_dir / "people.yml"
    people.write_text(people.read_text().replace("group: other", "group: mayors", 1))
    out = tmp_path / "project"
    args = ["site", "--data", str(mini_dir), "--config", str(CONFIG), "--out", str(out)]
    assert main([*args, "--builder", "zensical"]) == 1
    assert "group 'mayors' is not in the default groups" in capsys.readouterr().err
    assert not out.exists()
