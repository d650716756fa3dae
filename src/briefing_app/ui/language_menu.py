"""View → Language: English, Français, Español, العربية (layout only) or the system's language.

The choice is saved in the settings and applies at once: the new translator is installed
(ui/i18n.switch_language) and the main window is rebuilt in its place with the same workspace,
geometry, toolbars, current view, selected provision (and its tab) and selected record. Widgets
hold no data (the store does), so nothing is lost but the undo history, which belongs to the old
window's editor; an Arabic choice lays the new window out right to left.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QSettings
from PySide6.QtGui import QActionGroup

from briefing_app.ui.i18n import CHOICES, SETTING, switch_language, ui_language
from briefing_app.ui.menus import Place, Registry

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

# Each language change's (old window, new window): the new one has no other owner, and the app
# finds the window to close from the one it made (current_window).
_rebuilt: list[tuple[MainWindow, MainWindow]] = []


class LanguageMenu(QObject):
    def __init__(self, registry: Registry, settings: QSettings) -> None:
        super().__init__(registry.window)
        self.settings = settings
        self.window = registry.window
        self.menu = registry.add_submenu("view.language", Place.VIEW_REFRESH, self.tr("&Language"))
        self.group = QActionGroup(self.menu)
        chosen = str(settings.value(SETTING, "") or "")
        for code, name in CHOICES.items():
            action = self.menu.addAction(name or self.tr("System language"))
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            self.group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))

    def choose(self, code: str) -> MainWindow | None:
        """Save the choice and show the window in that language now; returns the new window (None
        when nothing changed)."""
        before = ui_language(self.settings)
        if code == str(self.settings.value(SETTING, "") or ""):
            return None
        self.settings.setValue(SETTING, code)
        if ui_language(self.settings) == before:  # "System language" that is the language shown
            return None
        return rebuild_in_language(self.window, ui_language(self.settings))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class _Place:
    """Where the user was in the window: restored in the rebuilt one."""

    page: str
    provision_id: str
    tab: int
    record_id: str
    geometry: QByteArray
    state: QByteArray
    visible: bool
    maximized: bool


def _where(window: MainWindow) -> _Place:
    page = window.registry.current_page()
    record: Any = page.widget.current() if page.built and hasattr(page.widget, "current") else None
    return _Place(page.key, window.current_provision_id(), window.panel.tabs.currentIndex(),
                  str(getattr(record, "id", "") or ""), window.saveGeometry(), window.saveState(),
                  window.isVisible(), window.isMaximized())


def rebuild_in_language(window: MainWindow, language: str) -> MainWindow:
    """Install `language`'s translator and replace `window` by a new main window on the same
    workspace, showing what it showed; the old window is closed and deleted (not its workspace)."""
    from briefing_app.ui.main_window import MainWindow

    app = QCoreApplication.instance()
    assert app is not None
    where = _where(window)
    window.save_settings()
    workspace, features = window.workspace, window.installed_features
    window.workspace = None  # the new window owns it from here
    switch_language(app, language)
    new = MainWindow(workspace, window.settings, features)
    new.restoreGeometry(where.geometry)
    new.restoreState(where.state)
    new.sidebar.setVisible(True)
    if where.provision_id and new.select_provision(where.provision_id):
        new.panel.tabs.setCurrentIndex(where.tab)
    new.show_page(where.page)
    page = new.registry.page(where.page).widget
    if where.record_id and hasattr(page, "select_record"):
        page.select_record(where.record_id)
    if where.visible:
        new.showMaximized() if where.maximized else new.show()
    window.close()  # saves the same settings, waits for its jobs, closes its search dialog
    window.deleteLater()
    _rebuilt.append((window, new))
    return new


def current_window(window: MainWindow) -> MainWindow:
    """The main window now: `window`, or the one language changes put in its place."""
    while (new := next((n for old, n in _rebuilt if old is window), None)) is not None:
        window = new
    return window
