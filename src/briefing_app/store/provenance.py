"""Who contributed which records: the provenance questions the UI and CLI ask, over a Workspace.

The rows' origin lives in `sync_rows` (store/sync_store.py); these functions answer the views in
one query each instead of one per record.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.domain.models import ALL_RECORD_TABLES
from briefing_app.store import sync_queue, sync_store
from briefing_app.store.records import column_names
from briefing_app.store.workspace import Workspace

LABEL_COLUMNS = ("title", "name", "label", "heading", "summary")


@dataclass(frozen=True, slots=True)
class Contribution:
    """One record and where it came from: `organization` is "" for records made in this workspace
    (`origin_at` is then "")."""

    key: str
    label: str
    organization: str
    origin_at: str


def contributors(ws: Workspace, table: str) -> list[tuple[str, int]]:
    """Partner organizations whose bundles brought rows of `table` that still exist, with counts."""
    return sync_store.contributors(ws, _checked(table))


def keys_from(ws: Workspace, table: str, organization: str) -> list[str]:
    """Ids of existing rows of `table` that came from `organization` ("" = made here)."""
    return sync_store.keys_from(ws, _checked(table), organization)


def contributions(ws: Workspace, table: str, organization: str | None, limit: int) -> list[Contribution]:
    """Records of `table` from `organization` (None: from any partner, by organization; "": made
    here), with a label (the first non-empty of title, name, label, heading, summary; else the id)."""
    table = _checked(table)
    present = column_names(ALL_RECORD_TABLES[table])
    label = ", ".join([f"NULLIF(t.{c}, '')" for c in LABEL_COLUMNS if c in present] + ["t.id"])
    origin = "s.origin_organization != ''"
    if organization == "":
        where, params, order = f"s.row_key IS NULL OR NOT ({origin})", [table], "t.rowid"
    elif organization is None:
        where, params, order = origin, [table], "s.origin_organization, t.rowid"
    else:
        where, params, order = "s.origin_organization = ?", [table, organization], "t.rowid"
    sql = (f"SELECT t.id, COALESCE({label}), COALESCE(s.origin_organization, ''), COALESCE(s.origin_at, '') "
           f"FROM {table} t LEFT JOIN sync_rows s ON s.table_name = ? AND s.row_key = t.id "
           f"WHERE {where} ORDER BY {order} LIMIT ?")
    rows = ws.conn.execute(sql, [*params, limit])
    return [Contribution(r[0], str(r[1]), r[2], r[3] if r[2] else "") for r in rows]


def last_import(ws: Workspace) -> sync_queue.ImportEntry | None:
    return sync_queue.last_import(ws)


def _checked(table: str) -> str:
    if table not in ALL_RECORD_TABLES:
        raise ValueError(f"not a record table: {table}")
    return table
