# `mkdocs serve` under faults: a failed rebuild falls back to the last good site, and a data
# folder removed and made again is still watched.
"""What the MkDocs adapter does so that `mkdocs serve` keeps serving whatever a save breaks.

MkDocs' own serve loop, when a rebuild raises, prints a traceback and holds every page request
until a later build succeeds. The adapter wraps that loop's builder: a build that fails is
built again from the last good generated files (or, if there are none or they fail too, from
the problem page alone), with the failure shown on every page and in the terminal. And since
the polling watch of a folder ends when the folder goes, the data folder's parent is watched
for its return.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from watchdog.events import (
    EVENT_TYPE_CREATED,
    EVENT_TYPE_DELETED,
    EVENT_TYPE_MOVED,
    FileModifiedEvent,
    FileSystemEventHandler,
)
from watchdog.observers.api import BaseObserver

from generators.mkdocs_state import Fallback

if TYPE_CHECKING:
    from collections.abc import Callable

    from mkdocs.livereload import LiveReloadServer
    from watchdog.events import FileSystemEvent

    from generators.mkdocs_state import AdapterState

log = logging.getLogger("mkdocs.plugins.explainer")


# The page shown while no version of the site has built, under the banner of problems.
PROBLEM_PAGE = (
    "# The data has problems\n\n"
    "The explainer's pages appear here as soon as the problems above are fixed and the file "
    "is saved.\n"
)


def shown_instead(state: AdapterState) -> str:
    """While the data has problems: which version of the site is shown instead."""
    if state.shown_files():
        return "last good"
    return "last good fails" if state.last_good is not None else "none"


# What the terminal and the banner say of each version `shown_instead` names.
SAID_IN_THE_TERMINAL = {
    "last good": "showing the last good version",
    "last good fails": "the last good version does not build either; showing the problems",
    "none": "there is no good version yet; showing the problems",
}
SAID_ON_THE_PAGE = {
    "last good": "this is the last good version",
    "last good fails": "the last good version does not build either",
    "none": "there is no good version yet",
}


def failure_report(error: BaseException) -> str:
    """What an editor reads when data that passes the checks still breaks the build."""
    return (
        f"the site could not be built from the data: {type(error).__name__}: {error}\n"
        "(something the checks let through breaks the build: undo the last edit, or fix what "
        "the message names; `mkdocs serve --verbose` shows the details)"
    )


def falling_back(build: Callable[[], None], state: AdapterState) -> Callable[[], None]:
    """`build`, retried with the last good version, then with the problem page, if it fails.

    Only if the problem page alone fails too (the fault is not the data's: a broken
    `mkdocs.yml`, say) does the first error reach MkDocs, which reports it as it always has.
    """

    def rebuild() -> None:
        state.build_error = None
        try:
            build()
            return
        except Exception as error:  # any failure: the loop would otherwise hold every page
            failure = error
        report = failure_report(state.build_error or failure)
        log.debug("the failed build:", exc_info=state.build_error or failure)
        keeps = (True, False) if state.last_good is not None else (False,)
        for keep_last_good in keeps:
            state.fallback = Fallback(report, keep_last_good)
            try:
                build()
            except Exception:
                continue
            else:
                return
            finally:
                state.fallback = None
        raise failure

    return rebuild


def keep_serving_under_faults(server: LiveReloadServer, state: AdapterState) -> None:
    """Make the serve loop's rebuilds fall back, and follow the data folder through removal."""
    guard_rebuilds(server, state)
    if state.data_dir is not None:
        follow_the_data_folder(server, state.data_dir)


def guard_rebuilds(server: LiveReloadServer, state: AdapterState) -> None:
    """Make the serve loop's rebuilds fall back (its builder is a plain attribute of the
    server; without one, rebuilds stay as MkDocs makes them)."""
    build = getattr(server, "builder", None)
    if callable(build):
        server.builder = falling_back(build, state)
        state.rebuilds_fall_back = True


# What happens to the data folder, seen from its parent, that its own watch cannot survive.
ARRIVED_OR_LEFT = {EVENT_TYPE_CREATED, EVENT_TYPE_DELETED, EVENT_TYPE_MOVED}


def follow_the_data_folder(server: LiveReloadServer, data_dir: Path) -> None:
    """Keep seeing edits after the data folder is removed and made again (`git checkout`).

    MkDocs' polling watch of a folder stops for good once it finds the folder gone. So the
    folder's parent is watched too, not recursively: when the folder leaves or comes back, a
    rebuild is asked for, and once it is back it is watched afresh. Only the watchdog API
    (`observer.schedule`, `emitters`, `queue_event`) and the server's `watch`/`unwatch` are used.
    """
    if not data_dir.parent.is_dir() or not isinstance(
        getattr(server, "observer", None), BaseObserver
    ):
        return  # a server this module does not know keeps MkDocs' own behaviour
    server.observer.schedule(
        _ParentHandler(server, str(data_dir)), str(data_dir.parent), recursive=False
    )


class _ParentHandler(FileSystemEventHandler):
    """Watches the data folder's parent for the folder's leaving and return."""

    def __init__(self, server: LiveReloadServer, data_dir: str) -> None:
        self.server, self.data_dir = server, data_dir

    def on_any_event(self, event: FileSystemEvent) -> None:
        _on_parent_event(self.server, self.data_dir, event)


def _on_parent_event(server: LiveReloadServer, data_dir: str, event: FileSystemEvent) -> None:
    """Re-arm the data folder's watch when the folder arrives, and rebuild when it comes or goes."""
    touched = {event.src_path, getattr(event, "dest_path", "")}
    if event.event_type not in ARRIVED_OR_LEFT or data_dir not in touched:
        return
    try:
        _rearm(server, data_dir)
    except Exception as error:  # raised here, it would end the observer: every watch with it
        log.warning(
            "could not watch the data folder %s again (%s): restart mkdocs serve", data_dir, error
        )


def _rearm(server: LiveReloadServer, data_dir: str) -> None:
    """Watch the data folder afresh if it is there, and ask for a rebuild."""
    if Path(data_dir).is_dir():
        _watch_afresh(server, data_dir)
    for emitter in list(server.observer.emitters):
        if emitter.watch.path == data_dir:
            # As if a file changed in the folder: MkDocs' own handler for it then rebuilds.
            emitter.queue_event(FileModifiedEvent(data_dir))


def _watch_afresh(server: LiveReloadServer, path: str) -> None:
    """Replace the watches of `path` (a stopped one included) with new ones, as many."""
    times = 0
    while True:
        try:
            server.unwatch(path)
        except KeyError:  # no watch of it is left
            break
        times += 1
    for _ in range(times):
        server.watch(path)
