"""View → Language: English, Français, Español, العربية (layout only) or the system's language.
The choice is saved in the settings and applies at the next start (ui/i18n.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QActionGroup

from briefing_app.ui.i18n import CHOICES, SETTING, restart_note
from briefing_app.ui.menus import Place, Registry
from briefing_app.ui.messages import show_info


class LanguageMenu(QObject):
    def __init__(self, registry: Registry, settings: QSettings) -> None:
        super().__init__(registry.window)
        self.settings = settings
        self.menu = registry.add_submenu("view.language", Place.VIEW_REFRESH, self.tr("&Language"))
        group = QActionGroup(self.menu)
        chosen = str(settings.value(SETTING, "") or "")
        for code, name in CHOICES.items():
            action = self.menu.addAction(name or self.tr("System language"))
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))

    def choose(self, code: str) -> None:
        if code == str(self.settings.value(SETTING, "") or ""):
            return
        self.settings.setValue(SETTING, code)
        show_info(self.menu.parentWidget(), self.tr("Language"), restart_note(code))
