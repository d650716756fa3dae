"""Layout a new user can read: the matrix legend wraps inside the window, and lists of names never
scroll sideways (long delegation names wrap)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListView

from briefing_app.domain.models import Delegation
from briefing_app.ui.bundles.dialogs import ExportDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.packs.batch_dialog import BatchExportDialog
from tests.gui.conftest import Treaty

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")

LONG = "Group of Latin American and Caribbean States"


def test_matrix_legend_stays_inside_a_narrow_window(qtbot, window: MainWindow) -> None:
    window.show_page("matrix")
    page = window.matrix_page
    assert page.minimumSizeHint().width() <= 640
    page.resize(640, 480)
    page.show()
    qtbot.waitExposed(page)
    legend = page.legend
    assert legend.geometry().right() <= page.width()
    text = legend.text()
    assert all(word in text for word in ("supports", "opposes", "undecided", "illustrative", "click a cell"))


def _fits(view: QListView, row: int) -> bool:
    rect = view.visualRect(view.model().index(row, 0))
    return rect.right() <= view.viewport().width()


def test_delegation_names_wrap_instead_of_scrolling_sideways(qtbot) -> None:
    names = [Delegation(name=LONG), Delegation(name="Democratic Republic of the Congo", iso_code="CD"),
             Delegation(name="Kenya", iso_code="KE")]
    dialog = BatchExportDialog(names, "/tmp", None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.minimumSizeHint())  # as narrow as the user can make it
    QApplication.processEvents()
    view = dialog.list
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff and view.wordWrap()
    assert all(_fits(view, row) for row in range(view.count()))
    if view.fontMetrics().horizontalAdvance(LONG) > view.viewport().width():
        assert view.visualRect(view.model().index(0, 0)).height() > view.fontMetrics().height() * 1.5


def test_bundle_export_lists_do_not_scroll_sideways(qtbot, treaty: Treaty) -> None:
    treaty.ws.insert(Delegation(name=LONG))
    dialog = ExportDialog(None, treaty.ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    lists = dialog.findChildren(QListView)
    assert lists
    for view in lists:
        assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        assert all(_fits(view, row) for row in range(view.model().rowCount()))
