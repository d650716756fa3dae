"""DDL of the workspace, one migration step per schema version (see migrations.py).

Table and column names are a public contract (docs/schema.md): partners open bundles with other tools.
"""

from __future__ import annotations

APPLICATION_ID = 0x42726644  # "BrfD": marks workspaces and bundles as ours.

_COMMON = """
    sensitivity TEXT NOT NULL DEFAULT '{default}'
        CHECK (sensitivity IN ('public', 'coalition', 'internal', 'personal')),
    origin TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL"""


def _common(default: str = "public") -> str:
    return _COMMON.format(default=default)


def _link(name: str, left: str, left_table: str, right: str, right_table: str) -> str:
    return f"""
CREATE TABLE {name} (
    {left} TEXT NOT NULL REFERENCES {left_table}(id) ON DELETE CASCADE,
    {right} TEXT NOT NULL REFERENCES {right_table}(id) ON DELETE CASCADE,
    origin TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    PRIMARY KEY ({left}, {right})
);
CREATE INDEX {name}_{right} ON {name}({right});
"""


SCHEMA_V1 = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'ngo' CHECK (kind IN
        ('ngo', 'coalition', 'industry', 'un-body', 'government', 'media', 'academic', 'other')),
    country TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    coalition_member INTEGER NOT NULL DEFAULT 0 CHECK (coalition_member IN (0, 1)),{_common()}
);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    short_title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',{_common()}
);
CREATE TABLE versions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    seq INTEGER NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    symbol TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',{_common()},
    UNIQUE (document_id, label)
);
CREATE TABLE provisions (
    id TEXT PRIMARY KEY,
    version_id TEXT NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('preamble', 'chapter', 'article', 'paragraph')),
    number TEXT NOT NULL DEFAULT '',
    heading TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    parent_id TEXT REFERENCES provisions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    lineage_id TEXT NOT NULL,{_common()}
);
CREATE INDEX provisions_version ON provisions(version_id, parent_id, position);
CREATE INDEX provisions_parent ON provisions(parent_id);
CREATE INDEX provisions_lineage ON provisions(lineage_id);
CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    organization_id TEXT REFERENCES organizations(id) ON DELETE SET NULL,
    date TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    symbol TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    reliability_note TEXT NOT NULL DEFAULT '',{_common()}
);
CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    law TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,{_common()}
);
CREATE TABLE concerns (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL DEFAULT 'medium'
        CHECK (severity IN ('critical', 'high', 'medium', 'low')),
    category TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'partly-addressed', 'addressed', 'withdrawn')),
    organization_id TEXT REFERENCES organizations(id) ON DELETE SET NULL,
    date TEXT NOT NULL DEFAULT '',{_common()}
);
CREATE INDEX concerns_organization ON concerns(organization_id);
CREATE TABLE amendments (
    id TEXT PRIMARY KEY,
    provision_id TEXT NOT NULL REFERENCES provisions(id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT 'substitute' CHECK (action IN ('insert', 'delete', 'substitute')),
    target_text TEXT NOT NULL DEFAULT '',
    proposed_text TEXT NOT NULL DEFAULT '',
    rationale TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN
        ('draft', 'proposed', 'tabled', 'adopted', 'partly-adopted', 'rejected', 'withdrawn')),
    organization_id TEXT REFERENCES organizations(id) ON DELETE SET NULL,
    date TEXT NOT NULL DEFAULT '',{_common()}
);
CREATE INDEX amendments_provision ON amendments(provision_id);
CREATE TABLE delegations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    iso_code TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'state'
        CHECK (kind IN ('state', 'regional-group', 'bloc', 'organization')),
    languages TEXT NOT NULL DEFAULT '[]',
    priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
    summary TEXT NOT NULL DEFAULT '',{_common()}
);
CREATE TABLE positions (
    id TEXT PRIMARY KEY,
    delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    provision_id TEXT REFERENCES provisions(id) ON DELETE CASCADE,
    amendment_id TEXT REFERENCES amendments(id) ON DELETE CASCADE,
    stance TEXT NOT NULL
        CHECK (stance IN ('supports', 'opposes', 'undecided', 'unknown', 'proposes-text')),
    version_id TEXT REFERENCES versions(id) ON DELETE SET NULL,
    source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
    date TEXT NOT NULL DEFAULT '',
    confidence TEXT NOT NULL DEFAULT 'medium' CHECK (confidence IN ('high', 'medium', 'low')),
    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
    summary TEXT NOT NULL DEFAULT '',{_common()},
    CHECK (provision_id IS NOT NULL OR amendment_id IS NOT NULL)
);
CREATE INDEX positions_delegation ON positions(delegation_id);
CREATE INDEX positions_provision ON positions(provision_id);
CREATE INDEX positions_amendment ON positions(amendment_id);
CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    body TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',{_common("internal")}
);
CREATE INDEX notes_record ON notes(record_table, record_id);
CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',{_common("internal")}
);
CREATE INDEX contacts_delegation ON contacts(delegation_id);
{_link("concern_provisions", "concern_id", "concerns", "provision_id", "provisions")}
{_link("concern_sources", "concern_id", "concerns", "source_id", "sources")}
{_link("concern_cases", "concern_id", "concerns", "case_id", "cases")}
{_link("amendment_concerns", "amendment_id", "amendments", "concern_id", "concerns")}
{_link("amendment_supporters", "amendment_id", "amendments", "organization_id", "organizations")}
{_link("delegation_memberships", "delegation_id", "delegations", "group_id", "delegations")}
"""

# Schema step 11: the facet lists (ui_queries.concern_categories, contributing_organizations) probe
# these per category and per organization instead of reading every concern and amendment.
FACET_INDEXES = """
CREATE INDEX IF NOT EXISTS concerns_category ON concerns(category);
CREATE INDEX IF NOT EXISTS amendments_organization ON amendments(organization_id);
"""

# Schema step 13: the provision tree's badges (ui_queries.level_counts) walk a loaded level's
# subtrees and read their concern links and the concerns' severity from these alone (covering
# indexes: no link or concern row is read). The first replaces the one-column index on
# provision_id (queries that want the links' insertion order say ORDER BY rowid).
BADGE_INDEXES = """
DROP INDEX IF EXISTS concern_provisions_provision_id;
CREATE INDEX IF NOT EXISTS concern_provisions_provision ON concern_provisions(provision_id, concern_id);
CREATE INDEX IF NOT EXISTS concerns_severity ON concerns(id, severity);
"""

# Full-text search: one FTS5 table per searchable record table, external content, kept in sync
# by triggers (created with sqlite-utils, see migrations._v2_fts).
FTS_COLUMNS: dict[str, tuple[str, ...]] = {
    "provisions": ("number", "heading", "text"),
    "concerns": ("title", "summary", "category"),
    "amendments": ("title", "proposed_text", "rationale"),
}
FTS_TOKENIZE = "unicode61 remove_diacritics 2"
