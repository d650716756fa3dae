"""Compare two versions: the changed provisions with their change ratio, and for the selected one an
inline redline and a side-by-side view. All user text reaches the browsers through ui.rich.esc."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QWidget,
)

from briefing_app.domain.models import Version
from briefing_app.domain.redline import SegmentKind
from briefing_app.drafts.compare import ProvisionChange, changes_between, status_changes
from briefing_app.store import queries, ui_queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.drafts.models import changes_model, compare_summary
from briefing_app.ui.drafts.widgets import ListDetailDialog, browser, fit_columns
from briefing_app.ui.i18n import local_date
from briefing_app.ui.i18n import provision_label as shown_label
from briefing_app.ui.rich import esc, redline_html


def version_choice(label: str, date: str) -> str:
    """"Rev.3 · 2024-08-08"; "Zero draft (2023) · 2023-06", not "Zero draft (2023) (2023-06)" (#15)."""
    return f"{label} · {local_date(date)}" if date else label


def change_html(change: ProvisionChange, side: str = "both", statuses: str = "") -> str:
    """The provision's heading and its redline; side 'old' / 'new' keeps only that version's words;
    `statuses` (from statuses_html) follows the redline."""
    dropped = {"old": SegmentKind.INSERT, "new": SegmentKind.DELETE}.get(side)
    segments = [s for s in change.redline() if s.kind is not dropped]
    provision = change.old if side == "old" else change.new if side == "new" else (change.new or change.old)
    if provision is None:
        return f"<p><i>{esc(QCoreApplication.translate('DraftCompare', 'Not in this version.'))}</i></p>"
    heading = provision.heading  # "Preamble" once, not "Preamble. Preamble" (#15 walkthrough)
    label = shown_label(provision.kind, provision.number, provision.heading)
    title = f"{label}. {heading}" if heading and heading not in (label, provision.label) else label
    return f"<h3>{esc(title)}</h3><p>{redline_html(segments)}</p>{statuses}"


def statuses_html(ws: Workspace, change: ProvisionChange) -> str:
    """"Status: Article 35(2) bracketed (not agreed) → no status" for what the new draft settled."""
    if change.old is None or change.new is None:
        return ""
    lines = [f"{esc(ui_queries.full_label(ws, p))}: {esc(was)} → {esc(now)}"
             for p, was, now in status_changes(ws, change.old, change.new)]
    return f"<p><b>{esc('Status')}</b><br/>{'<br/>'.join(lines)}</p>" if lines else ""


class CompareDialog(ListDetailDialog[ProvisionChange]):
    """The changed provisions of two versions; the detail shows the selected one's redline."""

    def __init__(self, parent: QWidget | None, ws: Workspace, go_to: Callable[[str], object]) -> None:
        super().__init__(parent, ws, go_to, name="compare_versions", title=QCoreApplication.translate("DraftViews", "Compare versions"),
                         model=changes_model())
        self.document_box, self.from_box, self.to_box = QComboBox(), QComboBox(), QComboBox()
        self.show_unchanged = QCheckBox(self.tr("Show unchanged provisions"))
        self.inline, self.old_side, self.new_side = browser("inline"), browser("old_side"), browser("new_side")
        form = QFormLayout()
        form.addRow(self.tr("&Document"), self.document_box)
        pair = QHBoxLayout()
        pair.addWidget(self.from_box, 1)
        pair.addWidget(QLabel("→"))
        pair.addWidget(self.to_box, 1)
        form.addRow(self.tr("Versions"), pair)
        side = QSplitter(Qt.Orientation.Horizontal)
        side.addWidget(self.old_side)
        side.addWidget(self.new_side)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.inline, self.tr("&Inline redline"))
        self.tabs.addTab(side, self.tr("&Side by side"))
        self.lay_out([form, self.show_unchanged], self.tabs, [])
        self.document_box.currentIndexChanged.connect(lambda _i: self._fill_versions())
        for box in (self.from_box, self.to_box):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_unchanged.toggled.connect(lambda _on: self.refresh())
        self.go_button.clicked.connect(self._go)
        self._fill_documents()
    def _fill_documents(self) -> None:
        self.document_box.blockSignals(True)
        for document in queries.documents(self.ws):
            self.document_box.addItem(document.short_title or document.title, document.id)
        self.document_box.blockSignals(False)
        self._fill_versions()

    def _fill_versions(self, keep: tuple[str, str] = ("", "")) -> None:
        """Fill both version boxes (oldest first), keeping the given ids when they still exist."""
        versions = queries.versions_of(self.ws, self.document_box.currentData() or "")
        defaults = (len(versions) - 2, len(versions) - 1)
        for box, default, wanted in zip((self.from_box, self.to_box), defaults, keep, strict=True):
            box.blockSignals(True)
            box.clear()
            for version in versions:
                box.addItem(version_choice(version.label, version.date), version.id)
            found = box.findData(wanted) if wanted else -1
            box.setCurrentIndex(found if found >= 0 else max(default, 0) if versions else -1)
            box.blockSignals(False)
        self.refresh()

    def reload(self) -> None:
        """After the workspace changed (an import, its undo): versions may have come or gone."""
        self._fill_versions((self.from_box.currentData() or "", self.to_box.currentData() or ""))

    def show_versions(self, from_id: str, to_id: str, provision_id: str = "") -> None:
        """Compare two versions, selecting the row of `provision_id` (either side) when listed."""
        version = self.ws.get(Version, to_id)
        if version is not None:
            self.document_box.setCurrentIndex(max(self.document_box.findData(version.document_id), 0))
        for box, wanted in ((self.from_box, from_id), (self.to_box, to_id)):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(wanted), 0))
            box.blockSignals(False)
        self.refresh()
        for row, change in enumerate(self.model.rows):
            if provision_id and provision_id in {p.id for p in (change.old, change.new) if p}:
                self.table.selectRow(row)
                break

    def refresh(self) -> None:
        from_id, to_id = self.from_box.currentData(), self.to_box.currentData()
        rows = changes_between(self.ws, from_id, to_id, include_unchanged=self.show_unchanged.isChecked()) \
            if from_id and to_id else []
        self.model.set_rows(rows)
        fit_columns(self.table, 420)
        self.summary.setText(compare_summary(rows) if from_id != to_id
                             else self.tr("Choose two different versions."))
        if rows:
            self.table.selectRow(0)
        self.show_current()

    def show_current(self) -> None:
        change = self.current()
        self.go_button.setEnabled(change is not None)
        if change is None:
            for view in (self.inline, self.old_side, self.new_side):
                view.clear()
            return
        self.inline.setHtml(change_html(change, statuses=statuses_html(self.ws, change)))
        self.old_side.setHtml(change_html(change, "old"))
        self.new_side.setHtml(change_html(change, "new"))

    def _go(self) -> None:
        change = self.current()
        provision = (change.new or change.old) if change else None
        if provision is not None:
            self.go_to(provision.id)
