"""Persistent window state and recent files (QSettings, INI format so tests can redirect it)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "Briefing Desk"
APPLICATION = "Briefing Desk"
RECENT_LIMIT = 8


def app_settings() -> QSettings:
    """The user's settings file; QSettings.setPath(IniFormat, UserScope, folder) moves it."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value("files/recent", [])
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value] if isinstance(value, list) else []


def remember_file(settings: QSettings, path: str) -> list[str]:
    """Put `path` first in the recent list and make it the last database."""
    files = [path, *(f for f in recent_files(settings) if f != path)][:RECENT_LIMIT]
    settings.setValue("files/recent", files)
    settings.setValue("files/last", path)
    return files
