# generators.mkdocs_plugin: the `explainer` plugin, as another newsroom's repository would use it.
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.config import load_config

from generators.mkdocs_plugin import ExplainerPlugin
from tests.conftest import MINI

MINIMAL_CONFIG = """\
site_name: Someone else's site
theme:
  name: material
plugins:
  - search
  - explainer:
      data: stories/ferry
"""


def a_repository(tmp_path: Path, config: str = MINIMAL_CONFIG) -> Path:
    """A repository of its own: a mkdocs.yml naming the plugin, the data in a folder of its own,
    one hand-written page; none of this project's docs, overrides or watched folders."""
    shutil.copytree(MINI, tmp_path / "stories" / "ferry")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "colophon.md").write_text("# Colophon\n\nMade by the desk.\n")
    (tmp_path / "mkdocs.yml").write_text(config)
    return tmp_path


def test_the_plugin_is_found_by_its_entry_point_and_reads_its_data_option(tmp_path: Path) -> None:
    repository = a_repository(tmp_path)
    config = load_config(str(repository / "mkdocs.yml"))
    plugin = config.plugins["explainer"]
    assert isinstance(plugin, ExplainerPlugin)
    assert plugin.data_option == "stories/ferry"


def test_a_data_option_of_the_wrong_type_is_a_config_error(tmp_path: Path) -> None:
    from mkdocs.exceptions import Abort

    repository = a_repository(tmp_path, MINIMAL_CONFIG.replace("stories/ferry", "[1, 2]"))
    with pytest.raises(Abort, match="configuration error"):
        load_config(str(repository / "mkdocs.yml"))


def test_the_plugin_object_lasts_through_serve_rebuilds() -> None:
    """MkDocs keeps a plugin with `on_startup` across `mkdocs serve` rebuilds: its state with it."""
    assert "on_startup" in vars(ExplainerPlugin)
    assert ExplainerPlugin().state is not ExplainerPlugin().state  # no state shared by module


def test_another_repository_builds_strictly_with_the_installed_plugin(tmp_path: Path) -> None:
    repository = a_repository(tmp_path)
    env = {key: value for key, value in os.environ.items() if key != "EXPLAINER_DATA"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        capture_output=True,
        text=True,
        cwd=repository,
        env=env | {"NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    site = repository / "site"
    home = (site / "index.html").read_text()
    assert "Two river towns agree to share a ferry" in home  # the data's title, not site_name
    assert (site / "timeline" / "index.html").is_file()
    assert (site / "colophon" / "index.html").is_file()  # the repository's own page stays
