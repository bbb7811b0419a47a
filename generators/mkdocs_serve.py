# `mkdocs serve` under faults: a failed rebuild falls back to the last good site.
"""What the MkDocs adapter does so that `mkdocs serve` keeps serving whatever a save breaks.

MkDocs' own serve loop, when a rebuild raises, prints a traceback and holds every page request
until a later build succeeds. The adapter wraps that loop's builder: a build that fails is
built again from the last good generated files (or, if there are none or they fail too, from
the problem page alone), with the failure shown on every page and in the terminal.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from generators.mkdocs_state import STATE, Fallback

if TYPE_CHECKING:
    from collections.abc import Callable

    from mkdocs.livereload import LiveReloadServer

log = logging.getLogger("mkdocs.plugins.explainer")


# The page shown while no version of the site has built, under the banner of problems.
PROBLEM_PAGE = (
    "# The data has problems\n\n"
    "The explainer's pages appear here as soon as the problems above are fixed and the file "
    "is saved.\n"
)


def shown_instead() -> str:
    """While the data has problems: which version of the site is shown instead."""
    if STATE.shown_files():
        return "last good"
    return "last good fails" if STATE.last_good is not None else "none"


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
        "(a value that passes the checks breaks the build: undo the last edit, or look for "
        "the value the message names; `mkdocs serve --verbose` shows the details)"
    )


def falling_back(build: Callable[[], None]) -> Callable[[], None]:
    """`build`, retried with the last good version, then with the problem page, if it fails.

    Only if the problem page alone fails too (the fault is not the data's: a broken
    `mkdocs.yml`, say) does the first error reach MkDocs, which reports it as it always has.
    """

    def rebuild() -> None:
        STATE.build_error = None
        try:
            build()
            return
        except Exception as error:  # any failure: the loop would otherwise hold every page
            failure = error
        report = failure_report(STATE.build_error or failure)
        log.debug("the failed build:", exc_info=STATE.build_error or failure)
        keeps = (True, False) if STATE.last_good is not None else (False,)
        for keep_last_good in keeps:
            STATE.fallback = Fallback(report, keep_last_good)
            try:
                build()
            except Exception:
                continue
            else:
                return
            finally:
                STATE.fallback = None
        raise failure

    return rebuild


def guard_rebuilds(server: LiveReloadServer) -> None:
    """Make the serve loop's rebuilds fall back (its builder is a plain attribute of the
    server; without one, rebuilds stay as MkDocs makes them)."""
    build = getattr(server, "builder", None)
    if callable(build):
        server.builder = falling_back(build)
        STATE.rebuilds_fall_back = True
