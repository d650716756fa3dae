"""Pack GUI fixtures: a main window with the packs extension over the small pack workspace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from briefing_app.store.workspace import Workspace
from briefing_app.ui import packs as packs_feature
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.packs import PacksController
from briefing_app.ui.packs.export_dialog import ExportPackDialog
from tests.conftest import FixedClock
from tests.packs.fixtures import Fixture, build_fixture


@pytest.fixture
def pack_window(qtbot, tmp_path: Path) -> Iterator[tuple[MainWindow, Fixture]]:
    ws = Workspace.open(tmp_path / "ui-packs.sqlite", clock=FixedClock())
    fixture = build_fixture(ws)
    window = MainWindow(ws, features=(packs_feature.install,))
    qtbot.addWidget(window)
    yield window, fixture
    qtbot.waitUntil(lambda: not window.features.get(PacksController).jobs, timeout=30000)
    ws.close()


def preview_ready(dialog: ExportPackDialog) -> bool:
    """No build running and the preview shows a loaded PDF."""
    return not dialog.jobs and dialog.preview.document.status() == QPdfDocument.Status.Ready


@pytest.fixture(autouse=True)
def discard_unsaved_profiles_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing an export dialog with edits asks (tests/gui/packs/test_pack_desktop.py); at teardown
    the edits are dropped. Tests that answer differently patch UnsavedProfile.ask themselves."""
    from briefing_app.ui.packs.asks import UnsavedProfile

    monkeypatch.setattr(UnsavedProfile, "ask", classmethod(lambda cls, parent, name: "discard"))
