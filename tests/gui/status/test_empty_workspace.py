"""The after-adoption views on a workspace without a treaty, and on one with a single version: they
say what is missing and offer nothing that cannot work."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from briefing_app.store.workspace import Workspace
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.status import StatusController, install


def test_views_on_an_empty_workspace_disable_their_actions(qtbot: QtBot, tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "empty.sqlite") as ws:
        window = MainWindow(ws, features=(install,))
        qtbot.addWidget(window)
        controller = window.features.get(StatusController)
        window.registry.show_page("status")
        page = controller.status_page
        assert page.model.rows == [] and page.document is None
        assert not any(b.isEnabled() for b in page.buttons.values())
        window.registry.show_page("national")
        assert not controller.national.page.buttons["add_law"].isEnabled()
        assert controller.national.page.state_box.count() == 0
        assert "No laws or bills recorded for this state" in controller.national.page.detail.toPlainText()
        window.registry.show_page("uptake")
        uptake = controller.uptake.page
        assert uptake.report is None and not uptake.buttons["pdf"].isEnabled()
        assert not uptake.buttons["apply"].isEnabled()
        assert not controller.uptake.apply_statuses() and controller.uptake.export_pdf() is None
        window.close()


def test_uptake_with_one_version_asks_for_an_earlier_one(qtbot: QtBot, tmp_path: Path) -> None:
    from briefing_app.domain.models import Document, Version

    with Workspace.open(tmp_path / "one.sqlite") as ws:
        document = ws.insert(Document(title="A treaty"))
        ws.insert(Version(document_id=document.id, label="Only draft", seq=1))
        window = MainWindow(ws, features=(install,))
        qtbot.addWidget(window)
        window.registry.show_page("uptake")
        page = window.features.get(StatusController).uptake.page
        assert (page.from_box.count(), page.from_box.currentText(), page.to_box.currentText()) == (
            1, "Only draft", "Only draft")
        assert page.report is None
        assert page.totals.text() == ""  # one version: the empty state says what the view needs instead
        assert page.table_area.empty and "compares two versions" in page.table_area.note.text()
        window.registry.show_page("status")
        assert window.features.get(StatusController).status_page.buttons["import"].isEnabled()
        window.close()
