"""Message boxes in one place, as plain text (never auto-detected HTML), and patchable in tests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


class Confirm:
    """A yes/no question; tests monkeypatch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, action: str = "") -> bool:
        box = _box(parent, QMessageBox.Icon.Question, title, text)
        yes = box.addButton(action or QCoreApplication.translate("Messages", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes


class FileChooser:
    """File dialogs for workspaces; tests monkeypatch the classmethods."""

    @staticmethod
    def filter() -> str:
        return QCoreApplication.translate("Messages", "Briefing Desk workspaces ({patterns});;All files (*)").format(patterns="*.sqlite *.db")

    @classmethod
    def ask_open(cls, parent: QWidget | None, folder: str = "") -> str:
        return QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Messages", "Open workspace"), folder, cls.filter())[0]

    @classmethod
    def ask_new(cls, parent: QWidget | None, folder: str = "") -> str:
        return QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Messages", "New workspace"), folder, cls.filter())[0]
