"""Handing a file to the desktop: open it in its application, or show it selected in the file
manager. Tests monkeypatch `Desktop`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


class Desktop:
    @classmethod
    def open_file(cls, path: Path) -> bool:
        """Open `path` with the application the desktop has for it; False when none could be started."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @classmethod
    def show_in_folder(cls, path: Path) -> bool:
        """Show `path` selected in the file manager (its folder opened, where selecting is not possible)."""
        try:
            if sys.platform == "win32":
                subprocess.Popen(["explorer", f"/select,{path}"])
                return True
            if sys.platform == "darwin":
                subprocess.Popen(["open", "-R", str(path)])
                return True
        except OSError:
            pass
        return _freedesktop_show(path) or QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _freedesktop_show(path: Path) -> bool:
    """org.freedesktop.FileManager1.ShowItems over the session bus (Files, Dolphin, Nemo, Thunar…)."""
    from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    manager = QDBusInterface("org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                             "org.freedesktop.FileManager1", bus)
    if not manager.isValid():
        return False
    reply = manager.call("ShowItems", [QUrl.fromLocalFile(str(path)).toString()], "")
    return reply.type() != QDBusMessage.MessageType.ErrorMessage
