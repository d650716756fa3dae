"""Background jobs: run long work on QThreadPool, deliver progress/result/error on the GUI thread.

After Anki's `aqt/operations` and Picard's `util/thread.py`. The work function receives a
`progress(done, total, message)` callable and a CancelToken; it must not touch widgets. Work that
touches the workspace goes through `JobsWithProgress.read` (a read-only connection of its own) or
`.write` (the workspace's write lease, store/writer.py: one writer at a time, the GUI never waits
on a lock).

A worker emits through a signal object that belongs to neither the Job nor the worker: it is a
child of one hub object on the GUI thread and is deleted there (deleteLater) once its `finished`
has been delivered. So a Job may be collected, or deleted with its dialog, while its worker still
runs (the result then has nobody to go to), and nothing Qt is freed on a worker thread.
`shutdown()` cancels and drains the running work before the application object goes away.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from briefing_app.domain.progress import Cancelled, CancelToken, ProgressFn
from briefing_app.store.errors import WriteBusyError
from briefing_app.store.workspace import Workspace
from briefing_app.store.writer import WriteLease
from briefing_app.ui.failures import report_failure
from briefing_app.ui.messages import show_error

Work = Callable[[ProgressFn, CancelToken], Any]
WorkspaceWork = Callable[[Workspace, ProgressFn, CancelToken], Any]


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback
    cancelled = Signal()
    finished = Signal()


_HUB: QObject | None = None
_RUNNING: set[CancelToken] = set()  # tokens of work that has not returned yet (any thread)
_RUNNING_LOCK = threading.Lock()


def _hub() -> QObject:
    """The parent of every job's signal object: lives on the GUI thread as long as the application."""
    global _HUB  # noqa: PLW0603 (one lazily made hub per application)
    if _HUB is None or not shiboken6.isValid(_HUB):
        _HUB = QObject(QCoreApplication.instance())
        _HUB.setObjectName("briefing_jobs_hub")
    return _HUB


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, token: CancelToken) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals
        self._token = token

    def run(self) -> None:
        try:
            result = self._work(self._emit_progress, self._token)
        except Cancelled:
            self._emit("cancelled")
        except Exception as error:  # delivered to the GUI thread, never lost in the pool
            trace = traceback.format_exc()
            # The traceback's frames hold this runnable, whose C++ side the pool deletes when run()
            # returns; the GUI thread must not be left holding the last reference to it.
            self._emit("failed", error.with_traceback(None), trace)
        else:
            if self._token.cancelled:
                self._emit("cancelled")
            else:
                self._emit("succeeded", result)
        finally:
            with _RUNNING_LOCK:
                _RUNNING.discard(self._token)
            self._emit("finished")

    def _emit_progress(self, done: int, total: int, message: str) -> None:
        self._emit("progress", done, total, message)

    def _emit(self, name: str, *args: object) -> None:
        """Emit unless the application (and with it the hub) is already gone: nobody is listening."""
        try:
            getattr(self._signals, name).emit(*args)
        except RuntimeError:
            if shiboken6.isValid(self._signals):
                raise


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
        self._signals = _Signals(_hub())  # outlives the Job; deleted on the GUI thread when finished
        self._signals.progress.connect(self.progress)
        self._signals.succeeded.connect(self.succeeded)
        self._signals.failed.connect(self.failed)
        self._signals.cancelled.connect(self.cancelled)
        self._signals.finished.connect(self._on_finished)
        self.running = False

    def start(self) -> None:
        self.running = True
        self._signals.finished.connect(self._signals.deleteLater)
        with _RUNNING_LOCK:
            _RUNNING.add(self.token)
        self._pool.start(_Runnable(self._work, self._signals, self.token))

    def cancel(self) -> None:
        self.token.cancel()

    def _on_finished(self) -> None:
        self.running = False
        self.finished.emit()


class JobsWithProgress(QObject):
    """Runs the window's jobs behind a window-modal progress dialog and keeps them alive until done.

    `jobs` lists the running ones (tests wait on it). Cancellation shows `cancelled_message` in the
    window's status bar; errors go to `failed(error, traceback)`, by default to report_failure with
    `outcome` (what happened to the user's data).
    """

    def __init__(self, window: QMainWindow, workspace: Callable[[], Workspace | None] = lambda: None) -> None:
        super().__init__(window)
        self.window = window
        self._workspace = workspace
        self.jobs: list[Job] = []

    def run(self, title: str, message: str, work: Work, done: Callable[[Any], None], *,
            cancelled_message: str, failed: Callable[[BaseException, str], None] | None = None,
            outcome: str = "", cancellable: bool = True) -> Job:
        return self._start(Job(work, title=message, parent=self), title, message, done,
                           cancelled_message=cancelled_message, failed=failed, outcome=outcome,
                           cancellable=cancellable)

    def read(self, title: str, message: str, work: WorkspaceWork, done: Callable[[Any], None], *,
             cancelled_message: str, failed: Callable[[BaseException, str], None] | None = None,
             outcome: str = "", cancellable: bool = True) -> Job | None:
        """Run `work(ws, progress, token)` on a read-only connection of the open workspace, opened in
        the worker; None (after a message) when no workspace is open."""
        ws = self._workspace_for(title)
        if ws is None:
            return None
        file = ws.file

        def run(progress: ProgressFn, token: CancelToken) -> Any:
            with file.open_read_only() as reader:
                return work(reader, progress, token)

        return self.run(title, message, run, done, cancelled_message=cancelled_message, failed=failed,
                        outcome=outcome, cancellable=cancellable)

    def write(self, title: str, message: str, work: WorkspaceWork, done: Callable[[Any], None], *,
              cancelled_message: str, failed: Callable[[BaseException, str], None] | None = None,
              outcome: str = "", cancellable: bool = True) -> Job | None:
        """Run `work(ws, progress, token)` as the workspace's one writer: the job holds its write
        lease (store/writer.py) and writes through its own connection; the lease comes back before
        `done` or `failed` runs. None (after a message) when no workspace is open or another job
        holds the lease."""
        ws = self._workspace_for(title)
        if ws is None:
            return None
        try:
            lease = WriteLease(ws, title)
        except WriteBusyError as error:
            report_failure(self.window, title, error, outcome=outcome)
            return None

        def run(progress: ProgressFn, token: CancelToken) -> Any:
            with lease.open() as writer:
                return work(writer, progress, token)

        job = Job(run, title=message, parent=self)
        for ended in (job.succeeded, job.failed, job.cancelled, job.finished):
            ended.connect(lease.release)  # first, so `done` may write again
        return self._start(job, title, message, done, cancelled_message=cancelled_message, failed=failed,
                           outcome=outcome, cancellable=cancellable)

    def _workspace_for(self, title: str) -> Workspace | None:
        ws = self._workspace()
        if ws is None:
            show_error(self.window, title, QCoreApplication.translate("Messages", "Open or create a workspace first."))
        return ws

    def _start(self, job: Job, title: str, message: str, done: Callable[[Any], None], *,
               cancelled_message: str, failed: Callable[[BaseException, str], None] | None,
               outcome: str, cancellable: bool) -> Job:
        dialog = QProgressDialog(message, "Cancel", 0, 0, self.window)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(job.cancel)
        job.progress.connect(lambda n, total, text: _show_progress(dialog, n, total, text))
        job.succeeded.connect(done)
        job.failed.connect(failed or (lambda error, trace: report_failure(self.window, title, error, trace,
                                                                          outcome=outcome)))
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


def shutdown(timeout_ms: int = 30000) -> bool:
    """Cancel every running job and wait for the workers (before the application object is
    destroyed); True when all stopped in time."""
    with _RUNNING_LOCK:
        running = list(_RUNNING)
    for token in running:
        token.cancel()
    return drain(timeout_ms=timeout_ms)
