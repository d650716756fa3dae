"""The one connection factory: every part of the app opens SQLite through here."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

from briefing_app.store import cipher
from briefing_app.store.cipher import Key
from briefing_app.store.errors import translate

BUSY_TIMEOUT_MS = 5000


def _raise_for(error: Exception, context: str) -> NoReturn:
    """Re-raise an sqlite3 error as a user-facing StoreError when the environment is at fault."""
    translated = translate(error, context)
    if translated is not None:
        raise translated from error
    raise error


def _open(target: Path, read_only: bool, key: Key | None, isolation_level: str | None) -> sqlite3.Connection:
    """A raw connection: Python's sqlite3 for a plain file, SQLCipher with `key` as its first
    statements for an encrypted one (a wrong key raises before anything is written)."""
    module = cipher.driver() if key is not None else sqlite3
    if read_only:
        conn: sqlite3.Connection = module.connect(target.resolve().as_uri() + "?mode=ro", uri=True,
                                                  isolation_level=isolation_level)
    else:
        conn = module.connect(str(target), isolation_level=isolation_level)
    if key is not None:
        try:
            cipher.apply_key(conn, key)
        except BaseException:
            conn.close()
            raise
    return conn


def connect(path: Path | str, *, read_only: bool = False, key: Key | None = None) -> sqlite3.Connection:
    """Open a workspace connection in autocommit mode; use `transaction()` for every write.

    Read-only connections use `mode=ro` (one writer, many readers, as in Datasette). A connection
    belongs to the thread that opened it (sqlite3's own check stays on): a worker opens its own.
    Every workspace connection, backup and snapshot goes through this module; `key` opens an
    encrypted workspace (store/cipher.py, issue #13). Deleted content is overwritten (secure_delete).
    """
    target = Path(path)
    fresh = not target.exists() or target.stat().st_size == 0
    try:
        conn = _open(target, read_only, key, None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        if not read_only:
            if fresh:  # before WAL mode writes the first page: freed pages can be handed back (store/tidy.py)
                conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
            if key is not None:  # a bulk load spilling past 64 MB re-encrypted and re-read pages: 18x slower
                conn.execute(f"PRAGMA cache_size = -{cipher.WRITER_CACHE_KIB}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
    except cipher.errors() as error:
        _raise_for(error, f"Cannot open {target.name}")
    return conn


def connect_snapshot(path: Path | str, *, read_only: bool = False, key: Key | None = None) -> sqlite3.Connection:
    """A connection to a backup snapshot of a workspace (a plain file, no WAL): the source or the
    target of `Connection.backup`. An encrypted workspace's snapshots take its `key`."""
    target = Path(path)
    try:
        return _open(target, read_only, key, "")
    except cipher.errors() as error:
        _raise_for(error, f"Cannot open {target.name}")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One atomic write: BEGIN IMMEDIATE … COMMIT, or a SAVEPOINT when already inside one.

    Any exception rolls everything in the block back and is re-raised (sqlite3 errors from the
    environment as StoreError subclasses).
    """
    nested = conn.in_transaction
    name = f"sp_{uuid.uuid4().hex}"
    try:
        conn.execute(f"SAVEPOINT {name}" if nested else "BEGIN IMMEDIATE")
    except cipher.errors() as error:
        _raise_for(error, "Cannot start a change")
    try:
        yield conn
    except BaseException as error:
        if nested:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
        elif conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(error, cipher.errors()):
            _raise_for(error, "The change was not saved")
        raise
    try:
        conn.execute(f"RELEASE {name}" if nested else "COMMIT")
    except cipher.errors() as error:
        if not nested and conn.in_transaction:
            conn.execute("ROLLBACK")
        _raise_for(error, "The change was not saved")


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """Run integrity and foreign-key checks; an empty list means the file is sound."""
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid} refers to a missing {parent} row")
    return problems
