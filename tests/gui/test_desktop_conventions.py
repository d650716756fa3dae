"""What a new user expects of a desktop app: an Edit menu acting on the focused widget, Help with a
getting-started page and a shortcut list made from the real actions, first steps on an empty
workspace, a demo workspace of its own, and "workspace" wherever a user reads about the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from briefing_app import paths
from briefing_app.domain.models import Concern
from briefing_app.store.workspace import Workspace
from briefing_app.ui import messages
from briefing_app.ui.edit_actions import available
from briefing_app.ui.help import GettingStartedDialog, ShortcutsDialog, shortcut_rows
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.menus import Place
from tests.gui.conftest import Treaty

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")


def _menu_texts(window: MainWindow, title: str) -> list[str]:
    menu = window.registry.menus[title]
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _focus(qtbot, window: MainWindow, widget: QWidget) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _enabled_in_menu(window: MainWindow) -> list[str]:
    window.edit_actions.grey_out()
    enabled = [verb for verb, action in window.edit_actions.actions.items() if action.isEnabled()]
    window.edit_actions.enable_all()
    return enabled


def test_edit_menu_has_the_clipboard_items_after_undo_and_redo(window: MainWindow) -> None:
    texts = _menu_texts(window, "Edit")
    assert texts[:7] == ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "&Delete", "Select &all"]


def test_edit_menu_acts_on_the_focused_text_field(qtbot, window: MainWindow) -> None:
    field = window.navigator.filter_edit
    _focus(qtbot, window, field)
    field.setText("interception")
    assert set(_enabled_in_menu(window)) == {"select_all"} | ({"paste"} if QGuiApplication.clipboard().text() else set())
    window.registry.action("edit.select_all").trigger()
    assert field.selectedText() == "interception"
    assert set(_enabled_in_menu(window)) >= {"cut", "copy", "delete", "select_all"}
    window.registry.action("edit.copy").trigger()
    assert QGuiApplication.clipboard().text() == "interception"
    window.registry.action("edit.delete").trigger()
    assert field.text() == ""
    window.registry.action("edit.paste").trigger()
    assert field.text() == "interception"
    window.navigator.apply_filter()  # now, while the workspace is open (the typing delay would fire later)


def test_edit_copy_and_delete_act_on_the_focused_card(qtbot, monkeypatch, window: MainWindow,
                                                      treaty: Treaty) -> None:
    window.select_provision(treaty.interception.id)
    [card] = window.panel.concerns.view.cards
    _focus(qtbot, window, card.buttons[0])
    assert set(_enabled_in_menu(window)) == {"copy", "delete"}
    window.registry.action("edit.copy").trigger()
    assert QGuiApplication.clipboard().text().startswith("Real-time interception without judicial authorisation")
    monkeypatch.setattr(messages.Confirm, "ask", classmethod(lambda cls, *a, **k: True))
    window.registry.action("edit.delete").trigger()
    assert treaty.ws.get(Concern, treaty.privacy.id) is None


def test_edit_copy_of_a_table_row_gives_its_cells_and_delete_asks_first(qtbot, monkeypatch, window: MainWindow,
                                                                         treaty: Treaty) -> None:
    window.show_page("concerns")
    page = window.concerns_page
    assert page.select_record(treaty.overbroad.id)
    _focus(qtbot, window, page.table)
    window.registry.action("edit.copy").trigger()
    assert "Overbroad offence of illegal access\t" in QGuiApplication.clipboard().text()
    asked: list[str] = []
    monkeypatch.setattr(messages.Confirm, "ask", classmethod(lambda cls, p, t, text, a="Delete": asked.append(text)))
    window.registry.action("edit.delete").trigger()
    assert asked and treaty.ws.get(Concern, treaty.overbroad.id) is not None  # refused: nothing deleted


def test_nothing_applies_to_the_provision_tree_but_copy(qtbot, window: MainWindow, treaty: Treaty) -> None:
    window.select_provision(treaty.interception.id)
    offered = available(window.navigator.tree)
    assert [verb for verb, handler in offered.items() if handler] == ["copy"]


def test_help_menu_offers_getting_started_shortcuts_and_about(window: MainWindow) -> None:
    assert _menu_texts(window, "Help") == ["&Getting started", "&Keyboard shortcuts", "&About Briefing Desk"]
    assert window.registry.action("help.getting_started").shortcuts()


def test_shortcut_list_is_made_from_the_registered_actions(window: MainWindow) -> None:
    rows = shortcut_rows(window.registry)
    assert ("Edit", "Search", "Ctrl+F, Ctrl+K") in [(r.menu, r.action, r.keys) for r in rows]
    assert {r.action for r in rows} >= {"Undo", "Copy", "Getting started", "Keyboard shortcuts", "Provisions"}
    window.registry.add_action("test.new", Place.TOOLS, "&Brand new tool…", lambda: None, shortcut="Ctrl+Alt+B")
    dialog = ShortcutsDialog(window.registry, window)
    table = dialog.table
    cells = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert ["Ctrl+Alt+B", "Brand new tool", "Tools"] in cells
    assert len(cells) == len({key for key in window.registry.keys()
                              if window.registry.action(key).shortcuts()})


def test_getting_started_buttons_run_the_real_menu_actions(window: MainWindow) -> None:
    ran: list[str] = []
    window.registry.add_action("drafts.import", Place.FILE_IMPORT, "Import draft", lambda: ran.append("draft"))
    dialog = GettingStartedDialog(window.registry, window)
    assert list(dialog.step_buttons) == ["file.open_demo", "drafts.import"]  # no bundle feature installed
    dialog.step_buttons["drafts.import"].click()
    assert ran == ["draft"] and dialog.result() == dialog.DialogCode.Accepted


def test_empty_workspace_offers_first_steps_instead_of_pointing_at_an_empty_tree(qtbot, tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "empty.sqlite")
    window = MainWindow(ws)
    qtbot.addWidget(window)
    text = window.panel.text_pane.plain_text()
    assert "Choose a provision in the tree" not in text
    assert "This workspace holds no treaty yet" in text
    view = window.panel.text_pane.view
    assert [b.text() for card in view.cards for b in card.buttons] == [
        "Open the demo workspace", "Import a draft…", "Import a bundle…", "Getting started…"]
    assert not window.panel.tabs.isVisibleTo(window)  # no empty half screen of tabs
    triggered: list[bool] = []
    window.registry.action("drafts.import").triggered.disconnect()
    window.registry.action("drafts.import").triggered.connect(lambda *_: triggered.append(True))
    view.button_for("action:drafts.import").click()
    assert triggered == [True]
    ws.close()


def test_workspace_with_a_treaty_but_no_choice_says_choose_one(window: MainWindow) -> None:
    assert "Choose a provision in the tree on the left" in window.panel.text_pane.plain_text()


def test_open_the_demo_workspace_keeps_the_users_workspace_apart(qtbot, window: MainWindow, treaty: Treaty) -> None:
    before = treaty.ws.counts()
    own = window.workspace_path
    window.registry.action("file.open_demo").trigger()
    assert window.workspace_path == paths.demo_workspace()
    assert window.workspace is not None and window.workspace.is_demo
    assert window.workspace.counts()["provisions"] > 0
    with Workspace.open(own) as check:
        assert check.counts() == before
    demo_ws = window.workspace
    window.registry.action("file.open_demo").trigger()  # already open: nothing happens
    assert window.workspace is demo_ws
    demo_ws.close()


def test_no_menu_item_or_tip_says_database(qtbot, treaty: Treaty) -> None:
    window = MainWindow(treaty.ws)  # with every feature
    qtbot.addWidget(window)
    words = []
    for action in window.findChildren(QAction):
        words += [action.text(), action.statusTip(), action.toolTip()]
    for menu in window.findChildren(QMenu):
        words.append(menu.title())
    words += [window.windowTitle(), window.path_label.text()]
    assert [w for w in words if "database" in w.casefold()] == []


def test_about_names_the_version_and_has_a_licence_page(monkeypatch, window: MainWindow) -> None:
    from briefing_app import __version__
    from briefing_app.ui import about

    shown: list[about.AboutDialog] = []

    def capture(dialog: about.AboutDialog) -> None:
        shown.append(dialog)

    monkeypatch.setattr(about.AboutDialog, "exec", capture)
    window.registry.action("help.about").trigger()
    assert len(shown) == 1
    summary = shown[0].tabs.widget(0).text()
    assert summary.startswith(f"Briefing Desk {__version__}\n") and "database" not in summary.casefold()
    assert "Crash log:" in summary
    page = shown[0].licences.toPlainText()
    for expected in ("Apache-2.0", "Qt 6", "LGPL-3.0-only", "ReportLab", "BSD-3-Clause", "sqlite-utils",
                     "cryptography", "pyrage", "pypdfium2", "lxml", "python-bidi", "arabic-reshaper",
                     "platformdirs", "DejaVu Sans", "WenQuanYi Micro Hei", "replace them with your own build"):
        assert expected in page, expected


def test_no_key_runs_two_actions(qtbot, treaty: Treaty) -> None:
    window = MainWindow(treaty.ws)  # with every feature
    qtbot.addWidget(window)
    owners: dict[str, list[str]] = {}
    for key in window.registry.keys():
        for sequence in window.registry.action(key).shortcuts():
            owners.setdefault(sequence.toString(), []).append(key)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_quit_is_the_last_entry_of_file_and_workspace_actions_sit_above_it(qtbot, treaty: Treaty) -> None:
    window = MainWindow(treaty.ws)  # with every feature installed: they add to File too
    qtbot.addWidget(window)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    entries = [a for a in file_menu.actions() if not a.isSeparator()]
    assert entries[-1] is window.registry.action("file.quit")
    actions = file_menu.actions()
    assert actions[actions.index(entries[-1]) - 1].isSeparator()  # Quit stands in its own section
    texts = [a.text() for a in entries]
    assert texts.index("Lo&ck now") < texts.index("&Quit")
    assert texts.index("For&get this workspace…") < texts.index("&Quit")


def test_tools_menu_groups_exchange_room_and_protection_apart(qtbot, treaty: Treaty) -> None:
    window = MainWindow(treaty.ws)
    qtbot.addWidget(window)
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    groups: list[list[str]] = [[]]
    for action in tools.actions():
        if action.isSeparator():
            groups.append([])
        else:
            groups[-1].append(action.text())
    groups = [g for g in groups if g]
    assert [g[0] for g in groups[1:]] == ["&Floor mode…", "&Encrypt workspace…"]
    assert "Partner &keys…" in groups[0]
