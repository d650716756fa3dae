"""Encrypted workspaces in the store (issue #13 items 1 and 6): SQLCipher 4 files that hold no
plaintext, a wrong passphrase that changes nothing, conversion in place that keeps every row,
backups under the workspace's key."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from briefing_app import paths
from briefing_app.bundles import backups
from briefing_app.domain.models import Contact
from briefing_app.protect.conversion import change_passphrase, decrypt, encrypt, unlock
from briefing_app.store import cipher
from briefing_app.store.cipher import PassphraseRequiredError, WrongPassphraseError
from briefing_app.store.search import search
from briefing_app.store.workspace import Workspace
from tests.protect.secrets import SECRETS, content, leaks, plant

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _empty_keychain() -> None:
    cipher.KEYCHAIN._keys.clear()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _new_encrypted(path: Path) -> Workspace:
    ws = Workspace.open(path, key=cipher.new_key(PASSPHRASE))
    plant(ws)
    return ws


def test_encrypted_workspace_holds_no_plaintext_in_file_or_wal_while_open(tmp_path: Path) -> None:
    ws = _new_encrypted(tmp_path / "enc.sqlite")
    try:
        assert (tmp_path / "enc.sqlite-wal").stat().st_size > 0  # the secrets are in the WAL right now
        assert leaks(tmp_path) == []
        assert ws.require(Contact, "5ec2e700-0000-4000-8000-00000000c001").phone == SECRETS[1]
    finally:
        ws.close()
    assert cipher.is_encrypted(tmp_path / "enc.sqlite")
    assert leaks(tmp_path) == []


def test_plain_workspace_is_not_taken_for_an_encrypted_one(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "plain.sqlite") as ws:
        plant(ws)
    assert not cipher.is_encrypted(tmp_path / "plain.sqlite")
    assert not cipher.is_encrypted(tmp_path / "missing.sqlite")
    assert leaks(tmp_path)  # the scan finds plaintext when it is there


def test_wrong_passphrase_is_a_clear_error_and_changes_nothing_when_opened(tmp_path: Path) -> None:
    db = tmp_path / "enc.sqlite"
    _new_encrypted(db).close()
    cipher.KEYCHAIN.forget(db)
    before, files = _digest(db), sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(WrongPassphraseError) as raised:
        Workspace.open(db, key=cipher.key_for(db, "not the passphrase"))
    assert "passphrase is wrong" in str(raised.value) and raised.value.reason == "wrong-passphrase"
    with pytest.raises(WrongPassphraseError):
        unlock(db, "also wrong")
    with pytest.raises(PassphraseRequiredError):
        Workspace.open(db)
    with pytest.raises(PassphraseRequiredError):
        Workspace.open_read_only(db)
    assert _digest(db) == before and sorted(p.name for p in tmp_path.iterdir()) == files


def test_unlock_remembers_the_key_for_every_later_connection(tmp_path: Path) -> None:
    db = tmp_path / "enc.sqlite"
    _new_encrypted(db).close()
    cipher.KEYCHAIN.forget(db)
    unlock(db, PASSPHRASE)
    with Workspace.open(db, create=False) as ws, ws.file.open_read_only() as reader:
        assert reader.require(Contact, "5ec2e700-0000-4000-8000-00000000c001").name == SECRETS[0]
        assert search(ws, "Testland") or ws.find(Contact) != []


def test_encrypt_then_decrypt_round_trip_of_the_demo_workspace_keeps_every_row(
        demo_workspace: Workspace, tmp_path: Path) -> None:
    plant(demo_workspace)
    (tmp_path / "trip").mkdir()
    db = tmp_path / "trip" / "trip.sqlite"
    demo_workspace.close()
    shutil.copy(demo_workspace.path, db)
    with Workspace.open(db) as ws:
        dump, hits = content(ws.conn), [h.record_id for h in search(ws, "rights")]
        version = ws.schema_version
    key = encrypt(db, PASSPHRASE)
    assert leaks(db.parent) == [] and [p.name for p in db.parent.iterdir()] == ["trip.sqlite"]
    cipher.KEYCHAIN.forget(db)
    with Workspace.open(db, key=cipher.key_for(db, PASSPHRASE)) as ws:
        assert content(ws.conn) == dump and ws.schema_version == version
        assert [h.record_id for h in search(ws, "rights")] == hits and hits
        assert ws.integrity_problems() == []
    decrypt(db, key)
    assert not cipher.is_encrypted(db)
    with Workspace.open(db) as ws:
        assert content(ws.conn) == dump


def test_change_passphrase_rekeys_the_file_and_its_backups(tmp_path: Path) -> None:
    db = tmp_path / "enc.sqlite"
    ws = _new_encrypted(db)
    old_key = ws.key
    assert old_key is not None
    snapshot = backups.snapshot(ws)
    ws.close()
    assert cipher.is_encrypted(snapshot) and leaks(paths.backups_dir()) == []
    change_passphrase(db, old_key, "a new passphrase")
    cipher.KEYCHAIN.forget(db)
    with pytest.raises(WrongPassphraseError):
        unlock(db, PASSPHRASE)
    key = unlock(db, "a new passphrase")
    with Workspace.open(db, key=key) as ws:
        assert ws.require(Contact, "5ec2e700-0000-4000-8000-00000000c001").phone == SECRETS[1]
        assert [b.path for b in backups.list_backups(ws)] == [snapshot]
        backups.restore_backup(ws, snapshot)  # the re-keyed backup opens under the new key
        assert ws.require(Contact, "5ec2e700-0000-4000-8000-00000000c001").name == SECRETS[0]
    assert leaks(tmp_path, paths.backups_dir()) == []


def test_encrypting_a_workspace_encrypts_its_existing_backups(tmp_path: Path) -> None:
    db = tmp_path / "plain.sqlite"
    with Workspace.open(db) as ws:
        plant(ws)
        backups.snapshot(ws)
    assert leaks(paths.backups_dir())
    encrypt(db, PASSPHRASE)
    assert leaks(tmp_path, paths.backups_dir()) == []
    with pytest.raises(WrongPassphraseError):
        encrypt(db, PASSPHRASE)  # already encrypted: refused


def test_empty_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WrongPassphraseError):
        cipher.new_key("")
    assert not (tmp_path / "x.sqlite").exists()


def test_key_never_shows_in_its_repr() -> None:
    key = cipher.new_key(PASSPHRASE)
    assert key.raw.hex() not in repr(key) and cipher.Key.from_hex(key.hex()) == key
