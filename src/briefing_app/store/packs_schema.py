"""DDL of the briefing-pack tables (schema step 3; docs/schema.md "Pack tables").

Profiles and the export log stay on this machine: they are never part of a pack or a bundle.
"""

from __future__ import annotations

PACKS_SCHEMA = """
CREATE TABLE pack_profiles (
    id TEXT PRIMARY KEY,
    delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT 'Default',
    template TEXT NOT NULL DEFAULT 'full' CHECK (template IN ('full', 'brief', 'talking-points')),
    min_severity TEXT NOT NULL DEFAULT 'high'
        CHECK (min_severity IN ('critical', 'high', 'medium', 'low')),
    pinned TEXT NOT NULL DEFAULT '[]',
    excluded TEXT NOT NULL DEFAULT '[]',
    evidence_annex INTEGER NOT NULL DEFAULT 1 CHECK (evidence_annex IN (0, 1)),
    sources_annex INTEGER NOT NULL DEFAULT 1 CHECK (sources_annex IN (0, 1)),
    version_id TEXT NOT NULL DEFAULT '',
    pack_date TEXT NOT NULL DEFAULT '',
    marking TEXT NOT NULL DEFAULT '',
    issuer_ids TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (delegation_id, name)
);
CREATE TABLE export_log (
    id INTEGER PRIMARY KEY,
    delegation_id TEXT REFERENCES delegations(id) ON DELETE SET NULL,
    delegation_name TEXT NOT NULL,
    profile_name TEXT NOT NULL,
    profile TEXT NOT NULL,
    template TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    pages INTEGER NOT NULL,
    data_version TEXT NOT NULL,
    exported_at TEXT NOT NULL
);
CREATE INDEX export_log_delegation ON export_log(delegation_id, exported_at);
"""

# Schema step 12: the language of the pack's own words ('' = the delegation's first working language).
PROFILE_LANGUAGE = """
ALTER TABLE pack_profiles ADD COLUMN language TEXT NOT NULL DEFAULT ''
    CHECK (language IN ('', 'en', 'fr', 'es', 'ru', 'zh', 'ar'));
"""
