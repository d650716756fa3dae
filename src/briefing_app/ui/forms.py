"""A record edit dialog built from field specs, with validation before it may close.

Specific dialogs (ui/dialogs.py) list their fields and add link pickers; every one has a
`@classmethod ask(...)` returning the edited record (or None on cancel), which tests patch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.enums import Sensitivity
from briefing_app.domain.models import Record
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.i18n import enum_label
from briefing_app.ui.lists import fit_names, wrap_long_names

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


def _is_date(text: str) -> bool:
    """YYYY, YYYY-MM or a YYYY-MM-DD that exists in the calendar (not 2024-02-30)."""
    if not _DATE.match(text):
        return False
    if len(text) == len("2024-08-08"):
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            return False
    return True


def field_label(label: str) -> str:
    """A field's label (or a record dialog's title) in the UI's language: scripts/update_translations.py
    reads the literal labels of Field(...) and add_checklist(...) as translate("Fields", label)."""
    return QCoreApplication.translate("Fields", label)


@dataclass(frozen=True)
class Field:
    """One editable column. kind: line, text, enum, ref, bool, date, url, list."""

    name: str
    label: str
    kind: str = "line"
    required: bool = False
    enum: type[Enum] | None = None
    choices: tuple[tuple[str, str | None], ...] = ()


SENSITIVITY = Field("sensitivity", "Sensitivity", "enum", enum=Sensitivity)


class CheckList(QListWidget):
    """Pick several records (links) by ticking them."""

    def __init__(self, name: str, items: list[tuple[str, str]], checked: list[str]) -> None:
        super().__init__()
        self.setAccessibleName(field_label(name))
        for label, value in items:
            self.add_item(label, value, value in checked)
        self.setMaximumHeight(110)
        wrap_long_names(self)

    def add_item(self, label: str, value: str, checked: bool) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.addItem(item)
        self.scrollToItem(item)

    def checked(self) -> list[str]:
        return [str(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, values: list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in values
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def _tab_stops(widget: QWidget) -> list[QWidget]:
    """The widget itself, or for a plain container (a picker with its button) its direct children."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return [widget]
    children = widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [child for child in children if child.focusPolicy() & Qt.FocusPolicy.TabFocus]


class RecordDialog(Dialog):
    def __init__(self, parent: QWidget | None, title: str, record: Record, fields: list[Field]) -> None:
        super().__init__(parent)
        self.setWindowTitle(field_label(title))
        self.record = record
        self.fields = fields
        self.editors: dict[str, QWidget] = {}
        self.form = QFormLayout()
        for spec in fields:
            editor = self._editor(spec, getattr(record, spec.name))
            editor.setAccessibleName(field_label(spec.label))
            self.editors[spec.name] = editor
            self.form.addRow(field_label(spec.label) + (" *" if spec.required else ""), editor)
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #e5534b;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error_label)
        self.layout_.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def add_row(self, label: str, widget: QWidget) -> None:
        """Add a row below the fields; Tab keeps running down the rows, Save and Cancel last."""
        self.form.addRow(label, widget)
        self.order_tabs()

    def order_tabs(self) -> None:
        """Tab follows the rows top to bottom (rows added after the fields would otherwise come last)."""
        stops: list[QWidget] = []
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    stops += _tab_stops(widget)
        stops += self.buttons.buttons()
        for before, after in zip(stops, stops[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _editor(self, spec: Field, value: Any) -> QWidget:
        if spec.kind == "text":
            text = QPlainTextEdit(str(value or ""))
            text.setTabChangesFocus(True)
            text.setMinimumHeight(70)
            return text
        if spec.kind in ("enum", "ref"):
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            options = ([(enum_label(e.value), e.value) for e in spec.enum] if spec.enum is not None
                       else list(spec.choices))
            if spec.kind == "ref" and spec.required and not value:
                options.insert(0, (self.tr("(choose)"), ""))
            for label, data in options:
                combo.addItem(label, data)
            current = getattr(value, "value", value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            return fit_names(combo) if spec.kind == "ref" else combo
        if spec.kind == "bool":
            check = QCheckBox()
            check.setChecked(bool(value))
            return check
        line = QLineEdit(", ".join(value) if spec.kind == "list" else str(value or ""))
        if spec.kind == "date":
            line.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        elif spec.kind == "url":
            line.setPlaceholderText("https://…")  # an address: the same in every language
        return line

    def value(self, name: str) -> Any:
        """The current value of a field, converted to the record's type."""
        spec = next(f for f in self.fields if f.name == name)
        editor = self.editors[name]
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip()
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            return spec.enum(data) if spec.enum is not None else data
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if spec.kind == "list":
            return tuple(part.strip() for part in text.split(",") if part.strip())
        return text

    def set_value(self, name: str, value: Any) -> None:
        """Fill a field programmatically (used by tests and by pickers)."""
        editor = self.editors[name]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(getattr(value, "value", value)))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(", ".join(value) if isinstance(value, tuple) else str(value))

    def field_problem(self, spec: Field) -> str:
        """Why this field's value cannot be saved, or "" when it can."""
        value = self.value(spec.name)
        label = field_label(spec.label)
        if spec.required and value in ("", None, ()):
            return self.tr("{label} is required.").format(label=label)
        if spec.kind == "date" and value and not _is_date(value):
            return self.tr("{label} must be a real date such as 2024-08-08 (or 2024-08, 2024).").format(label=label)
        if spec.kind == "url" and value and not _URL.match(value):
            return self.tr("{label} must start with http:// or https://.").format(label=label)
        return ""

    def problems(self) -> list[str]:
        """What keeps the dialog from saving; empty when the values are valid."""
        return [problem for problem in map(self.field_problem, self.fields) if problem]

    def result_record(self) -> Record:
        return dataclasses.replace(self.record, **{spec.name: self.value(spec.name) for spec in self.fields})

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.error_label.setText("\n".join(problems))
            first = next((spec for spec in self.fields if self.field_problem(spec)), None)
            if first is not None:
                self.editors[first.name].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()
