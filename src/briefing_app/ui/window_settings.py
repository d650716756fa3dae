"""The main window's place, toolbars, splitter and view, kept in the settings between sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow


def restore_window(window: MainWindow) -> None:
    """The saved geometry, toolbars, splitter and view (the last view shown, else Provisions)."""
    geometry = window.settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(1360, 820)
    state = window.settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    # A window closed while locked saved its views sidebar hidden (the lock hides it); the app
    # has no way to hide it, so it is always shown (the empty-workspace screenshot had lost it).
    window.sidebar.setVisible(True)
    splitter = window.settings.value("window/splitter")
    if isinstance(splitter, QByteArray):
        window.splitter.restoreState(splitter)
    page = str(window.settings.value("window/page", "provisions"))
    window.show_page(page if page in [p.key for p in window.registry.pages] else "provisions")


def save_window(window: MainWindow) -> None:
    window.settings.setValue("window/geometry", window.saveGeometry())
    window.settings.setValue("window/state", window.saveState())
    window.settings.setValue("window/splitter", window.splitter.saveState())
    window.settings.setValue("window/page", window.current_page())
    if window.registry.page("matrix").built:
        amendments = window.matrix_page.amendments_box.isChecked()
        window.settings.setValue("matrix/amendments", "true" if amendments else "false")
    window.settings.sync()
