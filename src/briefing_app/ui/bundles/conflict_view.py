"""Resolve conflicts: both versions side by side per field; keep mine, take theirs, or edit a merge."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.bundles.conflicts import ConflictView, Resolution, open_conflicts, resolve, resolve_all
from briefing_app.bundles.format import SPECS
from briefing_app.store.errors import StoreError
from briefing_app.store.workspace import Workspace
from briefing_app.ui.bundles.dialogs import plain_label
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.messages import show_error

KIND_TEXT = {"both-changed": "both of you changed it",
             "deleted-here": "you deleted it (or a row it needs); they changed it",
             "deleted-there": "they deleted it; you changed it (or work of yours depends on it)",
             "proposed-change": "they propose this change to a row they do not own here",
             "proposed-deletion": "they propose deleting a row they do not own here"}
DIFFERS = QBrush(QColor("#fff2cc"))


def _title(view: ConflictView) -> str:
    row = view.mine or view.theirs or {}
    name = row.get("title") or row.get("name") or row.get("label") or row.get("heading") or view.conflict.key
    return f"{view.conflict.table}: {str(name)[:80]}"


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


class ConflictDialog(Dialog):
    """One open conflict at a time; `changed` is called after each resolution so views reload."""

    def __init__(self, parent: QWidget | None, ws: Workspace, changed: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Resolve conflicts and proposals")
        self.ws = ws
        self.changed = changed
        self.views: list[ConflictView] = []
        self.list = QListWidget()
        self.source = plain_label()
        self.fields = QTableWidget(0, 4)
        self.fields.setHorizontalHeaderLabels(["Field", "Mine", "Theirs", "Merged (editable)"])
        self.fields.verticalHeader().setVisible(False)
        self.fields.setWordWrap(True)
        header = self.fields.horizontalHeader()
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.apply_all = QCheckBox("Apply to all remaining conflicts")
        self.keep = QPushButton("Keep mine")
        self.take = QPushButton("Take theirs")
        self.merge = QPushButton("Save merged")
        self.keep.clicked.connect(lambda: self._resolve(Resolution.KEEP_MINE))
        self.take.clicked.connect(lambda: self._resolve(Resolution.TAKE_THEIRS))
        self.merge.clicked.connect(lambda: self._resolve(Resolution.MERGED))
        self.apply_all.toggled.connect(lambda on: self.merge.setEnabled(not on and self._mergeable()))
        self.list.currentRowChanged.connect(self._show)
        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.source)
        column.addWidget(self.fields)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_all)
        buttons.addStretch(1)
        for button in (self.keep, self.take, self.merge):
            buttons.addWidget(button)
        column.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([260, 740])
        QVBoxLayout(self).addWidget(split)
        self.resize(1100, 560)
        self.reload()

    def reload(self) -> None:
        self.views = open_conflicts(self.ws)
        self.list.clear()
        self.list.addItems([_title(v) for v in self.views])
        if self.views:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _mergeable(self) -> bool:
        view = self.current()
        return view is not None and view.mine is not None and view.theirs is not None

    def _show(self, row: int) -> None:
        view = self.views[row] if 0 <= row < len(self.views) else None
        for button in (self.keep, self.take):
            button.setEnabled(view is not None)
        self.merge.setEnabled(self._mergeable() and not self.apply_all.isChecked())
        if view is None:
            self.source.setText("Nothing waits for a decision.")
            self.fields.setRowCount(0)
            return
        self.source.setText(f"Theirs comes from {view.conflict.organization or 'an unnamed organization'}: "
                            f"{KIND_TEXT.get(view.conflict.kind, view.conflict.kind)}.")
        columns = SPECS[view.conflict.table].columns
        differing = set(view.differing)
        self.fields.setRowCount(len(columns))
        for r, column in enumerate(columns):
            mine = "(deleted)" if view.mine is None else _shown(view.mine.get(column))
            theirs = "(deleted)" if view.theirs is None else _shown(view.theirs.get(column))
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
        try:
            if self.apply_all.isChecked() and resolution is not Resolution.MERGED:
                resolve_all(self.ws, [v.conflict for v in self.views[self.list.currentRow():]], resolution)
            else:
                merged = self.merged_values() if resolution is Resolution.MERGED else None
                resolve(self.ws, view.conflict, resolution, merged)
        except (ValueError, StoreError) as error:
            show_error(self, "Resolve conflict", f"Not saved: {error}")
            return
        self.changed()
        self.reload()
