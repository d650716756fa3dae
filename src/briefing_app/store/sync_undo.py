"""What resolving one queued conflict or proposal may change beside the row itself, captured so an
undo puts it back exactly: the row's sync state (owner and base, the bases agreed per partner, the
versions remembered, its tombstone) and the queue entry's status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefing_app.domain.models import ALL_LINKS_BY_NAME

if TYPE_CHECKING:
    from briefing_app.store.workspace import Workspace

KEYED_TABLES = ("sync_rows", "sync_partner_bases", "sync_history", "sync_tombstones")
"""Side tables whose rows for one (table_name, row_key) a resolution writes."""


@dataclass(frozen=True, slots=True)
class SyncState:
    conflict_id: int
    rows: dict[tuple[str, str], dict[str, list[tuple[Any, ...]]]]  # (table, key) -> side table -> rows
    status: tuple[str, str]  # the queue entry's (status, resolved_at)


def capture(ws: Workspace, keys: Sequence[tuple[str, str]], conflict_id: int) -> SyncState:
    """The side tables' rows for each (table, key), and the queue entry's status."""
    conn = ws.conn
    rows = {(table, key): {side: [tuple(r) for r in conn.execute(
        f"SELECT * FROM {side} WHERE table_name = ? AND row_key = ?", (table, key))]  # noqa: S608 - fixed names
        for side in KEYED_TABLES} for table, key in keys}
    status = conn.execute("SELECT status, resolved_at FROM sync_conflicts WHERE id = ?", (conflict_id,)).fetchone()
    return SyncState(conflict_id, rows, (str(status[0]), str(status[1])))


def put_back(ws: Workspace, state: SyncState) -> None:
    """Make the side tables and the queue entry exactly as captured (inside the caller's transaction)."""
    conn = ws.conn
    for (table, key), sides in state.rows.items():
        for side, rows in sides.items():
            conn.execute(f"DELETE FROM {side} WHERE table_name = ? AND row_key = ?", (table, key))  # noqa: S608
            for row in rows:
                conn.execute(f"INSERT INTO {side} VALUES ({', '.join('?' for _ in row)})", row)  # noqa: S608
    conn.execute("UPDATE sync_conflicts SET status = ?, resolved_at = ? WHERE id = ?",
                 (*state.status, state.conflict_id))


def link_row(ws: Workspace, table: str, key: str) -> dict[str, Any] | None:
    """A link row with its rowid (to put it back exactly), or None."""
    link = ALL_LINKS_BY_NAME[table]
    left, right = key.split(" ")
    cursor = ws.conn.execute(f"SELECT rowid, * FROM {table} WHERE {link.left_column} = ? AND "  # noqa: S608
                             f"{link.right_column} = ?", (left, right))
    names = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    return None if row is None else dict(zip(names, row, strict=True))
