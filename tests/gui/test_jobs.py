"""Background jobs deliver results, errors and cancellation on the GUI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from briefing_app.domain.progress import CancelToken
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
