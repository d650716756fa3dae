"""SQL for shared bundles on the workspace side: row hashes, sync bases (per partner), ownership and
provenance (tables in store/sync_schema.py; tombstones are in store/sync_tombstones.py, the import log and the conflict queue
in store/sync_queue.py).

Table and column names passed in here come from bundles/format.SPECS or domain.models, never from
a bundle; values always travel as parameters.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefing_app.domain.merge import row_hash
from briefing_app.domain.models import ALL_LINKS_BY_NAME, ALL_RECORD_TABLES

CHUNK = 500

if TYPE_CHECKING:
    from briefing_app.store.workspace import Workspace


def _key_sql(table: str) -> str:
    """SQL expression of a row's match key: its id, or `left right` for a link row."""
    link = ALL_LINKS_BY_NAME.get(table)
    return f"{link.left_column} || ' ' || {link.right_column}" if link else "id"


# -- reading workspace rows ----------------------------------------------------------------------
def iter_rows(ws: Workspace, table: str, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """Every row of a table as a plain tuple of `columns`, in rowid order."""
    conn = ws.conn
    cursor = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid")
    cursor.row_factory = None
    while batch := cursor.fetchmany(CHUNK):
        yield from batch


def row_hashes(ws: Workspace, table: str, columns: Sequence[str],
               keys: set[str] | None = None) -> dict[str, str]:
    """key -> content hash of the table's rows (only `keys` when given).

    With `keys`, the key columns are read first; when fewer than a quarter of the rows match, only
    those rows are read (by rowid, in rowid order) instead of every row of the table: an import
    of mostly new rows then does not read and discard the whole table (same keys, same hashes)."""
    link = table in ALL_LINKS_BY_NAME
    found: dict[str, str] = {}
    rows: Iterable[tuple[Any, ...]] = iter_rows(ws, table, columns)
    if keys is not None:
        wanted = _rowids_of(ws, table, columns[:2] if link else columns[:1], link, keys)
        if wanted is not None:
            rows = _rows_by_rowid(ws, table, columns, wanted)
    for row in rows:
        key = _key(row, link)
        if keys is None or key in keys:
            found[key] = row_hash(row)
    return found


def _key(row: Sequence[Any], link: bool) -> str:
    """A row's sync key: its id, or a link's two ids."""
    return f"{row[0]} {row[1]}" if link else row[0]


def _rowids_of(ws: Workspace, table: str, key_columns: Sequence[str], link: bool,
               keys: set[str]) -> list[int] | None:
    """Rowids (ascending) of the rows whose key is in `keys`; None when a quarter or more match
    (reading the whole table in one scan is then cheaper than looking rows up)."""
    conn = ws.conn
    cursor = conn.execute(f"SELECT rowid, {', '.join(key_columns)} FROM {table} ORDER BY rowid")
    cursor.row_factory = None
    wanted: list[int] = []
    total = 0
    for row in cursor:
        total += 1
        if _key(row[1:], link) in keys:
            wanted.append(row[0])
    return None if len(wanted) * 4 >= total and wanted else wanted


def _rows_by_rowid(ws: Workspace, table: str, columns: Sequence[str], rowids: list[int]) -> Iterator[tuple[Any, ...]]:
    conn = ws.conn
    for start in range(0, len(rowids), CHUNK):
        chunk = rowids[start:start + CHUNK]
        cursor = conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE rowid IN "
                              f"({', '.join('?' for _ in chunk)}) ORDER BY rowid", chunk)
        cursor.row_factory = None
        yield from cursor


def fingerprint(ws: Workspace, tables: Sequence[tuple[str, Sequence[str]]]) -> str:
    """A cheap digest of the tables' current rows (rowid order): tells whether anything changed since."""
    digest = hashlib.sha256()
    conn = ws.conn
    for table, columns in tables:
        digest.update(f"{table}\n".encode())
        cursor = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid")
        cursor.row_factory = None
        while batch := cursor.fetchmany(CHUNK * 10):  # the same bytes as one repr(row) after another
            digest.update("".join(map(repr, batch)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def pristine_keys(ws: Workspace, table: str) -> set[str]:
    """Ids of records never edited since they were inserted (created_at = updated_at)."""
    conn = ws.conn
    cursor = conn.execute(f"SELECT id FROM {table} WHERE created_at = updated_at")
    cursor.row_factory = None
    return {row[0] for row in cursor}


def existing_keys(ws: Workspace, table: str) -> set[str]:
    conn = ws.conn
    cursor = conn.execute(f"SELECT {_key_sql(table)} FROM {table}")
    cursor.row_factory = None
    return {row[0] for row in cursor}


def export_facts(ws: Workspace, table: str, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """Light rows for export planning: (id, sensitivity, *columns)."""
    yield from iter_rows(ws, table, ("id", "sensitivity", *columns))


def tables_with_rows(ws: Workspace) -> dict[str, int]:
    conn = ws.conn
    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in (*ALL_RECORD_TABLES, *ALL_LINKS_BY_NAME)}


# -- writing merged rows -------------------------------------------------------------------------
STAGE_FROM = 20  # batches this large go through a staging table (see upsert_rows)


def upsert_rows(ws: Workspace, table: str, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """Write rows exactly as given: insert, or overwrite every column of the row with that key.

    A batch of STAGE_FROM rows or more is first bound into a TEMP table without column types or
    triggers, then written with one INSERT … SELECT: the FTS5 triggers then fire inside one
    statement instead of one statement per row (FTS5 flushes its pending terms at every statement's
    savepoint, which made `executemany` of 99k rows cost 2.3× the same rows' INSERT … SELECT).
    The values are the same Python values either way: untyped columns keep them exactly as bound,
    and the target table's affinities apply at the INSERT … SELECT as they would to parameters."""
    conn = ws.conn
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    staged = len(rows) >= STAGE_FROM
    source = f"SELECT {names} FROM temp.sync_stage WHERE true ORDER BY rowid" if staged else f"VALUES ({marks})"
    if table in ALL_LINKS_BY_NAME:
        sql = f"INSERT OR IGNORE INTO main.{table} ({names}) {source}"
    else:
        sets = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        sql = f"INSERT INTO main.{table} ({names}) {source} ON CONFLICT (id) DO UPDATE SET {sets}"
    if not staged:
        conn.executemany(sql, rows)
        return
    conn.execute("DROP TABLE IF EXISTS temp.sync_stage")
    conn.execute(f"CREATE TEMP TABLE sync_stage ({names})")  # no types: values stay as bound
    try:
        conn.executemany(f"INSERT INTO temp.sync_stage ({names}) VALUES ({marks})", rows)
        conn.execute(sql)
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.sync_stage")


def defer_foreign_keys(ws: Workspace) -> None:
    """Inside a transaction: check references at COMMIT, so rows may arrive in any order."""
    conn = ws.conn
    conn.execute("PRAGMA defer_foreign_keys = ON")


def dependents(ws: Workspace, table: str, ids: Sequence[str], *,
               set_null: bool = False) -> dict[str, set[str]]:
    """Rows a delete of `ids` would cascade onto: table -> keys (links included, notes too); with
    `set_null` also the rows whose reference it would clear (they change)."""
    conn = ws.conn
    found: dict[str, set[str]] = {}
    pending = [(table, list(ids))]
    cascades = _cascades(conn, set_null)
    cascading = {parent: set(children) for parent, children in _cascades(conn, False).items()}
    while pending:
        parent, parent_ids = pending.pop()
        for start in range(0, len(parent_ids), CHUNK):
            chunk = parent_ids[start:start + CHUNK]
            marks = ", ".join("?" for _ in chunk)
            children = [*cascades.get(parent, [])]
            if parent in ALL_RECORD_TABLES:
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
                if fresh and child in ALL_RECORD_TABLES and (child, column) in cascading.get(parent, set()):
                    pending.append((child, fresh))
    return {t: keys for t, keys in found.items() if keys}


def _cascades(conn: sqlite3.Connection, set_null: bool) -> dict[str, list[tuple[str, str]]]:
    """parent -> (child, column) for ON DELETE CASCADE references (and SET NULL ones when asked;
    those children change but do not go, so `dependents` does not follow them further)."""
    graph: dict[str, list[tuple[str, str]]] = {}
    actions = ("CASCADE", "SET NULL") if set_null else ("CASCADE",)
    for table in (*ALL_RECORD_TABLES, *ALL_LINKS_BY_NAME):
        for fk in conn.execute(f"PRAGMA foreign_key_list({table})").fetchall():
            if fk[6] in actions:
                graph.setdefault(fk[2], []).append((table, fk[3]))
    return graph


# -- sync bases and provenance -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Provenance:
    organization: str
    bundle_id: str
    at: str


def bases(ws: Workspace, table: str) -> dict[str, str]:
    """key -> the base each synced row was first published with, or last agreed on with its owner."""
    conn = ws.conn
    rows = conn.execute("SELECT row_key, base_hash FROM sync_rows WHERE table_name = ?", (table,))
    return {r[0]: r[1] for r in rows}


def owners(ws: Workspace, table: str) -> dict[str, str]:
    """key -> the organization that owns the row here (its bundle brought the row first); rows made
    here (or loaded from the demo corpus) have no entry."""
    conn = ws.conn
    rows = conn.execute("SELECT row_key, origin_organization FROM sync_rows WHERE table_name = ? "
                        "AND origin_organization != ''", (table,))
    return {r[0]: r[1] for r in rows}


def partner_bases(ws: Workspace, partner: str, table: str) -> dict[str, str]:
    """key -> the version this workspace and `partner` last agreed on (sync base per partner)."""
    conn = ws.conn
    rows = conn.execute("SELECT row_key, base_hash FROM sync_partner_bases WHERE partner = ? AND table_name = ?",
                        (partner, table))
    return {r[0]: r[1] for r in rows}


def agreed_versions(ws: Workspace, table: str) -> dict[str, set[str]]:
    """key -> every version of the row this workspace ever agreed on with a partner or published."""
    conn = ws.conn
    found: dict[str, set[str]] = {}
    for key, digest in conn.execute("SELECT row_key, row_hash FROM sync_history WHERE table_name = ?", (table,)):
        found.setdefault(key, set()).add(digest)
    return found


def _remember(conn: sqlite3.Connection, table: str, items: Sequence[tuple[str, str]]) -> None:
    conn.executemany("INSERT OR IGNORE INTO sync_history (table_name, row_key, row_hash) VALUES (?, ?, ?)",
                     [(table, key, digest) for key, digest in items])


def set_partner_bases(ws: Workspace, partner: str, table: str,
                      items: Iterable[tuple[str, str]], *, remember: bool = True) -> None:
    """`remember=False` when set_bases already remembered these versions (the same items)."""
    conn = ws.conn
    items = sorted(items)  # key order: these WITHOUT ROWID tables are written 2-3x faster
    if remember:
        _remember(conn, table, items)
    conn.executemany("INSERT OR REPLACE INTO sync_partner_bases (partner, table_name, row_key, base_hash) "
                     "VALUES (?, ?, ?, ?)", [(partner, table, key, digest) for key, digest in items])


def take_bases(ws: Workspace, partner: str, table: str, items: Iterable[tuple[str, str]],
               provenance: Provenance) -> None:
    """set_bases with `provenance`, then set_partner_bases for the same items (remember=False), in
    one go: the (key, hash) pairs are bound once into a TEMP table, and the three side tables are
    written from it with INSERT … SELECT in key order."""
    conn = ws.conn
    items = sorted(items)
    conn.execute("DROP TABLE IF EXISTS temp.sync_taken")
    conn.execute("CREATE TEMP TABLE sync_taken (row_key, digest)")  # no types: values stay as bound
    try:
        conn.executemany("INSERT INTO temp.sync_taken (row_key, digest) VALUES (?, ?)", items)
        conn.execute("INSERT OR IGNORE INTO sync_history (table_name, row_key, row_hash) "
                     "SELECT ?, row_key, digest FROM temp.sync_taken ORDER BY rowid", (table,))
        conn.execute(
            "INSERT INTO sync_rows (table_name, row_key, base_hash, origin_organization, origin_bundle, "
            "origin_at) SELECT ?, row_key, digest, ?, ?, ? FROM temp.sync_taken WHERE true ORDER BY rowid "
            "ON CONFLICT (table_name, row_key) DO UPDATE SET base_hash = excluded.base_hash, "
            "origin_organization = excluded.origin_organization, origin_bundle = excluded.origin_bundle, "
            "origin_at = excluded.origin_at",
            (table, provenance.organization, provenance.bundle_id, provenance.at))
        conn.execute("INSERT OR REPLACE INTO sync_partner_bases (partner, table_name, row_key, base_hash) "
                     "SELECT ?, ?, row_key, digest FROM temp.sync_taken ORDER BY rowid", (partner, table))
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.sync_taken")


def protected_keys(ws: Workspace, table: str) -> set[str]:
    """Ids of a record table's internal and personal rows: no import ever changes or deletes them."""
    conn = ws.conn
    cursor = conn.execute(f"SELECT id FROM {table} WHERE sensitivity IN ('internal', 'personal')")
    cursor.row_factory = None
    return {row[0] for row in cursor}


def set_bases(ws: Workspace, table: str, items: Iterable[tuple[str, str]],
              provenance: Provenance | None) -> None:
    """Record that both sides now agree on these (key, hash); `provenance` marks content taken from them."""
    conn = ws.conn
    items = sorted(items)  # key order (see set_partner_bases)
    _remember(conn, table, items)
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


def add_missing_bases(ws: Workspace, table: str, items: Iterable[tuple[str, str]]) -> None:
    """On export: rows shared for the first time get their current hash as base (not while a conflict
    on the row is open: that would make their version look like an update over mine). Every exported
    version is remembered: a partner sending it back later is behind, not proposing."""
    conn = ws.conn
    items = list(items)
    _remember(conn, table, items)
    conn.executemany(
        "INSERT OR IGNORE INTO sync_rows (table_name, row_key, base_hash) SELECT :t, :k, :h "
        "WHERE NOT EXISTS (SELECT 1 FROM sync_conflicts WHERE table_name = :t AND row_key = :k "
        "AND status = 'open')",
        [{"t": table, "k": key, "h": digest} for key, digest in items])


def provenance_of(ws: Workspace, table: str, key: str) -> Provenance | None:
    conn = ws.conn
    row = conn.execute(
        "SELECT origin_organization, origin_bundle, origin_at FROM sync_rows "
        "WHERE table_name = ? AND row_key = ? AND origin_organization != ''", (table, key)).fetchone()
    return None if row is None else Provenance(row[0], row[1], row[2])


def contributors(ws: Workspace, table: str) -> list[tuple[str, int]]:
    """Organizations whose bundles brought rows of `table` that still exist, with their counts."""
    conn = ws.conn
    rows = conn.execute(
        f"SELECT s.origin_organization, count(*) FROM sync_rows s JOIN {table} t ON t.id = s.row_key "
        "WHERE s.table_name = ? AND s.origin_organization != '' GROUP BY 1 ORDER BY 1", (table,))
    return [(r[0], r[1]) for r in rows]


def keys_from(ws: Workspace, table: str, organization: str) -> list[str]:
    """Ids of existing rows of `table` whose content came from `organization` ('' = made here)."""
    conn = ws.conn
    if organization:
        sql = (f"SELECT t.id FROM {table} t JOIN sync_rows s ON s.table_name = ? AND s.row_key = t.id "
               "WHERE s.origin_organization = ? ORDER BY t.rowid")
        return [r[0] for r in conn.execute(sql, (table, organization))]
    sql = (f"SELECT t.id FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM sync_rows s WHERE s.table_name = ? "
           "AND s.row_key = t.id AND s.origin_organization != '') ORDER BY t.rowid")
    return [r[0] for r in conn.execute(sql, (table,))]


# -- whole-workspace copies (backups) and schema --------------------------------------------------
def copy_workspace_into(ws: Workspace, dest: sqlite3.Connection) -> None:
    """A consistent copy of the workspace into `dest` with SQLite's online backup API."""
    ws.conn.backup(dest)


def copy_into_workspace(source: sqlite3.Connection, ws: Workspace) -> None:
    """Make the workspace exactly `source`, page by page (not inside a transaction)."""
    source.backup(ws.conn)


def migrate(ws: Workspace) -> None:
    """Bring the workspace's schema up to date (after restoring a backup made before an upgrade)."""
    from briefing_app.store import migrations

    migrations.migrate(ws.conn, name=ws.path.name)
