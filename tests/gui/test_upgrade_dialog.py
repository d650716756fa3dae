"""Opening an older workspace in the window: the schema upgrade runs in a worker behind a progress
dialog, the GUI thread keeps ticking, and Cancel leaves the file byte for byte (#17 item 6)."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from briefing_app.store import migrations
from briefing_app.store.workspace import Workspace
from briefing_app.ui import upgrade_dialog
from tests.gui.conftest import Treaty
from tests.store.test_upgrade import older_workspace


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_window_upgrades_an_older_workspace_in_a_worker_and_keeps_ticking(window, treaty: Treaty, tmp_path,
                                                                          monkeypatch) -> None:
    monkeypatch.setattr(upgrade_dialog, "SHOW_AFTER_MS", 0)
    path = older_workspace(tmp_path / "older.sqlite", 12)
    real = Workspace.upgrade_file
    threads: list[bool] = []
    ticked = threading.Event()

    def upgrade_after_three_ticks(*args, **kwargs):  # as a large workspace's CREATE INDEX takes a while
        threads.append(threading.current_thread() is threading.main_thread())
        assert ticked.wait(10), "the GUI thread did not tick while the upgrade ran"
        return real(*args, **kwargs)

    monkeypatch.setattr(Workspace, "upgrade_file", staticmethod(upgrade_after_three_ticks))
    ticks: list[int] = []
    seen: list[str] = []
    beat = QTimer()

    def tick() -> None:
        ticks.append(1)
        dialog = window.findChild(QProgressDialog, "schema_upgrade_dialog")
        if dialog is not None and dialog.isVisible():
            seen.append(dialog.labelText())
        if len(ticks) >= 3 and seen:
            ticked.set()

    beat.timeout.connect(tick)
    beat.start(10)
    assert window.open_path(str(path))
    beat.stop()
    assert threads == [False]  # the upgrade ran in a worker, the window showed the dialog meanwhile
    assert seen and "older.sqlite" in seen[0] and "Cancel leaves the file as it was" in seen[0]
    assert window.workspace is not None and window.workspace.path == path
    assert window.workspace.schema_version == migrations.latest_version()
    assert window.workspace.conn.execute("SELECT count(*) FROM concerns").fetchone()[0] == 400


def test_cancel_leaves_the_older_workspace_unchanged_and_the_current_one_open(window, treaty: Treaty, tmp_path,
                                                                              monkeypatch) -> None:
    path = older_workspace(tmp_path / "older.sqlite", 11)
    digest = _digest(path)
    real = Workspace.upgrade_file
    ran: list[int] = []

    def waits_for_cancel(*args, should_stop, **kwargs):
        deadline = time.monotonic() + 10
        while not should_stop() and time.monotonic() < deadline:
            time.sleep(0.01)
        ran.append(1)
        return real(*args, should_stop=should_stop, **kwargs)

    monkeypatch.setattr(Workspace, "upgrade_file", staticmethod(waits_for_cancel))

    def press_cancel() -> None:
        dialog = window.findChild(QProgressDialog, "schema_upgrade_dialog")
        if dialog is None:
            QTimer.singleShot(20, press_cancel)
            return
        dialog.findChild(QPushButton).click()  # the dialog's Cancel button

    QTimer.singleShot(50, press_cancel)
    assert not window.open_path(str(path))
    assert ran == [1]
    assert _digest(path) == digest
    assert [s.version for s in Workspace.pending_steps(path)][0] == 12
    assert window.workspace is treaty.ws  # the current workspace stays open
    assert window.statusBar().currentMessage() == "older.sqlite was not opened and is unchanged."


def test_current_workspace_opens_without_an_upgrade(window, treaty: Treaty, tmp_path, monkeypatch) -> None:
    path = tmp_path / "current.sqlite"
    Workspace.open(path).close()
    monkeypatch.setattr(upgrade_dialog, "SchemaUpgrade", None)  # would fail if it were used
    assert window.open_path(str(path)) and window.workspace.path == path
