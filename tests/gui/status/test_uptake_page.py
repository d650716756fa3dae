"""View → Was our ask adopted? on the demo: the report between the two versions amendment by
amendment, the evidence shown, statuses set in one undo step, and the PDF written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing_app.domain.enums import AmendmentStatus
from briefing_app.domain.models import Amendment
from briefing_app.store.workspace import Workspace
from briefing_app.ui.i18n import enum_label
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.status import StatusController, install
from briefing_app.ui.status.base import PdfFileChooser
from briefing_app.ui.status.uptake_page import item_html
from tests.gui.conftest import content_dump


@pytest.fixture
def window(qtbot: QtBot, demo_workspace: Workspace) -> MainWindow:
    win = MainWindow(demo_workspace, features=(install,))
    qtbot.addWidget(win)
    return win


def _page(window: MainWindow):
    window.registry.action("page.uptake").trigger()
    return window.features.get(StatusController).uptake.page


def test_uptake_page_is_ctrl_9_and_judges_the_zero_draft_against_the_adopted_text(window: MainWindow) -> None:
    assert window.registry.action("page.uptake").shortcut().toString() == "Ctrl+9"
    page = _page(window)
    assert (page.from_box.currentText(), page.to_box.currentText()) == ("Zero draft (2023)", "Adopted text (2024)")
    outcomes = {i.amendment.title: i.outcome.value for i in page.model.rows}
    assert outcomes["Delete draft article 17 on offences under other treaties"] == "adopted"
    assert outcomes["Limit cooperation to the offences established under the text"] == "partly-adopted"
    assert outcomes["Require a judge's prior authorisation and independent oversight of the powers"] == "not-adopted"
    assert page.totals.text() == "4 adopted, 1 partly adopted, 2 not adopted, 0 provisions deleted"
    assert "Evidence" in page.detail.toPlainText()


def test_choosing_the_same_version_twice_shows_no_report(window: MainWindow) -> None:
    page = _page(window)
    page.to_box.setCurrentIndex(0)
    assert page.report is None and not page.model.rows
    assert not page.buttons["pdf"].isEnabled()


def test_item_html_escapes_titles(window: MainWindow) -> None:
    page = _page(window)
    item = page.model.rows[0]
    from dataclasses import replace

    hostile = replace(item, amendment=replace(item.amendment, title="<img src=/etc/passwd>"))
    assert "&lt;img src=/etc/passwd&gt;" in item_html(hostile)


def test_statuses_set_from_the_report_in_one_undo_step(window: MainWindow) -> None:
    ws = window.workspace
    page = _page(window)
    before = content_dump(ws.conn)
    assert page.buttons["apply"].isEnabled()
    assert window.features.get(StatusController).uptake.apply_statuses()
    by_title = {a.title: a.status for a in ws.find(Amendment)}
    assert by_title["Delete draft article 17 on offences under other treaties"] is AmendmentStatus.ADOPTED
    assert by_title["Require a judge's prior authorisation and independent oversight of the powers"] \
        is AmendmentStatus.REJECTED
    assert not page.buttons["apply"].isEnabled() and page.pending_updates() == 0
    window.undo_stack.undo()
    assert content_dump(ws.conn) == before
    assert page.pending_updates() > 0


def test_export_pdf_writes_the_report(qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "uptake"
    monkeypatch.setattr(PdfFileChooser, "ask", classmethod(lambda cls, parent, kind, name: str(target)))
    _page(window)
    path = window.features.get(StatusController).uptake.export_pdf()
    assert path == target.with_suffix(".pdf")
    qtbot.waitUntil(path.exists, timeout=20000)
    assert path.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: "uptake.pdf" in window.statusBar().currentMessage(), timeout=5000)


def test_the_after_adoption_models_pass_modeltester(qtmodeltester, window: MainWindow) -> None:
    controller = window.features.get(StatusController)
    window.registry.show_page("status")
    qtmodeltester.check(controller.status_page.model, force_py=True)
    qtmodeltester.check(controller.status_page.proxy, force_py=True)
    window.registry.show_page("national")
    qtmodeltester.check(controller.national.page.model, force_py=True)
    page = _page(window)
    assert page.model.rowCount() == 7
    qtmodeltester.check(page.model, force_py=True)


def test_status_and_suggested_columns_show_words_not_stored_values(window: MainWindow) -> None:
    """#15 walkthrough: "partly-adopted" and raw statuses were shown; the words are those of the
    rest of the UI (ui/i18n.enum_label: translated, in English without the hyphens)."""
    page = _page(window)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    status, suggested = headers.index("Status"), headers.index("Suggested")
    row = next(r for r, i in enumerate(page.model.rows) if i.suggested_status == "partly-adopted")
    assert page.model.index(row, suggested).data() == "partly adopted"
    shown = {page.model.index(r, c).data() for r in range(page.model.rowCount()) for c in (status, suggested)}
    assert not any("-" in str(text) for text in shown), shown
    assert enum_label("tabled") == "tabled" and enum_label("un-body") == "UN body"
