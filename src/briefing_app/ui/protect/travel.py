"""File → Make travel copy… (issue #13): choose the documents and delegations a trip needs, whether
internal and personal records come along, then the file and its passphrase; the copy is written
in a job (bundles/travel.py)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.bundles.selection import Selection
from briefing_app.domain.models import Delegation, Document
from briefing_app.store.workspace import Workspace
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.lists import wrap_long_names


def _tr(text: str) -> str:
    return QCoreApplication.translate("protect", text)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _checklist(items: list[tuple[str, str]]) -> QListWidget:
    widget = QListWidget()
    for label, data in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    wrap_long_names(widget, 22)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(str(widget.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


@dataclass(frozen=True, slots=True)
class TravelChoice:
    selection: Selection
    include_internal: bool
    include_personal: bool


class TravelCopyDialog(Dialog):
    def __init__(self, parent: QWidget | None, ws: Workspace) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Make travel copy"))
        self.documents = _checklist([(d.title, d.id) for d in ws.find(Document, order_by="title")])
        self.delegations = _checklist([(d.name, d.id) for d in ws.find(Delegation, order_by="name")])
        lists = QHBoxLayout()
        for title, widget in ((_tr("Documents\n(versions, provisions, amendments, positions)"), self.documents),
                              (_tr("Delegations you will meet\n(positions, contacts)"), self.delegations)):
            column = QVBoxLayout()
            column.addWidget(_label(title))
            column.addWidget(widget)
            lists.addLayout(column)
        self.internal = QCheckBox(_tr("Include &internal records (strategy notes, contacts)"))
        self.internal.setChecked(True)
        self.personal = QCheckBox(_tr("Include &personal records"))
        layout = QVBoxLayout(self)
        layout.addWidget(_label(_tr("A new encrypted workspace with only what this trip needs, so that a lost or "
                                    "seized laptop reveals little. After the trip, export a bundle from it and "
                                    "import that here.")))
        layout.addLayout(lists)
        layout.addWidget(self.internal)
        layout.addWidget(self.personal)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make = self.buttons.addButton(_tr("Make copy…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.make.setEnabled(False)
        for widget in (self.documents, self.delegations):
            widget.itemChanged.connect(lambda _item: self.make.setEnabled(not self.choice().selection.whole))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def choice(self) -> TravelChoice:
        return TravelChoice(Selection(_checked(self.documents), _checked(self.delegations)),
                            self.internal.isChecked(), self.personal.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace) -> TravelChoice | None:
        dialog = cls(parent, ws)
        return dialog.choice() if dialog.exec() == Dialog.DialogCode.Accepted else None
