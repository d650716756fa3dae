"""Tools → Partner keys…: our fingerprint to read out on the phone, the partners' keys this workspace
trusts (added from their key file or from the fingerprint they read out), and the setting that
imports only bundles signed by a trusted key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.bundles import keyring
from briefing_app.bundles.export import ORGANIZATION_KEY
from briefing_app.bundles.keystore import KeyStore
from briefing_app.bundles.signing import REQUIRE_TRUSTED_KEY
from briefing_app.errors import UserError
from briefing_app.store import sync_keys
from briefing_app.store.workspace import Workspace
from briefing_app.ui.bundles.dialogs import plain_label
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.labels import empty_note
from briefing_app.ui.messages import show_error


class KeyFileChooser:
    """File dialogs for key files; tests monkeypatch the classmethods."""

    @staticmethod
    def filter() -> str:
        return QCoreApplication.translate("KeysDialog", "Partner key files (*{suffix});;All files (*)").format(suffix=keyring.KEY_FILE_SUFFIX)

    @classmethod
    def ask_open(cls, parent: QWidget | None) -> str:
        return QFileDialog.getOpenFileName(parent, QCoreApplication.translate("KeysDialog", "Add a partner's key file"), "", cls.filter())[0]

    @classmethod
    def ask_save(cls, parent: QWidget | None, name: str) -> str:
        return QFileDialog.getSaveFileName(parent, QCoreApplication.translate("KeysDialog", "Save our key file"), name, cls.filter())[0]


class FingerprintInput:
    """The two questions of "trust by fingerprint"; tests monkeypatch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str] | None:
        organization, ok = QInputDialog.getText(parent, QCoreApplication.translate("KeysDialog", "Trust a fingerprint"),
                                                 QCoreApplication.translate("KeysDialog", "Partner organization:"))
        if not ok or not organization.strip():
            return None
        printed, ok = QInputDialog.getText(parent, QCoreApplication.translate("KeysDialog", "Trust a fingerprint"), QCoreApplication.translate("KeysDialog", "Fingerprint they read out to you (e.g. {example}):").format(
            example="BJXD-SSJV-4J6D-P7KB-BXFY"))
        return (organization, printed) if ok else None


class KeysDialog(Dialog):
    def __init__(self, parent: QWidget | None, ws: Workspace, keys: KeyStore | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Partner keys"))
        self.ws, self.keys = ws, keys or KeyStore()
        own = self.keys.public()
        mine = plain_label(self.tr("Your fingerprint (read it out to partners when they add your key): {0}")
                           .format(own.fingerprint))
        mine.setObjectName("own-fingerprint")
        self.list = QListWidget()
        self.empty = empty_note(self.tr(
            "No partner key yet. Add the key file a partner sent you, or type the fingerprint they read out "
            "to you; bundles signed by these keys show as verified when you import them."), "no-partner-keys")
        self.require = QCheckBox(self.tr("Import only bundles signed by a trusted partner key"))
        self.require.setChecked(ws.get_meta(REQUIRE_TRUSTED_KEY) == "1")
        self.require.toggled.connect(lambda on: ws.set_meta(REQUIRE_TRUSTED_KEY, "1" if on else "0"))
        buttons_row = QHBoxLayout()
        for text, handler in ((self.tr("Add key file…"), self.add_file),
                              (self.tr("Trust a fingerprint…"), self.trust_fingerprint),
                              (self.tr("Remove"), self.remove), (self.tr("Save our key file…"), self.save_own)):
            button = QPushButton(text)
            button.clicked.connect(handler)
            buttons_row.addWidget(button)
            if handler == self.remove:
                self.remove_button = button
        self.list.currentRowChanged.connect(self._update_buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mine)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(self.require)
        layout.addWidget(close)
        self.resize(720, 380)
        self.reload()

    def reload(self) -> None:
        self.entries = sync_keys.partner_keys(self.ws)
        self.list.clear()
        for e in self.entries:
            how = self.tr("key file") if e.source == "file" else self.tr("fingerprint by phone")
            seen = self.tr("can encrypt to them") if e.age_recipient else self.tr("keys arrive with their first bundle")
            self.list.addItem(self.tr("{0}  {1}  (from a {2}; {3})").format(e.fingerprint, e.organization, how, seen))
        self.empty.setVisible(not self.entries)
        self.list.setVisible(bool(self.entries))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(0 <= self.list.currentRow() < len(self.entries))

    def _guarded(self, work: Callable[[], object]) -> None:
        try:
            work()
        except UserError as error:
            show_error(self, self.tr("Partner keys"), str(error))
        self.reload()

    def add_file(self) -> None:
        chosen = KeyFileChooser.ask_open(self)
        if chosen:
            self._guarded(lambda: keyring.add_key_file(self.ws, Path(chosen)))

    def trust_fingerprint(self) -> None:
        answer = FingerprintInput.ask(self)
        if answer is not None:
            self._guarded(lambda: keyring.trust_fingerprint(self.ws, *answer))

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            self._guarded(lambda: sync_keys.remove_key(self.ws, self.entries[row].fingerprint))

    def save_own(self) -> None:
        organization = self.ws.get_meta(ORGANIZATION_KEY)
        if not organization:
            show_error(self, self.tr("Partner keys"), self.tr("Name your organization first (in Export bundle…)."))
            return
        chosen = KeyFileChooser.ask_save(self, f"{organization}{keyring.KEY_FILE_SUFFIX}")
        if chosen:
            Path(chosen).write_text(keyring.key_file_text(organization, self.keys.public()), encoding="utf-8")
