"""Reads for the session report: one pass over the session's interventions, proposals and the
positions they recorded (domain/meeting_report.py holds the shapes and the matrix rule)."""

from __future__ import annotations

from collections.abc import Sequence

from briefing_app.domain.enums import Sensitivity, Stance
from briefing_app.domain.lexicon import describe_redline
from briefing_app.domain.meeting_report import (
    MatrixChange,
    ProvisionReport,
    ReportIntervention,
    ReportMeeting,
    ReportProposal,
    SessionReport,
    matrix_changes,
    names,
    speaker_text,
)
from briefing_app.domain.meetings import PositionFact, ProposalRole, ordinal, proposal_roles
from briefing_app.domain.models import Amendment, Delegation, Position, Provision, Session, Version
from briefing_app.store import queries
from briefing_app.store.meetings_store import (
    InterventionView,
    article_of,
    interventions_filtered,
    meetings_of,
    provision_labels,
    session_proposals,
)
from briefing_app.store.workspace import Workspace


def _allowed(include_internal: bool) -> set[Sensitivity]:
    allowed = {s for s in Sensitivity if s.shareable_by_default}
    return allowed | {Sensitivity.INTERNAL} if include_internal else allowed


def session_report(ws: Workspace, session: Session, *, include_internal: bool = False) -> SessionReport:
    """Everything the report shows; internal rows only with `include_internal`, personal never."""
    allowed = _allowed(include_internal)
    meetings = meetings_of(ws, session.id)
    views = [v for v in interventions_filtered(ws, session_id=session.id) if v.intervention.sensitivity in allowed]
    counts: dict[str, int] = {}
    for view in views:
        counts[view.intervention.meeting_id] = counts.get(view.intervention.meeting_id, 0) + 1
    report_meetings = tuple(
        ReportMeeting(f"{ordinal(m.number)} meeting" if m.number else "Meeting", m.date, m.time, m.agenda_item,
                      counts.get(m.id, 0)) for m in meetings)
    names_by_id = {d.id: d.name for d in ws.find(Delegation)}
    proposals = [p for p in session_proposals(ws, session.id) if p.sensitivity in allowed]
    by_provision: dict[str, list[ReportProposal]] = {}
    for proposal in proposals:
        roles = proposal_roles(proposal, [v.intervention for v in views if v.intervention.proposal_id == proposal.id])

        def who(role: ProposalRole, roles: dict[str, ProposalRole] = roles) -> tuple[str, ...]:
            return names(names_by_id.get(d, "?") for d, r in roles.items() if r is role)

        carried = [a.title or a.proposed_text[:60] for a in
                   (ws.get(Amendment, i) for i in ws.linked("proposal_amendments", left_id=proposal.id)) if a]
        by_provision.setdefault(proposal.provision_id, []).append(ReportProposal(
            proposal.number, describe_redline(proposal.action, proposal.target_text, proposal.proposed_text),
            names_by_id.get(proposal.sponsor_id or "", ""), who(ProposalRole.CO_SPONSOR), who(ProposalRole.SUPPORTER),
            who(ProposalRole.OPPONENT), proposal.status, proposal.status_date, tuple(carried)))
    changes = _changes(ws, session, views, allowed, names_by_id)
    grouped: dict[str, list[ReportIntervention]] = {}
    general: list[ReportIntervention] = []
    gists = {p.number: describe_redline(p.action, p.target_text, p.proposed_text) for p in proposals}
    for view in views:
        item = _item(view, gists)
        if view.intervention.provision_id is None:
            general.append(item)
        else:
            grouped.setdefault(view.intervention.provision_id, []).append(item)
    sections = []
    ordered = _reading_order(ws, {*grouped, *by_provision, *changes})
    labels = provision_labels(ws, (p.id for p in ordered))
    for provision in ordered:
        sections.append(ProvisionReport(
            labels.get(provision.id, provision.label), provision.heading, tuple(grouped.get(provision.id, [])),
            tuple(by_provision.get(provision.id, [])), tuple(changes.get(provision.id, []))))
    return SessionReport(session.name, session.number, session.place, session.start_date, session.end_date,
                         report_meetings, tuple(general), tuple(sections),
                         ws.get_meta("demo_notice") if ws.is_demo else "")


def _item(view: InterventionView, gists: dict[int, str]) -> ReportIntervention:
    i = view.intervention
    said = describe_redline(i.action, i.target_text, i.wording) if i.action is not None else (
        f"“{i.wording}”" if i.wording else "")
    if view.proposal_number and i.action is None and view.proposal_number in gists:
        said = " ".join(x for x in (f"on proposal ({gists[view.proposal_number]})", said) if x)
    return ReportIntervention(view.meeting.split(" (")[0], view.meeting.partition("(")[2].rstrip(")"), i.seq,
                              speaker_text(view.speaker, view.on_behalf, i.speaking_for), i.stance, said, i.note,
                              view.proposal_number, i.locator, i.illustrative)


def _reading_order(ws: Workspace, provision_ids: set[str]) -> list[Provision]:
    found = [p for p in (ws.get(Provision, i) for i in provision_ids) if p is not None]
    order: dict[str, tuple[int, int]] = {}
    for version_id in {p.version_id for p in found}:
        version = ws.get(Version, version_id)
        for index, provision in enumerate(queries.provisions_of(ws, version_id)):
            order[provision.id] = (version.seq if version else 0, index)
    return sorted(found, key=lambda p: order.get(p.id, (0, 0)))


def _changes(ws: Workspace, session: Session, views: Sequence[InterventionView], allowed: set[Sensitivity],
             names_by_id: dict[str, str]) -> dict[str, list[MatrixChange]]:
    """provision (article) id or amendment's provision id -> what the session changed in the matrix."""
    recorded = [ws.get(Position, v.intervention.position_id) for v in views if v.intervention.position_id]
    session_positions = [p for p in recorded if p is not None and p.sensitivity in allowed]
    from_session = {p.id for p in session_positions}
    cells: dict[tuple[str, str], list[PositionFact]] = {}
    subjects: dict[tuple[str, str], tuple[str, str]] = {}  # cell -> (provision id to list it under, subject)
    for position in session_positions:
        if position.amendment_id is not None:
            amendment = ws.get(Amendment, position.amendment_id)
            if amendment is None:
                continue
            cell = (position.delegation_id, amendment.id)
            subjects[cell] = (amendment.provision_id, f"amendment ‘{amendment.title or amendment.proposed_text[:50]}’")
        elif position.provision_id is not None:
            article = article_of(ws, position.provision_id)
            cell = (position.delegation_id, article)
            provision = ws.get(Provision, article)
            subjects[cell] = (article, provision.label if provision else "")
        else:
            continue
        if cell not in cells:
            cells[cell] = _cell_facts(ws, cell, position.amendment_id is not None, allowed)
    illustrative = {p.id for p in session_positions if p.illustrative}
    result: dict[str, list[MatrixChange]] = {}
    for change in matrix_changes(cells, from_session):
        where, subject = subjects[change.cell]
        result.setdefault(where, []).append(MatrixChange(
            names_by_id.get(change.cell[0], "?"), subject, change.before.stance if change.before else None,
            change.after.stance, change.after.date, change.after.id in illustrative))
    for items in result.values():
        items.sort(key=lambda c: (c.subject, c.delegation.casefold()))
    return result


def _cell_facts(ws: Workspace, cell: tuple[str, str], amendment: bool,
                allowed: set[Sensitivity]) -> list[PositionFact]:
    delegation, target = cell
    if amendment:
        rows = ws.conn.execute("SELECT id, stance, date, sensitivity FROM positions WHERE delegation_id = ? "
                               "AND amendment_id = ? ORDER BY rowid", (delegation, target))
    else:
        rows = ws.conn.execute(
            """WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT p.id FROM provisions p JOIN sub ON p.parent_id = sub.id)
               SELECT id, stance, date, sensitivity FROM positions WHERE delegation_id = ?
               AND provision_id IN (SELECT id FROM sub) ORDER BY rowid""", (target, delegation))
    return [PositionFact(r[0], Stance(r[1]), r[2]) for r in rows if Sensitivity(r[3]) in allowed]
