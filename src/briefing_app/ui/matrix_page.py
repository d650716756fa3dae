"""Position matrix: delegations × articles of the current version, coloured by stance.

"Include amendments" adds a column per amendment after its article ("30 A1"). Clicking a cell
edits that delegation's latest position on the article or amendment (or records a new one).
"From: …" shows only positions from a meeting (marked ʰ: heard there, or from its report); the line
under the table says where the current cell's position came from.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from briefing_app.domain.enums import Stance
from briefing_app.domain.models import Amendment, Delegation, Position, Provision
from briefing_app.store import meetings_matrix, queries, ui_queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.i18n import enum_label
from briefing_app.ui.labels import EmptyState
from briefing_app.ui.meetings.matrix_filter import MEETING_MARK, MeetingFilter, origin_text
from briefing_app.ui.record_actions import RecordActions
from briefing_app.ui.rich import ILLUSTRATIVE_MARK, STANCE_COLOURS, STANCE_SYMBOLS, esc, tooltip, translucent

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # default 'parent' argument of the model overrides
AMENDMENT_COLUMN_WIDTH = 52


@functools.cache
def _italic() -> QFont:
    """One shared font for amendment headers (made once a QApplication exists)."""
    font = QFont()
    font.setItalic(True)
    return font


@dataclass(frozen=True, slots=True)
class MatrixColumn:
    """An article, or (with amendments shown) one amendment to it, labelled "6 A1"."""

    article: Provision
    amendment: Amendment | None = None
    label: str = ""

    @property
    def header(self) -> str:
        return self.label or self.article.number or self.article.label

    @property
    def description(self) -> str:
        if self.amendment is not None:
            title = self.amendment.title or self.amendment.proposed_text[:60]
            return QCoreApplication.translate("MatrixPage", "Amendment {label} to {article}: {title}").format(
                label=self.label, article=self.article.label, title=title)
        heading = self.article.heading
        return f"{self.article.label} — {heading}" if heading else self.article.label


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.delegations: list[Delegation] = []
        self.articles: list[Provision] = []
        self.columns: list[MatrixColumn] = []
        self.cells: dict[tuple[str, str], Position] = {}
        self.include_amendments = False
        self.scope: meetings_matrix.Scope | None = None  # None: positions from every source
        self.origins: dict[str, meetings_matrix.Provenance] = {}

    def load(self, ws: Workspace | None, version_id: str) -> None:
        """Read the version's articles (and their amendments when `include_amendments`) and the positions."""
        self.beginResetModel()
        if ws is None or not version_id:
            self.delegations, self.articles, self.columns, self.cells = [], [], [], {}
        else:
            only = meetings_matrix.positions_from(ws, self.scope) if self.scope is not None else None
            self.delegations = queries.delegations(ws)
            self.articles = ui_queries.articles_of(ws, version_id)
            self.cells = ui_queries.matrix_positions(ws, version_id, only)
            amendments: dict[str, list[Amendment]] = {}
            if self.include_amendments:
                for article_id, amendment in ui_queries.amendments_by_article(ws, version_id):
                    amendments.setdefault(article_id, []).append(amendment)
                self.cells.update(ui_queries.matrix_amendment_positions(ws, version_id, only))
            self.origins = meetings_matrix.provenance(ws, [p.id for p in self.cells.values()])
            self.columns = []
            for article in self.articles:
                self.columns.append(MatrixColumn(article))
                self.columns += [MatrixColumn(article, amendment, f"{article.number} A{number}".strip())
                                 for number, amendment in enumerate(amendments.get(article.id, []), start=1)]
        self.endResetModel()

    def amendment_count(self) -> int:
        return sum(1 for column in self.columns if column.amendment is not None)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.delegations)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def cell(self, index: Index) -> tuple[Delegation, MatrixColumn, Position | None]:
        delegation, column = self.delegations[index.row()], self.columns[index.column()]
        target = column.amendment.id if column.amendment is not None else column.article.id
        return delegation, column, self.cells.get((delegation.id, target))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        delegation, column, position = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if position is None:
                return ""
            origin = self.origins.get(position.id)
            mark = MEETING_MARK if origin is not None and origin.meeting else ""
            return STANCE_SYMBOLS[position.stance] + ("◇" if position.illustrative else "") + mark
        if role == Qt.ItemDataRole.BackgroundRole and position is not None:
            return translucent(STANCE_COLOURS[position.stance], 110)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            stance = position.stance.value if position else "no position recorded"
            mark = f" ({ILLUSTRATIVE_MARK})" if position and position.illustrative else ""
            text = f"{delegation.name} on {column.description}: {stance}{mark}"
            if position is None or role == Qt.ItemDataRole.AccessibleTextRole:
                return text if role == Qt.ItemDataRole.AccessibleTextRole else tooltip(text)
            return tooltip(text + "\n" + origin_text(position, self.origins.get(position.id)))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.columns):
                return None
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(column.description)
            if role == Qt.ItemDataRole.FontRole and column.amendment is not None:
                return _italic()
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.delegations):
            return self.delegations[section].name
        return None


class MatrixView(QTableView):
    """Enter or Space on a cell edits it, like a click."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentIndex().isValid():
            self.clicked.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class MatrixPage(QWidget):
    def __init__(self, actions: RecordActions) -> None:
        super().__init__()
        self.records = actions
        self.ws: Workspace | None = None
        self.version_id = ""
        self.model = MatrixModel(self)
        self.table = MatrixView()
        self.table.setAccessibleName(self.tr("Position matrix"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setDefaultSectionSize(34)
        self.table.horizontalHeader().setMinimumSectionSize(28)
        self.table.clicked.connect(self.edit_cell)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.amendments_box = QCheckBox(self.tr("Include &amendments"))
        self.amendments_box.setAccessibleName(self.tr("Include amendments"))
        self.amendments_box.setToolTip(self.tr("Add a column for each amendment after its article"))
        self.amendments_box.toggled.connect(self.set_include_amendments)
        self.meeting_filter = MeetingFilter(self)
        self.meeting_filter.scope_changed.connect(self.set_scope)
        self.origin = QLabel()
        self.origin.setTextFormat(Qt.TextFormat.PlainText)
        self.origin.setWordWrap(True)
        self.origin.setAccessibleName(self.tr("Where the position came from"))
        self.table.selectionModel().currentChanged.connect(lambda current, _previous: self.show_origin(current))
        controls = QHBoxLayout()
        controls.addWidget(self.title, 1)
        controls.addWidget(self.meeting_filter)
        controls.addWidget(self.amendments_box)
        self.legend = QLabel(self._legend_html())  # one wrapping label: the legend stays inside the window
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Legend"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.legend)
        self.table_area = EmptyState(self.table, "", "no-matrix")
        layout.addWidget(self.table_area, 1)
        layout.addWidget(self.origin)

    def _legend_html(self) -> str:
        """Each stance as a chip in its cell colour with its symbol, then the marks and the hint."""
        def chip(stance: Stance) -> str:
            c = translucent(STANCE_COLOURS[stance], 110)
            fill = f"rgba({c.red()}, {c.green()}, {c.blue()}, {c.alphaF():.2f})"
            return (f'<span style="background-color:{fill};">&nbsp;{esc(STANCE_SYMBOLS[stance])}&nbsp;'
                    f"{esc(enum_label(stance))}&nbsp;</span>")

        chips = " ".join(chip(stance) for stance in Stance)
        marks = self.tr("{illustrative} illustrative · {meeting} from a meeting · click a cell to edit").format(
            illustrative=ILLUSTRATIVE_MARK[0], meeting=MEETING_MARK)
        return f"{chips} &nbsp; {esc(marks)}"

    def restore_include_amendments(self, include: bool) -> None:
        """Set the saved choice without reading now: the window loads the page when it is shown."""
        self.amendments_box.blockSignals(True)
        self.amendments_box.setChecked(include)
        self.amendments_box.blockSignals(False)
        self.model.include_amendments = include

    def set_include_amendments(self, include: bool) -> None:
        self.model.include_amendments = include
        self.refresh()

    def set_scope(self) -> None:
        self.model.scope = self.meeting_filter.scope()
        self.refresh(reload_filter=False)

    def show_origin(self, index: QModelIndex) -> None:
        """Say where the current cell's position came from (or that there is none)."""
        if not index.isValid():
            self.origin.setText("")
            return
        delegation, column, position = self.model.cell(index)
        if position is None:
            self.origin.setText(self.tr("{delegation} on {subject}: no position recorded").format(
                delegation=delegation.name, subject=column.description))
            return
        self.origin.setText(self.tr("{delegation} on {subject}: {stance} — {origin}").format(
            delegation=delegation.name, subject=column.description, stance=position.stance.value,
            origin=origin_text(position, self.model.origins.get(position.id))))

    def refresh(self, reload_filter: bool = True) -> None:
        if reload_filter:
            self.meeting_filter.reload(self.ws)
            self.model.scope = self.meeting_filter.scope()
        self.model.load(self.ws, self.version_id)
        self.show_origin(self.table.currentIndex())
        header = self.table.horizontalHeader()
        for section, column in enumerate(self.model.columns):
            if column.amendment is not None:
                header.resizeSection(section, AMENDMENT_COLUMN_WIDTH)
        amendments = self.model.amendment_count()
        title = self.tr("%n delegation(s) × {articles}", "", len(self.model.delegations)).format(
            articles=self.tr("%n article(s)", "", len(self.model.articles)))
        if self.model.include_amendments:
            title += self.tr(" and %n amendment(s)", "", amendments)
        self.title.setText(title)
        self._show_what_is_missing()

    def _show_what_is_missing(self) -> None:
        """In an empty grid's place, what makes its rows (delegations) and columns (articles)."""
        missing = []
        if not self.model.articles:
            missing.append(self.tr("No articles yet: File → Import draft… reads a treaty text, and its articles "
                                   "become the columns."))
        if not self.model.delegations:
            missing.append(self.tr("No delegations yet: View → Delegations, Add delegation…; each becomes a row "
                                   "where a click on a cell records its stance on that article."))
        self.table_area.note.setText("\n\n".join(missing))
        self.table_area.show_empty(bool(missing))

    def edit_cell(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        delegation, column, position = self.model.cell(index)
        if column.amendment is not None:
            self.records.edit_or_add_position(delegation.id, column.amendment.provision_id, position,
                                              column.amendment.id)
        else:
            self.records.edit_or_add_position(delegation.id, column.article.id, position)
