"""The window's jobs and edits share one writer: a write job holds the lease, an edit meanwhile is
refused at once (nothing waits on a lock), and the lease is back before the job's `done` runs."""

from __future__ import annotations

import threading

import pytest

from briefing_app.domain.models import Concern, Organization
from briefing_app.store.errors import WriteBusyError
from briefing_app.ui.editor import Editor
from briefing_app.ui.main_window import MainWindow
from tests.gui.conftest import Treaty
from tests.helpers import logical_dump


def test_edit_during_a_write_job_is_refused_and_the_lease_returns_before_done(
        qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, treaty: Treaty) -> None:
    errors: list[str] = []
    monkeypatch.setattr("briefing_app.ui.editor.show_error", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr("briefing_app.ui.messages.show_error", lambda _p, _t, text: errors.append(text))
    started, release = threading.Event(), threading.Event()
    seen_in_done: list[str] = []

    def work(ws, progress, token) -> str:
        started.set()
        assert release.wait(10)
        return ws.insert(Organization(name="Written by the job")).id

    def done(org_id: str) -> None:  # may write again at once: the lease is back
        seen_in_done.append(treaty.ws.require(Organization, org_id).name)
        treaty.ws.set_meta("after.job", "1")

    job = window.services.jobs.write("Import bundle", "Importing…", work, done, cancelled_message="cancelled")
    assert job is not None and started.wait(10)
    before = logical_dump(treaty.ws.conn)
    editor: Editor = window.editor
    assert not editor.save(None, Concern(title="Typed during the import"))
    assert errors and "Import bundle is still saving" in errors[0]
    assert window.undo_stack.count() == 0 and logical_dump(treaty.ws.conn) == before
    assert window.services.jobs.write("Import draft", "…", work, done, cancelled_message="") is None
    assert len(errors) == 2 and "Import bundle is still saving" in errors[1]
    release.set()
    qtbot.waitUntil(lambda: not window.services.jobs.jobs, timeout=10000)
    assert seen_in_done == ["Written by the job"] and treaty.ws.get_meta("after.job") == "1"
    assert editor.save(None, Concern(title="After the import"))


def test_write_job_failure_gives_the_lease_back(qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow,
                                               treaty: Treaty) -> None:
    failures: list[BaseException] = []

    def work(ws, progress, token) -> None:
        with ws.transaction():
            ws.insert(Organization(name="rolled back"))
            raise WriteBusyError("a user error from the job")

    window.services.jobs.write("Import bundle", "…", work, lambda _r: None, cancelled_message="",
                               failed=lambda error, _trace: failures.append(error))
    qtbot.waitUntil(lambda: not window.services.jobs.jobs, timeout=10000)
    assert len(failures) == 1 and not treaty.ws.leased_to
    assert [o.name for o in treaty.ws.find(Organization)] == ["Amnesty International", "ARTICLE 19"]
    assert window.editor.save(None, Concern(title="Writes work again"))
