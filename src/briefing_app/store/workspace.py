"""The workspace: one SQLite file, and the generic record API the rest of the app writes through."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from briefing_app.domain.models import ALL_LINKS_BY_NAME, ALL_RECORD_TABLES, LINKS_BY_NAME, TABLE_OF, Record
from briefing_app.store import cipher, migrations
from briefing_app.store.cipher import Key
from briefing_app.store.connection import connect, integrity_problems, transaction
from briefing_app.store.errors import IntegrityError, StoreUnavailableError, WriteBusyError
from briefing_app.store.records import column_names, from_row, to_row
from briefing_app.store.sync_tombstones import (
    forget_link_tombstones,
    forget_tombstones,
    record_tombstones,
    remove_links,
)

R = TypeVar("R", bound=Record)
Clock = Callable[[], str]


def utc_now() -> str:
    """Timestamps are ISO 8601 in UTC, second precision: '2024-08-08T10:00:00Z'."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class Removal:
    """Everything a delete took away, parents first: undo re-inserts it exactly (rowids included).

    `rows` are (table, row with its rowid); `nulled` are (table, rowid, column, old value) for
    references that ON DELETE SET NULL cleared.
    """

    rows: tuple[tuple[str, dict[str, Any]], ...]
    nulled: tuple[tuple[str, int, str, Any], ...] = ()


def _key_for(target: Path, key: Key | None) -> Key | None:
    """The key to open `target` with: None for a plain or new file without one."""
    if key is not None or not cipher.is_encrypted(target):
        return key
    known = cipher.KEYCHAIN.get(target)
    if known is None:
        raise cipher.PassphraseRequiredError(f"{target.name} is encrypted: its passphrase is needed to open it.")
    return known


@dataclass(frozen=True, slots=True)
class WorkspaceFile:
    """How to open another connection to an open workspace's file, from any thread (a worker opens
    its own: a connection belongs to the thread that made it). `key` opens an encrypted file."""

    path: Path
    clock: Clock = utc_now
    key: Key | None = field(default=None, repr=False)

    def open(self) -> Workspace:
        return Workspace.open(self.path, create=False, clock=self.clock, key=self.key)

    def open_read_only(self) -> Workspace:
        return Workspace.open_read_only(self.path, clock=self.clock, key=self.key)


class Workspace:
    """An open workspace file, used by the thread that opened it (sqlite3 checks that).

    In the app one Workspace writes at a time: the GUI thread's, unless a job holds its
    `store.writer.WriteLease`; meanwhile `transaction()` refuses at once with WriteBusyError.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Clock = utc_now, *,
                 read_only: bool = False, key: Key | None = None) -> None:
        self.conn = conn
        self.path = path
        self.clock = clock
        self.read_only = read_only
        self.key = key  # None for a plain workspace
        self.leased_to = ""  # the title of the job that holds this workspace's write lease
        conn.row_factory = cipher.row_factory(conn)
        self._fk_graph: dict[str, list[tuple[str, str, str]]] | None = None

    # -- lifecycle -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, clock: Clock = utc_now,
             key: Key | None = None) -> Workspace:
        """Open (and migrate) the workspace at `path`; a missing file is created when `create`
        (encrypted when a `key` is given, see `cipher.new_key`).

        An encrypted file needs its key: given, or one unlocked earlier in this process
        (`cipher.KEYCHAIN`); otherwise PassphraseRequiredError. A wrong key raises
        WrongPassphraseError and leaves the file as it was.
        """
        target = Path(path)
        if not target.exists() and not create:
            raise StoreUnavailableError(f"No workspace at {target}.")
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
        key = _key_for(target, key)
        conn = connect(target, key=key)
        try:
            migrations.migrate(conn, name=target.name)
        except BaseException:
            conn.close()
            raise
        if key is not None:
            cipher.KEYCHAIN.remember(target, key)
        return cls(conn, target, clock, key=key)

    @classmethod
    def open_read_only(cls, path: Path | str, *, clock: Clock = utc_now, key: Key | None = None) -> Workspace:
        """A reader (`mode=ro`) on an existing, migrated workspace: for workers and previews."""
        target = Path(path)
        if not target.exists():
            raise StoreUnavailableError(f"No workspace at {target}.")
        key = _key_for(target, key)
        return cls(connect(target, read_only=True, key=key), target, clock, read_only=True, key=key)

    @staticmethod
    def pending_steps(path: Path | str, *, key: Key | None = None) -> list[migrations.Migration]:
        """The schema steps an existing workspace file still needs before it opens (a read-only
        look: nothing is written); refuses a file that is not ours or is too new, as `open` does."""
        target = Path(path)
        if not target.exists() or target.stat().st_size == 0:
            return []
        conn = connect(target, read_only=True, key=_key_for(target, key))
        try:
            migrations.check_identity(conn, name=target.name)
            return migrations.pending(conn)
        except sqlite3.DatabaseError:
            return []  # not a database, damaged: `open` says so in its own words
        finally:
            conn.close()

    @staticmethod
    def upgrade_file(path: Path | str, *, key: Key | None = None, should_stop: Callable[[], bool] = lambda: False,
                     on_step: Callable[[int, int, migrations.Migration], None] | None = None) -> int:
        """Bring an older workspace file to the latest schema on a connection of the calling thread
        (a worker), all steps in one transaction: Cancelled when `should_stop` turns true, and then
        the file is byte for byte as it was (migrations.upgrade)."""
        target = Path(path)
        conn = connect(target, key=_key_for(target, key))
        try:
            return migrations.upgrade(conn, name=target.name, should_stop=should_stop, on_step=on_step)
        finally:
            conn.close()

    @property
    def file(self) -> WorkspaceFile:
        return WorkspaceFile(self.path, self.clock, self.key)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if self.leased_to and not self.conn.in_transaction:
            raise WriteBusyError(f"{self.leased_to} is still saving; try again when it has finished.")
        with transaction(self.conn) as conn:
            yield conn

    # -- metadata --------------------------------------------------------------------------------
    def get_meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def is_demo(self) -> bool:
        return self.get_meta("demo") == "1"

    @property
    def schema_version(self) -> int:
        return migrations.schema_version(self.conn)

    # -- generic records -------------------------------------------------------------------------
    def get(self, cls: type[R], record_id: str) -> R | None:
        table = TABLE_OF[cls]
        row = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
        return None if row is None else from_row(cls, row)

    def require(self, cls: type[R], record_id: str) -> R:
        record = self.get(cls, record_id)
        if record is None:
            raise IntegrityError(f"No {TABLE_OF[cls][:-1]} with id {record_id}.")
        return record

    def find(self, cls: type[R], *, order_by: str = "", **equals: Any) -> list[R]:
        """Records whose columns equal the given values (None matches NULL), ordered by a column."""
        table = TABLE_OF[cls]
        columns = column_names(cls)
        clauses, params = [], []
        for name, value in equals.items():
            if name not in columns:
                raise ValueError(f"{table} has no column {name}")
            if value is None:
                clauses.append(f"{name} IS NULL")
            else:
                clauses.append(f"{name} = ?")
                params.append(getattr(value, "value", value))
        if order_by and order_by not in columns:
            raise ValueError(f"{table} has no column {order_by}")
        sql = f"SELECT * FROM {table}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += f" ORDER BY {order_by or 'rowid'}"
        return [from_row(cls, row) for row in self.conn.execute(sql, params)]

    def _stamp(self, record: R, *, new: bool) -> R:
        now = self.clock()
        if new:
            return replace(record, created_at=record.created_at or now, updated_at=record.updated_at or now)
        return replace(record, updated_at=now)

    def insert(self, record: R) -> R:
        stamped = self._stamp(record, new=True)
        self._insert_rows(TABLE_OF[type(record)], [to_row(stamped)])
        return stamped

    def insert_many(self, records: Iterable[Record]) -> int:
        """Insert records of any tables in one transaction, one batch per table.

        Tables are written parents first (ALL_RECORD_TABLES order); within a table the given order is
        kept, so parent provisions must come before their children.
        """
        now = self.clock()
        batches: dict[str, list[dict[str, Any]]] = {}
        for record in records:
            row = to_row(record)
            row["created_at"] = row["created_at"] or now
            row["updated_at"] = row["updated_at"] or now
            batches.setdefault(TABLE_OF[type(record)], []).append(row)
        with self.transaction():
            for table in ALL_RECORD_TABLES:
                if table in batches:
                    self._insert_rows(table, batches[table])
        return sum(len(rows) for rows in batches.values())

    def _insert_rows(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        columns = list(rows[0])
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        with self.transaction():
            self.conn.executemany(sql, [[row[c] for c in columns] for row in rows])

    def update(self, record: R) -> R:
        """Save every field of an existing record; raises IntegrityError when it does not exist."""
        stamped = self._stamp(record, new=False)
        row = to_row(stamped)
        table = TABLE_OF[type(record)]
        assignments = ", ".join(f"{c} = ?" for c in row if c not in ("id", "created_at"))
        params = [v for c, v in row.items() if c not in ("id", "created_at")] + [record.id]
        with self.transaction():
            cursor = self.conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", params)
        if cursor.rowcount != 1:
            raise IntegrityError(f"No {table[:-1]} with id {record.id} to update.")
        return stamped

    def replace_row(self, record: Record) -> None:
        """Write a record exactly as given (timestamps included): used by undo and merges."""
        row = to_row(record)
        table = TABLE_OF[type(record)]
        with self.transaction():
            self.conn.execute(
                f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)}) "
                f"ON CONFLICT (id) DO UPDATE SET "
                + ", ".join(f"{c} = excluded.{c}" for c in row if c != "id"),
                list(row.values()),
            )

    # -- deletion with a snapshot for undo ---------------------------------------------------------
    def _children(self) -> dict[str, list[tuple[str, str, str]]]:
        """parent table -> [(child table, child column, on_delete action)] from the live schema."""
        if self._fk_graph is None:
            graph: dict[str, list[tuple[str, str, str]]] = {}
            tables = [r[0] for r in self.conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            )]
            for table in tables:
                for fk in self.conn.execute(f"PRAGMA foreign_key_list({table})"):
                    graph.setdefault(fk["table"], []).append((table, fk["from"], fk["on_delete"]))
            self._fk_graph = graph
        return self._fk_graph

    def _collect(self, table: str, ids: list[str], rows: list[tuple[str, dict[str, Any]]],
                 nulled: list[tuple[str, int, str, Any]]) -> None:
        marks = ", ".join("?" for _ in ids)
        for row in self.conn.execute(f"SELECT rowid AS rowid, * FROM {table} WHERE id IN ({marks})", ids):
            rows.append((table, dict(row)))
        if table in ALL_RECORD_TABLES:
            for row in self.conn.execute(
                f"SELECT rowid AS rowid, * FROM notes WHERE record_table = ? AND record_id IN ({marks})",
                [table, *ids],
            ):
                rows.append(("notes", dict(row)))
        for child, column, action in self._children().get(table, []):
            found = self.conn.execute(
                f"SELECT rowid AS rowid, * FROM {child} WHERE {column} IN ({marks})", ids
            ).fetchall()
            if not found:
                continue
            if action == "CASCADE":
                if child in ALL_LINKS_BY_NAME:
                    rows.extend((child, dict(r)) for r in found)
                else:
                    known = {r["id"] for t, r in rows if t == child}
                    fresh = [r["id"] for r in found if r["id"] not in known]
                    if fresh:
                        self._collect(child, fresh, rows, nulled)
            elif action == "SET NULL":
                nulled.extend((child, r["rowid"], column, r[column]) for r in found)

    def delete(self, cls: type[Record], record_id: str, *, tombstone: bool = True) -> Removal:
        """Delete a record and what depends on it; return what was removed so undo can restore it.

        A tombstone lets the deletion travel in bundles; undoing an insert passes tombstone=False
        (the record never existed as far as partners are concerned).
        """
        table = TABLE_OF[cls]
        rows: list[tuple[str, dict[str, Any]]] = []
        nulled: list[tuple[str, int, str, Any]] = []
        with self.transaction():
            self._collect(table, [record_id], rows, nulled)
            if not rows:
                raise IntegrityError(f"No {table[:-1]} with id {record_id} to delete.")
            if tombstone:
                record_tombstones(self, rows, self.clock())
            self.conn.execute(
                "DELETE FROM notes WHERE record_table = ? AND record_id = ?", (table, record_id)
            )
            self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
        return Removal(tuple(rows), tuple(nulled))

    def restore(self, removal: Removal) -> None:
        """Undo a delete: put every removed row back as it was.

        Foreign keys are checked at commit: a snapshot of a tree (a version's provisions) need not
        list every parent before its children.
        """
        with self.transaction():
            self.conn.execute("PRAGMA defer_foreign_keys = ON")
            for table, row in removal.rows:
                columns = list(row)
                self.conn.execute(
                    f"INSERT INTO {table} ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' for _ in columns)})",
                    [row[c] for c in columns],
                )
            for table, rowid, column, value in removal.nulled:
                self.conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (value, rowid))
            forget_tombstones(self, removal.rows)

    # -- links -----------------------------------------------------------------------------------
    def link(self, link_name: str, left_id: str, right_id: str) -> bool:
        """Add a link; returns False when it already existed."""
        link = ALL_LINKS_BY_NAME[link_name]
        with self.transaction():
            cursor = self.conn.execute(
                f"INSERT OR IGNORE INTO {link.name} ({link.left_column}, {link.right_column}, created_at) "
                "VALUES (?, ?, ?)",
                (left_id, right_id, self.clock()),
            )
            forget_link_tombstones(self, link.name, [f"{left_id} {right_id}"])
        return cursor.rowcount == 1

    def unlink(self, link_name: str, left_id: str, right_id: str, *, tombstone: bool = True) -> bool:
        """Remove a link; returns False when it did not exist.

        A tombstone lets the removal travel in bundles; undoing a link-add passes tombstone=False.
        """
        link = ALL_LINKS_BY_NAME[link_name]
        if tombstone and link_name in LINKS_BY_NAME:
            with self.transaction():
                return remove_links(self, link.name, [(f"{left_id} {right_id}", self.clock())]) == 1
        with self.transaction():
            cursor = self.conn.execute(
                f"DELETE FROM {link.name} WHERE {link.left_column} = ? AND {link.right_column} = ?",
                (left_id, right_id),
            )
        return cursor.rowcount == 1

    def linked(self, link_name: str, *, left_id: str | None = None, right_id: str | None = None) -> list[str]:
        """Ids on the other side of a link table, for one given side."""
        link = ALL_LINKS_BY_NAME[link_name]
        if (left_id is None) == (right_id is None):
            raise ValueError("give exactly one of left_id or right_id")
        if left_id is not None:
            sql = f"SELECT {link.right_column} FROM {link.name} WHERE {link.left_column} = ? ORDER BY rowid"
            return [r[0] for r in self.conn.execute(sql, (left_id,))]
        sql = f"SELECT {link.left_column} FROM {link.name} WHERE {link.right_column} = ? ORDER BY rowid"
        return [r[0] for r in self.conn.execute(sql, (right_id,))]

    def insert_links(self, link_name: str, pairs: Iterable[tuple[str, str]], origin: str = "") -> int:
        link = ALL_LINKS_BY_NAME[link_name]
        now = self.clock()
        chosen = list(pairs)
        with self.transaction():
            cursor = self.conn.executemany(
                f"INSERT OR IGNORE INTO {link.name} "
                f"({link.left_column}, {link.right_column}, origin, created_at) VALUES (?, ?, ?, ?)",
                [(a, b, origin, now) for a, b in chosen],
            )
            added = cursor.rowcount
            forget_link_tombstones(self, link.name, (f"{a} {b}" for a, b in chosen))
        return added

    def integrity_problems(self) -> list[str]:
        """SQLite integrity and foreign-key checks; an empty list means the file is sound."""
        return integrity_problems(self.conn)

    # -- overview --------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Row count per record and link table."""
        tables = [*ALL_RECORD_TABLES, *ALL_LINKS_BY_NAME]
        return {t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}
