"""Keyboard and screen-reader basics: every interactive widget is named, tab order reaches the
main panes, and colours follow the palette (dark mode keeps text readable)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QWidget,
)

from briefing_app.ui.main_window import MainWindow
from tests.gui.conftest import Treaty
from tests.gui.helpers import unnamed_widgets


@pytest.fixture
def window(window: MainWindow, treaty: Treaty) -> MainWindow:
    window.select_provision(treaty.interception.id)
    return window


def test_every_interactive_widget_has_an_accessible_name(window: MainWindow) -> None:
    assert unnamed_widgets(window) == []
    assert unnamed_widgets(window.search_dialog) == []


def _next_tab_stop(widget: QWidget) -> QWidget:
    candidate = widget.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isEnabled()):
        candidate = candidate.nextInFocusChain()
    return candidate


def test_tab_order_runs_from_tree_to_provision_text_to_tabs(window: MainWindow) -> None:
    assert _next_tab_stop(window.navigator.tree) is window.panel.text_pane.view
    assert _next_tab_stop(window.navigator.filter_edit) is window.navigator.severity_box
    assert _next_tab_stop(window.navigator.document_box) is window.navigator.version_box


def test_dark_palette_keeps_text_colours_from_palette(qtbot, window: MainWindow, treaty: Treaty) -> None:
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.Base, "#1b1b1d"),
                         (QPalette.ColorRole.Text, "#e8e8e8"), (QPalette.ColorRole.WindowText, "#e8e8e8")):
        dark.setColor(role, QColor(colour))
    window.setPalette(dark)
    window.panel.refresh()
    html = window.panel.concerns.view.html()
    assert "#000000" not in html.lower() and "color:black" not in html.replace(" ", "").lower()
    browser = window.panel.concerns.view
    assert browser.palette().color(QPalette.ColorRole.Text) == QColor("#e8e8e8")


def test_user_text_in_tooltips_is_shown_literally(window: MainWindow, treaty: Treaty) -> None:
    from briefing_app.domain.models import Concern

    treaty.ws.insert(Concern(title='<img src="x"> <b>bold</b>'))
    window.show_page("concerns")
    model = window.concerns_page.model
    row = next(r for r in range(model.rowCount()) if model.rows[r].title.startswith("<img"))
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "<span>&lt;img src=&quot;x&quot;&gt; &lt;b&gt;bold&lt;/b&gt;</span>"
    assert model.index(row, 0).data() == '<img src="x"> <b>bold</b>'
