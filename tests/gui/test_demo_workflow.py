"""The issue's acceptance path on the demo corpus: what NGOs say about interception, add a concern
and undo it, and which delegations oppose the amendments to the human-rights article."""

from __future__ import annotations

import pytest

from briefing_app.domain.models import Concern
from briefing_app.store.workspace import Workspace
from briefing_app.ui import dialogs
from briefing_app.ui.dialogs import Edited
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.provision_model import ID_ROLE
from tests.gui.conftest import content_dump

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")


def _find_row(window: MainWindow, label: str):
    nav = window.navigator
    for provision_id in nav.visible_provision_ids():
        index = nav.model.index_of(provision_id)
        if index.data() == label:
            return index.data(ID_ROLE)
    raise AssertionError(f"{label} not in the tree")


def test_advocate_path_through_demo_workspace(qtbot, monkeypatch, demo_workspace: Workspace) -> None:
    window = MainWindow(demo_workspace, features=())
    qtbot.addWidget(window)
    window.navigator.filter_edit.setText("interception of content")
    window.navigator.apply_filter()
    article = _find_row(window, "Article 30 — Interception of content data")
    assert window.select_provision(article)
    concerns = window.panel.concerns.plain_text()
    assert "EFF" in concerns and "critical" in concerns

    before = content_dump(demo_workspace.conn)
    new = Concern(title="Interception orders are kept secret forever")
    monkeypatch.setattr(dialogs.ConcernDialog, "ask", classmethod(lambda cls, p, ws, r, provision_id="": Edited(new, {})))
    window.action_search.trigger()
    window.search_dialog.hide()
    window.panel.concerns.buttons["Add concern…"].click()
    assert "kept secret forever" in window.panel.concerns.plain_text()
    window.action_undo.trigger()
    assert "kept secret forever" not in window.panel.concerns.plain_text()
    assert content_dump(demo_workspace.conn) == before

    window.navigator.clear_filters()
    rights = _find_row(window, "Chapter I — General provisions")
    window.navigator.model.fetchMore(window.navigator.model.index_of(rights))
    article6 = _find_row(window, "Article 6 — Respect for human rights")
    window.select_provision(article6)
    positions = window.panel.positions.plain_text()
    assert "Amendment:" in positions and "opposes" in positions


def test_status_bar_marks_demo_data_with_its_notice(qtbot, demo_workspace: Workspace) -> None:
    window = MainWindow(demo_workspace, features=())
    qtbot.addWidget(window)
    assert window.path_label.text().endswith("(demo data)")
    assert "Demo data" in window.path_label.toolTip()
