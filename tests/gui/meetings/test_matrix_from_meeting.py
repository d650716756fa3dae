"""The position matrix's "from meeting" filter and the line saying where a position came from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from briefing_app.demo import install_demo
from briefing_app.store.workspace import Workspace
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.matrix_page import MatrixPage
from tests.conftest import FixedClock, demo_corpus


@pytest.fixture
def demo_matrix(qtbot, tmp_path: Path) -> Iterator[MatrixPage]:
    ws = Workspace.open(tmp_path / "demo.sqlite", clock=FixedClock())
    install_demo(ws, demo_corpus())
    window = MainWindow(ws, features=())
    qtbot.addWidget(window)
    window.navigator.select_provision(ws.conn.execute(
        "SELECT p.id FROM provisions p JOIN versions v ON v.id = p.version_id "
        "WHERE v.label = 'Adopted text (2024)' AND p.number = '6' AND p.kind = 'article'").fetchone()[0])
    window.show_page("matrix")
    yield window.matrix_page
    window.close()
    ws.close()


def _index(page: MatrixPage, delegation: str, article: str):
    model = page.model
    row = [d.name for d in model.delegations].index(delegation)
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(article)
    return model.index(row, column)


def test_one_meeting_shows_only_what_came_from_it(demo_matrix: MatrixPage) -> None:
    page = demo_matrix
    assert _index(page, "New Zealand", "6").data() != ""  # a Third Committee statement, not a meeting
    assert page.meeting_filter.findText("From: 11th meeting (2024-08)") > 0
    page.meeting_filter.setCurrentIndex(page.meeting_filter.findText("From: 11th meeting (2024-08)"))
    assert _index(page, "New Zealand", "6").data() == ""
    us = _index(page, "United States of America", "6")
    assert us.data() == "✔ʰ"
    page.table.setCurrentIndex(us)
    text = page.origin.text()
    assert text.startswith("United States of America on Article 6 — Respect for human rights: supports — ")
    assert "From the 11th meeting (2024-08), Reconvened concluding session of the Ad Hoc Committee" in text
    assert "(dig.watch session report: eleventh meeting (human rights clause)) · 2024-08 · confidence medium" in text
    page.table.setCurrentIndex(_index(page, "Malaysia", "6"))
    assert ("Said at the 11th meeting (2024-08), Reconvened concluding session of the Ad Hoc Committee, as "
            "dig.watch session report: eleventh meeting (human rights clause) reports: “MY 6.2 opp prefers a "
            "general human rights statement without a list”") in page.origin.text()
    page.meeting_filter.setCurrentIndex(page.meeting_filter.findText("From: any meeting"))
    assert _index(page, "Iran (Islamic Republic of)", "6").data().endswith("ʰ")
    page.meeting_filter.setCurrentIndex(0)
    assert _index(page, "New Zealand", "6").data() != ""


def test_the_filter_survives_a_refresh_and_a_cell_without_position_says_so(demo_matrix: MatrixPage) -> None:
    page = demo_matrix
    page.meeting_filter.setCurrentIndex(page.meeting_filter.findText("From: any meeting"))
    page.refresh()
    assert page.meeting_filter.currentText() == "From: any meeting"
    empty = _index(page, "New Zealand", "14")
    page.table.setCurrentIndex(empty)
    assert page.origin.text().endswith(": no position recorded")
