"""Python's cyclic garbage collector runs on the GUI thread only.

A collection can start in whichever thread happens to allocate; started in a worker (a pack
preview, a bundle import) it may free Qt wrappers and their C++ objects there, which crashes the
process (seen: a segfault "Garbage-collecting" inside a preview job). As qutebrowser does, automatic
collection is switched off and a timer on the GUI thread collects with the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadGarbageCollector(QObject):
    """Create on the GUI thread; start() disables automatic collection, stop() restores it."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        gc.disable()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold is exceeded; returns objects freed."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return 0
        generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
        return gc.collect(generation)
