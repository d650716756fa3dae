"""The export dialog's questions: where to save a pack, and what to do with unsaved profile edits
on closing. Tests monkeypatch the classmethods."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from briefing_app.ui.file_dialogs import FileDialogs

PACK_FILES = "packs"  # the save dialog's remembered folder (ui/file_dialogs)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportPackDialog", text)


class PackFileChooser:
    """Where to save a pack: the folder last used for packs, first the documents folder; tests
    monkeypatch `ask_save` (parent, suggested file name) -> chosen path or ""."""

    @classmethod
    def ask_save(cls, parent: QWidget | None, suggested: str) -> str:
        title, filters = _tr("Save briefing pack"), _tr("PDF files (*.pdf)")
        chosen = FileDialogs.ask_save(parent, PACK_FILES, title, suggested, filters)
        return str(chosen) if chosen else ""


class UnsavedProfile:
    """Closing with unsaved profile edits: "save", "discard" or "cancel"; tests monkeypatch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Unsaved pack profile"), "",
                          QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(_tr("Save your changes to the pack profile “{}” before closing?").format(name))
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"
