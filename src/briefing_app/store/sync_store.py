"""SQL for shared bundles on the workspace side: row hashes, sync bases, provenance, tombstones,
the import log and the conflict queue (tables in store/sync_schema.py).

Table and column names passed in here come from bundles/format.SPECS or domain.models, never from
a bundle; values always travel as parameters.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from briefing_app.domain.merge import row_hash
from briefing_app.domain.models import LINKS_BY_NAME, RECORD_TABLES
from briefing_app.store.records import column_names

CHUNK = 500


def _key_sql(table: str) -> str:
    """SQL expression of a row's match key: its id, or `left right` for a link row."""
    link = LINKS_BY_NAME.get(table)
    return f"{link.left_column} || ' ' || {link.right_column}" if link else "id"


# -- reading workspace rows ----------------------------------------------------------------------
def iter_rows(conn: sqlite3.Connection, table: str, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """Every row of a table as a plain tuple of `columns`, in rowid order."""
    cursor = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid")
    cursor.row_factory = None
    while batch := cursor.fetchmany(CHUNK):
        yield from batch


def row_hashes(conn: sqlite3.Connection, table: str, columns: Sequence[str],
               keys: set[str] | None = None) -> dict[str, str]:
    """key -> content hash of the table's rows (only `keys` when given)."""
    link = table in LINKS_BY_NAME
    found: dict[str, str] = {}
    for row in iter_rows(conn, table, columns):
        key = f"{row[0]} {row[1]}" if link else row[0]
        if keys is None or key in keys:
            found[key] = row_hash(row)
    return found


def fingerprint(conn: sqlite3.Connection, tables: Sequence[tuple[str, Sequence[str]]]) -> str:
    """A cheap digest of the tables' current rows (rowid order): tells whether anything changed since."""
    digest = hashlib.sha256()
    for table, columns in tables:
        digest.update(f"{table}\n".encode())
        for row in iter_rows(conn, table, columns):
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def pristine_keys(conn: sqlite3.Connection, table: str) -> set[str]:
    """Ids of records never edited since they were inserted (created_at = updated_at)."""
    cursor = conn.execute(f"SELECT id FROM {table} WHERE created_at = updated_at")
    cursor.row_factory = None
    return {row[0] for row in cursor}


def existing_keys(conn: sqlite3.Connection, table: str) -> set[str]:
    cursor = conn.execute(f"SELECT {_key_sql(table)} FROM {table}")
    cursor.row_factory = None
    return {row[0] for row in cursor}


def export_facts(conn: sqlite3.Connection, table: str, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """Light rows for export planning: (id, sensitivity, *columns)."""
    yield from iter_rows(conn, table, ("id", "sensitivity", *columns))


def tables_with_rows(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in (*RECORD_TABLES, *LINKS_BY_NAME)}


# -- writing merged rows -------------------------------------------------------------------------
def upsert_rows(conn: sqlite3.Connection, table: str, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """Write rows exactly as given: insert, or overwrite every column of the row with that key."""
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    if table in LINKS_BY_NAME:
        sql = f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({marks})"
    else:
        sets = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        sql = f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {sets}"
    conn.executemany(sql, rows)


def defer_foreign_keys(conn: sqlite3.Connection) -> None:
    """Inside a transaction: check references at COMMIT, so rows may arrive in any order."""
    conn.execute("PRAGMA defer_foreign_keys = ON")


def dependents(conn: sqlite3.Connection, table: str, ids: Sequence[str]) -> dict[str, set[str]]:
    """Rows a delete of `ids` would cascade onto: table -> keys (links included, notes too)."""
    found: dict[str, set[str]] = {}
    pending = [(table, list(ids))]
    cascades = _cascades(conn)
    while pending:
        parent, parent_ids = pending.pop()
        for start in range(0, len(parent_ids), CHUNK):
            chunk = parent_ids[start:start + CHUNK]
            marks = ", ".join("?" for _ in chunk)
            children = [*cascades.get(parent, [])]
            if parent in RECORD_TABLES:
                children.append(("notes", "record_id"))
            for child, column in children:
                extra = " AND record_table = ?" if child == "notes" and column == "record_id" else ""
                params = [*chunk, parent] if extra else chunk
                rows = conn.execute(
                    f"SELECT {_key_sql(child)} FROM {child} WHERE {column} IN ({marks}){extra}", params
                ).fetchall()
                seen = found.setdefault(child, set())
                fresh = [r[0] for r in rows if r[0] not in seen]
                seen.update(fresh)
                if fresh and child in RECORD_TABLES:
                    pending.append((child, fresh))
    return {t: keys for t, keys in found.items() if keys}


def _cascades(conn: sqlite3.Connection) -> dict[str, list[tuple[str, str]]]:
    graph: dict[str, list[tuple[str, str]]] = {}
    for table in (*RECORD_TABLES, *LINKS_BY_NAME):
        for fk in conn.execute(f"PRAGMA foreign_key_list({table})").fetchall():
            if fk[6] == "CASCADE":
                graph.setdefault(fk[2], []).append((table, fk[3]))
    return graph


# -- sync bases and provenance -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Provenance:
    organization: str
    bundle_id: str
    at: str


def bases(conn: sqlite3.Connection, table: str) -> dict[str, str]:
    rows = conn.execute("SELECT row_key, base_hash FROM sync_rows WHERE table_name = ?", (table,))
    return {r[0]: r[1] for r in rows}


def set_bases(conn: sqlite3.Connection, table: str, items: Iterable[tuple[str, str]],
              provenance: Provenance | None) -> None:
    """Record that both sides now agree on these (key, hash); `provenance` marks content taken from them."""
    if provenance is None:
        conn.executemany(
            "INSERT INTO sync_rows (table_name, row_key, base_hash) VALUES (?, ?, ?) "
            "ON CONFLICT (table_name, row_key) DO UPDATE SET base_hash = excluded.base_hash",
            [(table, key, digest) for key, digest in items])
        return
    conn.executemany(
        "INSERT INTO sync_rows (table_name, row_key, base_hash, origin_organization, origin_bundle, "
        "origin_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, row_key) DO UPDATE SET "
        "base_hash = excluded.base_hash, origin_organization = excluded.origin_organization, "
        "origin_bundle = excluded.origin_bundle, origin_at = excluded.origin_at",
        [(table, key, digest, provenance.organization, provenance.bundle_id, provenance.at)
         for key, digest in items])


def add_missing_bases(conn: sqlite3.Connection, table: str, items: Iterable[tuple[str, str]]) -> None:
    """On export: rows shared for the first time get their current hash as base (not while a conflict
    on the row is open: that would make their version look like an update over mine)."""
    conn.executemany(
        "INSERT OR IGNORE INTO sync_rows (table_name, row_key, base_hash) SELECT :t, :k, :h "
        "WHERE NOT EXISTS (SELECT 1 FROM sync_conflicts WHERE table_name = :t AND row_key = :k "
        "AND status = 'open')",
        [{"t": table, "k": key, "h": digest} for key, digest in items])


def provenance_of(conn: sqlite3.Connection, table: str, key: str) -> Provenance | None:
    row = conn.execute(
        "SELECT origin_organization, origin_bundle, origin_at FROM sync_rows "
        "WHERE table_name = ? AND row_key = ? AND origin_organization != ''", (table, key)).fetchone()
    return None if row is None else Provenance(row[0], row[1], row[2])


def contributors(conn: sqlite3.Connection, table: str) -> list[tuple[str, int]]:
    """Organizations whose bundles brought rows of `table` that still exist, with their counts."""
    rows = conn.execute(
        f"SELECT s.origin_organization, count(*) FROM sync_rows s JOIN {table} t ON t.id = s.row_key "
        "WHERE s.table_name = ? AND s.origin_organization != '' GROUP BY 1 ORDER BY 1", (table,))
    return [(r[0], r[1]) for r in rows]


def keys_from(conn: sqlite3.Connection, table: str, organization: str) -> list[str]:
    """Ids of existing rows of `table` whose content came from `organization` ('' = made here)."""
    if organization:
        sql = (f"SELECT t.id FROM {table} t JOIN sync_rows s ON s.table_name = ? AND s.row_key = t.id "
               "WHERE s.origin_organization = ? ORDER BY t.rowid")
        return [r[0] for r in conn.execute(sql, (table, organization))]
    sql = (f"SELECT t.id FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM sync_rows s WHERE s.table_name = ? "
           "AND s.row_key = t.id AND s.origin_organization != '') ORDER BY t.rowid")
    return [r[0] for r in conn.execute(sql, (table,))]


# -- tombstones (hooked into Workspace.delete / restore) -----------------------------------------
def record_tombstones(conn: sqlite3.Connection, removed: Sequence[tuple[str, dict[str, Any]]],
                      now: str) -> None:
    """Remember deleted records so bundles can carry the deletion (links travel with their records)."""
    items = []
    for table, row in removed:
        if table in RECORD_TABLES:
            values = [row[c] for c in column_names(RECORD_TABLES[table])]
            items.append((table, row["id"], now, row_hash(values), row["sensitivity"]))
    conn.executemany(
        "INSERT OR REPLACE INTO sync_tombstones (table_name, row_key, deleted_at, last_hash, sensitivity) "
        "VALUES (?, ?, ?, ?, ?)", items)


def forget_tombstones(conn: sqlite3.Connection, restored: Sequence[tuple[str, dict[str, Any]]]) -> None:
    """Rows back in place (records and link rows) no longer count as deleted."""
    keys = [(t, r["id"]) for t, r in restored if t in RECORD_TABLES]
    keys += [(t, f"{r[LINKS_BY_NAME[t].left_column]} {r[LINKS_BY_NAME[t].right_column]}")
             for t, r in restored if t in LINKS_BY_NAME]
    conn.executemany("DELETE FROM sync_tombstones WHERE table_name = ? AND row_key = ?", keys)


def local_tombstones(conn: sqlite3.Connection, table: str) -> dict[str, str]:
    rows = conn.execute("SELECT row_key, last_hash FROM sync_tombstones WHERE table_name = ?", (table,))
    return {r[0]: r[1] for r in rows}


def tombstones_for_export(conn: sqlite3.Connection, sensitivities: Sequence[str]) -> list[tuple[str, ...]]:
    marks = ", ".join("?" for _ in sensitivities)
    return [tuple(r) for r in conn.execute(
        "SELECT table_name, row_key, deleted_at, last_hash FROM sync_tombstones "
        f"WHERE sensitivity IN ({marks}) ORDER BY table_name, row_key", list(sensitivities))]


# -- link tombstones: a link removed on its own (Workspace.unlink); key `left right`, sensitivity '' --
def remove_links(conn: sqlite3.Connection, table: str, removals: Iterable[tuple[str, str]]) -> int:
    """Delete link rows by key and remember each removal with its time; returns how many existed."""
    link = LINKS_BY_NAME[table]
    removed = 0
    for key, at in removals:
        left, right = key.split(" ")
        where = f"WHERE {link.left_column} = ? AND {link.right_column} = ?"
        row = conn.execute(f"SELECT {link.left_column}, {link.right_column}, origin, created_at FROM {table} "
                           f"{where}", (left, right)).fetchone()
        if row is None:
            continue
        conn.execute(f"DELETE FROM {table} {where}", (left, right))
        conn.execute("INSERT OR REPLACE INTO sync_tombstones (table_name, row_key, deleted_at, last_hash, "
                     "sensitivity) VALUES (?, ?, ?, ?, '')", (table, key, at, row_hash(tuple(row))))
        removed += 1
    return removed


def forget_link_tombstones(conn: sqlite3.Connection, table: str, keys: Iterable[str]) -> None:
    conn.executemany("DELETE FROM sync_tombstones WHERE table_name = ? AND row_key = ?",
                     [(table, key) for key in keys])


def link_tombstones(conn: sqlite3.Connection, table: str) -> dict[str, tuple[str, str]]:
    """key -> (last hash, removed at) of the links of `table` removed here."""
    rows = conn.execute("SELECT row_key, last_hash, deleted_at FROM sync_tombstones WHERE table_name = ?",
                        (table,))
    return {r[0]: (r[1], r[2]) for r in rows}


def link_tombstones_for_export(conn: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    marks = ", ".join("?" for _ in LINKS_BY_NAME)
    return [(r[0], r[1], r[2], r[3]) for r in conn.execute(
        "SELECT table_name, row_key, deleted_at, last_hash FROM sync_tombstones "
        f"WHERE table_name IN ({marks}) ORDER BY table_name, row_key", list(LINKS_BY_NAME))]


def link_times(conn: sqlite3.Connection, table: str, keys: set[str]) -> dict[str, str]:
    """key -> created_at of the given link rows that exist here."""
    link = LINKS_BY_NAME[table]
    rows = iter_rows(conn, table, (link.left_column, link.right_column, "created_at"))
    return {f"{a} {b}": at for a, b, at in rows if f"{a} {b}" in keys}


# -- import log and conflicts --------------------------------------------------------------------
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


def add_import(conn: sqlite3.Connection, *, bundle_id: str, organization: str, file_name: str,
               bundle_created_at: str, imported_at: str, backup_file: str,
               summary: dict[str, dict[str, int]]) -> int:
    cursor = conn.execute(
        "INSERT INTO sync_imports (bundle_id, organization, file_name, bundle_created_at, imported_at, "
        "backup_file, summary) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (bundle_id, organization, file_name, bundle_created_at, imported_at, backup_file,
         json.dumps(summary, sort_keys=True)))
    return int(cursor.lastrowid or 0)


def set_after_digest(conn: sqlite3.Connection, import_id: int, digest: str) -> None:
    conn.execute("UPDATE sync_imports SET after_digest = ? WHERE id = ?", (digest, import_id))


def log_outcomes(conn: sqlite3.Connection, import_id: int, items: Iterable[tuple[str, str, str]]) -> None:
    """(table, key, outcome) per record the import changed or queued."""
    conn.executemany(
        "INSERT OR REPLACE INTO sync_import_log (import_id, table_name, row_key, outcome) VALUES (?, ?, ?, ?)",
        [(import_id, t, k, o) for t, k, o in items])


def last_import(conn: sqlite3.Connection) -> ImportEntry | None:
    row = conn.execute(
        "SELECT id, bundle_id, organization, file_name, imported_at, backup_file, after_digest, summary "
        "FROM sync_imports ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    return ImportEntry(row[0], row[1], row[2], row[3], row[4], row[5], row[6], json.loads(row[7]))


@dataclass(frozen=True, slots=True)
class QueuedConflict:
    id: int
    table: str
    key: str
    kind: str
    theirs: dict[str, Any] | None
    their_hash: str
    organization: str


def queue_conflicts(conn: sqlite3.Connection, import_id: int,
                    items: Iterable[tuple[str, str, str, dict[str, Any] | None, str, str]]) -> None:
    """(table, key, kind, theirs, their_hash, organization); the same conflict is queued only once."""
    conn.executemany(
        "INSERT OR IGNORE INTO sync_conflicts (import_id, table_name, row_key, kind, theirs, their_hash, "
        "organization) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(import_id, t, k, kind, None if theirs is None else json.dumps(theirs, ensure_ascii=False), h, org)
         for t, k, kind, theirs, h, org in items])


def open_conflicts(conn: sqlite3.Connection) -> list[QueuedConflict]:
    rows = conn.execute(
        "SELECT id, table_name, row_key, kind, theirs, their_hash, organization FROM sync_conflicts "
        "WHERE status = 'open' ORDER BY id")
    return [QueuedConflict(r[0], r[1], r[2], r[3], None if r[4] is None else json.loads(r[4]), r[5], r[6])
            for r in rows]


def known_conflicts(conn: sqlite3.Connection, table: str) -> set[tuple[str, str]]:
    """(key, their_hash) of conflicts already queued for a table, open or resolved."""
    rows = conn.execute("SELECT row_key, their_hash FROM sync_conflicts WHERE table_name = ?", (table,))
    return {(r[0], r[1]) for r in rows}


def close_conflict(conn: sqlite3.Connection, conflict_id: int, status: str, now: str) -> None:
    conn.execute("UPDATE sync_conflicts SET status = ?, resolved_at = ? WHERE id = ?", (status, now, conflict_id))
