"""Protecting the people in the workspace (issue #13) in the window: Lock now (Ctrl+L) and the idle
lock, encrypting, decrypting and re-keying the open workspace with its backups.

Converting closes the workspace, runs the conversion in a job (a new file and an atomic swap,
protect/conversion.py) and opens the file again, also when the conversion failed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QInputDialog, QWidget

from briefing_app.domain.progress import CancelToken, ProgressFn
from briefing_app.errors import UserError
from briefing_app.store import cipher
from briefing_app.store.workspace import Workspace
from briefing_app.ui.menus import Place
from briefing_app.ui.messages import Confirm, show_error
from briefing_app.ui.protect.lock import IdleWatcher, Locker
from briefing_app.ui.protect.passphrase import NewPassphraseDialog, UnlockDialog
from briefing_app.ui.services import Services
from briefing_app.ui.settings import recent_files

IDLE_KEY = "protect/idle_minutes"
DEFAULT_IDLE_MINUTES = 10


def _tr(text: str) -> str:
    return QCoreApplication.translate("protect", text)


class IdleMinutes:
    """Asks for the idle time; tests patch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, current: int) -> int | None:
        value, ok = QInputDialog.getInt(parent, _tr("Lock when idle"),
                                        _tr("Lock an encrypted workspace after this many minutes without input "
                                            "(0: never):"), current, 0, 240)
        return value if ok else None


class ProtectController(QObject):
    def __init__(self, services: Services) -> None:
        super().__init__(services.window)
        self.services = services
        self.locker = Locker(services.window, self._passphrase_is_right)
        self.idle = IdleWatcher(self, self.lock_if_encrypted)
        add = services.registry.add_action
        self.lock_action = add("protect.lock", Place.FILE_WORKSPACE, _tr("Lo&ck now"), self.lock, shortcut="Ctrl+L",
                               tip=_tr("Hide everything until the passphrase is typed again"))
        self.encrypt_action = add("protect.encrypt", Place.TOOLS_PROTECT, _tr("&Encrypt workspace…"), self.encrypt,
                                  tip=_tr("Encrypt this workspace and its backups with a passphrase"))
        self.change_action = add("protect.change_passphrase", Place.TOOLS_PROTECT, _tr("C&hange passphrase…"),
                                 self.change_passphrase)
        self.decrypt_action = add("protect.decrypt", Place.TOOLS_PROTECT, _tr("&Decrypt workspace…"), self.decrypt,
                                  tip=_tr("Make this workspace and its backups plain files again"))
        add("protect.idle", Place.TOOLS_PROTECT, _tr("Lock when &idle…"), self.choose_idle_minutes)
        self.keyring_action = add("protect.keyring", Place.TOOLS_PROTECT, _tr("Keep passphrase in the &system keyring"),
                                  self.toggle_keyring,
                                  tip=_tr("Let this computer's keyring unlock this workspace (optional)"))
        self.keyring_action.setCheckable(True)
        add("protect.travel_copy", Place.FILE_EXPORT, _tr("Make tra&vel copy…"), self.make_travel_copy,
            tip=_tr("A new encrypted workspace with only the documents and delegations a trip needs"))
        add("protect.forget", Place.FILE_WORKSPACE, _tr("For&get this workspace…"), self.forget,
            tip=_tr("Remove this workspace with its backups and temporary copies from this computer"))
        services.workspace_replaced.connect(self._update)
        self._update()

    # -- state -------------------------------------------------------------------------------------
    def _key(self) -> cipher.Key | None:
        ws = self.services.workspace
        return ws.key if ws is not None else None

    def _update(self) -> None:
        encrypted = self._key() is not None
        opened = self.services.workspace is not None
        for action, enabled in ((self.lock_action, encrypted), (self.change_action, encrypted),
                                (self.decrypt_action, encrypted), (self.encrypt_action, opened and not encrypted),
                                (self.keyring_action, encrypted)):
            if not self.locker.locked:
                action.setEnabled(enabled)
        self.idle.set_minutes(self.idle_minutes() if encrypted else 0)
        self.keyring_action.setChecked(encrypted and _kept_in_keyring(self.services.workspace_path))

    def toggle_keyring(self) -> None:
        """Checked: keep the passphrase (typed again to confirm) in the OS keyring; unchecked: remove it."""
        from briefing_app.protect import os_keyring

        path, title = self.services.workspace_path, _tr("System keyring")
        if path is None or self._key() is None:
            self.keyring_action.setChecked(False)
            return
        if not self.keyring_action.isChecked():
            os_keyring.forget(path)
            self.services.status(_tr("The passphrase is no longer kept in the system keyring."))
            return
        if not os_keyring.available():
            self.keyring_action.setChecked(False)
            show_error(self.services.window, title, _tr("This computer has no usable keyring (install the keyring "
                                                        "package; on Linux a Secret Service such as GNOME Keyring)."))
            return
        typed = UnlockDialog.ask_passphrase(self.services.window, path)
        key = self._key()
        if typed is None or key is None or cipher.stretch(typed, key.salt) != key or not os_keyring.remember(path, typed):
            self.keyring_action.setChecked(False)
            if typed is not None:
                show_error(self.services.window, title, _tr("The passphrase was wrong or the keyring refused it; "
                                                            "nothing was kept."))
            return
        self.services.status(_tr("The system keyring now unlocks this workspace."))

    def idle_minutes(self) -> int:
        value = self.services.settings.value(IDLE_KEY, DEFAULT_IDLE_MINUTES)
        try:
            return max(0, int(str(value)))
        except ValueError:
            return DEFAULT_IDLE_MINUTES

    # -- lock ----------------------------------------------------------------------------------------
    def _passphrase_is_right(self, typed: str) -> bool:
        key = self._key()
        return key is not None and cipher.stretch(typed, key.salt) == key

    def lock(self) -> None:
        if self._key() is None:
            show_error(self.services.window, _tr("Lock now"),
                       _tr("Only an encrypted workspace can be locked: Tools → Encrypt workspace… first."))
            return
        self._tidy()
        self.locker.lock()

    def lock_if_encrypted(self) -> None:
        if self._key() is not None:
            self._tidy()
            self.locker.lock()

    def _tidy(self) -> None:
        """Overwrite what deletes left behind while the user is away (store/tidy.py)."""
        ws = self.services.workspace
        if ws is not None:
            tidy_quietly(ws)

    def choose_idle_minutes(self) -> None:
        chosen = IdleMinutes.ask(self.services.window, self.idle_minutes())
        if chosen is not None:
            self.services.settings.setValue(IDLE_KEY, chosen)
            self._update()

    # -- conversions ---------------------------------------------------------------------------------
    def _convert(self, title: str, change: Callable[[Path], object], done_text: str) -> None:
        services = self.services
        ws = services.require_workspace(title)
        if ws is None:
            return
        if self._refuse_while_busy(ws, title):
            return
        path = ws.path
        services.close_workspace()

        def work(_progress: ProgressFn, _token: CancelToken) -> object:
            return change(path)

        def reopen() -> None:
            services.open_path(str(path))
            self._update()

        def done(_result: object) -> None:
            reopen()
            services.status(done_text)

        def failed(error: BaseException, trace: str) -> None:
            reopen()
            services.report_failure(title, error, trace, outcome=_tr("The workspace was left as it was."))

        services.jobs.run(title, _tr("Converting {name}…").format(name=path.name), work, done,
                          cancelled_message="", failed=failed, cancellable=False)

    def _refuse_while_busy(self, ws: Workspace, title: str) -> bool:
        """True (after a message) while a job uses the file: its connection would read the old file
        while it is overwritten."""
        running = [job.title or _tr("A background job") for job in self.services.jobs.jobs if job.running]
        busy = ws.leased_to or (running[0] if running else "")
        if busy:
            show_error(self.services.window, title, _tr("{job} is still running; try again when it has finished.")
                       .format(job=busy))
        return bool(busy)

    def encrypt(self) -> None:
        from briefing_app.protect import conversion

        title = _tr("Encrypt workspace")
        passphrase = NewPassphraseDialog.ask(self.services.window, title, _tr(
            "The workspace and its backups will be encrypted (SQLCipher). The plain file is overwritten and "
            "removed. Packs and bundles you export stay as they are."))
        if passphrase is not None:
            self._convert(title, lambda path: conversion.encrypt(path, passphrase),
                          _tr("The workspace and its backups are encrypted."))

    def change_passphrase(self) -> None:
        from briefing_app.protect import conversion

        title, key = _tr("Change passphrase"), self._key()
        if key is None:
            return
        path = self.services.workspace_path
        assert path is not None
        if UnlockDialog.ask_key(self.services.window, path) is None:
            return
        passphrase = NewPassphraseDialog.ask(self.services.window, title, _tr("Choose the new passphrase."))
        if passphrase is not None:
            self._convert(title, lambda p: conversion.change_passphrase(p, key, passphrase),
                          _tr("The passphrase was changed (workspace and backups)."))

    def decrypt(self) -> None:
        from briefing_app.protect import conversion

        title, key = _tr("Decrypt workspace"), self._key()
        if key is None or not Confirm.ask(self.services.window, title, _tr(
                "After this, anyone with the file or its backups can read the names, phone numbers and notes "
                "in it. Decrypt?"), _tr("Decrypt")):
            return
        self._convert(title, lambda path: conversion.decrypt(path, key),
                      _tr("The workspace and its backups are plain files now."))


    def make_travel_copy(self) -> None:
        from briefing_app.bundles.travel import make_travel_copy
        from briefing_app.ui.file_dialogs import FileDialogs
        from briefing_app.ui.protect.travel import TravelCopyDialog

        services = self.services
        title = _tr("Make travel copy")
        ws = services.require_workspace(title)
        if ws is None:
            return
        choice = TravelCopyDialog.ask(services.window, ws)
        if choice is None:
            return
        target = FileDialogs.ask_save(services.window, "travel", title, f"{ws.path.stem}-travel.sqlite",
                                      "Briefing Desk workspaces (*.sqlite)")
        if target is None:
            return
        passphrase = NewPassphraseDialog.ask(services.window, title, _tr(
            "The travel copy's passphrase (better not the same as this workspace's)."))
        if passphrase is None:
            return

        def work(ws_reader: Workspace, _progress: ProgressFn, _token: CancelToken) -> object:
            key = cipher.new_key(passphrase)
            return make_travel_copy(ws_reader, target, key, choice.selection,
                                    include_internal=choice.include_internal,
                                    include_personal=choice.include_personal)

        services.jobs.read(title, _tr("Writing the travel copy…"), work,
                           lambda copy: services.status(_tr("Travel copy written: {path}").format(path=copy.path)),
                           cancelled_message="", outcome=_tr("No travel copy was written."), cancellable=False)

    def forget(self) -> None:
        from briefing_app.protect.forget import forget_workspace

        services = self.services
        title = _tr("Forget this workspace")
        ws = services.require_workspace(title)
        if ws is None or not Confirm.ask(services.window, title, _tr(
                "{name}, its backups and temporary copies will be overwritten and removed from this computer, "
                "and it leaves the recent files. This cannot be undone; a travel copy or bundle made from it "
                "is not touched. Forget it?").format(name=ws.path.name), _tr("Forget")):
            return
        if self._refuse_while_busy(ws, title):
            return
        path = ws.path
        services.close_workspace()
        removed = forget_workspace(path)
        _without(services.settings, path)
        services.status(_tr("{name} was forgotten ({n} files overwritten and removed).")
                        .format(name=path.name, n=len(removed)))
        self._update()


def install(services: Services) -> ProtectController:
    return ProtectController(services)


def _kept_in_keyring(path: Path | None) -> bool:
    from briefing_app.protect import os_keyring

    return path is not None and os_keyring.recall(path) is not None


def tidy_quietly(ws: Workspace) -> None:
    """store.tidy, when the workspace is free; a busy or read-only file is tidied another time."""
    from briefing_app.store.tidy import tidy

    with contextlib.suppress(UserError):
        tidy(ws)


def _without(settings: QSettings, path: Path) -> None:
    """Drop `path` from the recent files and as the last workspace."""
    name = str(path.resolve())
    settings.setValue("files/recent", [f for f in recent_files(settings) if f not in (name, str(path))])
    if str(settings.value("files/last", "") or "") in (name, str(path)):
        settings.remove("files/last")
