"""The cyclic collector runs on the GUI thread only: off automatically, collected by a timer."""

from __future__ import annotations

import gc

from briefing_app.ui.gc_guard import MainThreadGarbageCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collector_disables_automatic_gc_and_frees_cycles_on_its_timer(qtbot) -> None:
    was_enabled = gc.isenabled()
    collector = MainThreadGarbageCollector(interval_ms=10)
    collector.start()
    try:
        assert not gc.isenabled()
        for _ in range(gc.get_threshold()[0] + 10):
            _Cycle()
        assert gc.get_count()[0] > gc.get_threshold()[0]
        qtbot.waitUntil(lambda: gc.get_count()[0] <= gc.get_threshold()[0], timeout=5000)
    finally:
        collector.stop()
    assert gc.isenabled()
    if not was_enabled:
        gc.disable()


def test_collect_due_does_nothing_below_threshold() -> None:
    collector = MainThreadGarbageCollector()
    gc.collect()
    assert collector.collect_due() == 0
