"""View → Treaty status: one row per state (signature, instrument, source, reservations), filtered by
group; the entry-into-force chart, the world map, and the selected state's reservations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.models import Delegation, Document, Source, StatusEvent
from briefing_app.domain.treaty_status import ReservationScope, paragraph_number
from briefing_app.status.overview import (
    GROUP_KINDS,
    ReservationLine,
    StatusRow,
    entry_into_force_of,
    reservation_lines,
    status_rows,
)
from briefing_app.store import queries, status_store
from briefing_app.store.workspace import Workspace
from briefing_app.ui.i18n import enum_label, local_date, provision_label
from briefing_app.ui.labels import EmptyState
from briefing_app.ui.rich import tooltip
from briefing_app.ui.status.eif_chart import EntryIntoForceChart
from briefing_app.ui.status.widgets import add_buttons, filter_proxy, record_table
from briefing_app.ui.status.world_map import STAGE_COLOURS, MapState, WorldMap
from briefing_app.ui.table_model import RECORD_ROLE, Column, RecordTableModel

ITEM_ROLE = Qt.ItemDataRole.UserRole + 10  # the step or reservation a list item shows
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _source_title(sources: dict[str, Source], row: StatusRow) -> str:
    event = row.status.instrument or row.status.signature
    if event is None:
        return ""
    if event.source_id and event.source_id in sources:
        return sources[event.source_id].title
    return translate("Status", "illustrative") if event.illustrative else ""


def scope_label(scope: ReservationScope) -> str:
    """ReservationScope.label in the UI's language: "Art. 11(3)" → "art. 11, par. 3" / "art. 11, párr. 3"."""
    if scope.whole_treaty:
        return translate("Status", "Whole treaty")
    labels = []
    for article in scope.articles:
        parts = scope.parts.get(article.id, ())
        if parts:
            labels += [translate("Status", "Art. {number}({part})").format(number=article.number,
                                                                            part=paragraph_number(p.number))
                       for p in parts]
        elif article.number:
            labels.append(translate("Status", "Art. {number}").format(number=article.number))
        else:
            labels.append(provision_label(article.kind, article.number, article.heading))
    return ", ".join(labels)


def reservation_text(line: ReservationLine) -> str:
    """ReservationLine.text in the UI's language: "Réserve (20 août 2026) portant sur Art. 11(3) …"."""
    r = line.reservation
    when = translate("Status", " ({date})").format(date=local_date(r.date)) if r.date else ""
    withdrawn = translate("Status", "; withdrawn {date}").format(date=local_date(r.withdrawn_date)) \
        if r.withdrawn_date else ""
    template = translate("Status", "{kind}{when} on {scope}{withdrawn} (illustrative): {summary}") if r.illustrative \
        else translate("Status", "{kind}{when} on {scope}{withdrawn}: {summary}")
    kind = enum_label(r.kind)
    return template.format(kind=kind[:1].upper() + kind[1:], when=when, scope=scope_label(line.scope), withdrawn=withdrawn,
                           summary=r.summary)


def _iso(event: StatusEvent | None) -> str:
    return event.date if event is not None else ""


def _date(event: StatusEvent | None) -> str:
    """A step's date as the UI language writes it (sorted by the ISO date)."""
    return local_date(event.date, short=True) if event is not None else ""


class TreatyStatusPage(QWidget):
    """Buttons act through the callbacks the controller gives: import, the rule, steps, reservations."""

    def __init__(self, actions: dict[str, Callable[[], object]]) -> None:
        super().__init__()
        self.setObjectName("treaty_status_page")
        self.ws: Workspace | None = None
        self.document: Document | None = None
        self.sources: dict[str, Source] = {}
        self.lines: list[ReservationLine] = []
        self.today = dt.date.today()
        columns: list[Column[StatusRow]] = [
            Column(translate("Status", "Participant"), lambda r: r.name, width=170),  # the depositary's word
            Column(translate("Status", "Status"),
                   lambda r: enum_label(r.stage_label) + (" ◇" if r.illustrative else ""), width=110,
                   colour=lambda r: "#006B4F" if r.stage == "bound" else ("#B24500" if r.stage == "withdrawn" else None)),
            Column(translate("Status", "Signature"), lambda r: _date(r.status.signature),
                   lambda r: _iso(r.status.signature), width=92),
            Column(translate("Status", "Instrument"), lambda r: _date(r.status.instrument),
                   lambda r: _iso(r.status.instrument), width=92),
            Column(translate("Status", "Withdrawal"), lambda r: _date(r.status.withdrawal),
                   lambda r: _iso(r.status.withdrawal), width=92),
            Column(translate("Status", "Source"), lambda r: _source_title(self.sources, r), width=180),
            Column(translate("Status", "Reservations"), lambda r: str(r.reservations) if r.reservations else "",
                   lambda r: r.reservations, width=95),
            Column(translate("Status", "Groups"), lambda r: ", ".join(r.groups)),
        ]
        self.model: RecordTableModel[StatusRow] = RecordTableModel(columns, self)
        self.proxy = filter_proxy(self.model, self)
        self.table = record_table(self.tr("Treaty status by state"), self.proxy, columns, sortable=True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_reservations())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table_area = EmptyState(self.table, "", "no-status")
        splitter.addWidget(self.table_area)
        splitter.addWidget(self._side(actions))
        splitter.setSizes([740, 500])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self._bar(actions))
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _bar(self, actions: dict[str, Callable[[], object]]) -> QHBoxLayout:
        self.document_box = QComboBox()
        self.document_box.setAccessibleName(self.tr("Treaty"))
        self.document_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.group_box = QComboBox()
        self.group_box.setAccessibleName(self.tr("Group"))
        self.group_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter states…"))
        self.filter_edit.setAccessibleName(self.tr("Filter states"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        bar = QHBoxLayout()
        self.document_label = QLabel(self.tr("&Treaty:"))
        self.document_label.setBuddy(self.document_box)
        group_label = QLabel(self.tr("&Group:"))
        group_label.setBuddy(self.group_box)
        for widget in (self.document_label, self.document_box, group_label, self.group_box):
            bar.addWidget(widget)
        bar.addWidget(self.filter_edit, 1)
        self.buttons.update(add_buttons(bar, (("import", self.tr("&Import status list…")),
                                              ("rule", self.tr("Entry-into-&force rule…"))), actions))
        return bar

    def _side(self, actions: dict[str, Callable[[], object]]) -> QWidget:
        """The chart, the map with its legend, and the selected state's reservations."""
        self.chart = EntryIntoForceChart()
        self.map = WorldMap()
        self.map.state_clicked.connect(self.select_code)
        self.legend = QLabel(self._legend())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.unmapped = QLabel()
        self.unmapped.setTextFormat(Qt.TextFormat.PlainText)
        self.unmapped.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps of the selected state"))
        self.steps.setWordWrap(True)
        self.steps.setMaximumHeight(90)
        self.steps.itemSelectionChanged.connect(self._update_buttons)
        self.steps.itemDoubleClicked.connect(lambda _i: actions["edit_step"]())
        step_bar = QHBoxLayout()
        self.steps_title = QLabel(self.tr("Steps"))
        self.steps_title.setTextFormat(Qt.TextFormat.PlainText)  # it names the state: user text
        self.steps_title.setWordWrap(True)
        step_bar.addStretch(1)  # the title has its own line above: beside three buttons it wrapped word by word
        self.buttons_steps = add_buttons(step_bar, (("add_step", self.tr("Record ste&p…")),
                                                    ("edit_step", self.tr("Edit step…")),
                                                    ("delete_step", self.tr("Delete step"))), actions)
        self.reservations_title = QLabel(self.tr("Reservations and declarations"))
        self.reservations_title.setTextFormat(Qt.TextFormat.PlainText)
        self.reservations_title.setWordWrap(True)
        reservation_bar = QHBoxLayout()  # beside their list (the top bar is too long for French and Spanish)
        reservation_bar.addStretch(1)
        self.buttons = add_buttons(reservation_bar, (("add", self.tr("Add rese&rvation…")),
                                                     ("edit", self.tr("&Edit reservation…")),
                                                     ("delete", self.tr("De&lete reservation"))), actions)
        self.reservations = QListWidget()
        self.reservations.setAccessibleName(self.tr("Reservations and declarations of the selected state"))
        self.reservations.setWordWrap(True)
        self.reservations.itemSelectionChanged.connect(self._update_buttons)
        self.reservations.itemDoubleClicked.connect(lambda _i: actions["edit"]())
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.chart, 2)
        side.addWidget(self.map, 3)
        for widget in (self.legend, self.unmapped):
            side.addWidget(widget)
        side.addWidget(self.steps_title)
        side.addLayout(step_bar)
        side.addWidget(self.steps)
        side.addWidget(self.reservations_title)
        side.addLayout(reservation_bar)
        side.addWidget(self.reservations, 1)
        return right

    @staticmethod
    def _legend() -> str:
        swatch = '<span style="background:{c}">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{t}'
        parts = [swatch.format(c=STAGE_COLOURS[s].name(), t=t.replace(" ", "&nbsp;")) for s, t in (
            ("bound", enum_label("bound")), ("signed", enum_label("signed")),
            ("withdrawn", enum_label("withdrawn")), ("none", enum_label("not signed")))]
        hatched = translate("TreatyStatusPage", "hatched: illustrative").replace(" ", "&nbsp;")
        return "&nbsp;&nbsp; ".join(parts) + "&nbsp;&nbsp; " + hatched

    # -- loading -----------------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self._fill_choices()
        self.refresh()

    def _fill_choices(self) -> None:
        ws = self.ws
        for box in (self.document_box, self.group_box):
            box.blockSignals(True)
        keep_document, keep_group = self.document_box.currentData(), self.group_box.currentData()
        self.document_box.clear()
        self.group_box.clear()
        self.group_box.addItem(self.tr("All delegations"), "")
        if ws is not None:
            for document in queries.documents(ws):
                self.document_box.addItem(document.title, document.id)
            for group in (d for d in queries.delegations(ws) if d.kind in GROUP_KINDS):
                self.group_box.addItem(group.name, group.id)
        for box, keep in ((self.document_box, keep_document), (self.group_box, keep_group)):
            index = box.findData(keep) if keep else -1
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)
        several = self.document_box.count() > 1
        self.document_box.setVisible(several)
        self.document_label.setVisible(several)

    def refresh(self) -> None:
        ws = self.ws
        if ws is not None and self.document_box.count() != len(queries.documents(ws)):
            self._fill_choices()
        document_id = self.document_box.currentData()
        self.document = ws.get(Document, document_id) if ws is not None and document_id else None
        if ws is None or self.document is None:
            self.model.set_rows([])
            self.map.set_states({})
            self.unmapped.clear()
            self._show_reservations()
            self._say_empty(self.tr("No treaty yet: File → Import draft… reads its text; then Import status "
                                    "list… here reads who signed, ratified or withdrew (the depositary's table)."))
            return
        current = self.current_delegation()
        self.today = dt.date.fromisoformat(ws.clock()[:10])
        self.sources = {s.id: s for s in ws.find(Source)}
        rows = status_rows(ws, self.document.id, group_id=self.group_box.currentData() or None)
        self.model.set_rows(rows)
        self.chart.set_result(entry_into_force_of(ws, self.document.id, on=self.today), self.today)
        self.map.set_states({r.delegation.iso_code: MapState(r.name, r.stage, r.illustrative)
                             for r in rows if r.delegation.iso_code})
        missing = self.map.unmapped() + [r.name for r in rows if not r.delegation.iso_code and r.stage != "none"]
        self.unmapped.setText(self.tr("Not on the map: {names}").format(names=", ".join(sorted(missing)))
                              if missing else "")
        if current is not None:
            self.select_delegation(current.id)
        self._show_reservations()
        self._say_empty(self.tr("No states yet: Import status list… reads who signed, ratified or withdrew (the "
                                "depositary's table), or View → Delegations, Add delegation… adds a state by hand.")
                        if not rows else "")

    def _say_empty(self, text: str) -> None:
        """In the empty table's place, what fills it (nothing when there are rows)."""
        self.table_area.note.setText(text)
        self.table_area.show_empty(bool(text))

    # -- selection ---------------------------------------------------------------------------------
    def current_row(self) -> StatusRow | None:
        index = self.table.currentIndex()
        row = index.data(RECORD_ROLE) if index.isValid() else None
        return row if isinstance(row, StatusRow) else None

    def current_delegation(self) -> Delegation | None:
        row = self.current_row()
        return row.delegation if row is not None else None

    def select_delegation(self, delegation_id: str) -> bool:
        index = self.index_of(delegation_id)
        if index.isValid():
            self.table.setCurrentIndex(index)
        return index.isValid()

    def select_code(self, iso_code: str) -> bool:
        """Select the state with this ISO code (a click on the map); the filter is cleared if it hid it."""
        row = next((r for r in self.model.rows if r.delegation.iso_code.upper() == iso_code.upper()), None)
        if row is None:
            return False
        if not self.index_of(row.delegation.id).isValid():
            self.filter_edit.clear()
        return self.select_delegation(row.delegation.id)

    def current_reservation(self) -> ReservationLine | None:
        item = self.reservations.currentItem()
        if item is None or not item.isSelected():
            return None
        line = item.data(ITEM_ROLE)
        return line if isinstance(line, ReservationLine) else None

    def current_step(self) -> StatusEvent | None:
        item = self.steps.currentItem()
        if item is None or not item.isSelected():
            return None
        event = item.data(ITEM_ROLE)
        return event if isinstance(event, StatusEvent) else None

    def _show_steps(self, delegation: Delegation | None) -> None:
        self.steps.clear()
        if self.ws is None or self.document is None or delegation is None:
            self.steps_title.setText(self.tr("Steps: select a state"))
            return
        self.steps_title.setText(self.tr("Steps of {name}").format(name=delegation.name))
        for event in status_store.events_of(self.ws, self.document.id, delegation.id):
            source = self.sources.get(event.source_id or "")
            origin = source.title if source else (translate("Status", "illustrative") if event.illustrative
                                                  else self.tr("no source"))
            text = self.tr("{step} {date} ({origin})").format(step=enum_label(event.kind.value),
                                                             date=local_date(event.date), origin=origin)
            text += self.tr(": {summary}").format(summary=event.summary) if event.summary else ""
            item = QListWidgetItem(text)
            item.setData(ITEM_ROLE, event)
            item.setToolTip(tooltip(text))
            self.steps.addItem(item)

    def _show_reservations(self) -> None:
        self._show_steps(self.current_delegation())
        self.reservations.clear()
        delegation = self.current_delegation()
        if self.ws is None or self.document is None or delegation is None:
            self.reservations_title.setText(self.tr("Reservations and declarations: select a state"))
            self.lines = []
        else:
            self.lines = reservation_lines(self.ws, self.document.id, delegation.id)
            title = self.tr("Reservations and declarations of {name}: {count}")
            self.reservations_title.setText(title.format(name=delegation.name,
                                                         count=len(self.lines) or self.tr("none recorded")))
            for line in self.lines:
                text = reservation_text(line)
                item = QListWidgetItem(text)
                item.setData(ITEM_ROLE, line)
                item.setToolTip(tooltip(text))
                self.reservations.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_state = self.current_delegation() is not None
        self.buttons["import"].setEnabled(self.document is not None)
        self.buttons["rule"].setEnabled(self.document is not None)
        self.buttons["add"].setEnabled(has_state)
        self.buttons["edit"].setEnabled(self.current_reservation() is not None)
        self.buttons["delete"].setEnabled(self.current_reservation() is not None)
        self.buttons_steps["add_step"].setEnabled(has_state)
        self.buttons_steps["edit_step"].setEnabled(self.current_step() is not None)
        self.buttons_steps["delete_step"].setEnabled(self.current_step() is not None)

    def index_of(self, delegation_id: str) -> QModelIndex:
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, 0)
            row = index.data(RECORD_ROLE)
            if isinstance(row, StatusRow) and row.delegation.id == delegation_id:
                return index
        return QModelIndex()
