"""Background jobs deliver results, errors and cancellation on the GUI thread."""

from __future__ import annotations

import gc
import threading
import time

import shiboken6
from PySide6.QtCore import QObject, QThread, QThreadPool

from briefing_app.domain.progress import CancelToken
from briefing_app.ui import jobs
from briefing_app.ui.jobs import Job


def test_job_reports_progress_and_result_on_gui_thread(qtbot) -> None:
    seen_threads: list[object] = []

    def work(progress, token: CancelToken) -> int:
        seen_threads.append(threading.current_thread())
        for i in range(3):
            progress(i + 1, 3, f"step {i + 1}")
        return 42

    job = Job(work)
    reports: list[tuple[int, int, str]] = []
    job.progress.connect(lambda d, t, m: reports.append((d, t, m)))
    receiver_threads: list[QThread] = []
    job.succeeded.connect(lambda _r: receiver_threads.append(QThread.currentThread()))
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        job.start()
    assert blocker.args == [42]
    qtbot.waitUntil(lambda: len(reports) == 3)
    assert reports[-1] == (3, 3, "step 3")
    assert seen_threads[0] is not threading.main_thread()
    assert receiver_threads == [job.thread()]


def test_job_cancel_reports_cancelled_not_failed(qtbot) -> None:
    started = threading.Event()

    def work(progress, token: CancelToken) -> None:
        started.set()
        while True:
            token.check()
            time.sleep(0.005)

    job = Job(work)
    failures: list[object] = []
    job.failed.connect(lambda e, tb: failures.append(e))
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.start()
        started.wait(5)
        job.cancel()
    assert failures == []


def test_job_error_is_delivered_with_traceback(qtbot) -> None:
    def work(progress, token: CancelToken) -> None:
        raise ValueError("broken bundle")

    job = Job(work)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    error, trace = blocker.args
    assert isinstance(error, ValueError) and "broken bundle" in trace
    assert error.__traceback__ is None  # its frames would keep the pool's runnable alive on this thread
    qtbot.waitUntil(lambda: not job.running)


def _blocked_work(release: threading.Event, started: threading.Event):
    def work(progress, token: CancelToken) -> int:
        started.set()
        assert release.wait(5)
        progress(1, 1, "done")
        return 7
    return work


def _hub_children() -> list[QObject]:
    return [child for child in jobs._hub().children() if isinstance(child, jobs._Signals)]


def test_job_collected_while_its_worker_runs_leaves_the_worker_finishing_cleanly(qtbot) -> None:
    """Issue #17 item 7: a Job garbage-collected mid-run made its worker raise 'Signal source has
    been deleted' (pytest-qt fails the test on that exception from QRunnable.run)."""
    release, started = threading.Event(), threading.Event()
    job = Job(_blocked_work(release, started))
    job.start()
    assert started.wait(5)
    token = job.token
    del job
    gc.collect()
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: not _hub_children(), timeout=5000)  # signal object deleted on this thread
    assert token not in jobs._RUNNING


def test_job_deleted_with_its_parent_while_running_still_lets_the_worker_finish(qtbot) -> None:
    release, started = threading.Event(), threading.Event()
    parent = QObject()
    job = Job(_blocked_work(release, started), parent=parent)
    results: list[object] = []
    job.succeeded.connect(results.append)
    job.start()
    assert started.wait(5)
    shiboken6.delete(parent)
    assert not shiboken6.isValid(job)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: not _hub_children(), timeout=5000)
    assert results == []  # nobody left to receive it, and no error either


def test_shutdown_cancels_running_work_and_waits_for_it(qtbot) -> None:
    started = threading.Event()

    def work(progress, token: CancelToken) -> None:
        started.set()
        while True:
            token.check()
            time.sleep(0.005)

    job = Job(work)
    cancelled: list[bool] = []
    job.cancelled.connect(lambda: cancelled.append(True))
    job.start()
    assert started.wait(5)
    assert jobs.shutdown(timeout_ms=5000)
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)
