# The thin MkDocs adapter: load the data, add the generated files, point edit links at the data.
"""MkDocs hook (`hooks:` in mkdocs.yml). All logic lives in the `generators` package.

Generated pages are added in memory with `File.generated`, never written into `docs/`, so
`mkdocs serve` rebuilds once per data edit and never loops.
"""

from __future__ import annotations

import logging
import posixpath
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from generators import loader
from generators.problems import DataError
from generators.site import OutputFile, site_files, site_nav

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.explainer")

_generated: dict[str, OutputFile] = {}
_data_in_repo: str | None = None  # the data folder's path in the repository, for edit links


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and validate the data, and put the generated pages into the navigation."""
    global _data_in_repo
    project_dir = Path(config.config_file_path).resolve().parent
    data_dir = (project_dir / loader.data_dir_from_env()).resolve()
    _data_in_repo = (
        data_dir.relative_to(project_dir).as_posix()
        if data_dir.is_relative_to(project_dir)
        else None
    )
    try:
        explainer = loader.load_explainer(data_dir)
    except DataError as error:
        raise PluginError(f"the explainer's data has problems:\n{error.report()}") from None
    _generated.clear()
    _generated.update({file.path: file for file in site_files(explainer)})
    config.nav = site_nav(explainer, config.nav or [])
    if str(data_dir) not in config.watch:
        config.watch.append(str(data_dir))
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add every generated file; a hand-written file at the same path is an error."""
    clashes = sorted(path for path in _generated if files.get_file_from_path(path) is not None)
    if clashes:
        raise PluginError(
            "generated pages would overwrite hand-written ones in docs/: "
            + ", ".join(clashes)
            + " (rename or remove the hand-written file)"
        )
    for output in _generated.values():
        files.append(File.generated(config, output.path, content=output.content))
    return files


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    """Point a generated page's edit link at the data file that produced it."""
    output = _generated.get(page.file.src_uri)
    if output is not None:
        page.edit_url = None
        if config.edit_uri and _data_in_repo is not None:
            # edit_uri points at docs/; the data folder sits beside it in the repository.
            page.edit_url = urljoin(
                config.edit_uri, posixpath.join("..", _data_in_repo, output.source)
            )
    return context
