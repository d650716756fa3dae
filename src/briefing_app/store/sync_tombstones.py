"""SQL for tombstones in the workspace: deleted records (hooked into Workspace.delete / restore) and
links removed on their own, so that bundles can carry the deletion (table sync_tombstones in
store/sync_schema.py). Split from store/sync_store.py; the same rule holds: table and column names
come from domain.models, values travel as parameters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from briefing_app.domain.merge import row_hash
from briefing_app.domain.models import ALL_LINKS_BY_NAME, ALL_RECORD_TABLES
from briefing_app.store.records import column_names
from briefing_app.store.sync_store import iter_rows

if TYPE_CHECKING:
    from briefing_app.store.workspace import Workspace


# -- tombstones (hooked into Workspace.delete / restore) -----------------------------------------
def record_tombstones(ws: Workspace, removed: Sequence[tuple[str, dict[str, Any]]],
                      now: str) -> None:
    """Remember deleted records so bundles can carry the deletion (links travel with their records)."""
    conn = ws.conn
    items = []
    for table, row in removed:
        if table in ALL_RECORD_TABLES:
            values = [row[c] for c in column_names(ALL_RECORD_TABLES[table])]
            items.append((table, row["id"], now, row_hash(values), row["sensitivity"]))
    conn.executemany(
        "INSERT OR REPLACE INTO sync_tombstones (table_name, row_key, deleted_at, last_hash, sensitivity) "
        "VALUES (?, ?, ?, ?, ?)", items)


def forget_tombstones(ws: Workspace, restored: Sequence[tuple[str, dict[str, Any]]]) -> None:
    """Rows back in place (records and link rows) no longer count as deleted."""
    conn = ws.conn
    keys = [(t, r["id"]) for t, r in restored if t in ALL_RECORD_TABLES]
    keys += [(t, f"{r[ALL_LINKS_BY_NAME[t].left_column]} {r[ALL_LINKS_BY_NAME[t].right_column]}")
             for t, r in restored if t in ALL_LINKS_BY_NAME]
    conn.executemany("DELETE FROM sync_tombstones WHERE table_name = ? AND row_key = ?", keys)


def local_tombstones(ws: Workspace, table: str) -> dict[str, str]:
    conn = ws.conn
    rows = conn.execute("SELECT row_key, last_hash FROM sync_tombstones WHERE table_name = ?", (table,))
    return {r[0]: r[1] for r in rows}


def tombstones_for_export(ws: Workspace, sensitivities: Sequence[str]) -> list[tuple[str, ...]]:
    conn = ws.conn
    marks = ", ".join("?" for _ in sensitivities)
    return [tuple(r) for r in conn.execute(
        "SELECT table_name, row_key, deleted_at, last_hash FROM sync_tombstones "
        f"WHERE sensitivity IN ({marks}) ORDER BY table_name, row_key", list(sensitivities))]


# -- link tombstones: a link removed on its own (Workspace.unlink); key `left right`, sensitivity '' --
def remove_links(ws: Workspace, table: str, removals: Iterable[tuple[str, str]]) -> int:
    """Delete link rows by key and remember each removal with its time; returns how many existed."""
    conn = ws.conn
    link = ALL_LINKS_BY_NAME[table]
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


def forget_link_tombstones(ws: Workspace, table: str, keys: Iterable[str]) -> None:
    conn = ws.conn
    conn.executemany("DELETE FROM sync_tombstones WHERE table_name = ? AND row_key = ?",
                     [(table, key) for key in keys])


def link_tombstones(ws: Workspace, table: str) -> dict[str, tuple[str, str]]:
    """key -> (last hash, removed at) of the links of `table` removed here."""
    conn = ws.conn
    rows = conn.execute("SELECT row_key, last_hash, deleted_at FROM sync_tombstones WHERE table_name = ?",
                        (table,))
    return {r[0]: (r[1], r[2]) for r in rows}


def link_tombstones_for_export(ws: Workspace) -> list[tuple[str, str, str, str]]:
    conn = ws.conn
    marks = ", ".join("?" for _ in ALL_LINKS_BY_NAME)
    return [(r[0], r[1], r[2], r[3]) for r in conn.execute(
        "SELECT table_name, row_key, deleted_at, last_hash FROM sync_tombstones "
        f"WHERE table_name IN ({marks}) ORDER BY table_name, row_key", list(ALL_LINKS_BY_NAME))]


def link_times(ws: Workspace, table: str, keys: set[str]) -> dict[str, str]:
    """key -> created_at of the given link rows that exist here."""
    link = ALL_LINKS_BY_NAME[table]
    rows = iter_rows(ws, table, (link.left_column, link.right_column, "created_at"))
    return {f"{a} {b}": at for a, b, at in rows if f"{a} {b}" in keys}
