"""The treaty's entry-into-force rule: how many instruments, how many days after the deciding one,
which kinds count, and which parties are regional organisations whose instruments do not count on
top of their members'. `ask()` returns the edited rule, or None."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.enums import DelegationKind, StatusKind
from briefing_app.domain.models import EntryIntoForceRule
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.forms import CheckList
from briefing_app.ui.i18n import enum_label

INSTRUMENT_KINDS = [k for k in StatusKind if k.is_instrument]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Status", text)


class RuleDialog(Dialog):
    def __init__(self, parent: QWidget | None, ws: Workspace, rule: EntryIntoForceRule) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Entry-into-force rule"))
        self.rule = rule
        self.required = QSpinBox()
        self.required.setRange(1, 500)
        self.required.setValue(rule.instruments_required)
        self.required.setAccessibleName(_tr("Instruments required"))
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setValue(rule.days_after)
        self.days.setAccessibleName(_tr("Days after the deciding instrument"))
        self.kinds = CheckList(_tr("Kinds that count"), [(enum_label(k), k.value) for k in INSTRUMENT_KINDS],
                               list(rule.counted_kinds))
        organizations = [(d.name, d.id) for d in queries.delegations(ws)  # a bloc (BRICS) is no party
                         if d.kind is DelegationKind.ORGANIZATION or d.id in rule.regional_organizations
                         or d.iso_code == "EU"]
        self.regional = CheckList(_tr("Regional economic integration organisations"), organizations,
                                  list(rule.regional_organizations))
        self.regional_counts = QCheckBox(_tr("Their instruments count on top of their members'"))
        self.regional_counts.setChecked(rule.regional_counts)
        self.summary = QPlainTextEdit(rule.summary)
        self.summary.setAccessibleName(_tr("What the treaty says (our words)"))
        self.summary.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(_tr("&Instruments required"), self.required)
        form.addRow(_tr("&Days after the deciding one"), self.days)
        form.addRow(_tr("Kinds that count"), self.kinds)
        form.addRow(_tr("Regional organisations"), self.regional)
        form.addRow("", self.regional_counts)
        form.addRow(_tr("What the treaty says"), self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.kinds.itemChanged.connect(lambda _i: self._check())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.kinds.checked()))
        save.setToolTip("" if self.kinds.checked() else _tr("Tick at least one kind of instrument that counts."))

    def result_rule(self) -> EntryIntoForceRule:
        return dataclasses.replace(
            self.rule, instruments_required=self.required.value(), days_after=self.days.value(),
            counted_kinds=tuple(self.kinds.checked()), regional_organizations=tuple(self.regional.checked()),
            regional_counts=self.regional_counts.isChecked(), summary=self.summary.toPlainText().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, rule: EntryIntoForceRule) -> EntryIntoForceRule | None:
        dialog = cls(parent, ws, rule)
        return dialog.result_rule() if dialog.exec() == Dialog.DialogCode.Accepted else None


