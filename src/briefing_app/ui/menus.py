"""Menus File / Edit / View / Tools / Help of the main window, with standard shortcuts.

Places for later features are QActions created here, disabled, and named on the window:
`action_import_draft`, `action_import_bundle`, `action_export_bundle`, `action_export_pack` (File),
`action_compare_versions`, `action_review_draft` (View), `action_undo_import`,
`action_check_workspace` (Tools). The owning packages (ui/drafts, ui/bundles, ui/packs) connect and
enable them from their `install(window)`; see main_window.install_extensions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | None


def _action(window: MainWindow, menu: QMenu, text: str, shortcut: Shortcut = None,
            handler: Callable[[], object] | None = None, *, tip: str = "") -> QAction:
    action = QAction(text, window)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    if handler is not None:
        action.triggered.connect(lambda _checked=False: handler())
    menu.addAction(action)
    return action


def _placeholder(window: MainWindow, menu: QMenu, name: str, text: str, shortcut: Shortcut = None,
                 tip: str = "") -> QAction:
    """A menu place another package fills in: disabled until its install(window) connects it."""
    action = _action(window, menu, text, shortcut, tip=tip)
    action.setObjectName(name)
    action.setEnabled(False)
    setattr(window, name, action)
    return action


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    _action(window, file_menu, "&New database…", QKeySequence.StandardKey.New, window.new_database)
    _action(window, file_menu, "&Open…", QKeySequence.StandardKey.Open, window.open_database)
    window.recent_menu = file_menu.addMenu("Open &recent")
    file_menu.addSeparator()
    _placeholder(window, file_menu, "action_import_draft", "Import &draft text…",
                 tip="Import a new draft of a document from a text, Markdown or Word file")
    _placeholder(window, file_menu, "action_import_bundle", "&Import bundle…", "Ctrl+I",
                 tip="Merge a bundle from a coalition partner")
    _placeholder(window, file_menu, "action_export_bundle", "E&xport bundle…", "Ctrl+Shift+E",
                 tip="Share a selection of this workspace as a bundle file")
    _placeholder(window, file_menu, "action_export_pack", "Export briefing &pack…", QKeySequence.StandardKey.Print,
                 tip="Create a PDF briefing pack tailored to a delegation")
    file_menu.addSeparator()
    quit_action = _action(window, file_menu, "&Quit", QKeySequence.StandardKey.Quit, window.close)
    if not quit_action.shortcuts():  # some platforms define no standard Quit key
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))

    edit_menu = bar.addMenu("&Edit")
    undo = window.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcuts(QKeySequence.StandardKey.Redo)
    edit_menu.addActions([undo, redo])
    window.action_undo, window.action_redo = undo, redo
    edit_menu.addSeparator()
    find = _action(window, edit_menu, "&Search…", None, window.open_search)
    find.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+K")])
    window.action_search = find
    edit_menu.addSeparator()
    window.record_menu_actions = [
        _action(window, edit_menu, "New &concern on this provision…", "Ctrl+Shift+C", window.panel.add_concern),
        _action(window, edit_menu, "New &amendment to this provision…", "Ctrl+Shift+A", window.panel.add_amendment),
        _action(window, edit_menu, "New &position on this provision…", "Ctrl+Shift+O", window.panel.add_position),
        _action(window, edit_menu, "New &note on this provision…", "Ctrl+Shift+N", window.panel.add_note),
    ]
    _action(window, edit_menu, "New &delegation…", None, window.record_actions.add_delegation)
    _action(window, edit_menu, "New s&ource…", None, window.record_actions.add_source)
    _action(window, edit_menu, "New &evidence case…", None, window.record_actions.add_case)
    _action(window, edit_menu, "New organi&zation…", None, window.record_actions.add_organization)

    view_menu = bar.addMenu("&View")
    group = QActionGroup(window)
    window.page_actions = []
    for number, (label, page) in enumerate(window.page_names(), start=1):
        action = _action(window, view_menu, label, f"Ctrl+{number}",
                         lambda p=page: window.show_page(p))  # type: ignore[misc]
        action.setCheckable(True)
        group.addAction(action)
        window.page_actions.append(action)
        window.sidebar.addAction(action)
    view_menu.addSeparator()
    _placeholder(window, view_menu, "action_compare_versions", "Compare &versions…", "Ctrl+D",
                 tip="Compare two versions of a document")
    _placeholder(window, view_menu, "action_review_draft", "&Review after new draft…",
                 tip="Records carried to a new draft that need a human look")
    view_menu.addSeparator()
    _action(window, view_menu, "Re&fresh", QKeySequence.StandardKey.Refresh, window.refresh_all)

    tools_menu = bar.addMenu("&Tools")
    _placeholder(window, tools_menu, "action_undo_import", "&Undo last import…",
                 tip="Restore the workspace as it was before the last bundle import")
    _placeholder(window, tools_menu, "action_check_workspace", "&Check workspace…",
                 tip="Run integrity and foreign-key checks on the workspace file")

    help_menu = bar.addMenu("&Help")
    _action(window, help_menu, "&About Briefing Desk", None, window.show_about)


def add_after(window: QObject, anchor: QAction, text: str, handler: Callable[[], object]) -> QAction:
    """An extension's own action, placed right after `anchor` in every menu holding it."""
    action = QAction(text, window)
    action.triggered.connect(lambda _checked=False: handler())
    for owner in anchor.associatedObjects():
        if isinstance(owner, QMenu):
            following = owner.actions()[owner.actions().index(anchor) + 1:]
            if following:
                owner.insertAction(following[0], action)
            else:
                owner.addAction(action)
    return action
