"""View → Was our ask adopted?: every amendment on one version judged against a later one, with the
evidence (the redline from what we asked to what the text says), similarity and supporters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from briefing_app.domain.models import Document, Version
from briefing_app.domain.uptake import Uptake, totals_text
from briefing_app.status.uptake_report import UptakeItem, UptakeReport, build_report, status_updates
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.i18n import enum_label
from briefing_app.ui.rich import esc, redline_html
from briefing_app.ui.status.widgets import add_buttons, filter_proxy, record_table
from briefing_app.ui.table_model import RECORD_ROLE, Column, RecordTableModel

OUTCOME_COLOURS = {Uptake.ADOPTED: "#007a5a", Uptake.PARTLY_ADOPTED: "#8a6d00", Uptake.NOT_ADOPTED: "#b34700",
                   Uptake.PROVISION_DELETED: "#5f6b7a"}
OUTCOME_WORDS = {Uptake.ADOPTED: "adopted", Uptake.PARTLY_ADOPTED: "partly adopted",
                 Uptake.NOT_ADOPTED: "not adopted", Uptake.PROVISION_DELETED: "provision deleted"}


def item_html(item: UptakeItem) -> str:
    """One amendment's outcome and evidence as rich text (user text escaped)."""
    a = item.assessment
    colour = OUTCOME_COLOURS[item.outcome]
    judged = esc(item.continuation.label) if item.continuation else "nothing: the provision is gone"
    parts = [f"<h3>{esc(item.amendment.title)} ({esc(item.provision.label)})</h3>",
             f'<p><b style="color:{colour}">{OUTCOME_WORDS[item.outcome]}</b>: {esc(a.reason)}; '
             f"{a.share:.0%} of the change, similarity {a.similarity:.2f}. Judged against {judged}.</p>"]
    if a.new_text:
        parts.append(f"<p><b>Evidence</b> (what we asked → what the text says):</p><p>{redline_html(a.evidence)}</p>")
    elif a.asked_text:
        parts.append(f"<p><b>What we asked:</b></p><p>{esc(a.asked_text)}</p>")
    for role, names in (("Backed by", item.supporters), ("Delegations for", item.delegations_for),
                        ("Delegations against", item.delegations_against)):
        if names:
            parts.append(f"<p><b>{role}:</b> {esc(', '.join(names))}</p>")
    if item.illustrative_positions:
        parts.append("<p><i>Some of these positions are illustrative (invented for the demo).</i></p>")
    return "".join(parts)


class UptakePage(QWidget):
    """From/to versions chosen at the top; Set statuses and Export PDF act through the controller."""

    def __init__(self, actions: dict[str, Callable[[], object]]) -> None:
        super().__init__()
        self.setObjectName("uptake_page")
        self.ws: Workspace | None = None
        self.report: UptakeReport | None = None
        self.document: Document | None = None
        columns: list[Column[UptakeItem]] = [
            Column("Amendment", lambda i: i.amendment.title),
            Column("Provision", lambda i: i.provision.label, width=100),
            Column("Outcome", lambda i: OUTCOME_WORDS[i.outcome], width=120,
                   colour=lambda i: OUTCOME_COLOURS[i.outcome]),
            Column("Share", lambda i: f"{i.assessment.share:.0%}", lambda i: i.assessment.share, width=60),
            Column("Similarity", lambda i: f"{i.assessment.similarity:.2f}", lambda i: i.assessment.similarity,
                   width=75),
            Column("Status", lambda i: enum_label(i.amendment.status), width=105),
            Column("Suggested", lambda i: enum_label(i.suggested_status) if i.suggested_status else "(you decide)",
                   width=105),
            Column("Backed by", lambda i: ", ".join(i.supporters), width=200),
        ]
        self.model: RecordTableModel[UptakeItem] = RecordTableModel(columns, self)
        self.proxy = filter_proxy(self.model, self)
        self.table = record_table("Amendments and their outcome", self.proxy, columns, sortable=False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Outcome and evidence")
        self.from_box, self.to_box = QComboBox(), QComboBox()
        self.from_box.setAccessibleName("From version")
        self.to_box.setAccessibleName("To version")
        self.from_box.currentIndexChanged.connect(lambda _i: self.rebuild())
        self.to_box.currentIndexChanged.connect(lambda _i: self.rebuild())
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        bar = QHBoxLayout()
        for text, box in (("&From:", self.from_box), ("&To:", self.to_box)):
            label = QLabel(text)
            label.setBuddy(box)
            bar.addWidget(label)
            bar.addWidget(box)
        bar.addWidget(self.totals, 1)
        self.buttons = add_buttons(bar, (("apply", "&Set statuses from the report"), ("pdf", "E&xport PDF…")),
                                   actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([330, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.refresh()

    def refresh(self) -> None:
        """Versions offered again (a new draft may have come), then the report rebuilt."""
        keep_from, keep_to = self.from_box.currentData(), self.to_box.currentData()
        documents = queries.documents(self.ws) if self.ws is not None else []
        self.document = documents[0] if documents else None
        versions = queries.versions_of(self.ws, self.document.id) if self.ws and self.document else []
        for box, keep, default in ((self.from_box, keep_from, -2), (self.to_box, keep_to, -1)):
            box.blockSignals(True)
            box.clear()
            for version in versions:
                box.addItem(version.label, version.id)
            index = box.findData(keep) if keep else -1
            box.setCurrentIndex(index if index >= 0 else max(len(versions) + default, 0))
            box.blockSignals(False)
        self.rebuild()

    def versions(self) -> tuple[Version, Version] | None:
        ws = self.ws
        if ws is None or not self.from_box.currentData() or not self.to_box.currentData():
            return None
        earlier, later = ws.get(Version, self.from_box.currentData()), ws.get(Version, self.to_box.currentData())
        if earlier is None or later is None or earlier.seq >= later.seq:
            return None
        return earlier, later

    def rebuild(self) -> None:
        chosen = self.versions()
        keep = self.current_item()
        self.report = build_report(self.ws, *chosen) if self.ws is not None and chosen else None
        self.model.set_rows(list(self.report.items) if self.report else [])
        if self.report is None:
            self.totals.setText("Choose an earlier version under From and a later one under To."
                                if self.ws is not None else "")
        else:
            totals = self.report.totals()
            self.totals.setText(totals_text(totals))
        row = next((r for r in range(self.proxy.rowCount()) if keep is not None and
                    self.proxy.index(r, 0).data(RECORD_ROLE).amendment.id == keep.amendment.id), 0)
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(row, 0))
        self._show_detail()

    def current_item(self) -> UptakeItem | None:
        index = self.table.currentIndex()
        item = index.data(RECORD_ROLE) if index.isValid() else None
        return item if isinstance(item, UptakeItem) else None

    def pending_updates(self) -> int:
        return len(status_updates(self.ws, self.report)) if self.ws is not None and self.report else 0

    def _show_detail(self) -> None:
        item = self.current_item()
        self.detail.setHtml(item_html(item) if item is not None else "")
        self.buttons["apply"].setEnabled(self.pending_updates() > 0)
        self.buttons["pdf"].setEnabled(self.report is not None)
