"""The window and encrypted workspaces (issue #13 items 3 and 6): unlock at open (three tries), new
workspaces offered encryption, Lock now (Ctrl+L) and the idle lock hide every view until the
passphrase is typed again, encrypt / change passphrase / decrypt from the menus."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from briefing_app import app as app_module
from briefing_app.store import cipher
from briefing_app.store.workspace import Workspace
from briefing_app.ui.features import DEFAULT_FEATURES
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.messages import Confirm, FileChooser
from briefing_app.ui.protect import ProtectController
from briefing_app.ui.protect.lock import IdleWatcher
from briefing_app.ui.protect.passphrase import NewPassphraseDialog, UnlockDialog
from tests.conftest import FixedClock
from tests.gui.conftest import build_treaty
from tests.protect.secrets import SECRETS, leaks, plant

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")
PASSPHRASE = "hold the line"


@pytest.fixture(autouse=True)
def _empty_keychain() -> Iterator[None]:
    cipher.KEYCHAIN._keys.clear()
    yield
    cipher.KEYCHAIN._keys.clear()


def _encrypted_treaty(path: Path) -> Path:
    with Workspace.open(path, key=cipher.new_key(PASSPHRASE), clock=FixedClock()) as ws:
        build_treaty(ws)
        plant(ws)
    cipher.KEYCHAIN.forget(path)
    return path


def _answers(monkeypatch: pytest.MonkeyPatch, *typed: str | None) -> list[str]:
    asked: list[str] = []
    queue = list(typed)

    def ask(_cls: object, _parent: object, path: Path, message: str = "") -> str | None:
        asked.append(message)
        return queue.pop(0)

    monkeypatch.setattr(UnlockDialog, "ask_passphrase", classmethod(ask))
    return asked


def _visible_outside(window: MainWindow, allowed: QWidget) -> list[str]:
    """Visible widgets that are neither the window itself nor part of `allowed` (the lock screen)."""
    found = []
    for widget in QApplication.allWidgets():
        if widget is window or not widget.isVisible():
            continue
        if widget is allowed or allowed.isAncestorOf(widget):
            continue
        found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


@pytest.fixture
def locked_window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    db = _encrypted_treaty(tmp_path / "enc.sqlite")
    _answers(monkeypatch, PASSPHRASE)
    window = MainWindow(Workspace.open(db, key=cipher.key_for(db, PASSPHRASE)), features=DEFAULT_FEATURES)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_lock_now_hides_every_view_until_the_passphrase_is_typed(qtbot, locked_window: MainWindow,
                                                                 tmp_path: Path) -> None:
    window = locked_window
    window.show_page("delegations")
    before = {id(w): w for w in QApplication.allWidgets() if w.isVisible()}
    title = window.windowTitle()
    assert window.registry.action("protect.lock").shortcut().toString() == "Ctrl+L"
    window.registry.action("protect.lock").trigger()
    controller = window.features.get(ProtectController)
    screen = controller.locker.screen
    assert controller.locker.locked and screen.geometry() == window.rect()
    assert _visible_outside(window, screen) == []
    assert window.windowTitle() == "Locked" and "enc.sqlite" not in window.windowTitle()
    assert not window.registry.action("edit.search").isEnabled()  # no shortcut reaches a view
    window.grab().save(str(tmp_path / "locked.png"))
    screen.passphrase.setText("not it")
    screen.try_unlock()
    assert controller.locker.locked and screen.message.text() == "Wrong passphrase."
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not controller.locker.locked and window.windowTitle() == title
    after = {id(w): w for w in QApplication.allWidgets() if w.isVisible()}
    lost = [f"{type(w).__name__} {w.objectName()} <{type(w.parentWidget()).__name__}>" for i, w in before.items() if i not in after]
    assert lost == []  # everything shown before is shown again
    assert window.registry.action("edit.search").isEnabled()


def test_idle_time_locks_an_encrypted_workspace(locked_window: MainWindow) -> None:
    controller = locked_window.features.get(ProtectController)
    assert controller.idle.minutes == 10 and controller.idle.timer.isActive()
    controller.idle.timer.timeout.emit()
    assert controller.locker.locked


def test_plain_workspace_offers_encryption_not_locking(qtbot, window: MainWindow) -> None:
    plain = MainWindow(window.workspace, features=DEFAULT_FEATURES)
    qtbot.addWidget(plain)
    controller = plain.features.get(ProtectController)
    assert not plain.registry.action("protect.lock").isEnabled() and controller.idle.minutes == 0
    assert plain.registry.action("protect.encrypt").isEnabled()
    assert not plain.registry.action("protect.decrypt").isEnabled()


def test_idle_watcher_filters_the_applications_events_only_while_idle_lock_is_on(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain workspace has no idle lock: no Python filter sees every event of the app (#17 item 1)."""
    seen: list[QEvent.Type] = []

    def record(_self: IdleWatcher, _watched: object, event: QEvent) -> bool:
        seen.append(event.type())
        return False

    monkeypatch.setattr(IdleWatcher, "eventFilter", record)
    plain = MainWindow(window.workspace, features=DEFAULT_FEATURES)
    qtbot.addWidget(plain)
    idle = plain.features.get(ProtectController).idle
    QApplication.sendEvent(plain, QEvent(QEvent.Type.User))
    assert idle.minutes == 0 and QEvent.Type.User not in seen
    idle.set_minutes(5)
    idle.set_minutes(10)  # a second setting does not install it twice
    QApplication.sendEvent(plain, QEvent(QEvent.Type.User))
    assert seen.count(QEvent.Type.User) == 1
    idle.set_minutes(0)
    QApplication.sendEvent(plain, QEvent(QEvent.Type.User))
    assert seen.count(QEvent.Type.User) == 1 and not idle.timer.isActive()


def test_opening_an_encrypted_workspace_asks_three_times_then_keeps_the_current_one(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _encrypted_treaty(tmp_path / "other.sqlite")
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    asked = _answers(monkeypatch, "a", "b", "c")
    current = window.workspace
    assert window.open_path(str(db)) is False
    assert len(asked) == 3 and asked[1] == "Wrong passphrase; 2 tries left." and window.workspace is current
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    _answers(monkeypatch, "wrong", PASSPHRASE)
    assert window.open_path(str(db)) is True
    assert window.workspace is not None and window.workspace.key is not None


def test_start_up_asks_for_the_passphrase_and_exits_when_cancelled(qtbot, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db = _encrypted_treaty(tmp_path / "start.sqlite")
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    _answers(monkeypatch, None)
    assert app_module.run_gui(db) == 1
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


def test_new_workspace_is_offered_encryption(qtbot, window: MainWindow, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "trip.sqlite"
    monkeypatch.setattr(FileChooser, "ask_new", classmethod(lambda cls, parent, folder="": str(target)))
    monkeypatch.setattr(NewPassphraseDialog, "ask_for_new_workspace",
                        classmethod(lambda cls, parent, path: cipher.new_key(PASSPHRASE)))
    window.new_database()
    assert window.workspace is not None and window.workspace.path == target
    assert window.workspace.key is not None and cipher.is_encrypted(target)


def test_encrypt_change_passphrase_and_decrypt_from_the_menus(qtbot, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "menu.sqlite"
    with Workspace.open(db, clock=FixedClock()) as ws:
        build_treaty(ws)
        plant(ws)
        counts = ws.counts()
    window = MainWindow(Workspace.open(db), features=DEFAULT_FEATURES)
    qtbot.addWidget(window)
    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(lambda cls, parent, title, intro: PASSPHRASE))
    window.registry.action("protect.encrypt").trigger()
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.key is not None, timeout=20000)
    assert cipher.is_encrypted(db) and leaks(tmp_path) == [] and window.workspace.counts() == counts
    assert window.registry.action("protect.lock").isEnabled()

    _answers(monkeypatch, PASSPHRASE)
    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(lambda cls, parent, title, intro: "second one"))
    old_key = window.workspace.key
    window.registry.action("protect.change_passphrase").trigger()
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.key not in (None, old_key),
                    timeout=20000)
    assert window.workspace.key == cipher.key_for(db, "second one")

    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, parent, title, text, action="": True))
    window.registry.action("protect.decrypt").trigger()
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.key is None, timeout=20000)
    assert not cipher.is_encrypted(db) and window.workspace.counts() == counts
    assert any(SECRETS[0] in line for line in leaks(tmp_path))  # plain again, as asked


def test_forget_this_workspace_removes_it_and_its_recent_entry(qtbot, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_app.ui.settings import recent_files

    db = _encrypted_treaty(tmp_path / "forget.sqlite")
    window = MainWindow(Workspace.open(db, key=cipher.key_for(db, PASSPHRASE)), features=DEFAULT_FEATURES)
    qtbot.addWidget(window)
    assert str(db.resolve()) in recent_files(window.settings)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, parent, title, text, action="": True))
    window.registry.action("protect.forget").trigger()
    assert window.workspace is None and not db.exists() and list(tmp_path.iterdir()) == []
    assert str(db.resolve()) not in recent_files(window.settings)
    assert window.settings.value("files/last", "") in ("", None)


def test_make_travel_copy_from_the_file_menu(qtbot, locked_window: MainWindow, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_app.bundles.selection import Selection
    from briefing_app.domain.models import Contact, Delegation
    from briefing_app.ui.file_dialogs import FileDialogs
    from briefing_app.ui.protect.travel import TravelChoice, TravelCopyDialog

    window = locked_window
    dialog = TravelCopyDialog(window, window.workspace)
    assert not dialog.make.isEnabled()  # nothing chosen: a copy of everything is not offered
    dialog.delegations.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.make.isEnabled() and dialog.choice().selection.delegation_ids
    trip_id = next(d.id for d in window.workspace.find(Delegation) if d.name == "Republic of Testland")
    target = tmp_path / "trip" / "trip.sqlite"
    target.parent.mkdir()
    monkeypatch.setattr(TravelCopyDialog, "ask", classmethod(
        lambda cls, parent, ws: TravelChoice(Selection(delegation_ids=(trip_id,)), True, False)))
    monkeypatch.setattr(FileDialogs, "ask_save", classmethod(lambda cls, *a, **k: target))
    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(lambda cls, parent, title, intro: "trip"))
    window.registry.action("protect.travel_copy").trigger()
    qtbot.waitUntil(lambda: not window.services.jobs.jobs and target.exists(), timeout=20000)
    qtbot.waitUntil(lambda: "Travel copy written" in window.statusBar().currentMessage(), timeout=5000)
    assert cipher.is_encrypted(target) and leaks(target.parent) == []
    with Workspace.open(target, key=cipher.key_for(target, "trip")) as trip:
        assert [c.name for c in trip.find(Contact)] == [SECRETS[0]]


def test_keep_passphrase_in_the_system_keyring_then_open_without_asking(qtbot, locked_window: MainWindow,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    from tests.protect.test_os_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        window = locked_window
        path = window.workspace.path
        action = window.registry.action("protect.keyring")
        assert action.isEnabled() and not action.isChecked()
        action.trigger()  # checks it, and asks for the passphrase to keep
        assert action.isChecked()
        assert list(backend.store.values()) == [PASSPHRASE]
        cipher.KEYCHAIN._keys.clear()
        _answers(monkeypatch)  # no answers left: a dialog now would fail the test
        other = MainWindow(None, features=())
        qtbot.addWidget(other)
        assert other.open_path(str(path)) and other.workspace is not None and other.workspace.key is not None
        action.trigger()  # unchecks it: the keyring forgets the passphrase
        assert backend.store == {} and not action.isChecked()
    finally:
        keyring.set_keyring(previous)


def test_lock_hides_floor_mode_too(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_app.ui import meetings
    from briefing_app.ui.meetings import MeetingsController
    from briefing_app.ui.protect import install as install_protect
    from tests.meetings_builders import build_room

    db = tmp_path / "room.sqlite"
    with Workspace.open(db, key=cipher.new_key(PASSPHRASE), clock=FixedClock()) as ws:
        build_room(ws)
    window = MainWindow(Workspace.open(db), features=(meetings.install, install_protect))
    qtbot.addWidget(window)
    window.show()
    floor = window.features.get(MeetingsController).start_floor()
    assert floor is not None and floor.isVisible()
    locker = window.features.get(ProtectController).locker
    window.registry.action("protect.lock").trigger()
    assert locker.locked and not floor.isVisible()
    assert _visible_outside(window, locker.screen) == []
    assert locker.screen.passphrase.isVisible()
    locker.screen.passphrase.setText(PASSPHRASE)
    locker.screen.try_unlock()
    assert not locker.locked and floor.isVisible()
    window.features.get(MeetingsController).close_floor()


def test_lock_cancels_an_open_dialog_and_does_not_bring_it_back(qtbot, locked_window: MainWindow) -> None:
    from briefing_app.ui.dialog_geometry import Dialog

    dialog = Dialog(locked_window)
    dialog.setWindowTitle("Edit contact")
    dialog.show()
    assert dialog.isVisible()
    locker = locked_window.features.get(ProtectController).locker
    locker.lock()
    assert not dialog.isVisible() and dialog.result() == Dialog.DialogCode.Rejected
    locker.screen.passphrase.setText(PASSPHRASE)
    locker.screen.try_unlock()
    assert not locker.locked and not dialog.isVisible()


def test_converting_waits_for_running_jobs(qtbot, locked_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    shown: list[str] = []
    monkeypatch.setattr("briefing_app.ui.protect.show_error", lambda parent, title, text: shown.append(text))
    release = threading.Event()
    window = locked_window
    window.services.jobs.run("Long read", "Reading…", lambda progress, token: release.wait(10), lambda _r: None,
                             cancelled_message="")
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, parent, title, text, action="": True))
    window.registry.action("protect.decrypt").trigger()
    assert shown and "still running" in shown[0] and window.workspace is not None and window.workspace.key
    release.set()
    qtbot.waitUntil(lambda: not window.services.jobs.jobs, timeout=10000)


def test_closing_while_locked_keeps_the_views_sidebar_for_the_next_start(qtbot, locked_window: MainWindow) -> None:
    """The lock hides the sidebar; the state saved on closing while locked hid it at every later
    start (seen in the walkthrough of #15: the empty-workspace screenshot had no sidebar)."""
    window = locked_window
    window.registry.action("protect.lock").trigger()
    assert window.sidebar.isHidden()
    window.save_settings()  # what closing the window does
    again = MainWindow(None, window.settings, features=())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.sidebar.isVisible() and len(again.sidebar.actions()) == len(again.registry.pages)
    again.close()
