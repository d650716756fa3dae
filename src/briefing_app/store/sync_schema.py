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

# Migration 8 (issue 9): a sync base per partner organization, and proposals in the conflict queue.
# sync_rows keeps who owns a row here (the organization whose bundle brought it first) and the base
# it was first published with; the bases each partner agreed on move to sync_partner_bases;
# sync_history remembers every version ever agreed or published (a partner sending one is behind).
PER_PARTNER_SCHEMA = """
CREATE TABLE sync_partner_bases (
    partner TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    base_hash TEXT NOT NULL,
    PRIMARY KEY (partner, table_name, row_key)
) WITHOUT ROWID;
INSERT INTO sync_partner_bases (partner, table_name, row_key, base_hash)
    SELECT origin_organization, table_name, row_key, base_hash FROM sync_rows WHERE origin_organization != '';
CREATE TABLE sync_history (
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key, row_hash)
) WITHOUT ROWID;
INSERT INTO sync_history (table_name, row_key, row_hash) SELECT table_name, row_key, base_hash FROM sync_rows;
CREATE TABLE sync_conflicts_v6 (
    id INTEGER PRIMARY KEY,
    import_id INTEGER REFERENCES sync_imports(id) ON DELETE SET NULL,
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('both-changed', 'deleted-here', 'deleted-there', 'proposed-change',
                                       'proposed-deletion')),
    theirs TEXT,
    their_hash TEXT NOT NULL,
    organization TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'kept-mine', 'took-theirs', 'merged')),
    resolved_at TEXT NOT NULL DEFAULT '',
    UNIQUE (table_name, row_key, their_hash)
);
INSERT INTO sync_conflicts_v6 SELECT * FROM sync_conflicts;
DROP TABLE sync_conflicts;
ALTER TABLE sync_conflicts_v6 RENAME TO sync_conflicts;
CREATE INDEX sync_conflicts_open ON sync_conflicts(status, table_name);
"""

# Migration 10 (issue 9): partners' public keys. A key is known by its fingerprint (added from a key
# file, or read out on the phone before any bundle arrived); the keys themselves are filled in from
# the key file or the first bundle signed with them.
KEYRING_SCHEMA = """
CREATE TABLE sync_partner_keys (
    fingerprint TEXT NOT NULL PRIMARY KEY,
    organization TEXT NOT NULL,
    signing_key TEXT NOT NULL DEFAULT '',
    age_recipient TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('file', 'fingerprint'))
) WITHOUT ROWID;
"""

# Migration 14 (issue 17): a change counter that undo of an import checks instead of fingerprinting
# every shareable row (0.6 s at 200k rows). Undo restores the whole snapshot, so every table a user
# edits counts: the shareable tables, the drafts' analysis, pack profiles, partner keys and the
# conflict queue (its resolutions). Not counted: meta (settings, the coalition's publish state),
# the import log and the export log (bookkeeping, not edits). The names are frozen here (a released
# step never changes); a table added later gets its triggers in its own migration, and
# tests/store/test_change_counter.py fails for any table left out.
CHANGE_COUNTED = (
    "organizations", "documents", "versions", "provisions", "sources", "cases", "concerns", "amendments",
    "delegations", "positions", "notes", "contacts", "status_events", "entry_into_force_rules", "reservations",
    "national_laws", "national_provisions", "sessions", "meetings", "proposals", "interventions",
    "concern_provisions", "concern_sources", "concern_cases", "amendment_concerns", "amendment_supporters",
    "delegation_memberships", "reservation_provisions", "national_provision_articles",
    "concern_national_provisions", "national_provision_cases", "proposal_amendments",
    "draft_carries", "provision_relations", "pack_profiles", "sync_partner_keys", "sync_conflicts",
)


def change_counter_schema(tables: tuple[str, ...]) -> str:
    """The counter's one row, and after-insert/update/delete triggers on `tables` that bump it."""
    parts = ["CREATE TABLE IF NOT EXISTS sync_changes (id INTEGER PRIMARY KEY CHECK (id = 1), "
             "n INTEGER NOT NULL);",
             "INSERT OR IGNORE INTO sync_changes (id, n) VALUES (1, 0);"]
    for table in tables:
        for event in ("INSERT", "UPDATE", "DELETE"):
            parts.append(f"CREATE TRIGGER {table}_count_{event.lower()} AFTER {event} ON {table} "
                         "BEGIN UPDATE sync_changes SET n = n + 1 WHERE id = 1; END;")
    return "\n".join(parts) + "\n"
