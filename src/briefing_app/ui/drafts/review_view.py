"""The "Review after new draft" view: carried records that need a human look, and new provisions.

Marking an item resolved writes one small row through the GUI's workspace (like the record editor);
"Show settled" brings back unchanged and resolved items, and a resolved one can be reopened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QPushButton,
    QWidget,
)

from briefing_app.domain.carry_plan import CarryState
from briefing_app.domain.models import Provision
from briefing_app.domain.redline import redline
from briefing_app.drafts.review import ReviewItem, carried_amendment, carried_amendment_redline, review_items
from briefing_app.store import queries, ui_queries
from briefing_app.store.drafts_store import reopen_carry, resolve_carry
from briefing_app.store.workspace import Workspace
from briefing_app.ui.drafts.models import review_model, state_label
from briefing_app.ui.drafts.widgets import ListDetailDialog, browser, fit_columns
from briefing_app.ui.rich import esc, negotiating_html, redline_html


def item_html(ws: Workspace, item: ReviewItem) -> str:
    """What the reviewer needs: the reason, the provision's text now, and an amendment's new redline."""
    parts = [f"<h3>{esc(item.title)}</h3>",
             f"<p><b>{esc(state_label(item.state))}</b>: {esc(item.detail)}</p>",
             f"<p>{esc(item.old_label)} → {esc(item.new_label)}</p>"]
    old = ws.get(Provision, item.carry.old_provision_id) if item.carry else None
    new = ws.get(Provision, item.carry.new_provision_id or "") if item.carry else None
    if old is not None and new is not None:
        before, after = ui_queries.wording(ws, old), ui_queries.wording(ws, new)
        if before != after:
            changed = QCoreApplication.translate("DraftViews", "What changed since the previous draft")
            parts.append(f"<p><b>{esc(changed)}</b> "
                         f"({esc(ui_queries.full_label(ws, old))} → {esc(ui_queries.full_label(ws, new))}):<br/>"
                         f"{redline_html(redline(before, after))}</p>")
    if item.carry is not None and (item.carry.record_table == "amendments"
                                     or carried_amendment(ws, item.carry) is not None):
        segments = carried_amendment_redline(ws, item.carry)
        if segments is None:
            parts.append(f"<p><i>{esc('The amendment no longer applies to the new text as written.')}</i></p>")
        else:
            parts.append(f"<p><b>{esc('Amendment against the new text:')}</b><br/>{redline_html(segments)}</p>")
    provision = ws.get(Provision, item.provision_id) if item.provision_id else None
    if provision is not None and provision.text and (item.carry is None or item.carry.record_table != "amendments"):
        parts.append(f"<p><b>{esc(ui_queries.full_label(ws, provision))}</b><br/>{negotiating_html(provision.text)}</p>")
    return "".join(parts)


class ReviewDialog(ListDetailDialog[ReviewItem]):
    """Items of one imported version; settled ones (unchanged, resolved) on request."""

    def __init__(self, parent: QWidget | None, ws: Workspace, go_to: Callable[[str], object]) -> None:
        super().__init__(parent, ws, go_to, name="review_after_draft", title=QCoreApplication.translate("DraftViews", "Review after new draft"),
                         model=review_model())
        self.table.setWordWrap(True)
        self.version_box = QComboBox()
        self.show_settled = QCheckBox(self.tr("Show settled items (carried unchanged, resolved)"))
        self.detail = browser("review_detail")
        self.resolve_button = QPushButton(self.tr("Mark &resolved"))
        self.reopen_button = QPushButton(self.tr("Re&open"))
        form = QFormLayout()
        form.addRow(self.tr("&New draft"), self.version_box)
        self.lay_out([form, self.show_settled], self.detail, [self.resolve_button, self.reopen_button])
        self.version_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_settled.toggled.connect(lambda _on: self.refresh())
        self.resolve_button.clicked.connect(lambda: self._set_resolved(True))
        self.reopen_button.clicked.connect(lambda: self._set_resolved(False))
        self.go_button.clicked.connect(self._go)
        self.fill_versions()

    def fill_versions(self, select: str = "") -> None:
        """Versions that followed an earlier one (those an import can have carried records into)."""
        keep = select or self.version_box.currentData() or ""
        self.version_box.blockSignals(True)
        self.version_box.clear()
        for document in queries.documents(self.ws):
            for version in queries.versions_of(self.ws, document.id)[1:]:
                self.version_box.addItem(f"{document.short_title or document.title} — {version.label}", version.id)
        index = self.version_box.findData(keep) if keep else -1
        self.version_box.setCurrentIndex(index if index >= 0 else self.version_box.count() - 1)
        self.version_box.blockSignals(False)
        self.refresh()

    def reload(self) -> None:
        """After the workspace changed (an import, its undo): versions may have come or gone."""
        self.fill_versions()

    def refresh(self) -> None:
        version_id = self.version_box.currentData()
        current = self.current()
        items = review_items(self.ws, version_id, include_settled=self.show_settled.isChecked()) if version_id else []
        self.model.set_rows(items)
        fit_columns(self.table, 220)  # the reason ("Why", last) gets the rest of the width and wraps
        self.table.resizeRowsToContents()
        waiting = sum(1 for i in items if i.needs_review)
        self.summary.setText(self.tr("%n item(s) need a look.", "", waiting) if version_id else
                             self.tr("No document has a second version yet: import a new draft first."))
        row = next((n for n, i in enumerate(items) if current and i.carry and current.carry
                    and i.carry.id == current.carry.id), 0)
        if items:
            self.table.selectRow(min(row, len(items) - 1))
        self.show_current()

    def show_current(self) -> None:
        item = self.current()
        carry = item.carry if item else None
        self.resolve_button.setEnabled(carry is not None and carry.state is not CarryState.RESOLVED)
        self.reopen_button.setEnabled(carry is not None and carry.state is CarryState.RESOLVED)
        self.go_button.setEnabled(bool(item and item.provision_id))
        if item is None:
            self.detail.clear()
        else:
            self.detail.setHtml(item_html(self.ws, item))

    def _set_resolved(self, resolved: bool) -> None:
        item = self.current()
        if item is None or item.carry is None:
            return
        (resolve_carry if resolved else reopen_carry)(self.ws, item.carry.id)
        self.refresh()

    def _go(self) -> None:
        item = self.current()
        if item is not None and item.provision_id:
            self.go_to(item.provision_id)
