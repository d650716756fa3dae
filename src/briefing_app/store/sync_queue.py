"""SQL for the import log and the queue of conflicts and proposals waiting for the user
(tables sync_imports, sync_import_log, sync_conflicts in store/sync_schema.py)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing_app.store.workspace import Workspace


# -- the import log ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ImportEntry:
    id: int
    bundle_id: str
    organization: str
    file_name: str
    imported_at: str
    backup_file: str
    after_digest: str
    summary: dict[str, dict[str, int]]


def add_import(ws: Workspace, *, bundle_id: str, organization: str, file_name: str,
               bundle_created_at: str, imported_at: str, backup_file: str,
               summary: dict[str, dict[str, int]]) -> int:
    conn = ws.conn
    cursor = conn.execute(
        "INSERT INTO sync_imports (bundle_id, organization, file_name, bundle_created_at, imported_at, "
        "backup_file, summary) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (bundle_id, organization, file_name, bundle_created_at, imported_at, backup_file,
         json.dumps(summary, sort_keys=True)))
    return int(cursor.lastrowid or 0)


def set_after_digest(ws: Workspace, import_id: int, digest: str) -> None:
    conn = ws.conn
    conn.execute("UPDATE sync_imports SET after_digest = ? WHERE id = ?", (digest, import_id))


def change_count(ws: Workspace) -> int:
    """How many rows were ever inserted, updated or deleted in the tables users edit (triggers of
    store/sync_schema.CHANGE_COUNTED): equal counts mean no edit in between."""
    conn = ws.conn
    return int(conn.execute("SELECT n FROM sync_changes WHERE id = 1").fetchone()[0])


def log_outcomes(ws: Workspace, import_id: int, items: Iterable[tuple[str, str, str]]) -> None:
    """(table, key, outcome) per record the import changed or queued."""
    conn = ws.conn  # bound once into a TEMP table, then written in key order: appended, not scattered
    conn.execute("DROP TABLE IF EXISTS temp.sync_outcomes")
    conn.execute("CREATE TEMP TABLE sync_outcomes (table_name, row_key, outcome)")  # no types: as bound
    try:
        conn.executemany("INSERT INTO temp.sync_outcomes (table_name, row_key, outcome) VALUES (?, ?, ?)", items)
        conn.execute("INSERT OR REPLACE INTO sync_import_log (import_id, table_name, row_key, outcome) "
                     "SELECT ?, table_name, row_key, outcome FROM temp.sync_outcomes ORDER BY table_name, row_key, "
                     "outcome", (import_id,))
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.sync_outcomes")


def imports_by_backup(ws: Workspace) -> dict[str, str]:
    """backup file -> the bundle file whose import followed that snapshot."""
    conn = ws.conn
    return {r[0]: r[1] for r in conn.execute("SELECT backup_file, file_name FROM sync_imports")}


def imported_bundle_ids(ws: Workspace) -> set[str]:
    conn = ws.conn
    return {r[0] for r in conn.execute("SELECT bundle_id FROM sync_imports")}


def last_import(ws: Workspace) -> ImportEntry | None:
    conn = ws.conn
    row = conn.execute(
        "SELECT id, bundle_id, organization, file_name, imported_at, backup_file, after_digest, summary "
        "FROM sync_imports ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    return ImportEntry(row[0], row[1], row[2], row[3], row[4], row[5], row[6], json.loads(row[7]))


# -- conflicts and proposals ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PendingConflict:
    """A conflict or proposal an import is about to queue (theirs None: they deleted the row)."""

    table: str
    key: str
    kind: str
    theirs: dict[str, Any] | None
    their_hash: str
    organization: str


@dataclass(frozen=True, slots=True)
class QueuedConflict:
    id: int
    table: str
    key: str
    kind: str
    theirs: dict[str, Any] | None
    their_hash: str
    organization: str
    import_id: int | None = None  # the import that queued it (None: that import's log is gone)
    bundle: str = ""  # that import's bundle file name

    @property
    def is_proposal(self) -> bool:
        return self.kind.startswith("proposed-")


def queue_conflicts(ws: Workspace, import_id: int, items: Iterable[PendingConflict]) -> None:
    """Queue conflicts and proposals; the same one (key and their hash) is queued only once."""
    conn = ws.conn
    conn.executemany(
        "INSERT OR IGNORE INTO sync_conflicts (import_id, table_name, row_key, kind, theirs, their_hash, "
        "organization) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(import_id, c.table, c.key, c.kind, None if c.theirs is None else json.dumps(c.theirs, ensure_ascii=False),
          c.their_hash, c.organization) for c in items])


def open_conflicts(ws: Workspace) -> list[QueuedConflict]:
    conn = ws.conn
    rows = conn.execute(
        "SELECT c.id, c.table_name, c.row_key, c.kind, c.theirs, c.their_hash, c.organization, c.import_id, "
        "coalesce(i.file_name, '') FROM sync_conflicts c LEFT JOIN sync_imports i ON i.id = c.import_id "
        "WHERE c.status = 'open' ORDER BY c.id")
    return [QueuedConflict(r[0], r[1], r[2], r[3], None if r[4] is None else json.loads(r[4]), r[5], r[6],
                           r[7], r[8]) for r in rows]


def known_conflicts(ws: Workspace, table: str) -> set[tuple[str, str]]:
    """(key, their_hash) of conflicts already queued for a table, open or resolved."""
    conn = ws.conn
    rows = conn.execute("SELECT row_key, their_hash FROM sync_conflicts WHERE table_name = ?", (table,))
    return {(r[0], r[1]) for r in rows}


def close_conflict(ws: Workspace, conflict_id: int, status: str, now: str) -> None:
    conn = ws.conn
    conn.execute("UPDATE sync_conflicts SET status = ?, resolved_at = ? WHERE id = ?", (status, now, conflict_id))


def conflict_by_id(ws: Workspace, conflict_id: int) -> QueuedConflict | None:
    """An open conflict or proposal by its number (None when there is none, or it is resolved)."""
    return next((c for c in open_conflicts(ws) if c.id == conflict_id), None)
