# The thin MkDocs adapter: load the data, add the generated files (edit links in front matter).
"""MkDocs hook (`hooks:` in mkdocs.yml). All logic lives in the `generators` package.

Generated pages are added in memory with `File.generated`, never written into `docs/`, so
`mkdocs serve` rebuilds once per data edit and never loops. Under `mkdocs serve`, a broken data
file keeps the last good pages, logs the problems and shows them on every page until fixed.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from generators import loader
from generators.edit_links import data_edit_url, with_edit_links
from generators.mkdocs_state import STATE
from generators.problems import DataError
from generators.site import site_files, site_meta, site_nav

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.explainer")

# How often `mkdocs serve` looks at the watched files (a stat of each: about 100 files here).
WATCH_POLL_SECONDS = 0.1


def on_startup(command: str, dirty: bool) -> None:
    """Remember whether we are serving (MkDocs reloads this file on every rebuild)."""
    STATE.serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and validate the data, and put the generated pages into the navigation."""
    project_dir = Path(config.config_file_path).resolve().parent
    data_dir = (project_dir / loader.data_dir_from_env()).resolve()
    inside = data_dir.is_relative_to(project_dir)
    STATE.data_in_repo = data_dir.relative_to(project_dir).as_posix() if inside else None
    if str(data_dir) not in config.watch:
        config.watch.append(str(data_dir))
    try:
        explainer = loader.load_explainer(data_dir)
    except DataError as error:
        if not STATE.serving:
            raise PluginError(f"the explainer's data has problems:\n{error.report()}") from None
        STATE.problems = error.report()
        log.error(
            "the explainer's data has problems; showing the last good version:\n%s", STATE.problems
        )
        if STATE.generated is None:
            STATE.generated = {}
            STATE.nav = [{"Data problems": "index.md"}]
    else:
        STATE.problems = None
        edit_url = data_edit_url(config.edit_uri, STATE.data_in_repo)
        files = with_edit_links(site_files(explainer), edit_url)
        STATE.generated = {file.path: file for file in files}
        STATE.nav = site_nav(explainer)
        STATE.meta = site_meta(explainer)
    if STATE.meta is not None:
        # Material prints these as HTML: escaped here, once.
        config.site_name = html.escape(STATE.meta.name)
        config.site_description = html.escape(STATE.meta.description)
        config.copyright = html.escape(STATE.meta.copyright)
    config.nav = [*STATE.nav, *(config.nav or [])]
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    """A hand-written file at a generated page's path is an error, raised before MkDocs
    cleans the site folder, so the last site stays as it was."""
    docs_dir = Path(config.docs_dir)
    clashes = sorted(path for path in STATE.generated or {} if (docs_dir / path).exists())
    if clashes:
        raise PluginError(
            "generated pages would overwrite hand-written ones in docs/: "
            + ", ".join(clashes)
            + " (rename or remove the hand-written file)"
        )


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add every generated file."""
    generated = STATE.generated or {}
    for output in generated.values():
        files.append(File.generated(config, output.path, content=output.content))
    if not generated and files.get_file_from_path("index.md") is None:
        files.append(File.generated(config, "index.md", content="# Data problems\n"))
    return files


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """Keep the theme's compiled templates between `mkdocs serve` rebuilds."""
    env.bytecode_cache = STATE.theme_templates
    return env


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: object) -> LiveReloadServer:
    """Look for edits every 0.1 s instead of MkDocs' 0.5 s, so a saved data file is seen sooner.

    Still by polling, as MkDocs does (file-system events miss edits on Docker and network
    mounts). Every path watched so far (by MkDocs, or by plugins before this hook) moves to the
    faster observer, as many times as it was watched; `watch:` paths and the data folder are
    added to it after this event. MkDocs has no public list of watched paths: a server without
    its private one (a newer MkDocs, a fork) keeps its own observer and MkDocs' 0.5 s.
    """
    if not can_swap_observer(server):
        log.debug("this server's watcher is not the one this hook knows: polling as it does")
        return server
    watched = list(server._watched_paths)
    moved: list[tuple[str, int]] = []
    for path in dict.fromkeys(filter(None, watched)):
        times = 0
        while True:  # each watch of a path is counted; the last unwatch unschedules it
            try:
                server.unwatch(path)
            except KeyError:  # not watched (theme folders are, only with --watch-theme)
                break
            times += 1
        moved.append((path, times))
    server.observer = PollingObserver(timeout=WATCH_POLL_SECONDS)
    for path, times in moved:
        for _ in range(times):
            server.watch(path)
    return server


def can_swap_observer(server: object) -> bool:
    """Whether `server` is MkDocs 1.6's LiveReloadServer as on_serve knows it: a dict of
    watched paths, an observer not yet started, and watch/unwatch."""
    observer = getattr(server, "observer", None)
    return (
        isinstance(getattr(server, "_watched_paths", None), dict)
        and isinstance(observer, BaseObserver)
        and not observer.is_alive()
        and callable(getattr(server, "watch", None))
        and callable(getattr(server, "unwatch", None))
    )


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """While serving with broken data, show the problems at the top of every page."""
    if STATE.problems is None:
        return content
    banner = (
        '<div class="admonition failure explainer-data-problems" role="alert">'
        '<p class="admonition-title">The data has problems: this is the last good version</p>'
        f"<pre><code>{html.escape(STATE.problems)}</code></pre></div>"
    )
    return banner + content
