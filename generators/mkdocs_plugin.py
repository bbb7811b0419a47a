# The thin MkDocs adapter: load the data, add the generated files (edit links in front matter).
"""The `explainer` MkDocs plugin (`plugins: [search, explainer]` in mkdocs.yml; registered as an
entry point, so any project that installs the package can use it). All logic lives in the
`generators` package.

    plugins:
      - search
      - explainer:
          data: !ENV [EXPLAINER_DATA, data]   # the data folder, relative to mkdocs.yml

The plugin object lives as long as the `mkdocs` command (it has `on_startup`), so what it keeps
between `mkdocs serve` rebuilds is on the instance. Generated pages are added in memory with
`File.generated`, never written into `docs/`, so `mkdocs serve` rebuilds once per data edit and
never loops. Under `mkdocs serve`, a save that
breaks the data or the build keeps the last good pages, logs the problems and shows them on
every page until fixed (`generators.mkdocs_serve`).
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.config import config_options as c
from mkdocs.exceptions import Abort, BuildError, PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from generators import loader
from generators.edit_links import data_edit_url, with_edit_links
from generators.mkdocs_serve import (
    PROBLEM_PAGE,
    SAID_IN_THE_TERMINAL,
    SAID_ON_THE_PAGE,
    failure_report,
    keep_serving_under_faults,
    shown_instead,
)
from generators.mkdocs_state import PROBLEMS_ONLY, AdapterState, SiteVersion
from generators.problems import DataError
from generators.site import site_files
from generators.site_config import site_meta, site_nav

if TYPE_CHECKING:
    from collections.abc import Callable

    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.explainer")

# How often `mkdocs serve` looks at the watched files (a stat of each: about 100 files here).
WATCH_POLL_SECONDS = 0.1


class ExplainerPlugin(BasePlugin):
    """Pages, navigation and site name from the data folder, kept up under `mkdocs serve`."""

    # The options, each checked by MkDocs as it reads mkdocs.yml. (`data` cannot be an attribute
    # of a `mkdocs.config.base.Config`, a UserDict whose `data` is its storage: it is declared
    # here and read through the typed property below.)
    config_scheme = (("data", c.Type(str, default=loader.DEFAULT_DATA_DIR)),)

    def __init__(self) -> None:
        self.state = AdapterState()

    @property
    def data_option(self) -> str:
        """The data folder as mkdocs.yml gives it, relative to mkdocs.yml's folder."""
        return str(self.config["data"])

    def on_startup(self, command: str, dirty: bool) -> None:
        """Remember whether we are serving (this object then lasts through every rebuild)."""
        self.state.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Load and validate the data, and put the generated pages into the navigation.

        Under `mkdocs serve`, data that cannot be built keeps the last good version (or, before
        there is one, the problem page), and the problems go to the terminal and every page.
        """
        project_dir = Path(config.config_file_path).resolve().parent
        data_dir = (project_dir / self.data_option).resolve()
        self.state.data_dir = data_dir
        inside = data_dir.is_relative_to(project_dir)
        self.state.data_in_repo = data_dir.relative_to(project_dir).as_posix() if inside else None
        if str(data_dir) not in config.watch:
            config.watch.append(str(data_dir))
        fallback = self.state.fallback
        if fallback is not None:  # the serve loop retries a build that failed
            problems = fallback.problems
            kept = self.state.last_good if fallback.keep_last_good else None
        else:
            try:
                edit_url = data_edit_url(config.edit_uri, self.state.data_in_repo)
                self.state.current, problems = generate(data_dir, edit_url), None
            except DataError as error:
                if not self.state.serving:
                    report = error.report()
                    raise PluginError(f"the explainer's data has problems:\n{report}") from None
                problems = error.report()
            except Exception as error:
                if not self.state.serving:
                    raise
                log.debug("generating the site failed:", exc_info=error)
                problems = failure_report(error)
            kept = self.state.last_good
        self.state.problems = problems
        if problems is not None:
            self.state.current = kept or PROBLEMS_ONLY
            said = SAID_IN_THE_TERMINAL[shown_instead(self.state)]
            log.error("the explainer's data has problems; %s:\n%s", said, problems)
        version = self.state.current or PROBLEMS_ONLY
        # The page template leaves out the Content-Security-Policy while serving (live reload
        # injects an inline script).
        config.extra["explainer_serving"] = self.state.serving
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

    def on_pre_build(self, config: MkDocsConfig) -> None:
        """A hand-written file at a generated page's path is an error, raised before MkDocs
        cleans the site folder, so the last site stays as it was."""
        docs_dir = Path(config.docs_dir)
        clashes = sorted(path for path in self.state.shown_files() if _exists(docs_dir / path))
        if clashes:
            raise PluginError(
                "generated pages would overwrite hand-written ones in docs/: "
                + ", ".join(clashes)
                + " (rename or remove the hand-written file)"
            )

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Add every generated file (or, before any good version, the problem page)."""
        generated = self.state.shown_files()
        for output in generated.values():
            files.append(File.generated(config, output.path, content=output.content))
        if not generated and files.get_file_from_path("index.md") is None:
            files.append(File.generated(config, "index.md", content=PROBLEM_PAGE))
        return files

    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        """Keep the theme's compiled templates between `mkdocs serve` rebuilds."""
        env.bytecode_cache = self.state.theme_templates
        return env

    def on_serve(
        self, server: LiveReloadServer, config: MkDocsConfig, builder: object
    ) -> LiveReloadServer:
        """Look for edits every 0.1 s instead of MkDocs' 0.5 s, so a saved data file is seen sooner.

        Still by polling, as MkDocs does (file-system events miss edits on Docker and network
        mounts). Every path watched so far (by MkDocs, or by plugins before this hook) moves to the
        faster observer, as many times as it was watched; `watch:` paths and the data folder are
        added to it after this event. MkDocs has no public list of watched paths: a server without
        its private one (a newer MkDocs, a fork) keeps its own observer and MkDocs' 0.5 s.
        """
        if can_swap_observer(server):
            _poll_faster(server)
        else:
            log.debug("this server's watcher is not the one this hook knows: polling as it does")
        keep_serving_under_faults(server, self.state)
        return server

    def on_page_content(self, content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        """While serving with broken data, show the problems at the top of every page."""
        if self.state.problems is None:
            return content
        shown = SAID_ON_THE_PAGE[shown_instead(self.state)]
        banner = (
            '<div class="admonition failure explainer-data-problems" role="alert">'
            f'<p class="admonition-title">The data has problems: {shown}</p>'
            f"<pre><code>{html.escape(self.state.problems)}</code></pre></div>"
        )
        return banner + content

    def on_post_build(self, config: MkDocsConfig) -> None:
        """A build that succeeded with no problem is the version to fall back to."""
        if self.state.problems is None:
            self.state.last_good = self.state.current

    def on_build_error(self, error: Exception) -> None:
        """Keep the error for the serve loop's report (MkDocs wraps some in a bare Abort).

        The first build under `mkdocs serve` runs before its loop: with no good version to keep,
        serving stops, with the failure said in a sentence instead of a traceback.
        """
        self.state.build_error = error
        if (
            self.state.serving
            and not self.state.rebuilds_fall_back
            and not isinstance(error, BuildError)
        ):
            log.debug("the failed build:", exc_info=error)
            raise Abort(
                f"mkdocs serve cannot start: {failure_report(error)}\n"
                "There is no good version to show yet: fix the data, then start it again."
            ) from error


def generate(data_dir: Path, edit_url: Callable[[str], str]) -> SiteVersion:
    """The generated site for the data in `data_dir` (raises DataError for bad data), each page
    with the edit link to its data file (`edit_url` of the file's name) in its front matter."""
    explainer = loader.load_explainer(data_dir)
    files = {file.path: file for file in with_edit_links(site_files(explainer), edit_url)}
    return SiteVersion(files, site_nav(explainer), site_meta(explainer))


def _exists(path: Path) -> bool:
    """Whether `path` exists; a name the OS refuses (too long, say) is no hand-written file."""
    try:
        return path.exists()
    except OSError:
        return False


def _poll_faster(server: LiveReloadServer) -> None:
    """Move every watched path to an observer that polls every WATCH_POLL_SECONDS."""
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
