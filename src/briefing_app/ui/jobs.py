"""Background jobs: run long work on QThreadPool, deliver progress/result/error on the GUI thread.

After Anki's `aqt/operations` and Picard's `util/thread.py`. The work function receives a
`progress(done, total, message)` callable and a CancelToken; it must not touch widgets. Work that
writes the database opens its own Workspace (WAL: the GUI keeps reading meanwhile).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from briefing_app.domain.progress import Cancelled, CancelToken

Work = Callable[[Callable[[int, int, str], None], CancelToken], Any]


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback
    cancelled = Signal()
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, token: CancelToken) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals
        self._token = token

    def run(self) -> None:
        try:
            result = self._work(self._signals.progress.emit, self._token)
        except Cancelled:
            self._signals.cancelled.emit()
        except Exception as error:  # delivered to the GUI thread, never lost in the pool
            trace = traceback.format_exc()
            # The traceback's frames hold this runnable, whose C++ side the pool deletes when run()
            # returns; the GUI thread must not be left holding the last reference to it.
            self._signals.failed.emit(error.with_traceback(None), trace)
        else:
            if self._token.cancelled:
                self._signals.cancelled.emit()
            else:
                self._signals.succeeded.emit(result)
        finally:
            self._signals.finished.emit()


class Job(QObject):
    """One run of a work function. Connect to its signals, then call start().

    Signals arrive on the thread that created the Job (the GUI thread): progress(done, total,
    message), succeeded(result), failed(exception, traceback), cancelled(), finished().
    """

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Work, *, title: str = "", parent: QObject | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.token = CancelToken()
        self._work = work
        self._pool = pool or QThreadPool.globalInstance()
        self._signals = _Signals(self)  # owned by the Job: never deleted from the worker thread
        self._signals.progress.connect(self.progress)
        self._signals.succeeded.connect(self.succeeded)
        self._signals.failed.connect(self.failed)
        self._signals.cancelled.connect(self.cancelled)
        self._signals.finished.connect(self._on_finished)
        self.running = False

    def start(self) -> None:
        self.running = True
        self._pool.start(_Runnable(self._work, self._signals, self.token))

    def cancel(self) -> None:
        self.token.cancel()

    def _on_finished(self) -> None:
        self.running = False
        self.finished.emit()


class JobsWithProgress(QObject):
    """Runs one feature's jobs behind a window-modal progress dialog and keeps them alive until done.

    `jobs` lists the running ones (tests wait on it). Cancellation shows `cancelled_message` in the
    window's status bar; errors go to `failed(error, traceback)`.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.jobs: list[Job] = []

    def run(self, title: str, message: str, work: Work, done: Callable[[Any], None], *,
            failed: Callable[[BaseException, str], None], cancelled_message: str,
            cancellable: bool = True) -> Job:
        job = Job(work, title=message, parent=self)
        dialog = QProgressDialog(message, "Cancel", 0, 0, self.window)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(job.cancel)
        job.progress.connect(lambda n, total, text: _show_progress(dialog, n, total, text))
        job.succeeded.connect(done)
        job.failed.connect(failed)
        job.cancelled.connect(lambda: self.window.statusBar().showMessage(cancelled_message, 10000))
        job.finished.connect(lambda: self._finished(job, dialog))
        self.jobs.append(job)
        job.start()
        return job

    def _finished(self, job: Job, dialog: QProgressDialog) -> None:
        dialog.reset()
        dialog.deleteLater()
        if job in self.jobs:
            self.jobs.remove(job)


def _show_progress(dialog: QProgressDialog, done: int, total: int, text: str) -> None:
    dialog.setMaximum(total)
    dialog.setValue(done)
    dialog.setLabelText(text)


def drain(pool: QThreadPool | None = None, timeout_ms: int = 30000) -> bool:
    """Wait for running jobs (on quit); True when all finished in time."""
    return (pool or QThreadPool.globalInstance()).waitForDone(timeout_ms)
