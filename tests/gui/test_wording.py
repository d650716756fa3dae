"""#15 "inconsistent wording": hints name the shortcut the Edit menu shows for Search (Ctrl+F),
not the second one (Ctrl+K) the menu does not show."""

from __future__ import annotations

import pytest

from briefing_app.ui.help import getting_started_html
from briefing_app.ui.main_window import MainWindow


def test_hints_name_the_search_shortcut_the_menu_shows(window: MainWindow) -> None:
    shown = window.registry.action("edit.search").shortcut().toString()
    assert shown == "Ctrl+F"
    window.panel._show_nothing_chosen(window.workspace)  # what a window with nothing chosen shows
    hint = window.panel.text_pane.plain_text()
    assert "Choose a provision" in hint and f"search with {shown}" in hint and "Ctrl+K" not in hint
    assert f"Search ({shown})" in getting_started_html() and "(Ctrl+K)" not in getting_started_html()


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")
def test_search_dialog_says_what_to_type_instead_of_an_empty_pane(window: MainWindow) -> None:
    window.open_search()
    dialog = window.search_dialog
    assert "Enter opens the hit" in dialog.status.text()
    dialog.query_edit.setText("interception")
    dialog.run_search()
    assert "Enter opens" not in dialog.status.text()
    dialog.query_edit.clear()
    dialog.run_search()
    assert dialog.status.text() == dialog.hint()
    dialog.hide()
