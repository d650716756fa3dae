"""The main window's start-up work that waits until the window has been painted (issue #17 item 1).

Tasks (installing the feature packages that add only menu actions, ui/features.py) run one per
event-loop turn once the window's first paint event has been delivered, so the first view is on
screen without them and the window stays responsive in between. Whatever needs them sooner — a
registry lookup of something not registered yet, a menu opened, `window.features` — calls
`finish()`, which runs the rest at once. A window that is never painted finishes after
`FALLBACK_MS` anyway.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 2000


class WindowStart(QObject):
    finished = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._tasks: deque[Callable[[], None]] = deque()
        self._running = False
        self.done = False

    def add(self, task: Callable[[], None]) -> None:
        self._tasks.append(task)

    def after_first_paint(self) -> None:
        """Run the tasks in idle slices from the window's first paint on."""
        self._window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self.finish)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._next)
        return False

    def _next(self) -> None:
        if self._tasks:
            self._run(self._tasks.popleft())
        if self._tasks:
            QTimer.singleShot(0, self, self._next)
        else:
            self._finished()

    def finish(self) -> None:
        """Run every task left now (in order)."""
        while self._tasks:
            self._run(self._tasks.popleft())
        self._finished()

    def _run(self, task: Callable[[], None]) -> None:
        running, self._running = self._running, True
        try:
            task()
        finally:
            self._running = running

    def _finished(self) -> None:
        if not self.done and not self._running and not self._tasks:
            self.done = True
            self._window.removeEventFilter(self)
            self.finished.emit()
