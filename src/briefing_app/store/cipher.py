"""Encrypted workspaces (issue #13): SQLCipher 4 through `sqlcipher3` (the sqlcipher3-wheels build).

A workspace file is either plain SQLite (its first 16 bytes are SQLite's magic header) or an
SQLCipher 4 file (those bytes are its random salt). The passphrase is stretched once per file with
SQLCipher 4's own KDF (PBKDF2-HMAC-SHA512, 256,000 iterations, 32 bytes) and every connection then
passes the derived key with the file's salt as a raw key (`x'<key><salt>'`), so a worker's, a
reader's or a backup's connection opens in a millisecond, not 0.15 s, and the file still opens with
the passphrase in any SQLCipher 4 tool. Backups of an encrypted workspace take the same key and
salt, so they open with the same passphrase.

`sqlcipher3` is imported when the first encrypted file is opened; plain workspaces keep Python's
own sqlite3. Code that catches SQLite errors from a workspace connection uses `errors()`.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from briefing_app.store.errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
KDF_ITERATIONS = 256_000  # SQLCipher 4's default for PBKDF2-HMAC-SHA512
KEY_BYTES = 32
SALT_BYTES = 16
CACHE_KIB = 64 * 1024  # SQLite page cache of an encrypted reader, grown as it is used
WRITER_CACHE_KIB = 256 * 1024  # of an encrypted writer: a large transaction's dirty pages stay decrypted


class WrongPassphraseError(StoreError):
    """The passphrase does not open the file (or the file is not a workspace); nothing was changed."""

    reason = "wrong-passphrase"


class PassphraseRequiredError(StoreError):
    """The workspace is encrypted and no passphrase was given."""

    reason = "passphrase-required"


class EncryptionUnavailableError(StoreError):
    """The SQLCipher library is not installed."""

    reason = "no-sqlcipher"


@dataclass(frozen=True, slots=True)
class Key:
    """A derived SQLCipher key and the salt it belongs to. Never printed (repr hides it)."""

    raw: bytes = field(repr=False)
    salt: bytes = field(repr=False)

    def literal(self) -> str:
        """SQLCipher's raw-key form with the salt (no KDF): bound as `ATTACH … KEY ?`."""
        return f"x'{self.raw.hex()}{self.salt.hex()}'"

    def pragma_value(self) -> str:
        """The value for `PRAGMA key = …` (SQLCipher's documented double-quoted form)."""
        return f'"{self.literal()}"'

    @classmethod
    def from_hex(cls, text: str) -> Key:
        """The inverse of `hex()`: hands a key to a worker process through a pipe, never argv."""
        data = bytes.fromhex(text)
        return cls(data[:KEY_BYTES], data[KEY_BYTES:])

    def hex(self) -> str:
        return (self.raw + self.salt).hex()


def _passphrase_bytes(passphrase: str) -> bytes:
    if not passphrase:
        raise WrongPassphraseError("The passphrase is empty.")
    if "\x00" in passphrase:
        raise WrongPassphraseError("A passphrase cannot contain a NUL character.")
    # NFC: the same passphrase typed on macOS (NFD input) and elsewhere gives the same key.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def stretch(passphrase: str, salt: bytes) -> Key:
    """SQLCipher 4's key derivation, done here once so connections skip it."""
    raw = hashlib.pbkdf2_hmac("sha512", _passphrase_bytes(passphrase), salt, KDF_ITERATIONS, KEY_BYTES)
    return Key(raw, salt)


def new_key(passphrase: str) -> Key:
    """A key for a new encrypted file (a fresh random salt)."""
    return stretch(passphrase, os.urandom(SALT_BYTES))


def is_encrypted(path: Path | str) -> bool:
    """True when the file looks like SQLCipher's: whole pages (a multiple of 512 bytes, SQLCipher's
    smallest page) that do not start with SQLite's plain header. Any other file is left to SQLite,
    which calls it "not a workspace"."""
    target = Path(path)
    try:
        size = target.stat().st_size
        with target.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False
    return size > 0 and size % 512 == 0 and head != SQLITE_HEADER


def key_for(path: Path | str, passphrase: str) -> Key:
    """The key that `passphrase` gives for the existing encrypted file at `path` (not yet checked)."""
    with Path(path).open("rb") as handle:
        salt = handle.read(SALT_BYTES)
    if len(salt) < SALT_BYTES:
        raise WrongPassphraseError(f"{Path(path).name} is too short to be an encrypted workspace.")
    return stretch(passphrase, salt)


def driver() -> ModuleType:
    """The sqlcipher3 DB-API module (imported on first use)."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as error:  # pragma: no cover - the wheel is a dependency
        raise EncryptionUnavailableError(
            "Encrypted workspaces need the sqlcipher3-wheels package (pip install sqlcipher3-wheels)."
        ) from error
    return dbapi2


def errors(name: str = "Error") -> tuple[type[Exception], ...]:
    """sqlite3's exception class `name` and, once an encrypted file was opened, SQLCipher's: for
    `except cipher.errors():` around workspace connections of either kind."""
    base: type[Exception] = getattr(sqlite3, name)
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    return (base,) if loaded is None else (base, getattr(loaded, name))


def is_cipher_connection(conn: object) -> bool:
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    return loaded is not None and isinstance(conn, loaded.Connection)


def row_factory(conn: object) -> type:
    """The Row class matching the connection's driver."""
    return driver().Row if is_cipher_connection(conn) else sqlite3.Row


def apply_key(conn: sqlite3.Connection, key: Key) -> None:
    """The first statements on a new SQLCipher connection: the key, quiet logs, SQLCipher 4
    settings. Raises WrongPassphraseError when the key does not open the file."""
    conn.execute(f"PRAGMA key = {key.pragma_value()}")  # the first statement, as SQLCipher requires
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key would print to stderr otherwise
    conn.execute("PRAGMA cipher_compatibility = 4")
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except errors("DatabaseError") as error:
        if getattr(error, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise WrongPassphraseError(
                "The passphrase is wrong, or the file is not an encrypted Briefing Desk workspace. "
                "Nothing was changed."
            ) from None
        raise
    conn.execute("PRAGMA temp_store = MEMORY")  # sorts and temp tables never reach the disk
    # Pages in SQLite's cache are decrypted once; plain SQLite re-reads the OS cache cheaply, SQLCipher
    # would decrypt and check each page again (search p50 was 2.9x plain with the default 2 MB).
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


class Keychain:
    """The keys unlocked in this process, by resolved path, so that every connection to an unlocked
    workspace (workers, readers, dialogs that open by path) finds its key. `forget` drops one."""

    def __init__(self) -> None:
        self._keys: dict[str, Key] = {}

    @staticmethod
    def _name(path: Path | str) -> str:
        return str(Path(path).resolve())

    def remember(self, path: Path | str, key: Key) -> None:
        self._keys[self._name(path)] = key

    def get(self, path: Path | str) -> Key | None:
        return self._keys.get(self._name(path))

    def forget(self, path: Path | str) -> None:
        self._keys.pop(self._name(path), None)


KEYCHAIN = Keychain()
