"""What the user can do with packs just written: open the PDF, show it (or the batch's folder)
in the file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from briefing_app.ui.desktop import Desktop


def _tr(text: str) -> str:
    return QCoreApplication.translate("PackExport", text)


class ExportedBar(QWidget):
    """A line under the export dialog's buttons after a save: what was written, Open PDF, Show in folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(_tr("Op&en PDF"))
        self.show_button = QPushButton(_tr("S&how in folder"))
        self.open_button.clicked.connect(self.open_pdf)
        self.show_button.clicked.connect(self.show_in_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.show_button)
        self.hide()

    def show_saved(self, path: Path, message: str) -> None:
        self.path = path
        self.message.setText(message)
        self.show()

    def open_pdf(self) -> None:
        if self.path is not None:
            Desktop.open_file(self.path)

    def show_in_folder(self) -> None:
        if self.path is not None:
            Desktop.show_in_folder(self.path)


class BatchDone:
    """The report after a batch export, with a button that opens the folder; tests patch `show`."""

    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str, folder: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        show = box.addButton(_tr("S&how in folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is show:
            Desktop.open_file(folder)
        box.deleteLater()
