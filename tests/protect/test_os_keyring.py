"""The optional OS keyring (issue #13): a passphrase kept there unlocks the workspace in the CLI and
the window; changing the passphrase updates it, decrypting or forgetting removes it; without a
usable keyring nothing is stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from briefing_app.cli import main
from briefing_app.protect import conversion, os_keyring
from briefing_app.protect.forget import forget_workspace
from briefing_app.store import cipher
from briefing_app.store.workspace import Workspace
from tests.protect.secrets import plant


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    cipher.KEYCHAIN._keys.clear()
    yield backend
    keyring.set_keyring(previous)
    cipher.KEYCHAIN._keys.clear()


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    db = tmp_path / "kr.sqlite"
    with Workspace.open(db) as ws:
        plant(ws)
    conversion.encrypt(db, "first")
    cipher.KEYCHAIN._keys.clear()
    return db


def test_kept_passphrase_unlocks_the_cli_and_follows_a_change(memory: MemoryKeyring, encrypted: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--db", str(encrypted)]) == 1  # not kept yet: no terminal, so a clear refusal
    assert os_keyring.remember(encrypted, "first")
    assert main(["info", "--db", str(encrypted)]) == 0
    key = conversion.unlock(encrypted, "first")
    conversion.change_passphrase(encrypted, key, "second")
    assert os_keyring.recall(encrypted) == "second"
    cipher.KEYCHAIN._keys.clear()
    assert conversion.unlock_from_keyring(encrypted) == cipher.key_for(encrypted, "second")
    conversion.decrypt(encrypted, cipher.key_for(encrypted, "second"))
    assert os_keyring.recall(encrypted) is None and memory.store == {}
    capsys.readouterr()


def test_a_stale_kept_passphrase_is_ignored_and_forget_removes_it(memory: MemoryKeyring, encrypted: Path) -> None:
    os_keyring.remember(encrypted, "not the passphrase")
    assert conversion.unlock_from_keyring(encrypted) is None
    forget_workspace(encrypted)
    assert memory.store == {}


def test_without_a_usable_keyring_nothing_is_stored(encrypted: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not os_keyring.available() and os_keyring.remember(encrypted, "first") is False
        assert os_keyring.recall(encrypted) is None
    finally:
        keyring.set_keyring(previous)
