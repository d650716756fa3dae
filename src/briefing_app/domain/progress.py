"""Progress reporting and cooperative cancellation for long work, free of Qt.

Long functions in bundles/, packs/ and drafts/ take `progress` and `cancel` arguments; ui/jobs.py
runs them on a worker thread and turns reports into signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressFn = Callable[[int, int, str], None]
"""progress(done, total, message); total 0 means unknown."""


class Cancelled(Exception):
    """The user cancelled; work in progress must be rolled back, and this is not a failure."""


class CancelToken:
    """Set from the GUI thread, checked by the worker at safe points."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise Cancelled when cancellation was requested."""
        if self._event.is_set():
            raise Cancelled()


def no_progress(done: int, total: int, message: str) -> None:
    """A ProgressFn that ignores reports."""
