"""The composition root: which database opens, and a clean exit with a message when it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing_app import app as app_module
from briefing_app.store.workspace import Workspace
from briefing_app.ui import main_window
from briefing_app.ui.settings import app_settings

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")


def test_damaged_database_shows_message_and_exits_with_1(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"this is not a database" * 200)
    assert app_module.run_gui(damaged) == 1
    assert shown and "not a workspace" in shown[0] and "could not be opened" in shown[0]
    assert "database" not in shown[0]
    assert damaged.read_bytes() == b"this is not a database" * 200


def test_run_gui_opens_window_titled_by_database_and_closes_it(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(app_module, "DEFAULT_FEATURES", ())
    seen: list[str] = []

    def fake_exec() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, main_window.MainWindow) and w.isVisible()]
        seen.extend(w.windowTitle() for w in windows)
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(tmp_path / "new.sqlite") == 0
    # the platform appends the display name: "new.sqlite — Briefing Desk", the app named once
    assert seen == ["new.sqlite"] and QApplication.applicationDisplayName() == "Briefing Desk"
    with Workspace.open(tmp_path / "new.sqlite") as ws:
        assert ws.counts()["provisions"] == 0


def test_last_database_is_chosen_when_none_is_named(tmp_path: Path, monkeypatch) -> None:
    settings = app_settings()
    last = tmp_path / "last.sqlite"
    Workspace.open(last).close()
    settings.setValue("files/last", str(last))
    assert app_module.choose_database(None, settings) == last
    assert app_module.choose_database(tmp_path / "named.sqlite", settings) == tmp_path / "named.sqlite"
    monkeypatch.setenv("BRIEFING_DB", str(tmp_path / "env.sqlite"))
    assert app_module.choose_database(None, settings) is None
    monkeypatch.delenv("BRIEFING_DB")
    last.unlink()
    assert app_module.choose_database(None, settings) is None


def test_a_bundle_named_on_the_command_line_opens_its_import_preview(qtbot, tmp_path: Path, monkeypatch) -> None:
    """How a double-clicked *.briefing file arrives (the .desktop file's Exec=… %f, issue #18)."""
    from briefing_app.bundles.export import export_bundle
    from briefing_app.cli import main
    from briefing_app.ui import bundles
    from briefing_app.ui.bundles.dialogs import ImportPreviewDialog
    from tests.gui.conftest import build_treaty

    with Workspace.open(tmp_path / "partner.sqlite") as partner:
        build_treaty(partner)
        bundle = export_bundle(partner, tmp_path / "from partner.briefing", organization="Partner NGO").path
    monkeypatch.setattr(app_module, "DEFAULT_FEATURES", (bundles.install,))
    asked: list[str] = []
    monkeypatch.setattr(ImportPreviewDialog, "ask",
                        classmethod(lambda cls, parent, report: asked.append(report.file_name) or False))

    def fake_exec() -> int:
        qtbot.waitUntil(lambda: asked != [], timeout=30_000)
        for window in QApplication.topLevelWidgets():
            if isinstance(window, main_window.MainWindow):
                window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    monkeypatch.chdir(tmp_path)  # a relative path, as a file manager may pass
    assert main(["--db", str(tmp_path / "mine.sqlite"), "from partner.briefing"]) == 0
    assert asked == [bundle.name]
    with Workspace.open(tmp_path / "mine.sqlite") as mine:  # the preview wrote nothing
        assert mine.counts()["provisions"] == 0


def test_window_has_the_app_icon_and_the_desktop_file_name(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(app_module, "DEFAULT_FEATURES", ())

    def fake_exec() -> int:  # not the real loop: a quit() here would end later tests' event loops too
        for window in QApplication.topLevelWidgets():
            if isinstance(window, main_window.MainWindow):
                window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(tmp_path / "new.sqlite") == 0
    icon = QApplication.windowIcon()
    assert {s.width() for s in icon.availableSizes()} >= {16, 48, 256}
    assert QApplication.desktopFileName() == "org.briefingdesk.BriefingDesk"


def test_a_missing_bundle_named_on_the_command_line_is_a_clear_message(qtbot, tmp_path: Path, monkeypatch) -> None:
    from briefing_app.cli import main
    from briefing_app.ui import bundles, failures

    monkeypatch.setattr(app_module, "DEFAULT_FEATURES", (bundles.install,))
    errors: list[str] = []
    crashes: list[str] = []
    monkeypatch.setattr(bundles, "show_error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(failures.CrashReport, "show", classmethod(lambda cls, p, t, text, d: crashes.append(text)))

    def fake_exec() -> int:
        qtbot.waitUntil(lambda: bool(errors or crashes), timeout=30_000)
        for window in QApplication.topLevelWidgets():
            if isinstance(window, main_window.MainWindow):
                window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert main(["--db", str(tmp_path / "mine.sqlite"), str(tmp_path / "gone.briefing")]) == 0
    assert crashes == [] and len(errors) == 1 and "gone.briefing" in errors[0]


def test_exit_when_shown_quits_once_the_window_is_visible(tmp_path: Path) -> None:
    """BRIEFING_EXIT_WHEN_SHOWN: the frozen app's smoke test and the start-up benchmark use it."""
    import os
    import subprocess
    import sys

    env = {**os.environ, app_module.EXIT_WHEN_SHOWN: "1", "QT_QPA_PLATFORM": "offscreen",
           "BRIEFING_HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-m", "briefing_app", "--db", str(tmp_path / "new.sqlite")],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("shown: new.sqlite (visible; menus: File, Edit, View")
