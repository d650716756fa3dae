"""Global search (Ctrl+K / Ctrl+F): ranked hits over provisions, concerns and amendments with
highlighted snippets; Enter (or a double-click) jumps to the record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.views import SearchHit
from briefing_app.store.search import SearchQueryError, search
from briefing_app.store.workspace import Workspace
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.rich import esc, highlight_snippet

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # default 'parent' argument of the model overrides
HIT_ROLE = Qt.ItemDataRole.UserRole + 4
HTML_ROLE = Qt.ItemDataRole.UserRole + 5


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            context = f" ({hit.context})" if hit.context else ""
            return f"{hit.kind.value}{context}: {hit.title} — {hit.snippet.replace('[', '').replace(']', '')}"
        if role == HTML_ROLE:
            tag = f"{hit.kind.value} · {hit.context}" if hit.context else hit.kind.value
            return (f"<b>{esc(hit.title)}</b> <span style='color:#8b949e;'>{esc(tag)}</span>"
                    f"<br/>{highlight_snippet(hit.snippet)}")
        if role == HIT_ROLE:
            return hit
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints HTML_ROLE (built from escaped text) with the palette's colours."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE))
        document.setTextWidth(max(100, option.rect.width()))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


class SearchDialog(Dialog):
    """Type to search; Enter jumps to the selected (or first) hit and closes the dialog."""

    jump = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search"))
        self.ws: Workspace | None = None
        self.searching: Any = None  # the worker Job of a search in a large workspace, while it runs
        self._generation = 0  # bumped by every search and workspace change: older results are dropped
        self._jump_when_shown = False
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(self.tr("Search provisions, concerns and amendments…"))
        self.query_edit.setAccessibleName(self.tr("Search"))
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.installEventFilter(self)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.activated.connect(self._activate)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(lambda _t: self._timer.start())
        self.query_edit.returnPressed.connect(self.jump_to_current)
        self.status.setWordWrap(True)
        self.status.setText(self.hint())
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.resize(680, 460)

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self._generation += 1
        self.searching = None
        self.model.set_hits([])

    def open_search(self, text: str = "") -> None:
        if text:
            self.query_edit.setText(text)
        self.show()
        self.raise_()
        self.activateWindow()
        self.query_edit.setFocus()
        self.query_edit.selectAll()

    def hint(self) -> str:
        return self.tr("Results appear as you type: words from a provision's number or heading, a concern or an "
                       "amendment; a \"quoted phrase\" matches as written. ↑/↓ choose, Enter opens the hit.")

    def run_search(self) -> None:
        """Search the current text. A large workspace is searched in a worker (a common word took
        140 ms of the GUI thread at 1M concerns, #17 item 6); the GUI thread only shows the 50 hits
        it gets back, and a result for text typed over meanwhile is dropped."""
        self._timer.stop()
        text = self.query_edit.text()
        self._generation += 1
        self.searching = None  # a search still running in a worker is now for text typed over
        if self.ws is None or not text.strip():
            self.model.set_hits([])
            self.status.setText(self.hint())  # not an empty pane under an empty box (#15)
            return
        from briefing_app.ui import background  # the worker machinery loads on the first search

        if background.reads_in_worker(self.ws):
            generation, path = self._generation, self.ws.path
            self.searching = background.read_in_worker(
                path, lambda ws: _search_or_error(ws, text),
                lambda found: self._show(found) if generation == self._generation else None,
                self.tr("Search"))
            return
        self._show(_search_or_error(self.ws, text))

    def _show(self, found: list[SearchHit] | SearchQueryError) -> None:
        self.searching = None
        if isinstance(found, SearchQueryError):
            self.model.set_hits([])
            self.status.setText(str(found))
            self._jump_when_shown = False
            return
        self.model.set_hits(found)
        self.status.setText(self.tr("%n result(s)", "", len(found)) if found else self.tr("No results."))
        if found:
            self.results.setCurrentIndex(self.model.index(0))
        if self._jump_when_shown:
            self._jump_when_shown = False
            self.jump_to_current()

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        """Up/Down in the query box move through the results."""
        if (watched is self.query_edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount()):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = min(max(0, self.results.currentIndex().row() + step), self.model.rowCount() - 1)
            self.results.setCurrentIndex(self.model.index(row))
            return True
        return super().eventFilter(watched, event)

    def jump_to_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
        if self.searching is not None:  # Enter before the worker's hits are in: jump when they are
            self._jump_when_shown = True
            return
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0)
        self._activate(index)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.jump.emit(index.data(HIT_ROLE))
            self.hide()


def _search_or_error(ws: Workspace, text: str) -> list[SearchHit] | SearchQueryError:
    """The dialog's 50 hits, or the query error to show in its place (also from a worker)."""
    try:
        return search(ws, text, limit=50)
    except SearchQueryError as error:
        return error
