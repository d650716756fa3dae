"""The all-Concerns and Delegations views: sortable, filterable tables with edit buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.models import Concern, Delegation, Version
from briefing_app.store import provenance, queries, ui_queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui import detail_html
from briefing_app.ui.i18n import enum_label
from briefing_app.ui.labels import EmptyState
from briefing_app.ui.provision_panel import RichPane
from briefing_app.ui.record_actions import RecordActions
from briefing_app.ui.rich import SEVERITY_COLOURS
from briefing_app.ui.table_model import RECORD_ROLE, SORT_ROLE, Column, RecordTableModel

DEMO_ORIGIN = "demo"  # the origin column of the rows briefing_app.demo loads


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class TablePage(QWidget):
    """Filter box, a sortable table and a row of buttons acting on the current row; while the
    workspace has no such record, `empty_text` stands in the table's place (`table_area`)."""

    def __init__(self, name: str, table: str, columns: list[Column[Any]], actions: RecordActions,
                 buttons: list[tuple[str, Callable[[], object]]], sort_column: int = 0, *,
                 empty_text: str = "") -> None:
        super().__init__()
        self.records = actions
        self.ws: Workspace | None = None
        self.model: RecordTableModel[Any] = RecordTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("Pages", "Filter {what}…").format(what=name.lower()))
        self.filter_edit.setAccessibleName(translate("Pages", "Filter {what}").format(what=name.lower()))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setAccessibleName(name)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()  # fixed widths: sizing to contents would scan every row
        for section, column in enumerate(columns):
            if column.width:
                header.resizeSection(section, column.width)
            else:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
        self.record_table = table
        self.table.activated.connect(lambda _i: self.edit_current())  # Enter or double-click
        self.table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        self.table_area = EmptyState(self.table, empty_text, f"no-{table}").follow(self.model)
        row = QHBoxLayout()
        row.addWidget(self.filter_edit, 1)
        self.tool_row = row
        self.buttons: dict[str, QPushButton] = {}
        for label, handler in buttons:
            button = QPushButton(label)
            button.setAccessibleName(label.rstrip("…"))
            button.clicked.connect(lambda _c=False, h=handler: h())
            row.addWidget(button)
            self.buttons[label] = button
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 4, 4, 4)
        self.layout_.addLayout(row)

    def current(self) -> Any:
        index = self.table.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def edit_current(self) -> None:
        record = self.current()
        if record is not None:
            self.records.edit(self.record_table, record.id)

    def delete_current(self) -> None:
        record = self.current()
        if record is not None:
            self.records.delete(self.record_table, record.id)

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.proxy.index(row, 0))

    def select_record(self, record_id: str) -> bool:
        """Select the row of a record (clearing the filter if it hides it)."""
        for attempt in range(2):
            for row in range(self.proxy.rowCount()):
                if self.proxy.index(row, 0).data(RECORD_ROLE).id == record_id:
                    self.select_row(row)
                    return True
            if attempt == 0:
                self.filter_edit.clear()
        return False


class ConcernsPage(TablePage):
    """All concerns, most severe first; 'Go to provision' jumps to the first linked provision."""

    go_to_provision = Signal(str)

    def __init__(self, actions: RecordActions) -> None:
        self.labels: dict[str, list[str]] = {}
        self.orgs: dict[str, str] = {}
        columns: list[Column[Concern]] = [
            Column(translate("Pages", "Concern"), lambda c: c.title),
            Column(translate("Pages", "Severity"), lambda c: enum_label(c.severity), lambda c: -c.severity.rank,
                   lambda c: SEVERITY_COLOURS[c.severity], width=80),
            Column(translate("Pages", "Category"), lambda c: c.category, width=150),
            Column(translate("Pages", "Status"), lambda c: enum_label(c.status), width=110),
            Column(translate("Pages", "Organization"), lambda c: self.orgs.get(c.organization_id or "", ""), width=140),
            Column(translate("Pages", "Date"), lambda c: c.date, width=95),
            Column(translate("Pages", "Provisions"), lambda c: ", ".join(self.labels.get(c.id, [])), width=190),
            Column(translate("Pages", "Sensitivity"), lambda c: enum_label(c.sensitivity), width=90),
        ]
        super().__init__(translate("Pages", "Concerns"), "concerns", columns, actions, [
            (translate("Pages", "Go to provision"), self.open_provision), (translate("Pages", "Edit…"), self.edit_current), (translate("Pages", "Delete"), self.delete_current)],
            sort_column=1, empty_text=translate(
                "Pages", "No concerns yet. Choose a provision under View → Provisions and use Edit → New concern on "
                "this provision… (or Add concern… on its Concerns tab); File → Import bundle… brings a partner's concerns."))
        self.layout_.addWidget(self.table_area, 1)
        self.contributor_box = QComboBox()
        self.contributor_box.setAccessibleName(translate("Pages", "Contributed by"))
        self.contributor_box.currentIndexChanged.connect(lambda _i: self.refresh())
        label = QLabel(translate("Pages", "Contributed by:"))
        label.setBuddy(self.contributor_box)
        self.tool_row.insertWidget(1, label)
        self.tool_row.insertWidget(2, self.contributor_box)

    def refresh(self) -> None:
        ws = self.ws
        self.labels = ui_queries.concern_provision_labels(ws) if ws else {}
        self.orgs = {k: o.display_name for k, o in queries.organizations_by_id(ws).items()} if ws else {}
        contributor = self._fill_contributors()
        rows = queries.all_concerns(ws) if ws else []
        if ws is not None and contributor is not None:
            wanted = _contributed_ids(ws, contributor)
            rows = [c for c in rows if c.id in wanted]
        self.model.set_rows(rows)

    def _fill_contributors(self) -> str | None:
        """Offer any / our own / the demo corpus (if loaded) / each partner organization, keeping
        the choice; returns it (None: any; "own", "demo" or "org:<name>")."""
        box, ws = self.contributor_box, self.ws
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(translate("Pages", "any"), None)
        box.addItem(translate("Pages", "our own"), "own")
        demo = len(ui_queries.ids_with_origin(ws, "concerns", DEMO_ORIGIN)) if ws else 0
        if demo:
            box.addItem(translate("Pages", "demo corpus ({n})").format(n=demo), "demo")
        unnamed = translate("Pages", "an unnamed organization")
        for name, count in provenance.contributors(ws, "concerns") if ws else []:
            box.addItem(f"{name or unnamed} ({count})", f"org:{name}")
        index = box.findData(chosen)
        box.setCurrentIndex(index if chosen is not None and index >= 0 else 0)
        box.blockSignals(False)
        data = box.currentData()
        return data if isinstance(data, str) else None  # every item's data is a str or None

    def open_provision(self) -> None:
        concern = self.current()
        if concern is None or self.ws is None:
            return
        provisions = queries.provisions_of_concern(self.ws, concern.id)
        if provisions:  # the first linked provision of the newest version
            seq = {p.version_id: getattr(self.ws.get(Version, p.version_id), "seq", 0) for p in provisions}
            newest = max(seq.values())
            self.go_to_provision.emit(next(p.id for p in provisions if seq[p.version_id] == newest))


def _contributed_ids(ws: Workspace, choice: str) -> set[str]:
    """Concerns a partner's bundle brought ("org:<name>"), or of those made here, the demo
    corpus's ("demo") or the user's own ("own")."""
    if choice.startswith("org:"):
        return set(provenance.keys_from(ws, "concerns", choice.removeprefix("org:")))
    made_here = set(provenance.keys_from(ws, "concerns", ""))
    demo = ui_queries.ids_with_origin(ws, "concerns", DEMO_ORIGIN)
    return made_here & demo if choice == "demo" else made_here - demo


class DelegationsPage(TablePage):
    """Delegations with a detail pane: positions across provisions, notes and contacts marked."""

    def __init__(self, actions: RecordActions) -> None:
        self.position_counts: dict[str, int] = {}
        columns: list[Column[Delegation]] = [
            Column(translate("Pages", "Delegation"), lambda d: d.name),
            Column(translate("Pages", "ISO"), lambda d: d.iso_code, width=60),
            Column(translate("Pages", "Kind"), lambda d: enum_label(d.kind), width=120),
            Column(translate("Pages", "Priority"), lambda d: enum_label(d.priority),
                   lambda d: {"high": 0, "medium": 1, "low": 2}[d.priority.value], width=80),
            Column(translate("Pages", "Languages"), lambda d: ", ".join(d.languages), width=120),
            Column(translate("Pages", "Positions"), lambda d: str(self.position_counts.get(d.id, 0)),
                   lambda d: self.position_counts.get(d.id, 0), width=80),
            Column(translate("Pages", "Sensitivity"), lambda d: enum_label(d.sensitivity), width=90),
        ]
        super().__init__(translate("Pages", "Delegations"), "delegations", columns, actions, [
            (translate("Pages", "Add delegation…"), self.actions_add), (translate("Pages", "Edit…"), self.edit_current), (translate("Pages", "Delete"), self.delete_current)],
            empty_text=translate(
                "Pages", "No delegations yet. Add delegation… records one (name, ISO code, working languages); then "
                "their positions, notes and contacts show here and each can get its own briefing pack."))
        self.detail = RichPane(translate("Pages", "Delegation detail"), [(translate("Pages", "Add note…"), self.add_note), (translate("Pages", "Add contact…"), self.add_contact)])
        self.detail.link_activated.connect(self.records.handle_link)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table_area)
        splitter.addWidget(self.detail)
        splitter.setSizes([240, 460])  # the detail (positions, notes, contacts) is what people read
        self.layout_.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    def actions_add(self) -> None:
        self.records.add_delegation()

    def add_note(self) -> None:
        delegation = self.current()
        if delegation is not None:
            self.records.add_note("delegations", delegation.id)

    def add_contact(self) -> None:
        delegation = self.current()
        if delegation is not None:
            self.records.add_contact(delegation.id)

    def refresh(self) -> None:
        ws = self.ws
        current = self.current()
        self.position_counts = ui_queries.position_counts(ws) if ws else {}
        self.model.set_rows(queries.delegations(ws) if ws else [])
        self.detail.setVisible(self.model.rowCount() > 0)  # no "Choose a delegation" under an empty list
        # the detail pane is most of the page: never leave it blank while there is a delegation (#15)
        if (current is None or not self.select_record(current.id)) and self.proxy.rowCount():
            self.select_row(0)
        self._row_changed(self.table.currentIndex(), QModelIndex())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        delegation = current.data(RECORD_ROLE) if current.isValid() else None
        for button in self.detail.buttons.values():
            button.setEnabled(delegation is not None)
        if self.ws is None or delegation is None:
            self.detail.set_html("<p>" + translate("Pages", "Choose a delegation.") + "</p>")
            return
        self.detail.set_cards(detail_html.delegation_cards(self.ws, delegation))
