"""Sessions, meetings, interventions and proposals: the reads capture needs and the writes it makes.

Capturing a line is: lexicon_for + context_for (once per meeting, refreshed after each entry),
domain.capture.parse_line, plan_line (reads the delegation's related positions), then
domain.meetings.capture_writes, applied by apply_writes (CLI) or as one undo step (GUI).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from briefing_app.domain.capture import Entry, StatusEntry, parse_line
from briefing_app.domain.enums import Stance
from briefing_app.domain.lexicon import Lexicon, ProposalRef, ProvisionRef, Speaker, provision_refs
from briefing_app.domain.meetings import (
    CapturePlan,
    MeetingContext,
    PositionFact,
    Target,
    Writes,
    capture_writes,
    meeting_label,
    plan_capture,
    plan_status,
    position_target,
    proposal_roles,
)
from briefing_app.domain.models import Delegation, Intervention, Meeting, Proposal, Session, Version
from briefing_app.store import queries
from briefing_app.store.errors import IntegrityError
from briefing_app.store.records import from_row
from briefing_app.store.workspace import Workspace


class MeetingNotFound(IntegrityError):
    """A session or meeting named on the command line or in a link that does not exist."""


# -- sessions and meetings ------------------------------------------------------------------------
def sessions(ws: Workspace) -> list[Session]:
    """Sessions, most recent first."""
    rows = ws.conn.execute("SELECT * FROM sessions ORDER BY start_date DESC, name")
    return [from_row(Session, r) for r in rows]


def meetings_of(ws: Workspace, session_id: str) -> list[Meeting]:
    """A session's meetings in the order they were held."""
    rows = ws.conn.execute("SELECT * FROM meetings WHERE session_id = ? ORDER BY date, time, number, rowid",
                           (session_id,))
    return [from_row(Meeting, r) for r in rows]


def find_session(ws: Workspace, key: str | None) -> Session:
    """A session by id, number or the start of its name; None/'' is the most recent one."""
    found = sessions(ws)
    if not found:
        raise MeetingNotFound("There are no sessions yet: add one with `briefing-app session add`.")
    if not key:
        return found[0]
    folded = key.casefold().strip()
    for rule in (lambda s: s.id == key, lambda s: s.number.casefold() == folded,
                 lambda s: s.name.casefold() == folded, lambda s: s.name.casefold().startswith(folded)):
        matches = [s for s in found if rule(s)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            names = ", ".join(s.name for s in matches[:5])
            raise MeetingNotFound(f"‘{key}’ names several sessions ({names}); give its number or id.")
    raise MeetingNotFound(f"No session ‘{key}’. Sessions: " + ", ".join(s.name for s in found[:8]))


def find_meeting(ws: Workspace, key: str, session: str | None = None) -> Meeting:
    """A meeting by id, or by its number in the session (default: the most recent session)."""
    row = ws.conn.execute("SELECT * FROM meetings WHERE id = ?", (key,)).fetchone()
    if row is not None:
        return from_row(Meeting, row)
    chosen = find_session(ws, session)
    if key.strip().isdigit():
        for meeting in meetings_of(ws, chosen.id):
            if meeting.number == int(key):
                return meeting
    raise MeetingNotFound(f"No meeting ‘{key}’ in {chosen.name}.")


def next_meeting_number(ws: Workspace, session_id: str) -> int:
    row = ws.conn.execute("SELECT max(number) FROM meetings WHERE session_id = ?", (session_id,)).fetchone()
    return int(row[0] or 0) + 1


# -- what a line can name ---------------------------------------------------------------------------
def meeting_version(ws: Workspace, meeting: Meeting) -> Version | None:
    """The draft provision numbers resolve in: the meeting's, else the latest version of any document."""
    if meeting.version_id:
        version = ws.get(Version, meeting.version_id)
        if version is not None:
            return version
    documents = queries.documents(ws)
    return queries.latest_version(ws, documents[0].id) if documents else None


def session_proposals(ws: Workspace, session_id: str | None) -> list[Proposal]:
    rows = ws.conn.execute("SELECT * FROM proposals WHERE session_id IS ? ORDER BY number, rowid", (session_id,))
    return [from_row(Proposal, r) for r in rows]


def lexicon_for(ws: Workspace, meeting: Meeting) -> Lexicon:
    version = meeting_version(ws, meeting)
    provisions = provision_refs(queries.provisions_of(ws, version.id)) if version is not None else []
    speakers = [Speaker.of(d) for d in ws.find(Delegation, order_by="name")]
    proposals = [ProposalRef.of(p) for p in session_proposals(ws, meeting.session_id)]
    return Lexicon(speakers, provisions, proposals, version.label if version is not None else "")


def context_for(ws: Workspace, meeting: Meeting) -> MeetingContext:
    seq = ws.conn.execute("SELECT max(seq) FROM interventions WHERE meeting_id = ?", (meeting.id,)).fetchone()[0]
    number = ws.conn.execute("SELECT max(number) FROM proposals WHERE session_id = ?",
                             (meeting.session_id,)).fetchone()[0]
    carried: dict[str, list[str]] = {}
    for proposal_id, amendment_id in ws.conn.execute(
            """SELECT pa.proposal_id, pa.amendment_id FROM proposal_amendments pa
               JOIN proposals p ON p.id = pa.proposal_id WHERE p.session_id = ? ORDER BY pa.rowid""",
            (meeting.session_id,)):
        carried.setdefault(proposal_id, []).append(amendment_id)
    return MeetingContext(meeting, ws.clock(), int(seq or 0) + 1, int(number or 0) + 1,
                          {k: tuple(v) for k, v in carried.items()})


# -- the 'later position' rule ------------------------------------------------------------------------
_FACTS = """SELECT pos.id, pos.stance, pos.date, m.date AS m_date, m.time AS m_time, m.number AS m_number,
                   i.seq AS seq, s.title AS source, s.date AS source_date
            FROM positions pos
            LEFT JOIN interventions i ON i.position_id = pos.id
            LEFT JOIN meetings m ON m.id = i.meeting_id
            LEFT JOIN sources s ON s.id = pos.source_id"""


def _fact(row: sqlite3.Row) -> PositionFact:
    rank = None if row["m_date"] is None else (row["m_date"] or row["date"], row["m_time"], row["m_number"], row["seq"])
    return PositionFact(row["id"], Stance(row["stance"]), row["date"], rank, row["source"] or "")


def article_of(ws: Workspace, provision_id: str) -> str:
    """The article a provision belongs to (itself when it is one, or anything at the top)."""
    row = ws.conn.execute(
        """WITH RECURSIVE up(id, parent_id, kind, depth) AS (
               SELECT id, parent_id, kind, 0 FROM provisions WHERE id = ?
               UNION ALL SELECT p.id, p.parent_id, p.kind, up.depth + 1
               FROM provisions p JOIN up ON p.id = up.parent_id)
           SELECT id FROM up WHERE kind = 'article' OR parent_id IS NULL ORDER BY depth LIMIT 1""",
        (provision_id,)).fetchone()
    return str(row[0]) if row is not None else provision_id


def related_positions(ws: Workspace, target: Target) -> list[PositionFact]:
    """The delegation's positions on the target's matrix cell (its article and the article's
    paragraphs, or the amendment), in entry order."""
    if target.amendment_id is not None:
        rows = ws.conn.execute(f"{_FACTS} WHERE pos.delegation_id = ? AND pos.amendment_id = ? ORDER BY pos.rowid",
                               (target.delegation_id, target.amendment_id))
        return [_fact(r) for r in rows]
    assert target.provision_id is not None
    rows = ws.conn.execute(
        f"""WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT p.id FROM provisions p JOIN sub ON p.parent_id = sub.id)
            {_FACTS} WHERE pos.delegation_id = ? AND pos.provision_id IN (SELECT id FROM sub) ORDER BY pos.rowid""",
        (article_of(ws, target.provision_id), target.delegation_id))
    return [_fact(r) for r in rows]


# -- planning and writing a capture ----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StatusPlan:
    """A chair's decision on a proposal (`#4 withdrawn`), as one update."""

    entry: StatusEntry
    before: Proposal
    after: Proposal

    @property
    def writes(self) -> Writes:
        return Writes(updates=((self.before, self.after),))


def plan_line(ws: Workspace, lexicon: Lexicon, ctx: MeetingContext, line: str,
              current: ProvisionRef | None = None) -> CapturePlan | StatusPlan:
    """Parse and plan one line (raises domain.capture.CaptureError); writes nothing."""
    parsed = parse_line(line, lexicon, current=current)
    if isinstance(parsed, StatusEntry):
        before = ws.require(Proposal, parsed.proposal.id)
        return StatusPlan(parsed, before, plan_status(parsed, before, ctx))
    return plan_entry(ws, lexicon, ctx, parsed)


def plan_entry(ws: Workspace, lexicon: Lexicon, ctx: MeetingContext, entry: Entry) -> CapturePlan:
    target = position_target(entry, ctx, lexicon)
    related = related_positions(ws, target) if target is not None else []
    return plan_capture(entry, ctx, lexicon, related)


def writes_of(ws: Workspace, plan: CapturePlan | StatusPlan) -> Writes:
    if isinstance(plan, StatusPlan):
        return plan.writes
    promoted = ws.get(Proposal, plan.promote[0]) if plan.promote is not None else None
    return capture_writes(plan, {promoted.id: promoted} if promoted is not None else {})


@contextmanager
def durable(ws: Workspace) -> Iterator[None]:
    """Commit with a full fsync (synchronous=FULL) inside: an entry shown as saved survives a power
    cut, not only a crash. The connection's own setting is put back afterwards."""
    previous = int(ws.conn.execute("PRAGMA synchronous").fetchone()[0])
    ws.conn.execute("PRAGMA synchronous = FULL")
    try:
        yield
    finally:
        ws.conn.execute(f"PRAGMA synchronous = {previous}")


def apply_writes(ws: Workspace, writes: Writes) -> None:
    """Write one capture in one durable transaction (the CLI; the GUI makes it one undo step)."""
    with durable(ws), ws.transaction():
        for record in writes.deletes:
            ws.delete(type(record), record.id)
        for record in writes.inserts:
            ws.insert(record)
        for _old, new in writes.updates:
            ws.update(new)


# -- reads for lists, the side panel and reports --------------------------------------------------
@dataclass(frozen=True, slots=True)
class InterventionView:
    """An intervention with the names a list shows."""

    intervention: Intervention
    speaker: str
    code: str
    on_behalf: str
    provision: str  # "Article 14(2)", or the typed locator when the provision is gone
    proposal_number: int
    meeting: str  # "11th meeting (2024-08-02)"
    session: str
    position_stance: Stance | None


_VIEW = """SELECT i.*, d.name AS d_name, d.iso_code AS d_code, g.name AS g_name, pr.number AS p_number,
                  m.number AS m_number, m.date AS m_date, se.name AS s_name, pos.stance AS pos_stance
           FROM interventions i
           JOIN delegations d ON d.id = i.delegation_id
           JOIN meetings m ON m.id = i.meeting_id
           JOIN sessions se ON se.id = m.session_id
           LEFT JOIN delegations g ON g.id = i.on_behalf_id
           LEFT JOIN proposals pr ON pr.id = i.proposal_id
           LEFT JOIN positions pos ON pos.id = i.position_id"""


def provision_labels(ws: Workspace, provision_ids: Iterable[str]) -> dict[str, str]:
    """id -> "Article 14(2)(a)" as a capture line names it (lexicon paths of each one's draft)."""
    wanted = {i for i in provision_ids if i}
    if not wanted:
        return {}
    marks = ", ".join("?" for _ in wanted)
    versions = {r[0] for r in ws.conn.execute(f"SELECT DISTINCT version_id FROM provisions WHERE id IN ({marks})",
                                               list(wanted))}
    labels: dict[str, str] = {}
    for version_id in versions:
        provisions = queries.provisions_of(ws, version_id)
        labels.update({ref.id: ref.label for ref in provision_refs(provisions) if ref.id in wanted})
        labels.update({p.id: p.label for p in provisions if p.id in wanted and p.id not in labels})
    return labels


def _views(ws: Workspace, rows: Iterable[sqlite3.Row]) -> list[InterventionView]:
    fetched = list(rows)
    labels = provision_labels(ws, (r["provision_id"] for r in fetched))
    views = []
    for row in fetched:
        meeting = Meeting(session_id="", number=int(row["m_number"]), date=row["m_date"])
        provision = labels.get(row["provision_id"] or "") or (f"({row['locator']})" if row["locator"] else "")
        views.append(InterventionView(
            from_row(Intervention, row), row["d_name"], row["d_code"], row["g_name"] or "", provision,
            int(row["p_number"] or 0), meeting_label(meeting), row["s_name"],
            Stance(row["pos_stance"]) if row["pos_stance"] else None))
    return views


def interventions_of_meeting(ws: Workspace, meeting_id: str) -> list[InterventionView]:
    return _views(ws, ws.conn.execute(f"{_VIEW} WHERE i.meeting_id = ? ORDER BY i.seq, i.rowid", (meeting_id,)))


def intervention_view(ws: Workspace, intervention_id: str) -> InterventionView | None:
    found = _views(ws, ws.conn.execute(f"{_VIEW} WHERE i.id = ?", (intervention_id,)))
    return found[0] if found else None


def said_before(ws: Workspace, delegation_id: str, *, limit: int = 50,
                before: tuple[str, int] | None = None) -> list[InterventionView]:
    """What the delegation said (itself, or as the group spoken for), latest first; `before`
    (spoken_at, seq) leaves out what came after an entry."""
    sql = f"{_VIEW} WHERE (i.delegation_id = :d OR i.on_behalf_id = :d)"
    params: dict[str, object] = {"d": delegation_id, "limit": limit}
    if before is not None:
        sql += " AND (i.spoken_at < :at OR (i.spoken_at = :at AND i.seq < :seq))"
        params.update(at=before[0], seq=before[1])
    sql += " ORDER BY m.date DESC, m.time DESC, m.number DESC, i.seq DESC LIMIT :limit"
    return _views(ws, ws.conn.execute(sql, params))


def interventions_filtered(ws: Workspace, *, session_id: str | None = None, meeting_id: str | None = None,
                           delegation_id: str | None = None, provision_ids: Sequence[str] = ()) -> list[InterventionView]:
    """Interventions in spoken order, narrowed by any of the filters."""
    clauses, params = [], []
    for column, value in (("m.session_id", session_id), ("i.meeting_id", meeting_id)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if delegation_id is not None:
        clauses.append("(i.delegation_id = ? OR i.on_behalf_id = ?)")
        params += [delegation_id, delegation_id]
    if provision_ids:
        clauses.append(f"i.provision_id IN ({', '.join('?' for _ in provision_ids)})")
        params += list(provision_ids)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return _views(ws, ws.conn.execute(f"{_VIEW}{where} ORDER BY m.date, m.time, m.number, i.seq, i.rowid", params))


def interventions_of_proposal(ws: Workspace, proposal_id: str) -> list[Intervention]:
    rows = ws.conn.execute(
        """SELECT i.* FROM interventions i JOIN meetings m ON m.id = i.meeting_id WHERE i.proposal_id = ?
           ORDER BY m.date, m.time, m.number, i.seq""", (proposal_id,))
    return [from_row(Intervention, r) for r in rows]


def meeting_of_position(ws: Workspace, position_ids: Sequence[str]) -> dict[str, tuple[Meeting, Intervention]]:
    """position id -> the meeting and intervention it was heard in (for positions captured there)."""
    found: dict[str, tuple[Meeting, Intervention]] = {}
    for start in range(0, len(position_ids), 500):
        chunk = list(position_ids[start:start + 500])
        marks = ", ".join("?" for _ in chunk)
        rows = ws.conn.execute(
            f"""SELECT i.*, m.id AS m_id, m.session_id AS m_session, m.number AS m_number, m.date AS m_date,
                       m.time AS m_time, m.agenda_item AS m_item
                FROM interventions i JOIN meetings m ON m.id = i.meeting_id WHERE i.position_id IN ({marks})""", chunk)
        for row in rows:
            meeting = Meeting(id=row["m_id"], session_id=row["m_session"], number=row["m_number"], date=row["m_date"],
                              time=row["m_time"], agenda_item=row["m_item"])
            found[row["position_id"]] = (meeting, from_row(Intervention, row))
    return found


def spoken_on_version(ws: Workspace, version_id: str) -> tuple[list[Intervention], list[Proposal]]:
    """Every intervention on a provision of the version (itself, or through the proposal it spoke
    to), in spoken order, and the proposals on the version's provisions: two queries, whatever the
    number of provisions or delegations (packs read them once for a whole batch)."""
    interventions = [from_row(Intervention, r) for r in ws.conn.execute(
        """SELECT i.* FROM interventions i
           JOIN meetings m ON m.id = i.meeting_id
           LEFT JOIN proposals pr ON pr.id = i.proposal_id
           JOIN provisions p ON p.id = coalesce(i.provision_id, pr.provision_id)
           WHERE p.version_id = ? ORDER BY m.date, m.time, m.number, i.seq, i.rowid""", (version_id,))]
    proposals = [from_row(Proposal, r) for r in ws.conn.execute(
        """SELECT pr.* FROM proposals pr JOIN provisions p ON p.id = pr.provision_id
           WHERE p.version_id = ? ORDER BY pr.rowid""", (version_id,))]
    return interventions, proposals


def intervention_count(ws: Workspace) -> int:
    return int(ws.conn.execute("SELECT count(*) FROM interventions").fetchone()[0])



def proposal_roles_of(ws: Workspace, proposal: Proposal) -> dict[str, str]:
    """Delegation name -> its role in the proposal (domain.meetings.proposal_roles), for lists."""
    names = {d.id: d.name for d in ws.find(Delegation)}
    roles = proposal_roles(proposal, interventions_of_proposal(ws, proposal.id))
    return {names.get(d, d): role.value for d, role in roles.items()}
