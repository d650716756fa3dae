"""Resolve conflicts and proposals: both versions side by side per field (only the changed ones unless
asked), a redline of each changed text, accept / reject one item or everything one bundle left, or
edit a merge. With an undo stack, each decision (or each bundle's batch) is one undo step."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.bundles.conflicts import (
    ConflictView,
    Resolution,
    ResolveStep,
    from_bundle,
    open_conflicts,
    resolve,
    resolve_all,
)
from briefing_app.bundles.format import SPECS
from briefing_app.domain.field_diff import shown
from briefing_app.store.errors import StoreError
from briefing_app.store.workspace import Workspace
from briefing_app.ui.bundles.dialogs import plain_label
from briefing_app.ui.commands import EditCommand, Step
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.labels import EmptyState
from briefing_app.ui.lists import wrap_long_names
from briefing_app.ui.messages import show_error
from briefing_app.ui.rich import esc, redline_html

KIND_TEXT = {"both-changed": QT_TRANSLATE_NOOP("ConflictDialog", "both of you changed it"),
             "deleted-here": QT_TRANSLATE_NOOP("ConflictDialog", "you deleted it (or a row it needs); they changed it"),
             "deleted-there": QT_TRANSLATE_NOOP("ConflictDialog",
                                                "they deleted it; you changed it (or work of yours depends on it)"),
             "proposed-change": QT_TRANSLATE_NOOP("ConflictDialog",
                                                  "they propose this change to a row they do not own here"),
             "proposed-deletion": QT_TRANSLATE_NOOP("ConflictDialog",
                                                    "they propose deleting a row they do not own here")}
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
DIFFERS = QBrush(QColor("#fff2cc"))


TITLE_CHARS = 160  # the list wraps; a longer title ends in "…" (the fields below show all of it)


def _title(view: ConflictView) -> str:
    row = view.mine or view.theirs or {}
    name = row.get("title") or row.get("name") or row.get("label") or row.get("heading") or view.conflict.key
    kind = translate("ConflictDialog", "Proposal") if view.conflict.is_proposal \
        else translate("ConflictDialog", "Conflict")
    name = str(name)
    return f"{kind} · {view.conflict.table}: {name if len(name) <= TITLE_CHARS else name[:TITLE_CHARS - 1] + '…'}"


def changes_html(view: ConflictView) -> str:
    """Each changed field; text fields as a redline from mine to theirs (bundle text escaped)."""
    parts = []
    for change in view.changes():
        if change.column in ("created_at", "updated_at"):
            continue
        if change.segments:
            body = redline_html(list(change.segments))
        elif view.mine is None or view.theirs is None:
            body = esc(change.theirs or change.mine)
        else:
            body = f"{esc(change.mine)} → {esc(change.theirs)}"
        parts.append(f"<p><b>{esc(change.column)}</b>: {body}</p>")
    if view.theirs is None:
        deleted = esc(translate("ConflictDialog", "They delete this row."))
        parts.insert(0, f"<p><b>{deleted}</b></p>")
    same = esc(translate("ConflictDialog", "Only timestamps differ."))
    return "".join(parts) or f"<p>{same}</p>"


class ConflictDialog(Dialog):
    """One open conflict at a time; `changed` is called after each resolution so views reload."""

    def __init__(self, parent: QWidget | None, ws: Workspace, changed: Callable[[], None],
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve conflicts and proposals"))
        self.ws = ws
        self.changed = changed
        self.undo_stack = undo_stack
        self.views: list[ConflictView] = []
        self.list = wrap_long_names(QListWidget())  # a proposal's title wraps instead of scrolling sideways
        self.source = plain_label()
        self.fields = QTableWidget(0, 4)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine"), self.tr("Theirs"),
                                               self.tr("Merged (editable)")])
        self.fields.verticalHeader().setVisible(False)
        self.fields.setWordWrap(True)
        header = self.fields.horizontalHeader()
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.only_changed = QCheckBox(self.tr("Only changed fields"))
        self.only_changed.setChecked(True)
        self.only_changed.toggled.connect(self._hide_unchanged)
        self.redline = QTextBrowser()
        self.redline.setAccessibleName(self.tr("Changes, as a redline from yours to theirs"))
        self.redline.setOpenLinks(False)
        self.apply_all = QCheckBox(self.tr("Apply to all remaining conflicts"))
        self.keep = QPushButton(self.tr("Keep mine"))
        self.take = QPushButton(self.tr("Take theirs"))
        self.merge = QPushButton(self.tr("Save merged"))
        self.accept_bundle = QPushButton(self.tr("Accept all from this bundle"))
        self.reject_bundle = QPushButton(self.tr("Reject all from this bundle"))
        self.keep.clicked.connect(lambda: self._resolve(Resolution.KEEP_MINE))
        self.take.clicked.connect(lambda: self._resolve(Resolution.TAKE_THEIRS))
        self.merge.clicked.connect(lambda: self._resolve(Resolution.MERGED))
        self.accept_bundle.clicked.connect(lambda: self._resolve_bundle(Resolution.TAKE_THEIRS))
        self.reject_bundle.clicked.connect(lambda: self._resolve_bundle(Resolution.KEEP_MINE))
        self.apply_all.toggled.connect(lambda on: self.merge.setEnabled(not on and self._mergeable()))
        self.list.currentRowChanged.connect(self._show)
        self._lay_out()
        self.resize(1100, 640)
        self.reload()

    def _lay_out(self) -> None:
        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.source)
        column.addWidget(self.only_changed)
        column.addWidget(self.fields, 3)
        column.addWidget(self.redline, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_all)
        buttons.addStretch(1)
        for button in (self.keep, self.take, self.merge):
            buttons.addWidget(button)
        column.addLayout(buttons)
        whole = QHBoxLayout()
        whole.addStretch(1)
        whole.addWidget(self.reject_bundle)
        whole.addWidget(self.accept_bundle)
        column.addLayout(whole)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([260, 740])
        self.area = EmptyState(split, self.tr(
            "Nothing waits for a decision. When a partner's bundle changes a record you changed too, or proposes a "
            "change to your own text, it waits here until you keep yours, take theirs or merge the two "
            "(File → Import bundle… brings a partner's bundle)."), "no-conflicts")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addWidget(close)

    def reload(self) -> None:
        self.views = open_conflicts(self.ws)
        self.list.clear()
        self.list.addItems([_title(v) for v in self.views])
        if self.views:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)
        self.area.show_empty(not self.views)

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _mergeable(self) -> bool:
        view = self.current()
        return view is not None and view.mine is not None and view.theirs is not None

    def _show(self, row: int) -> None:
        view = self.views[row] if 0 <= row < len(self.views) else None
        for button in (self.keep, self.take, self.accept_bundle, self.reject_bundle):
            button.setEnabled(view is not None)
        self.merge.setEnabled(self._mergeable() and not self.apply_all.isChecked())
        if view is None:
            self.source.setText(self.tr("Nothing waits for a decision."))
            self.fields.setRowCount(0)
            self.redline.clear()
            return
        proposal = view.conflict.is_proposal
        self.keep.setText(self.tr("Reject (keep mine)") if proposal else self.tr("Keep mine"))
        self.take.setText(self.tr("Accept") if proposal else self.tr("Take theirs"))
        waiting = len(from_bundle(self.views, view.conflict.import_id))
        bundle = view.conflict.bundle or self.tr("an earlier import")
        self.accept_bundle.setText(self.tr("Accept all %n from this bundle", "", waiting))
        self.reject_bundle.setText(self.tr("Reject all %n from this bundle", "", waiting))
        kind = KIND_TEXT.get(view.conflict.kind)
        self.source.setText(self.tr("Theirs comes from {organization} ({bundle}): {kind}.").format(
            organization=view.conflict.organization or self.tr("an unnamed organization"), bundle=bundle,
            kind=self.tr(str(kind)) if kind else view.conflict.kind))
        self.redline.setHtml(changes_html(view))
        columns = SPECS[view.conflict.table].columns
        differing = set(view.differing)
        self.fields.setRowCount(len(columns))
        for r, column in enumerate(columns):
            mine = self.tr("(deleted)") if view.mine is None else shown(view.mine.get(column))
            theirs = self.tr("(deleted)") if view.theirs is None else shown(view.theirs.get(column))
            cells = [column, mine, theirs, mine if view.mine is not None else theirs]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                editable = c == 3 and column != "id" and self._mergeable()
                if not editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column in differing and self._mergeable():
                    item.setBackground(DIFFERS)
                self.fields.setItem(r, c, item)
        self.fields.resizeColumnToContents(0)
        self.fields.resizeRowsToContents()
        self._hide_unchanged()

    def _hide_unchanged(self) -> None:
        """With "Only changed fields", rows of equal values are hidden (they stay in the merge)."""
        view = self.current()
        differing = set() if view is None else set(view.differing)
        columns = () if view is None else SPECS[view.conflict.table].columns
        for r, column in enumerate(columns):
            self.fields.setRowHidden(r, self.only_changed.isChecked() and column not in differing)

    def merged_values(self) -> dict[str, Any]:
        """The merged column as typed values (numbers stay numbers, empty optional references NULL)."""
        view = self.current()
        assert view is not None and view.mine is not None
        spec = SPECS[view.conflict.table]
        values: dict[str, Any] = {}
        for r, column in enumerate(spec.columns):
            item = self.fields.item(r, 3)
            text = item.text() if item is not None else ""
            if column in spec.integer:
                values[column] = int(text) if text.strip().lstrip("-").isdigit() else text
            elif column in spec.nullable and text == "":
                values[column] = None
            else:
                values[column] = text
        if "languages" in values and not str(values["languages"]).startswith("["):
            values["languages"] = json.dumps([p.strip() for p in str(values["languages"]).split(",") if p.strip()])
        return values

    def _resolve(self, resolution: Resolution) -> None:
        view = self.current()
        if view is None:
            return
        if self.apply_all.isChecked() and resolution is not Resolution.MERGED:
            chosen = self.views[self.list.currentRow():]
        else:
            chosen = [view]
        merged = self.merged_values() if resolution is Resolution.MERGED else None
        self._decide(chosen, resolution, merged)

    def _resolve_bundle(self, resolution: Resolution) -> None:
        """Accept or reject everything the current item's bundle left waiting."""
        view = self.current()
        if view is not None:
            self._decide(from_bundle(self.views, view.conflict.import_id), resolution, None)

    def _decide(self, chosen: list[ConflictView], resolution: Resolution, merged: dict[str, Any] | None) -> None:
        one = {Resolution.KEEP_MINE: self.tr("Reject {title}"), Resolution.TAKE_THEIRS: self.tr("Accept {title}"),
               Resolution.MERGED: self.tr("Merge {title}")}[resolution]
        several = {Resolution.KEEP_MINE: self.tr("Reject %n proposals and conflicts", "", len(chosen)),
                   Resolution.TAKE_THEIRS: self.tr("Accept %n proposals and conflicts", "", len(chosen)),
                   Resolution.MERGED: self.tr("Merge %n proposals and conflicts", "", len(chosen))}[resolution]
        text = one.format(title=_title(chosen[0])) if len(chosen) == 1 else several
        try:
            if self.undo_stack is None:
                if len(chosen) == 1:
                    resolve(self.ws, chosen[0].conflict, resolution, merged)
                else:
                    resolve_all(self.ws, [v.conflict for v in chosen], resolution)
            else:
                steps: list[Step] = [ResolveStep(v.conflict, resolution, merged) for v in chosen]
                command = EditCommand(text, self.ws, steps, self._replayed)
                command.apply()
                self.undo_stack.push(command)
        except (ValueError, StoreError) as error:
            show_error(self, self.tr("Resolve conflict"), self.tr("Not saved: {error}").format(error=error))
            return
        self.changed()
        self.reload()

    def _replayed(self, error: StoreError | None) -> None:
        """After Edit → Undo / Redo of a decision: views and this list reload."""
        if error is not None:
            show_error(self, self.tr("Undo"), str(error))
        self.changed()
        self.reload()
