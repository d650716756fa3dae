"""One writer: the owner's workspace writes unless a job holds its write lease; connections stay on
the thread that opened them; readers are read-only."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefing_app.domain.models import Concern
from briefing_app.store.errors import StoreError, WriteBusyError
from briefing_app.store.workspace import Workspace
from briefing_app.store.writer import WriteLease
from tests.helpers import logical_dump

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "briefing_app"


def _in_thread(work: Callable[[], Any]) -> Any:
    """Run `work` on another thread; return its result or raise its exception here."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed back to the test's thread
            outcome["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(10)
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def test_owner_writes_are_refused_at_once_while_a_job_holds_the_lease(workspace: Workspace) -> None:
    before = logical_dump(workspace.conn)
    lease = WriteLease(workspace, "Import bundle")
    with pytest.raises(WriteBusyError, match="Import bundle is still saving") as refused:
        workspace.insert(Concern(title="typed while importing"))
    assert refused.value.reason == "write-busy"
    with pytest.raises(sqlite3.OperationalError, match="readonly"):  # a write bypassing transaction()
        workspace.conn.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    assert logical_dump(workspace.conn) == before
    with pytest.raises(WriteBusyError):
        WriteLease(workspace, "Import draft")
    lease.release()
    workspace.insert(Concern(title="after the import"))
    assert [c.title for c in workspace.find(Concern)] == ["after the import"]


def test_the_lease_holder_writes_through_its_own_connection_in_its_thread(workspace: Workspace) -> None:
    lease = WriteLease(workspace, "Import bundle")

    def job() -> str:
        with lease.open() as ws:
            return ws.insert(Concern(title="from the job")).id

    made = _in_thread(job)
    lease.release()
    assert workspace.require(Concern, made).title == "from the job"  # the owner reads what the job wrote


def test_a_connection_is_used_only_by_the_thread_that_opened_it(workspace: Workspace) -> None:
    with pytest.raises(sqlite3.ProgrammingError, match="thread"):
        _in_thread(lambda: workspace.get(Concern, "x"))
    lease = WriteLease(workspace, "Import bundle")
    with pytest.raises(RuntimeError, match="thread that took it"):
        _in_thread(lease.release)
    lease.release()
    lease.release()  # idempotent
    with pytest.raises(RuntimeError, match="released"):
        lease.open()


def test_readers_cannot_write(workspace: Workspace) -> None:
    with Workspace.open_read_only(workspace.path) as reader:
        assert reader.read_only
        with pytest.raises(StoreError):
            reader.insert(Concern(title="from a reader"))
        with pytest.raises(ValueError, match="read-only"):
            WriteLease(reader, "nothing")
    assert workspace.find(Concern) == []


def test_no_connection_turns_off_sqlites_thread_check() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if re.search(r"check_same_thread\s*=\s*False", p.read_text(encoding="utf-8"))]
    assert offenders == []

