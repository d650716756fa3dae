"""Passphrase dialogs (issue #13): unlock an encrypted workspace (three tries), choose a new
passphrase (typed twice), and the offer to encrypt a new workspace. Tests patch the classmethods."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.store import cipher
from briefing_app.store.cipher import Key, WrongPassphraseError
from briefing_app.ui.dialog_geometry import Dialog

TRIES = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("protect", text)

KEEP_SAFE = QT_TRANSLATE_NOOP("protect", "Keep the passphrase safe: without it nobody, you included, can open this "
                                        "workspace or its backups.")  # shown through _tr


def _plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    return field


class UnlockDialog(Dialog):
    """Asks for an encrypted workspace's passphrase."""

    def __init__(self, parent: QWidget | None, path: Path, message: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock workspace"))
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(self.tr("{name} is encrypted. Enter its passphrase.").format(name=path.name)))
        self.passphrase = _password_field()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.passphrase)
        self.message = _plain_label(message)
        self.message.setVisible(bool(message))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask_passphrase(cls, parent: QWidget | None, path: Path, message: str = "") -> str | None:
        dialog = cls(parent, path, message)
        return dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask_key(cls, parent: QWidget | None, path: Path) -> Key | None:
        """The checked key for `path` after at most three tries, or None (cancelled, or three wrong)."""
        from briefing_app.protect.conversion import unlock  # with the backups code: not needed at start

        message = ""
        for attempt in range(1, TRIES + 1):
            typed = cls.ask_passphrase(parent, path, message)
            if typed is None:
                return None
            try:
                return unlock(path, typed)
            except WrongPassphraseError:
                left = TRIES - attempt
                message = _tr("Wrong passphrase; {n} tries left.").format(n=left)
        return None

class NewPassphraseDialog(Dialog):
    """A new passphrase, typed twice; with `offer_plain`, a choice to leave the workspace unencrypted."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, offer_plain: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(intro))
        self.encrypt = QCheckBox(self.tr("&Encrypt it with a passphrase"))
        self.encrypt.setChecked(True)
        self.encrypt.setVisible(offer_plain)
        layout.addWidget(self.encrypt)
        form = QFormLayout()
        self.first = _password_field()
        self.second = _password_field()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        layout.addLayout(form)
        layout.addWidget(_plain_label(_tr(str(KEEP_SAFE))))
        self.problem = _plain_label("")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.encrypt.toggled.connect(self.first.setEnabled)
        self.encrypt.toggled.connect(self.second.setEnabled)

    def problem_text(self) -> str:
        if not self.encrypt.isChecked():
            return ""
        if not self.first.text():
            return self.tr("Type a passphrase (a few unrelated words are easy to remember and hard to guess).")
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        if not problem:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, intro: str) -> str | None:
        """The new passphrase, or None when cancelled."""
        dialog = cls(parent, title, intro)
        return dialog.first.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask_for_new_workspace(cls, parent: QWidget | None, path: Path) -> Key | None | bool:
        """A key for a new workspace, None to leave it plain, False when cancelled."""
        dialog = cls(parent, _tr("New workspace"),
                     _tr("{name} will hold names, phone numbers and notes. Encrypt it, so that a lost "
                                   "or seized laptop does not give them away?").format(name=path.name),
                     offer_plain=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return cipher.new_key(dialog.first.text()) if dialog.encrypt.isChecked() else None

def unlock_if_encrypted(parent: QWidget | None, path: Path) -> bool:
    """Before opening `path`: ask for its passphrase when it is encrypted and not yet unlocked in
    this process (or kept in the OS keyring). False when the user gave up (cancelled, or three
    wrong passphrases)."""
    if not cipher.is_encrypted(path) or cipher.KEYCHAIN.get(path) is not None:
        return True
    from briefing_app.protect.conversion import unlock_from_keyring

    return unlock_from_keyring(path) is not None or UnlockDialog.ask_key(parent, path) is not None
