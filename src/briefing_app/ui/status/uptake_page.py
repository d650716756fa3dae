"""View → Was our ask adopted?: every amendment on one version judged against a later one, with the
evidence (the redline from what we asked to what the text says), similarity and supporters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from briefing_app.domain.models import Document, Provision, Version
from briefing_app.domain.uptake import Uptake
from briefing_app.status.uptake_report import UptakeItem, UptakeReport, build_report, status_updates
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.i18n import enum_label, provision_label
from briefing_app.ui.labels import EmptyState
from briefing_app.ui.rich import esc, redline_html
from briefing_app.ui.status.widgets import add_buttons, filter_proxy, record_table
from briefing_app.ui.table_model import RECORD_ROLE, Column, RecordTableModel

OUTCOME_COLOURS = {Uptake.ADOPTED: "#007a5a", Uptake.PARTLY_ADOPTED: "#8a6d00", Uptake.NOT_ADOPTED: "#b34700",
                   Uptake.PROVISION_DELETED: "#5f6b7a"}
OUTCOME_WORDS = {Uptake.ADOPTED: QT_TRANSLATE_NOOP("Uptake", "adopted"),
                 Uptake.PARTLY_ADOPTED: QT_TRANSLATE_NOOP("Uptake", "partly adopted"),
                 Uptake.NOT_ADOPTED: QT_TRANSLATE_NOOP("Uptake", "not adopted"),
                 Uptake.PROVISION_DELETED: QT_TRANSLATE_NOOP("Uptake", "provision deleted")}
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
# domain.uptake's reasons, shown in the UI's language (the PDF and the CLI keep them in English)
REASONS = (
    QT_TRANSLATE_NOOP("Uptake", "we asked for the provision to be deleted, and it is gone"),
    QT_TRANSLATE_NOOP("Uptake", "the provision is not in the later text"),
    QT_TRANSLATE_NOOP("Uptake", "the passage the amendment acts on was not in the text it was written on"),
    QT_TRANSLATE_NOOP("Uptake", "the amendment changes nothing"),
    QT_TRANSLATE_NOOP("Uptake", "the later text makes the change we asked for"),
    QT_TRANSLATE_NOOP("Uptake", "the later text makes part of the change we asked for"),
    QT_TRANSLATE_NOOP("Uptake", "the later text does not make the change we asked for"),
)


def _label(provision: Provision) -> str:
    """A provision's label in the UI's language ("Artículo 5")."""
    return provision_label(provision.kind, provision.number, provision.heading)


def outcome_word(outcome: Uptake) -> str:
    """An outcome in the UI's language ("adopté en partie"), never its stored value."""
    return translate("Uptake", str(OUTCOME_WORDS[outcome]))


def totals_line(totals: dict[str, int]) -> str:
    """domain.uptake.totals_text in the UI's language, with plural forms ("0 provisions deleted")."""
    parts = []
    for key, n in totals.items():
        outcome = Uptake(key)
        if outcome is Uptake.ADOPTED:
            parts.append(translate("Uptake", "%n adopted", "", n))
        elif outcome is Uptake.PARTLY_ADOPTED:
            parts.append(translate("Uptake", "%n partly adopted", "", n))
        elif outcome is Uptake.NOT_ADOPTED:
            parts.append(translate("Uptake", "%n not adopted", "", n))
        else:
            parts.append(translate("Uptake", "%n provision(s) deleted", "", n))
    return ", ".join(parts)


def percent(share: float) -> str:
    """A share as the UI language writes a percentage ("40%", French "40 %" with a no-break space)."""
    return translate("Uptake", "{n}%").format(n=QLocale().toString(round(share * 100)))


def item_html(item: UptakeItem) -> str:
    """One amendment's outcome and evidence as rich text (user text escaped)."""
    a = item.assessment
    colour = OUTCOME_COLOURS[item.outcome]
    judged = _label(item.continuation) if item.continuation else translate("Uptake", "nothing: the provision is gone")
    measure = translate("Uptake", "{share} of the change, similarity {similarity}. Judged against {judged}.").format(
        share=percent(a.share), similarity=QLocale().toString(a.similarity, "f", 2), judged=judged)
    word = f'<b style="color:{colour}">{esc(outcome_word(item.outcome))}</b>'
    line = esc(translate("Uptake", "{outcome}: {reason}; {measure}")).format(
        outcome=word, reason=esc(translate("Uptake", a.reason)), measure=esc(measure))
    parts = [f"<h3>{esc(item.amendment.title)} ({esc(_label(item.provision))})</h3>", f"<p>{line}</p>"]
    if a.new_text:
        evidence = esc(translate("Uptake", "Evidence"))
        said = esc(translate("Uptake", "(what we asked → what the text says):"))
        parts.append(f"<p><b>{evidence}</b> {said}</p><p>{redline_html(a.evidence)}</p>")
    elif a.asked_text:
        asked = esc(translate("Uptake", "What we asked:"))
        parts.append(f"<p><b>{asked}</b></p><p>{esc(a.asked_text)}</p>")
    for role, names in ((translate("Uptake", "Backed by:"), item.supporters),
                        (translate("Uptake", "Delegations for:"), item.delegations_for),
                        (translate("Uptake", "Delegations against:"), item.delegations_against)):
        if names:
            parts.append(f"<p><b>{esc(role)}</b> {esc(', '.join(names))}</p>")
    if item.illustrative_positions:
        note = esc(translate("Uptake", "Some of these positions are illustrative (invented for the demo)."))
        parts.append(f"<p><i>{note}</i></p>")
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
            Column(translate("Uptake", "Amendment"), lambda i: i.amendment.title),
            Column(translate("Uptake", "Provision"), lambda i: _label(i.provision), width=100),
            Column(translate("Uptake", "Outcome"), lambda i: outcome_word(i.outcome), width=120,
                   colour=lambda i: OUTCOME_COLOURS[i.outcome]),
            Column(translate("Uptake", "Share"), lambda i: percent(i.assessment.share), lambda i: i.assessment.share,
                   width=60),
            Column(translate("Uptake", "Similarity"), lambda i: QLocale().toString(i.assessment.similarity, "f", 2),
                   lambda i: i.assessment.similarity, width=75),
            Column(translate("Uptake", "Status"), lambda i: enum_label(i.amendment.status), width=105),
            Column(translate("Uptake", "Suggested"), lambda i: enum_label(i.suggested_status) if i.suggested_status
                   else translate("Uptake", "(you decide)"), width=105),
            Column(translate("Uptake", "Backed by"), lambda i: ", ".join(i.supporters), width=200),
        ]
        self.model: RecordTableModel[UptakeItem] = RecordTableModel(columns, self)
        self.proxy = filter_proxy(self.model, self)
        self.table = record_table(self.tr("Amendments and their outcome"), self.proxy, columns, sortable=False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Outcome and evidence"))
        self.from_box, self.to_box = QComboBox(), QComboBox()
        self.from_box.setAccessibleName(self.tr("From version"))
        self.to_box.setAccessibleName(self.tr("To version"))
        self.from_box.currentIndexChanged.connect(lambda _i: self.rebuild())
        self.to_box.currentIndexChanged.connect(lambda _i: self.rebuild())
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setWordWrap(True)  # French and Spanish totals are longer than the window is wide
        bar = QHBoxLayout()
        for text, box in ((self.tr("&From:"), self.from_box), (self.tr("&To:"), self.to_box)):
            label = QLabel(text)
            label.setBuddy(box)
            bar.addWidget(label)
            bar.addWidget(box)
        bar.addWidget(self.totals, 1)
        self.buttons = add_buttons(bar, (("apply", self.tr("&Set statuses from the report")),
                                         ("pdf", self.tr("E&xport PDF…"))),
                                   actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([330, 420])
        splitter.setChildrenCollapsible(False)
        self.table_area = EmptyState(splitter, "", "no-uptake")  # the table and its detail, or what is missing
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table_area, 1)

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
            self.totals.setText(self.tr("Choose an earlier version under From and a later one under To.")
                                if self.ws is not None and self.from_box.count() > 1 else "")
        else:
            totals = self.report.totals()
            self.totals.setText(totals_line(totals))
        self._say_what_is_missing()
        row = next((r for r in range(self.proxy.rowCount()) if keep is not None and
                    self.proxy.index(r, 0).data(RECORD_ROLE).amendment.id == keep.amendment.id), 0)
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(row, 0))
        self._show_detail()

    def _say_what_is_missing(self) -> None:
        """In place of an empty report: why it is empty and what fills it."""
        if self.report is not None and self.report.items:
            self.table_area.show_empty(False)
            return
        if self.from_box.count() < 2:
            text = self.tr("This view compares two versions of the treaty: the amendments you proposed to the "
                           "earlier one, and whether the later one took them up. File → Import draft… adds a "
                           "version.")
        elif self.report is None:
            text = self.tr("Choose an earlier version under From and a later one under To.")
        else:
            text = self.tr("No amendment to the version under From: amendments are recorded on a provision's "
                           "Amendments tab (View → Provisions).")
        self.table_area.note.setText(text)
        self.table_area.show_empty(True)

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
