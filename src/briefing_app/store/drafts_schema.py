"""DDL of the draft tables (docs/schema.md, "Draft tables"): carried analysis and split/merge relations,
and the rebuild of `provisions` for the full treaty structure (schema 6).

Both tables hang off versions with ON DELETE CASCADE, so deleting an imported version (the undo of
an import) removes what the import recorded.
"""

from __future__ import annotations

import sqlite3

CARRY_STATES = ("carried-unchanged", "base-text-changed", "possibly-adopted", "orphaned", "resolved")
RELATION_KINDS = ("split-from", "merged-into")

_STATES = ", ".join(f"'{s}'" for s in CARRY_STATES)
_RELATIONS = ", ".join(f"'{k}'" for k in RELATION_KINDS)

DRAFT_TABLES = f"""
CREATE TABLE draft_carries (
    id TEXT PRIMARY KEY,
    from_version_id TEXT NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    to_version_id TEXT NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    record_table TEXT NOT NULL CHECK (record_table IN ('concerns', 'amendments', 'positions')),
    source_id TEXT NOT NULL,
    carried_id TEXT,
    old_provision_id TEXT NOT NULL REFERENCES provisions(id) ON DELETE CASCADE,
    new_provision_id TEXT REFERENCES provisions(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ({_STATES})),
    previous_state TEXT NOT NULL DEFAULT '' CHECK (previous_state IN ('', {_STATES})),
    detail TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX draft_carries_to ON draft_carries(to_version_id, state);
CREATE INDEX draft_carries_from ON draft_carries(from_version_id);
CREATE INDEX draft_carries_old ON draft_carries(old_provision_id);
CREATE INDEX draft_carries_new ON draft_carries(new_provision_id);
CREATE TABLE provision_relations (
    id TEXT PRIMARY KEY,
    from_version_id TEXT NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    to_version_id TEXT NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    relation TEXT NOT NULL CHECK (relation IN ({_RELATIONS})),
    provision_id TEXT NOT NULL REFERENCES provisions(id) ON DELETE CASCADE,
    related_id TEXT NOT NULL REFERENCES provisions(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    UNIQUE (relation, provision_id, related_id)
);
CREATE INDEX provision_relations_to ON provision_relations(to_version_id);
CREATE INDEX provision_relations_provision ON provision_relations(provision_id);
CREATE INDEX provision_relations_related ON provision_relations(related_id);
"""


PROVISION_KINDS = ("preamble", "part", "title", "chapter", "section", "article", "paragraph", "option",
                   "annex", "notes", "closing")
PROVISION_STATUSES = ("unmarked", "agreed", "agreed-ad-referendum", "provisionally-agreed", "pending",
                      "bracketed", "deleted")
_PROVISION_COLUMNS = ("id", "version_id", "kind", "number", "heading", "text", "parent_id", "position",
                      "lineage_id", "sensitivity", "origin", "created_at", "updated_at")


def _quoted(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


PROVISIONS_V6 = f"""
CREATE TABLE provisions_v6 (
    id TEXT PRIMARY KEY,
    version_id TEXT NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ({_quoted(PROVISION_KINDS)})),
    number TEXT NOT NULL DEFAULT '',
    heading TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    parent_id TEXT REFERENCES provisions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    lineage_id TEXT NOT NULL,
    sensitivity TEXT NOT NULL DEFAULT 'public'
        CHECK (sensitivity IN ('public', 'coalition', 'internal', 'personal')),
    origin TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'unmarked' CHECK (status IN ({_quoted(PROVISION_STATUSES)})),
    footnotes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(footnotes) AND json_type(footnotes) = 'array')
)"""


def rebuild_provisions(conn: sqlite3.Connection) -> None:
    """Schema 6: the full treaty structure (parts, titles, sections, options, annexes, interpretative
    notes, the closing formula), a negotiating status and the footnotes of each provision.

    SQLite cannot widen a CHECK constraint, so the table is rebuilt (the documented 12-step way,
    with foreign keys off, see migrations.Migration.foreign_keys_off): rowids are kept, so the
    external-content full-text index stays valid; its triggers and the indexes are re-created from
    their own SQL.
    """
    dependents = [row[0] for row in conn.execute(
        "SELECT sql FROM sqlite_schema WHERE tbl_name = 'provisions' AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL ORDER BY type, name")]
    conn.execute(PROVISIONS_V6)
    columns = ", ".join(_PROVISION_COLUMNS)
    conn.execute(f"INSERT INTO provisions_v6 (rowid, {columns}) SELECT rowid, {columns} FROM provisions")
    conn.execute("DROP TABLE provisions")
    conn.execute("ALTER TABLE provisions_v6 RENAME TO provisions")
    for sql in dependents:
        conn.execute(sql)
