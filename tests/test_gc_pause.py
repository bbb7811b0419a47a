# generators.gc_pause: the cycle collector is paused for one call and restored after.
from __future__ import annotations

import gc

import pytest

from generators.gc_pause import without_cycle_collection


@without_cycle_collection
def collector_state(fail: bool = False) -> bool:
    if fail:
        raise ValueError("stop")
    return gc.isenabled()


def test_paused_during_the_call_and_restored_after() -> None:
    assert gc.isenabled()
    assert collector_state() is False
    assert gc.isenabled()


def test_restored_after_an_error() -> None:
    with pytest.raises(ValueError):
        collector_state(fail=True)
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        assert collector_state() is False
        assert not gc.isenabled()  # nested batches do not turn it back on early
    finally:
        gc.enable()
