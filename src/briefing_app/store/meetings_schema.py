"""DDL of the meeting tables (docs/schema.md, "Sessions and meetings"), and the positions table
rebuilt so that its confidence may be 'heard-in-room'.

SQLite cannot change a CHECK constraint in place: the positions table is copied into a new one
with the same columns and rowids (SQLite's documented 12-step rebuild; nothing references it).
"""

from __future__ import annotations

from briefing_app.store.schema import _common, _link

_POSITION_COLUMNS = ("id, delegation_id, provision_id, amendment_id, stance, version_id, source_id, date, "
                     "confidence, illustrative, summary, sensitivity, origin, created_at, updated_at")

POSITIONS_REBUILD = f"""
CREATE TABLE positions_new (
    id TEXT PRIMARY KEY,
    delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    provision_id TEXT REFERENCES provisions(id) ON DELETE CASCADE,
    amendment_id TEXT REFERENCES amendments(id) ON DELETE CASCADE,
    stance TEXT NOT NULL
        CHECK (stance IN ('supports', 'opposes', 'undecided', 'unknown', 'proposes-text')),
    version_id TEXT REFERENCES versions(id) ON DELETE SET NULL,
    source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
    date TEXT NOT NULL DEFAULT '',
    confidence TEXT NOT NULL DEFAULT 'medium'
        CHECK (confidence IN ('high', 'medium', 'low', 'heard-in-room')),
    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
    summary TEXT NOT NULL DEFAULT '',{_common()},
    CHECK (provision_id IS NOT NULL OR amendment_id IS NOT NULL)
);
INSERT INTO positions_new (rowid, {_POSITION_COLUMNS}) SELECT rowid, {_POSITION_COLUMNS} FROM positions;
DROP TABLE positions;
ALTER TABLE positions_new RENAME TO positions;
CREATE INDEX positions_delegation ON positions(delegation_id);
CREATE INDEX positions_provision ON positions(provision_id);
CREATE INDEX positions_amendment ON positions(amendment_id);
"""

_STANCES = "'supports', 'opposes', 'proposes', 'asks', 'undecided'"
_STATUSES = "'tabled', 'supported', 'merged', 'withdrawn', 'rejected'"
_ACTIONS = "'insert', 'delete', 'substitute'"

MEETINGS_SCHEMA = f"""
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '',
    document_id TEXT REFERENCES documents(id) ON DELETE SET NULL,{_common()}
);
CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    number INTEGER NOT NULL DEFAULT 0,
    date TEXT NOT NULL DEFAULT '',
    time TEXT NOT NULL DEFAULT '',
    agenda_item TEXT NOT NULL DEFAULT '',
    agenda TEXT NOT NULL DEFAULT '',
    summary_url TEXT NOT NULL DEFAULT '',
    version_id TEXT REFERENCES versions(id) ON DELETE SET NULL,
    source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,{_common()}
);
CREATE INDEX meetings_session ON meetings(session_id, date, number);
CREATE INDEX meetings_source ON meetings(source_id);
CREATE TABLE proposals (
    id TEXT PRIMARY KEY,
    provision_id TEXT NOT NULL REFERENCES provisions(id) ON DELETE CASCADE,
    session_id TEXT REFERENCES sessions(id) ON DELETE CASCADE,
    meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
    number INTEGER NOT NULL DEFAULT 0,
    sponsor_id TEXT REFERENCES delegations(id) ON DELETE SET NULL,
    action TEXT NOT NULL DEFAULT 'substitute' CHECK (action IN ({_ACTIONS})),
    target_text TEXT NOT NULL DEFAULT '',
    proposed_text TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'tabled' CHECK (status IN ({_STATUSES})),
    status_date TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',{_common()}
);
CREATE INDEX proposals_session ON proposals(session_id, number);
CREATE INDEX proposals_provision ON proposals(provision_id);
CREATE INDEX proposals_meeting ON proposals(meeting_id);
CREATE INDEX proposals_sponsor ON proposals(sponsor_id);
CREATE TABLE interventions (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
    stance TEXT NOT NULL CHECK (stance IN ({_STANCES})),
    seq INTEGER NOT NULL DEFAULT 0,
    spoken_at TEXT NOT NULL DEFAULT '',
    on_behalf_id TEXT REFERENCES delegations(id) ON DELETE SET NULL,
    speaking_for INTEGER NOT NULL DEFAULT 0,
    provision_id TEXT REFERENCES provisions(id) ON DELETE SET NULL,
    locator TEXT NOT NULL DEFAULT '',
    proposal_id TEXT REFERENCES proposals(id) ON DELETE SET NULL,
    tabled INTEGER NOT NULL DEFAULT 0 CHECK (tabled IN (0, 1)),
    action TEXT CHECK (action IS NULL OR action IN ({_ACTIONS})),
    target_text TEXT NOT NULL DEFAULT '',
    wording TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    line TEXT NOT NULL DEFAULT '',
    position_id TEXT REFERENCES positions(id) ON DELETE SET NULL,
    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),{_common()}
);
CREATE INDEX interventions_meeting ON interventions(meeting_id, seq);
CREATE INDEX interventions_delegation ON interventions(delegation_id, spoken_at);
CREATE INDEX interventions_on_behalf ON interventions(on_behalf_id);
CREATE INDEX interventions_provision ON interventions(provision_id);
CREATE INDEX interventions_proposal ON interventions(proposal_id);
CREATE INDEX interventions_position ON interventions(position_id);
{_link("proposal_amendments", "proposal_id", "proposals", "amendment_id", "amendments")}
"""

