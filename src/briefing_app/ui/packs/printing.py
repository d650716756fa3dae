"""Printing a pack: the preview's PDF pages through Qt's print dialog (QtPrintSupport).

Each page is rendered by QtPdf at the printer's resolution (at most PRINT_DPI, to bound memory)
and painted onto the printer's page, scaled to fit its printable area. Tests monkeypatch
`PrintDialogs.ask` and print to a PDF file.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from briefing_app.domain.progress import CancelToken, ProgressFn, no_progress

PRINT_DPI = 300


class PrintDialogs:
    @classmethod
    def ask(cls, parent: QWidget | None, printer: QPrinter, pages: int) -> bool:
        """Qt's print dialog for a document of `pages` pages; True when the user chose to print."""
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("PrintDialogs", "Print briefing pack"))
        dialog.setMinMax(1, max(1, pages))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted


def page_range(printer: QPrinter, pages: int) -> range:
    """The 0-based pages the printer was asked for (all when no range was chosen)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(pages)
    return range(max(0, first - 1), min(pages, last))


def print_pdf(pdf: bytes, printer: QPrinter, progress: ProgressFn, token: CancelToken) -> int:
    """A background job (Qt paints on a QPrinter from any thread): load `pdf`, print it."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        return print_document(document, printer, progress, token)
    finally:
        document.close()
        buffer.close()


def print_document(document: QPdfDocument, printer: QPrinter, progress: ProgressFn = no_progress,
                   token: CancelToken | None = None) -> int:
    """Paint the document's pages onto `printer`; returns how many pages were printed."""
    wanted = page_range(printer, document.pageCount())
    painter = QPainter()
    if not wanted or not painter.begin(printer):
        return 0
    printed = 0
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for n, page in enumerate(wanted):
            if token is not None and token.cancelled:
                printer.abort()
                break
            progress(n, len(wanted), QCoreApplication.translate("PrintDialogs", "Printing page {}…").format(page + 1))
            if n and not printer.newPage():
                break
            size_pt = document.pagePointSize(page)
            image = document.render(page, QSize(round(size_pt.width() * dpi / 72), round(size_pt.height() * dpi / 72)))
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
            printed += 1
    finally:
        painter.end()
    return printed
