"""DDL of the sync side tables (docs/schema.md, "Sync tables"): merge state kept beside the records.

They never travel in a bundle. Keys are (table_name, row_key): row_key is a record's id, or
`left_id right_id` for a link row.
"""

from __future__ import annotations

SYNC_SCHEMA = """
CREATE TABLE sync_rows (
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    base_hash TEXT NOT NULL,
    origin_organization TEXT NOT NULL DEFAULT '',
    origin_bundle TEXT NOT NULL DEFAULT '',
    origin_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (table_name, row_key)
) WITHOUT ROWID;
CREATE INDEX sync_rows_origin ON sync_rows(origin_organization);
CREATE TABLE sync_tombstones (
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    last_hash TEXT NOT NULL,
    sensitivity TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key)
) WITHOUT ROWID;
CREATE TABLE sync_imports (
    id INTEGER PRIMARY KEY,
    bundle_id TEXT NOT NULL,
    organization TEXT NOT NULL,
    file_name TEXT NOT NULL,
    bundle_created_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    backup_file TEXT NOT NULL,
    after_digest TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL
);
CREATE TABLE sync_import_log (
    import_id INTEGER NOT NULL REFERENCES sync_imports(id) ON DELETE CASCADE,
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    outcome TEXT NOT NULL,
    PRIMARY KEY (import_id, table_name, row_key)
) WITHOUT ROWID;
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    import_id INTEGER REFERENCES sync_imports(id) ON DELETE SET NULL,
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('both-changed', 'deleted-here', 'deleted-there')),
    theirs TEXT,
    their_hash TEXT NOT NULL,
    organization TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'kept-mine', 'took-theirs', 'merged')),
    resolved_at TEXT NOT NULL DEFAULT '',
    UNIQUE (table_name, row_key, their_hash)
);
CREATE INDEX sync_conflicts_open ON sync_conflicts(status, table_name);
"""
