"""Encrypt, decrypt and re-key a workspace together with its backups (close it first)."""

from __future__ import annotations

from pathlib import Path

from briefing_app.bundles.backups import convert_backups
from briefing_app.protect import os_keyring
from briefing_app.store import cipher
from briefing_app.store.cipher import Key
from briefing_app.store.convert import convert


def encrypt(path: Path, passphrase: str) -> Key:
    """Encrypt a plain workspace and its backups with `passphrase`; returns the key (remembered
    in this process). Raises StoreError when it is already encrypted."""
    if cipher.is_encrypted(path):
        raise cipher.WrongPassphraseError(f"{path.name} is already encrypted (change its passphrase instead).",
                                          reason="already-encrypted")
    key = cipher.new_key(passphrase)
    convert(path, None, key)
    convert_backups(path, None, key)
    cipher.KEYCHAIN.remember(path, key)
    return key


def unlock(path: Path, passphrase: str) -> Key:
    """The key `passphrase` gives for the encrypted file at `path`, checked against the file
    (WrongPassphraseError when it does not open it; nothing is written)."""
    from briefing_app.store.connection import connect_snapshot

    if not cipher.is_encrypted(path):
        raise cipher.WrongPassphraseError(f"{path.name} is not encrypted.", reason="not-encrypted")
    key = cipher.key_for(path, passphrase)
    connect_snapshot(path, read_only=True, key=key).close()
    cipher.KEYCHAIN.remember(path, key)
    return key


def decrypt(path: Path, key: Key) -> None:
    """Turn an encrypted workspace and its backups back into plain SQLite files."""
    convert(path, key, None)
    convert_backups(path, key, None)
    cipher.KEYCHAIN.forget(path)
    os_keyring.forget(path)


def change_passphrase(path: Path, key: Key, passphrase: str) -> Key:
    """Re-key the workspace and its backups under a new passphrase (a new salt too)."""
    new = cipher.new_key(passphrase)
    convert(path, key, new)
    convert_backups(path, key, new)
    cipher.KEYCHAIN.remember(path, new)
    if os_keyring.recall(path) is not None:  # kept in the OS keyring: keep the new one there instead
        os_keyring.remember(path, passphrase)
    return new


def unlock_from_keyring(path: Path) -> Key | None:
    """The key from a passphrase the OS keyring keeps for `path`, or None (none kept, or stale)."""
    remembered = os_keyring.recall(path)
    if remembered is None:
        return None
    try:
        return unlock(path, remembered)
    except cipher.WrongPassphraseError:
        return None
