"""The live preview: a QPdfView over PDF bytes, with the build's status and font warnings."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PackPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Pack preview"))
        self.status = QLabel(self.tr("Choose a delegation to see its pack."))
        self.warnings = QLabel()
        for label in (self.status, self.warnings):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a4b00;")
        self.warnings.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.warnings)
        layout.addWidget(self.view, 1)
        self._buffer: QBuffer | None = None

    def show_pdf(self, pdf: bytes, summary: str, warnings: tuple[str, ...]) -> None:
        """Replace the shown document (the old buffer lives until the new one is loaded)."""
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.status.setText(summary)
        self.warnings.setText("\n".join(self.tr("Warning: {warning}").format(warning=w) for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def show_message(self, text: str) -> None:
        self.status.setText(text)
