"""Choosing among a delegation's named pack profiles, and New…/Rename…/Delete on them.

The first profile of a delegation is its default (batch export and `briefing-app pack` use it);
while none is saved the built-in "Default" is listed and saved as soon as it is renamed or copied.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.tailoring import PackProfile
from briefing_app.store.errors import StoreError
from briefing_app.store.packs_store import (
    PROFILE_NAME_MAX,
    create_profile,
    delete_profile,
    load_profile,
    profile_names,
    profiles_of,
    rename_profile,
    save_profile,
)
from briefing_app.store.workspace import Workspace
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.messages import Confirm, show_error


class ProfileNameDialog(Dialog):
    """Asks for a profile's name (plain text, one line); tests monkeypatch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, name: str) -> str | None:
        """The entered name, or None when cancelled."""
        dialog = cls(parent, title, name)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.name.text().strip() if accepted else None

    def __init__(self, parent: QWidget | None, title: str, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit(name)
        self.name.setMaxLength(PROFILE_NAME_MAX)
        self.name.setAccessibleName(self.tr("Profile name"))
        self.name.selectAll()
        label = QLabel(self.tr("&Name:"))
        label.setBuddy(self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.name)
        layout.addWidget(self.buttons)
        self._check(name)

    def _check(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))


class ProfileBar(QWidget):
    """The profile selector with its buttons. `chosen` carries the profile to show (as saved);
    `named` says the shown profile now goes by a new name, its unsaved edits kept (Rename, New)."""

    chosen = Signal(object)
    named = Signal(str)

    def __init__(self, workspace: Callable[[], Workspace], edited: Callable[[], PackProfile],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._edited = edited
        self.delegation_id = ""
        self.delegation_label = ""
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Pack profile"))
        self.combo.setToolTip(self.tr("The first profile is the delegation's default: batch export and "
                                      "briefing-app pack use it unless told otherwise."))
        label = QLabel(self.tr("Pro&file:"))
        label.setBuddy(self.combo)
        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.setToolTip(self.tr("A new profile, starting as a copy of the shown settings"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)
        chooser = QHBoxLayout()
        chooser.addWidget(label)
        chooser.addWidget(self.combo, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.new_button, self.rename_button, self.delete_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chooser)
        layout.addLayout(actions)
        self.combo.currentIndexChanged.connect(lambda _index: self._choose())
        self.new_button.clicked.connect(self.new_profile)
        self.rename_button.clicked.connect(self.rename_profile)
        self.delete_button.clicked.connect(self.delete_profile)

    def show_delegation(self, delegation_id: str, label: str) -> PackProfile:
        """List the delegation's profiles, select its default and return it."""
        self.delegation_id, self.delegation_label = delegation_id, label
        names = profile_names(self._workspace(), delegation_id)
        self._fill(names, names[0])
        return load_profile(self._workspace(), delegation_id, names[0])

    def names(self) -> list[str]:
        return [self.combo.itemText(i) for i in range(self.combo.count())]

    def current_name(self) -> str:
        return self.combo.currentText()

    def select(self, name: str) -> None:
        """Show the profile of that name (as the user would by choosing it)."""
        self.combo.setCurrentIndex(self.combo.findText(name))

    def _fill(self, names: list[str], current: str) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(names)
        self.combo.setCurrentIndex(max(0, self.combo.findText(current)))
        self.combo.blockSignals(False)
        self.delete_button.setEnabled(len(names) > 1)

    def _choose(self) -> None:
        if self.delegation_id and self.current_name():
            self.chosen.emit(load_profile(self._workspace(), self.delegation_id, self.current_name()))

    def _keep(self, ws: Workspace, name: str) -> None:
        """Save the built-in settings under `name` if nothing is saved there yet (so it stays listed)."""
        if name not in [p.name for p in profiles_of(ws, self.delegation_id)]:
            save_profile(ws, load_profile(ws, self.delegation_id, name))

    def new_profile(self) -> None:
        current = self.current_name()
        name = ProfileNameDialog.ask(self, self.tr("New pack profile"), self.tr("{name} (copy)").format(name=current))
        if name is None:
            return
        ws = self._workspace()
        try:
            with ws.transaction():
                self._keep(ws, current)
                created = create_profile(ws, replace(self._edited(), name=name))
        except StoreError as error:
            show_error(self, self.tr("Profile not created"), str(error))
            return
        self._fill(profile_names(ws, self.delegation_id), created.name)
        self.named.emit(created.name)

    def rename_profile(self) -> None:
        current = self.current_name()
        name = ProfileNameDialog.ask(self, self.tr("Rename pack profile"), current)
        if name is None or name == current:
            return
        ws = self._workspace()
        try:
            with ws.transaction():
                self._keep(ws, current)
                stored = rename_profile(ws, self.delegation_id, current, name)
        except StoreError as error:
            show_error(self, self.tr("Profile not renamed"), str(error))
            return
        self._fill(profile_names(ws, self.delegation_id), stored)
        self.named.emit(stored)

    def delete_profile(self) -> None:
        current = self.current_name()
        question = self.tr("Delete the pack profile {name!r} of {delegation}? Exports already in the log keep its "
                           "name.").format(name=current, delegation=self.delegation_label)
        if not Confirm.ask(self, self.tr("Delete pack profile"), question):
            return
        ws = self._workspace()
        try:
            delete_profile(ws, self.delegation_id, current)
        except StoreError as error:
            show_error(self, self.tr("Profile not deleted"), str(error))
            return
        names = profile_names(ws, self.delegation_id)
        self._fill(names, names[0])
        self.chosen.emit(load_profile(ws, self.delegation_id, names[0]))
