# Batch work without Python's cycle collector, which rescans every live object as they pile up.
"""A decorator that pauses the cyclic garbage collector for the length of one call."""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def without_cycle_collection(function: Callable[P, R]) -> Callable[P, R]:
    """Run `function` with the cycle collector paused, and restore it after, even on error.

    Loading and rendering allocate many objects and free few; each full collection rescans all
    of them, which made loading 100× the article's data 2.6 times slower. Reference counting
    still frees whatever is not in a cycle, and the few cycles left are collected once the
    collector runs again.
    """

    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return paused
