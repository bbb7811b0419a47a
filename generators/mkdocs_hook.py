# The thin MkDocs adapter: load the data, add the generated files, point edit links at the data.
"""MkDocs hook (`hooks:` in mkdocs.yml). All logic lives in the `generators` package.

Generated pages are added in memory with `File.generated`, never written into `docs/`, so
`mkdocs serve` rebuilds once per data edit and never loops. Under `mkdocs serve`, a save that
breaks the data or the build keeps the last good pages, logs the problems and shows them on
every page until fixed (`generators.mkdocs_serve`).
"""

from __future__ import annotations

import html
import logging
import posixpath
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from mkdocs.exceptions import Abort, BuildError, PluginError
from mkdocs.structure.files import File
from watchdog.observers.polling import PollingObserver

from generators import loader
from generators.mkdocs_serve import (
    PROBLEM_PAGE,
    SAID_IN_THE_TERMINAL,
    SAID_ON_THE_PAGE,
    failure_report,
    keep_serving_under_faults,
    shown_instead,
)
from generators.mkdocs_state import PROBLEMS_ONLY, STATE, SiteVersion
from generators.problems import DataError
from generators.site import OutputFile, site_files, site_meta, site_nav

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
    """Load and validate the data, and put the generated pages into the navigation.

    Under `mkdocs serve`, data that cannot be built keeps the last good version (or, before
    there is one, the problem page), and the problems go to the terminal and every page.
    """
    project_dir = Path(config.config_file_path).resolve().parent
    data_dir = (project_dir / loader.data_dir_from_env()).resolve()
    STATE.data_dir = data_dir
    inside = data_dir.is_relative_to(project_dir)
    STATE.data_in_repo = data_dir.relative_to(project_dir).as_posix() if inside else None
    if str(data_dir) not in config.watch:
        config.watch.append(str(data_dir))
    fallback = STATE.fallback
    if fallback is not None:  # the serve loop retries a build that failed
        problems = fallback.problems
        kept = STATE.last_good if fallback.keep_last_good else None
    else:
        try:
            STATE.current, problems = generate(data_dir), None
        except DataError as error:
            if not STATE.serving:
                raise PluginError(f"the explainer's data has problems:\n{error.report()}") from None
            problems = error.report()
        except Exception as error:
            if not STATE.serving:
                raise
            log.debug("generating the site failed:", exc_info=error)
            problems = failure_report(error)
        kept = STATE.last_good
    STATE.problems = problems
    if problems is not None:
        STATE.current = kept or PROBLEMS_ONLY
        said = SAID_IN_THE_TERMINAL[shown_instead()]
        log.error("the explainer's data has problems; %s:\n%s", said, problems)
    version = STATE.current or PROBLEMS_ONLY
    # The page template leaves out the Content-Security-Policy while serving (live reload
    # injects an inline script).
    config.extra["explainer_serving"] = STATE.serving
    if version.meta is not None:
        # Material prints these as HTML: escaped here, once.
        config.site_name = html.escape(version.meta.name)
        config.site_description = html.escape(version.meta.description)
        config.copyright = html.escape(version.meta.copyright)
    if not version.files:
        # Hand-written pages link to generated ones, which come back with good data.
        config.validation.links.not_found = logging.DEBUG
        config.validation.links.anchors = logging.DEBUG
    config.nav = [*version.nav, *(config.nav or [])]
    return config


def generate(data_dir: Path) -> SiteVersion:
    """The generated site for the data in `data_dir` (raises DataError for bad data)."""
    explainer = loader.load_explainer(data_dir)
    files = {file.path: file for file in site_files(explainer)}
    return SiteVersion(files, site_nav(explainer), site_meta(explainer))


def on_pre_build(config: MkDocsConfig) -> None:
    """A hand-written file at a generated page's path is an error, raised before MkDocs
    cleans the site folder, so the last site stays as it was."""
    docs_dir = Path(config.docs_dir)
    clashes = sorted(path for path in STATE.shown_files() if _exists(docs_dir / path))
    if clashes:
        raise PluginError(
            "generated pages would overwrite hand-written ones in docs/: "
            + ", ".join(clashes)
            + " (rename or remove the hand-written file)"
        )


def _exists(path: Path) -> bool:
    """Whether `path` exists; a name the OS refuses (too long, say) is no hand-written file."""
    try:
        return path.exists()
    except OSError:
        return False


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add every generated file (or, before any good version, the problem page)."""
    generated = STATE.shown_files()
    for output in generated.values():
        files.append(File.generated(config, output.path, content=output.content))
    if not generated and files.get_file_from_path("index.md") is None:
        files.append(File.generated(config, "index.md", content=PROBLEM_PAGE))
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
    added to it after this event. MkDocs has no public list of watched paths: without its
    private one, the paths MkDocs itself watches are moved.
    """
    known = getattr(server, "_watched_paths", None)
    mkdocs_own = [config.docs_dir, config.config_file_path, *config.theme.dirs]
    watched = list(known) if isinstance(known, dict) else mkdocs_own
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
    keep_serving_under_faults(server)
    return server


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """While serving with broken data, show the problems at the top of every page."""
    if STATE.problems is None:
        return content
    shown = SAID_ON_THE_PAGE[shown_instead()]
    banner = (
        '<div class="admonition failure explainer-data-problems" role="alert">'
        f'<p class="admonition-title">The data has problems: {shown}</p>'
        f"<pre><code>{html.escape(STATE.problems)}</code></pre></div>"
    )
    return banner + content


def on_post_build(config: MkDocsConfig) -> None:
    """A build that succeeded with no problem is the version to fall back to."""
    if STATE.problems is None:
        STATE.last_good = STATE.current


def on_build_error(error: Exception) -> None:
    """Keep the error for the serve loop's report (MkDocs wraps some in a bare Abort).

    The first build under `mkdocs serve` runs before its loop: with no good version to keep,
    serving stops, with the failure said in a sentence instead of a traceback.
    """
    STATE.build_error = error
    if STATE.serving and not STATE.rebuilds_fall_back and not isinstance(error, BuildError):
        log.debug("the failed build:", exc_info=error)
        raise Abort(
            f"mkdocs serve cannot start: {failure_report(error)}\n"
            "There is no good version to show yet: fix the data, then start it again."
        ) from error


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    """Point a generated page's edit link at the data file that produced it."""
    output: OutputFile | None = STATE.shown_files().get(page.file.src_uri)
    if output is not None:
        page.edit_url = None
        if config.edit_uri and STATE.data_in_repo is not None:
            # edit_uri points at docs/; the data folder sits beside it in the repository.
            data_path = posixpath.join("..", STATE.data_in_repo, output.source)
            page.edit_url = urljoin(config.edit_uri, data_path)
    return context
