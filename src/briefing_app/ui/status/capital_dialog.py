"""File → Export capital pack…: which state, for its ministry or its parliament committee, and who
exactly. `ask()` returns the choice (or None); the controller then asks for the file."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.enums import DelegationKind
from briefing_app.domain.models import Delegation
from briefing_app.packs.capital_parts import DEFAULT_NAMES, Addressee
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.dialog_geometry import Dialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Status", text)


@dataclass(frozen=True, slots=True)
class CapitalChoice:
    delegation_id: str
    addressee: Addressee
    addressee_name: str


class CapitalPackDialog(Dialog):
    def __init__(self, parent: QWidget | None, ws: Workspace, current: Delegation | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Export capital pack"))
        self.state = QComboBox()
        self.state.setAccessibleName(_tr("State"))
        for delegation in queries.delegations(ws):
            if delegation.kind is DelegationKind.STATE:
                self.state.addItem(delegation.name, delegation.id)
        if current is not None:
            self.state.setCurrentIndex(max(self.state.findData(current.id), 0))
        self.ministry = QRadioButton(_tr("The &ministry (status and reservations first)"))
        self.committee = QRadioButton(_tr("A parliament &committee (the bill and safeguards first)"))
        self.ministry.setChecked(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(_tr("Addressed to"))
        self.name.setPlaceholderText(DEFAULT_NAMES[Addressee.MINISTRY])
        self.committee.toggled.connect(lambda on: self.name.setPlaceholderText(
            DEFAULT_NAMES[Addressee.COMMITTEE if on else Addressee.MINISTRY]))
        form = QFormLayout()
        form.addRow(_tr("&State"), self.state)
        form.addRow(_tr("For"), self.ministry)
        form.addRow("", self.committee)
        form.addRow(_tr("&Addressed to"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(_tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> CapitalChoice | None:
        state = self.state.currentData()
        if not state:
            return None
        addressee = Addressee.COMMITTEE if self.committee.isChecked() else Addressee.MINISTRY
        return CapitalChoice(str(state), addressee, self.name.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, current: Delegation | None) -> CapitalChoice | None:
        dialog = cls(parent, ws, current)
        return dialog.choice() if dialog.exec() == Dialog.DialogCode.Accepted else None
