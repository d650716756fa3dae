"""Fire-and-forget reads on the thread pool: keep each Job alive until it has finished.

A Job collected mid-run would have its result delivered to a dead object (a crash), so running
jobs are held here; the result callback runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from briefing_app.store import ui_queries
from briefing_app.store.errors import StoreError
from briefing_app.store.workspace import Workspace
from briefing_app.ui.jobs import Job
from briefing_app.ui.messages import show_error

T = TypeVar("T")
RUNNING: set[Job] = set()
WORKER_ABOVE = 3000  # provisions in a version above which its reads go to a worker (~0.1 s at 3k)
ROWS_WORKER_ABOVE = 10_000
"""Concerns, concern links, provisions and amendments in the workspace (ui_queries.size_estimate)
above which reads that scan them (badge counts, the status bar's totals) go to a worker even for a
small version: the badges of a 150-provision draft read every concern link of the workspace."""


def reads_in_worker(ws: Workspace, version_rows: int = 0) -> bool:
    """Whether a view's reads of this workspace (and of a version of `version_rows` provisions)
    would keep the GUI thread busy too long to run there."""
    return version_rows > WORKER_ABOVE or ui_queries.size_estimate(ws) > ROWS_WORKER_ABOVE


def _failed(title: str, error: BaseException, trace: str) -> None:
    """A read the environment broke (locked, damaged file) is reported; anything else is our bug
    and is raised on the GUI thread rather than lost in the pool."""
    if isinstance(error, StoreError):
        show_error(None, title, QCoreApplication.translate("Messages", "{title} failed: {error}").format(title=title, error=error))
        return
    raise RuntimeError(f"{title} failed in a worker:\n{trace}") from error


def read_in_worker(path: Path, read: Callable[[Workspace], T], on_result: Callable[[T], Any], title: str) -> Job:
    """Run `read` on a read-only connection to the workspace file in a worker; `on_result` gets
    its return value on the GUI thread."""

    def work(_progress: object, _token: object) -> T:
        with ui_queries.reader(path) as ws:
            return read(ws)

    job = Job(work, title=title)
    RUNNING.add(job)
    job.succeeded.connect(on_result)
    job.failed.connect(lambda error, trace: _failed(title, error, trace))
    job.finished.connect(lambda: RUNNING.discard(job))
    job.start()
    return job
