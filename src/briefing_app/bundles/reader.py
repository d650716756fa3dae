"""Open an untrusted bundle: a private copy, read-only and hardened, checked before any row is read.

Order matters: header bytes → hardened connection (pragmas, limits, then the authorizer) → exact
schema allow-list → quick_check → manifest. Nothing in the bundle's schema ever runs: no view,
trigger, generated column or CHECK/DEFAULT expression passes the allow-list.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import struct
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from urllib.parse import quote

import pyrage
from pyrage import x25519

from briefing_app import paths
from briefing_app.bundles import schema_check
from briefing_app.bundles.errors import BundleError, BundleTooNewError, sqlite_problem
from briefing_app.bundles.format import (
    MAX_FILE_BYTES,
    MAX_SECONDS,
    MAX_VALUE_BYTES,
    NEWEST_FORMAT,
    SPECS,
    TableSpec,
    select_sql,
    tables_of,
)
from briefing_app.bundles.format_history import Widening
from briefing_app.bundles.manifest import Manifest, read_manifest
from briefing_app.bundles.sweep import sweep_stale_copies
from briefing_app.domain.progress import Cancelled, CancelToken
from briefing_app.store.schema import APPLICATION_ID

HEADER = b"SQLite format 3\x00"
AGE_HEADER = b"age-encryption.org/v1\n"  # an encrypted bundle: age format around the SQLite file

# Tight limits for the bundle connection (value: the cap); read back after setting.
LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: MAX_VALUE_BYTES,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 20_000,
    sqlite3.SQLITE_LIMIT_COLUMN: 64,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 20,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 2,
    sqlite3.SQLITE_LIMIT_VDBE_OP: 50_000,
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 4,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 50,
    sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER: 100,
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 1,
}
SETTINGS = {"query_only": 1, "trusted_schema": 0, "mmap_size": 0, "cell_size_check": 1}
_READ_PRAGMAS = frozenset({*SETTINGS, "quick_check"})
_FUNCTIONS = frozenset({"count"})
_ALLOWED_ACTIONS = frozenset({sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ})


def authorize(action: int, arg1: str | None, arg2: str | None, _db: str | None, source: str | None) -> int:
    """Allow only plain reads we issue ourselves: nothing on behalf of a view or trigger, no ATTACH,
    no writable_schema (no pragma may be set at all), no function but count()."""
    if source is not None:
        return sqlite3.SQLITE_DENY
    if action in _ALLOWED_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION and arg2 in _FUNCTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and arg1 in _READ_PRAGMAS and arg2 is None:
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


# Python ≥ 3.12 offers sqlite3_db_config: DEFENSIVE on, triggers, views and untrusted schema off.
DB_CONFIG = {"SQLITE_DBCONFIG_DEFENSIVE": True, "SQLITE_DBCONFIG_ENABLE_TRIGGER": False,
             "SQLITE_DBCONFIG_ENABLE_VIEW": False, "SQLITE_DBCONFIG_TRUSTED_SCHEMA": False}


def harden_config(conn: sqlite3.Connection) -> int:
    """Apply DB_CONFIG where this Python has `setconfig` (3.12+) and read each back; returns how many."""
    setconfig = getattr(conn, "setconfig", None)
    getconfig = getattr(conn, "getconfig", None)
    applied = 0
    for name, value in DB_CONFIG.items():
        option = getattr(sqlite3, name, None)
        if setconfig is None or getconfig is None or option is None:
            continue
        setconfig(option, value)
        if bool(getconfig(option)) != value:
            raise RuntimeError(f"bundle connection: {name} was not applied")
        applied += 1
    return applied


@dataclass(frozen=True, slots=True)
class HeaderFacts:
    page_size: int
    page_count: int
    application_id: int
    user_version: int


def check_header(data: bytes, size: int, name: str) -> HeaderFacts:
    """Refuse non-SQLite, truncated, foreign or too-new files from the first 100 bytes and the size."""
    if size == 0:
        raise BundleError(name, "the file is empty (0 bytes); it is not a Briefing Desk bundle.")
    if not (data.startswith(HEADER) or HEADER.startswith(data)):
        raise BundleError(name, "this is not a SQLite file, so it is not a Briefing Desk bundle.")
    if len(data) < 100:
        raise BundleError(name, f"the file is truncated ({size} bytes; a bundle has at least one full page).")
    page_size = struct.unpack(">H", data[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count, = struct.unpack(">I", data[28:32])
    if page_size < 512 or page_size & (page_size - 1):
        raise BundleError(name, "the file is damaged (invalid page size in the header).")
    if struct.unpack(">I", data[92:96]) == struct.unpack(">I", data[24:28]) and size < page_size * page_count:
        raise BundleError(name, f"the file is truncated ({size} of {page_size * page_count} bytes).")
    if size % page_size:
        raise BundleError(name, "the file is truncated or damaged (its size is not a whole number of pages).")
    application_id, = struct.unpack(">I", data[68:72])
    user_version, = struct.unpack(">I", data[60:64])
    if application_id != APPLICATION_ID:
        raise BundleError(name, "this SQLite file is not a Briefing Desk bundle (wrong application_id).")
    if user_version > NEWEST_FORMAT:
        raise BundleTooNewError(name, f"this bundle was made by a newer Briefing Desk (bundle format "
                                      f"{user_version}; this version reads up to {NEWEST_FORMAT}). "
                                      "Update Briefing Desk to import it.")
    return HeaderFacts(page_size, page_count, application_id, user_version)


def _file_digest(path: Path) -> str:
    """sha256 of a file's bytes (~20 ms for a 34 MiB bundle)."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


class OpenBundle:
    """A hardened, read-only connection on a private copy; close() deletes the copy."""

    def __init__(self, source: Path, *, cancel: CancelToken | None = None, max_seconds: float = MAX_SECONDS,
                 identity: x25519.Identity | None = None) -> None:
        self.name = source.name
        self.encrypted = False  # True: the file was an age-encrypted bundle, decrypted into the copy
        self._identity = identity
        self._cancel = cancel
        self._deadline = time.monotonic() + max_seconds
        self._max_seconds = max_seconds
        self._timed_out = False
        sweep_stale_copies(paths.temp_dir())
        self.folder = Path(tempfile.mkdtemp(prefix=f"bundle-{os.getpid()}-", dir=paths.temp_dir()))
        self.conn: sqlite3.Connection | None = None
        try:
            self.copy, header = self._copy_in(source)
            self.conn = self._connect()
            held = schema_check.check_schema(self.conn, self.name, header.user_version)
            self._quick_check()
            self.manifest: Manifest = read_manifest(self._query("SELECT key, value FROM manifest"), self.name)
            if self.manifest.format_version != header.user_version:
                raise BundleError(self.name, f"the manifest says format {self.manifest.format_version} but the "
                                             f"file is format {header.user_version}; refused.", table="manifest")
            self.tables = frozenset(tables_of(header.user_version))
            # tables an older writer wrote with fewer columns: read widened to today's (format_history)
            self.widenings = {t: Widening(SPECS[t], columns, {}) for t, columns in held.items()
                              if columns != SPECS[t].columns}
        except BaseException:
            self.close()
            raise

    # -- steps -----------------------------------------------------------------------------------
    def _copy_in(self, source: Path) -> tuple[Path, HeaderFacts]:
        """Copy only the main file (never -wal/-journal/-shm beside it) and check its header."""
        try:
            if not source.is_file():
                raise BundleError(self.name, "no such file, or it is not a regular file.")
            size = source.stat().st_size
            if size > MAX_FILE_BYTES:
                raise BundleError(self.name, f"the file is larger than the {MAX_FILE_BYTES >> 20} MB limit.")
            copy = self.folder / "bundle.sqlite"
            with source.open("rb") as handle:
                self.encrypted = handle.read(len(AGE_HEADER)) == AGE_HEADER
            if self.encrypted:
                self._decrypt(source, copy)
            else:
                shutil.copyfile(source, copy)
            copy.chmod(0o600)
            self._digest = _file_digest(copy)
            with copy.open("rb") as handle:
                header = check_header(handle.read(100), copy.stat().st_size, self.name)
        except OSError as error:
            raise BundleError(self.name, f"the file cannot be read ({error.strerror or error}).") from error
        return copy, header

    def _decrypt(self, source: Path, copy: Path) -> None:
        if self._identity is None:
            raise BundleError(self.name, "the bundle is encrypted, and this computer has no key to open it.")
        try:
            pyrage.decrypt_file(str(source), str(copy), [self._identity])
        except pyrage.DecryptError:
            copy.unlink(missing_ok=True)
            raise BundleError(self.name, "the bundle is encrypted for other recipients: none of this computer's "
                                         "keys opens it (or the file is damaged).") from None

    def _connect(self) -> sqlite3.Connection:
        uri = f"file:{quote(str(self.copy))}?mode=ro&immutable=1"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        try:
            for pragma, value in SETTINGS.items():
                conn.execute(f"PRAGMA {pragma} = {value}")
            for category, value in LIMITS.items():
                conn.setlimit(category, value)
            harden_config(conn)
            conn.set_authorizer(authorize)
            conn.set_progress_handler(self._tick, 1000)
            for pragma, value in SETTINGS.items():
                actual = conn.execute(f"PRAGMA {pragma}").fetchone()[0]
                if actual != value:
                    raise RuntimeError(f"bundle connection: PRAGMA {pragma} is {actual}, expected {value}")
            for category, value in LIMITS.items():
                if conn.setlimit(category, -1) != value:
                    raise RuntimeError(f"bundle connection: limit {category} was not applied")
        except sqlite3.Error as error:
            conn.close()
            raise BundleError(self.name, sqlite_problem(error)) from error
        except BaseException:
            conn.close()
            raise
        return conn

    def _tick(self) -> int:
        """Progress handler: a non-zero return interrupts the running statement."""
        if self._cancel is not None and self._cancel.cancelled:
            return 1
        if time.monotonic() > self._deadline:
            self._timed_out = True
            return 1
        return 0

    def _quick_check(self) -> None:
        problems = [r[0] for r in self._query("PRAGMA quick_check") if r[0] != "ok"]
        if problems:
            raise BundleError(self.name, f"the file is damaged (quick_check: {problems[0]}).")

    def check_unchanged(self) -> None:
        """Raise unless the private copy still has the bytes it had when opened: every read of it
        then returned the same rows (read-only, immutable, same queries), so the rows an import
        writes on a second read are the rows validation checked on the first."""
        try:
            same = _file_digest(self.copy) == self._digest
        except OSError:
            same = False
        if not same:
            raise RuntimeError(f"{self.name}: the private copy of the bundle changed while importing")

    # -- reading ---------------------------------------------------------------------------------
    def _fail(self, error: sqlite3.Error, table: str = "", row: int | None = None) -> BaseException:
        if self._cancel is not None and self._cancel.cancelled:
            return Cancelled()
        if self._timed_out:
            return BundleError(self.name, f"reading the bundle took longer than the {self._max_seconds:g} s "
                                          "limit.", table=table, row=row)
        return BundleError(self.name, sqlite_problem(error), table=table, row=row)

    def _query(self, sql: str) -> list[tuple[object, ...]]:
        assert self.conn is not None
        try:
            return self.conn.execute(sql).fetchall()
        except sqlite3.Error as error:
            raise self._fail(error) from error

    def rows(self, spec: TableSpec) -> Iterator[tuple[int, tuple[object, ...]]]:
        """(row number from 1, values) of one table, in file order, explicit columns only; nothing for
        a table this bundle's (older) format does not carry; all of today's columns for a table it
        holds with fewer (see `widenings`)."""
        assert self.conn is not None
        number = 0
        if spec.name not in self.tables:
            return
        widening = self.widenings.get(spec.name)
        sql = select_sql(spec if widening is None else replace(spec, columns=widening.written))
        try:
            cursor = self.conn.execute(sql)
            while batch := cursor.fetchmany(500):
                for row in batch:
                    number += 1
                    yield number, row[1:] if widening is None else widening.widen(row[1:])
        except sqlite3.Error as error:
            raise self._fail(error, spec.name, number + 1) from error

    def tombstone_rows(self) -> Iterator[tuple[int, tuple[object, ...]]]:
        """(row number from 1, values) of the tombstones table, in file order."""
        assert self.conn is not None
        number = 0
        try:
            cursor = self.conn.execute("SELECT table_name, row_id, deleted_at, last_hash FROM tombstones "
                                       "ORDER BY rowid")
            while batch := cursor.fetchmany(500):
                for row in batch:
                    number += 1
                    yield number, row
        except sqlite3.Error as error:
            raise self._fail(error, "tombstones", number + 1) from error

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> OpenBundle:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
