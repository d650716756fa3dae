"""DDL of the draft tables (docs/schema.md, "Draft tables"): carried analysis and split/merge relations.

Both tables hang off versions with ON DELETE CASCADE, so deleting an imported version (the undo of
an import) removes what the import recorded.
"""

from __future__ import annotations

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
