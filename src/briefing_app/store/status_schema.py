"""DDL of the treaty-status and national-implementation tables (docs/schema.md "Treaty status")."""

from __future__ import annotations

from briefing_app.store.schema import _common, _link

STATUS_SCHEMA = f"""
CREATE TABLE status_events (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('signature', 'ratification', 'acceptance', 'approval', 'accession',
        'succession', 'withdrawal')),
    date TEXT NOT NULL,
    source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
    confidence TEXT NOT NULL DEFAULT 'high' CHECK (confidence IN ('high', 'medium', 'low')),
    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
    summary TEXT NOT NULL DEFAULT '',{_common()}
);
CREATE INDEX status_events_document ON status_events(document_id, delegation_id);
CREATE INDEX status_events_delegation ON status_events(delegation_id);
CREATE TABLE entry_into_force_rules (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
    instruments_required INTEGER NOT NULL DEFAULT 40 CHECK (instruments_required > 0),
    days_after INTEGER NOT NULL DEFAULT 90 CHECK (days_after >= 0),
    counted_kinds TEXT NOT NULL DEFAULT '[]',
    regional_organizations TEXT NOT NULL DEFAULT '[]',
    regional_counts INTEGER NOT NULL DEFAULT 0 CHECK (regional_counts IN (0, 1)),
    provision_id TEXT REFERENCES provisions(id) ON DELETE SET NULL,
    summary TEXT NOT NULL DEFAULT '',{_common()}
);
CREATE TABLE reservations (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'reservation'
        CHECK (kind IN ('reservation', 'declaration', 'notification', 'objection')),
    date TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
    withdrawn_date TEXT NOT NULL DEFAULT '',
    confidence TEXT NOT NULL DEFAULT 'high' CHECK (confidence IN ('high', 'medium', 'low')),
    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),{_common()}
);
CREATE INDEX reservations_delegation ON reservations(delegation_id);
CREATE TABLE national_laws (
    id TEXT PRIMARY KEY,
    delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'bill' CHECK (kind IN ('law', 'bill', 'decree', 'regulation', 'other')),
    stage TEXT NOT NULL DEFAULT 'draft' CHECK (stage IN ('draft', 'tabled', 'in-committee', 'passed',
        'in-force', 'amended', 'withdrawn', 'repealed')),
    date TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),{_common()}
);
CREATE INDEX national_laws_delegation ON national_laws(delegation_id);
CREATE TABLE national_provisions (
    id TEXT PRIMARY KEY,
    law_id TEXT NOT NULL REFERENCES national_laws(id) ON DELETE CASCADE,
    number TEXT NOT NULL DEFAULT '',
    heading TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,{_common()}
);
CREATE INDEX national_provisions_law ON national_provisions(law_id, position);
{_link("reservation_provisions", "reservation_id", "reservations", "provision_id", "provisions")}
{_link("national_provision_articles", "national_provision_id", "national_provisions", "provision_id", "provisions")}
{_link("concern_national_provisions", "concern_id", "concerns", "national_provision_id", "national_provisions")}
{_link("national_provision_cases", "national_provision_id", "national_provisions", "case_id", "cases")}
"""
