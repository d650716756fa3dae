"""`session`, `meeting`, `capture`, `intervention` and `proposal`: the room without a screen."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefing_app.cli.common import CliError, add_command, print_json, terminal_text, workspace
from briefing_app.cli.lookup import find_delegation
from briefing_app.domain.capture import CaptureError, split_provision
from briefing_app.domain.enums import Sensitivity
from briefing_app.domain.lexicon import LookupFailed, describe_redline
from briefing_app.domain.meetings import (
    CapturePlan,
    agenda_refs,
    meeting_label,
    meeting_with_source,
)
from briefing_app.domain.models import Amendment, Delegation, Meeting, Proposal, Session, Version
from briefing_app.meetings.report import report_csv, report_pdf
from briefing_app.packs.build import write_atomically
from briefing_app.store import meetings_store as ms
from briefing_app.store.meetings_report_store import session_report
from briefing_app.store.workspace import Workspace


def _group(commands: Any, name: str, text: str) -> argparse.ArgumentParser:
    from briefing_app.cli import add_workspace_options  # the package imports this module first

    parser: argparse.ArgumentParser = commands.add_parser(name, help=text, description=text)
    add_workspace_options(parser)
    return parser


def register(commands: Any) -> None:  # noqa: PLR0915
    session = _group(commands, "session", "Negotiating sessions: add, list, report.")
    sub = session.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    add = add_command(sub, "add", "Add a session (its meetings are added with `meeting add`).", run_session_add)
    add.add_argument("--name", required=True, help='e.g. "Reconvened concluding session"')
    add.add_argument("--number", default="", help='as the body numbers it: "8"')
    add.add_argument("--place", default="")
    add.add_argument("--start", default="", metavar="DATE", help="first day, YYYY-MM-DD")
    add.add_argument("--end", default="", metavar="DATE", help="last day, YYYY-MM-DD")
    _sensitivity(add)
    add.add_argument("--json", action="store_true", help="machine-readable output")
    listing = add_command(sub, "list", "List sessions with their meetings.", run_session_list)
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    report = add_command(sub, "report", "Write the session report: per provision, who intervened, proposals "
                         "and their sponsors, and what changed in the matrix.", run_session_report)
    report.add_argument("--session", help="number, name or id (default: the most recent)")
    report.add_argument("--pdf", type=Path, metavar="FILE", help="write the PDF report here")
    report.add_argument("--csv", type=Path, metavar="FILE", help="write the report as CSV for spreadsheets here")
    report.add_argument("--include-internal", action="store_true", help="also internal records (marked on every page)")

    meeting = _group(commands, "meeting", "Meetings of a session: add, list.")
    msub = meeting.add_subparsers(dest="meeting_command", metavar="ACTION", required=True)
    madd = add_command(msub, "add", "Add a meeting to a session; positions captured in it cite it.", run_meeting_add)
    madd.add_argument("--session", help="number, name or id (default: the most recent)")
    madd.add_argument("--number", type=int, help="meeting number (default: the next one)")
    madd.add_argument("--date", required=True, help="YYYY-MM-DD")
    madd.add_argument("--time", default="", help="local time, HH:MM")
    madd.add_argument("--agenda-item", default="", help="the agenda item as the journal words it")
    madd.add_argument("--agenda", default="", help='provisions in the chair\'s order: "14, 15(2), 16-21"')
    madd.add_argument("--summary-url", default="", help="the official summary or journal entry")
    madd.add_argument("--version", help="label of the draft on the table (default: the latest)")
    _sensitivity(madd, "default: the session's")
    madd.add_argument("--json", action="store_true", help="machine-readable output")
    mlist = add_command(msub, "list", "List the meetings of a session.", run_meeting_list)
    mlist.add_argument("--session", help="number, name or id (default: the most recent)")
    mlist.add_argument("--json", action="store_true", help="machine-readable output")

    capture = add_command(commands, "capture", "Record interventions typed as capture lines, e.g. "
                          "\"KE 14.2 opp delete 'may'\" (docs/floor-mode.md).", run_capture)
    capture.add_argument("lines", nargs="+", metavar="LINE", help="one intervention per argument; - reads lines from stdin")
    capture.add_argument("--meeting", required=True, help="meeting number in the session, or its id")
    capture.add_argument("--session", help="number, name or id (default: the most recent)")
    capture.add_argument("--provision", help="the provision lines without a number are about, e.g. 14.2")
    capture.add_argument("--dry-run", action="store_true", help="show what each line would record; write nothing")
    capture.add_argument("--json", action="store_true", help="machine-readable output")

    intervention = _group(commands, "intervention", "Captured interventions: list.")
    isub = intervention.add_subparsers(dest="intervention_command", metavar="ACTION", required=True)
    ilist = add_command(isub, "list", "List interventions in spoken order.", run_intervention_list)
    ilist.add_argument("--session", help="number, name or id (default: the most recent)")
    ilist.add_argument("--meeting", help="only this meeting (number or id)")
    ilist.add_argument("--delegation", help="only what this delegation said (code or name)")
    ilist.add_argument("--json", action="store_true", help="machine-readable output")

    proposal = _group(commands, "proposal", "States' proposals: list, link to our amendments.")
    psub = proposal.add_subparsers(dest="proposal_command", metavar="ACTION", required=True)
    plist = add_command(psub, "list", "List a session's proposals with sponsor, co-sponsors, supporters, "
                        "opponents and status.", run_proposal_list)
    plist.add_argument("--session", help="number, name or id (default: the most recent)")
    plist.add_argument("--json", action="store_true", help="machine-readable output")
    for name, handler, text in (("link", run_proposal_link, "Record that a proposal carries one of our amendments."),
                                ("unlink", run_proposal_unlink, "Remove such a link.")):
        link = add_command(psub, name, text, handler)
        link.add_argument("number", type=int, help="the proposal's number (#4 is 4)")
        link.add_argument("--amendment", required=True, help="the amendment's id")
        link.add_argument("--session", help="number, name or id (default: the most recent)")


def _sensitivity(parser: argparse.ArgumentParser, default: str = "default: public") -> None:
    parser.add_argument("--sensitivity", choices=[s.value for s in Sensitivity], help=f"who may see it ({default})")


def safe(text: object) -> str:
    return terminal_text(str(text))


def _session(ws: Workspace, key: str | None) -> Session:
    try:
        return ms.find_session(ws, key)
    except ms.MeetingNotFound as error:
        raise CliError(str(error)) from error


def _meeting(ws: Workspace, key: str, session: str | None) -> Meeting:
    try:
        return ms.find_meeting(ws, key, session)
    except ms.MeetingNotFound as error:
        raise CliError(str(error)) from error


def _date(value: str, option: str) -> str:
    if value:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise CliError(f"{option} must be a date such as 2024-08-02, not {value!r}.") from None
    return value


# -- sessions ------------------------------------------------------------------------------------
def run_session_add(args: argparse.Namespace) -> int:
    start, end = _date(args.start, "--start"), _date(args.end, "--end")
    if start and end and end < start:
        raise CliError("--end is before --start.")
    if not args.name.strip():
        raise CliError("--name must not be empty.")
    with workspace(args) as ws:
        session = ws.insert(Session(name=args.name.strip(), number=args.number, place=args.place, start_date=start,
                                    end_date=end, sensitivity=Sensitivity(args.sensitivity or "public")))
    if args.json:
        print_json({"id": session.id, "name": session.name})
    else:
        print(f"Added session {safe(session.name)} ({session.id}).")
    return 0


def run_session_list(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        data = [(s, ms.meetings_of(ws, s.id)) for s in ms.sessions(ws)]
    if args.json:
        print_json([{"id": s.id, "name": s.name, "number": s.number, "place": s.place, "start_date": s.start_date,
                     "end_date": s.end_date, "meetings": [_meeting_json(m) for m in meetings]} for s, meetings in data])
        return 0
    if not data:
        print("No sessions yet. Add one with: briefing-app session add --name NAME")
    for session, meetings in data:
        dates = " – ".join(d for d in (session.start_date, session.end_date) if d)
        print(safe(" · ".join(x for x in (session.name, session.place, dates) if x)))
        for meeting in meetings:
            print(safe(f"  {meeting_label(meeting)} {meeting.time} {meeting.agenda_item}".rstrip()))
    return 0


def _meeting_json(m: Meeting) -> dict[str, Any]:
    return {"id": m.id, "number": m.number, "date": m.date, "time": m.time, "agenda_item": m.agenda_item,
            "agenda": m.agenda, "summary_url": m.summary_url, "version_id": m.version_id, "source_id": m.source_id}


def run_session_report(args: argparse.Namespace) -> int:
    if args.pdf is None and args.csv is None:
        raise CliError("Say where to write the report: --pdf FILE, --csv FILE or both.")
    with workspace(args) as ws:
        session = _session(ws, args.session)
        report = session_report(ws, session, include_internal=args.include_internal)
    written = []
    try:
        if args.pdf is not None:
            pdf, pages = report_pdf(report, internal=args.include_internal)
            write_atomically(args.pdf, pdf)
            written.append(f"{args.pdf} ({pages} page{'s' if pages != 1 else ''})")
        if args.csv is not None:
            write_atomically(args.csv, report_csv(report))
            written.append(str(args.csv))
    except OSError as error:
        raise CliError(f"Cannot write the report: {error.strerror or error}") from error
    print(safe(f"Session report for {report.name}: {report.intervention_count} interventions → " + ", ".join(written)))
    return 0


# -- meetings ------------------------------------------------------------------------------------
def run_meeting_add(args: argparse.Namespace) -> int:
    date = _date(args.date, "--date")
    with workspace(args) as ws:
        session = _session(ws, args.session)
        version_id = None
        if args.version:
            found = ws.find(Version, label=args.version)
            if not found:
                labels = ", ".join(v.label for v in ws.find(Version, order_by="seq"))
                raise CliError(f"No draft labelled {args.version!r} (drafts: {labels}).")
            version_id = found[-1].id
        number = args.number if args.number is not None else ms.next_meeting_number(ws, session.id)
        if number < 1:
            raise CliError("--number must be 1 or more.")
        meeting = Meeting(session_id=session.id, number=number, date=date, time=args.time, agenda_item=args.agenda_item,
                          agenda=args.agenda, summary_url=args.summary_url, version_id=version_id,
                          sensitivity=Sensitivity(args.sensitivity) if args.sensitivity else session.sensitivity)
        if meeting.version_id is None:
            latest = ms.meeting_version(ws, meeting)
            meeting = replace(meeting, version_id=latest.id if latest else None)
        source, meeting = meeting_with_source(session, meeting)
        with ws.transaction():
            if source is not None:
                ws.insert(source)
            meeting = ws.insert(meeting)
        _, problems = _agenda(ws, meeting)
    if args.json:
        print_json({**_meeting_json(meeting), "agenda_problems": problems})
    else:
        print(safe(f"Added the {meeting_label(meeting)} to {session.name} ({meeting.id})."))
        if problems:
            print(safe(f"Not in the draft, left off the agenda: {', '.join(problems)}"))
    return 0


def _agenda(ws: Workspace, meeting: Meeting) -> tuple[list[str], list[str]]:
    refs, problems = agenda_refs(meeting.agenda, ms.lexicon_for(ws, meeting))
    return [r.label for r in refs], problems


def run_meeting_list(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        session = _session(ws, args.session)
        meetings = ms.meetings_of(ws, session.id)
    if args.json:
        print_json([_meeting_json(m) for m in meetings])
        return 0
    print(safe(session.name))
    for meeting in meetings:
        print(safe(f"  {meeting_label(meeting)} {meeting.time} {meeting.agenda_item}".rstrip()))
    return 0


# -- capture ---------------------------------------------------------------------------------------
def _lines(values: Iterable[str]) -> list[str]:
    lines: list[str] = []
    for value in values:
        if value == "-":
            lines += [line for line in sys.stdin.read().splitlines() if line.strip()]
        else:
            lines.append(value)
    return lines


def run_capture(args: argparse.Namespace) -> int:
    lines = _lines(args.lines)
    results: list[dict[str, Any]] = []
    with workspace(args) as ws:
        meeting = _meeting(ws, args.meeting, args.session)
        lexicon = ms.lexicon_for(ws, meeting)
        current = None
        if args.provision:
            path = split_provision(args.provision)
            try:
                current = lexicon.provision(path)[0] if path else None
            except LookupFailed as error:
                raise CliError(str(error)) from error
            if current is None:
                raise CliError(f"--provision {args.provision!r} is not a provision number such as 14 or 14.2.")
        failed = 0
        for number, line in enumerate(lines, start=1):
            ctx = ms.context_for(ws, meeting)
            try:
                plan = ms.plan_line(ws, lexicon, ctx, line, current)
            except CaptureError as error:
                failed += 1
                results.append({"line": line, "error": str(error), "at": [error.start, error.end]})
                continue
            if not args.dry_run:
                ms.apply_writes(ws, ms.writes_of(ws, plan))
                lexicon = ms.lexicon_for(ws, meeting) if isinstance(plan, ms.StatusPlan) or plan.proposal else lexicon
            results.append({"line": line, **_describe(plan, number)})
    if args.json:
        print_json(results)
    else:
        for result in results:
            mark = "✗" if "error" in result else ("·" if args.dry_run else "✓")
            print(safe(f"{mark} {result['line']}"))
            for text in ([result["error"]] if "error" in result else result["effects"]):
                print(safe(f"    {text}"))
    if failed:
        print(f"briefing-app: error: {failed} of {len(lines)} line(s) not recorded", file=sys.stderr)
        return 1
    return 0


def _describe(plan: CapturePlan | ms.StatusPlan, number: int) -> dict[str, Any]:
    if isinstance(plan, ms.StatusPlan):
        return {"proposal": plan.after.number, "status": plan.after.status.value,
                "effects": [f"proposal #{plan.entry.proposal.number} is now {plan.entry.status.label}"]}
    i = plan.intervention
    effects = [f"{i.stance.value} · seq {i.seq}"]
    if plan.proposal is not None:
        effects.append(f"tables proposal #{plan.proposal.number}: "
                       f"{describe_redline(plan.proposal.action, plan.proposal.target_text, plan.proposal.proposed_text)}")
    elif plan.joined is not None and plan.role is not None:
        effects.append(f"{plan.role.value} of proposal #{plan.joined.number}: {plan.joined.gist}")
    if plan.promote is not None:
        effects.append(f"proposal #{plan.proposal_number} is now {plan.promote[1].label}")
    if plan.position is not None:
        stance = plan.position.stance.value
        if plan.previous is None:
            effects.append(f"position: {stance} (heard in the room)")
        elif plan.previous.stance is plan.position.stance:
            effects.append(f"position: {stance} again (heard in the room)")
        else:
            effects.append(f"position: {plan.previous.stance.value} → {stance} (heard in the room)")
    if plan.later is not None:
        effects.append(f"a later position stays current ({plan.later.stance.value}, {plan.later.date}"
                       + (f", {plan.later.source}" if plan.later.source else "") + "): no position recorded")
    effects += list(plan.warnings)
    return {"intervention_id": i.id, "seq": i.seq, "stance": i.stance.value, "position_id": i.position_id,
            "proposal_id": i.proposal_id, "effects": effects}


# -- listing ---------------------------------------------------------------------------------------
def run_intervention_list(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        session = _session(ws, args.session)
        meeting = _meeting(ws, args.meeting, session.id) if args.meeting else None
        delegation_id = find_delegation(ws, args.delegation).id if args.delegation else None
        views = ms.interventions_filtered(ws, session_id=session.id, meeting_id=meeting.id if meeting else None,
                                          delegation_id=delegation_id)
    if args.json:
        print_json([{"id": v.intervention.id, "meeting": v.meeting, "seq": v.intervention.seq,
                     "delegation": v.speaker, "on_behalf": v.on_behalf, "speaking_for": v.intervention.speaking_for,
                     "provision": v.provision, "locator": v.intervention.locator, "stance": v.intervention.stance.value,
                     "proposal": v.proposal_number or None, "wording": v.intervention.wording,
                     "note": v.intervention.note, "line": v.intervention.line,
                     "position": v.position_stance.value if v.position_stance else None,
                     "illustrative": v.intervention.illustrative} for v in views])
        return 0
    for v in views:
        who = f"{v.speaker} for {v.on_behalf}" if v.on_behalf else v.speaker
        print(safe(f"{v.meeting} #{v.intervention.seq:<3} {who}: {v.intervention.stance.value} "
                   f"{v.provision} {v.intervention.note}".rstrip()))
    return 0


def run_proposal_list(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        session = _session(ws, args.session)
        rows = [(p, ms.proposal_roles_of(ws, p), ws.linked("proposal_amendments", left_id=p.id))
                for p in ms.session_proposals(ws, session.id)]
        sponsors = {p.id: ws.get(Delegation, p.sponsor_id) if p.sponsor_id else None for p, _, _ in rows}
    if args.json:
        print_json([{"id": p.id, "number": p.number, "status": p.status.value, "status_date": p.status_date,
                     "action": p.action.value, "target_text": p.target_text, "proposed_text": p.proposed_text,
                     "sponsor": sponsor.name if (sponsor := sponsors[p.id]) else "", "roles": roles,
                     "amendments": carried} for p, roles, carried in rows])
        return 0
    if not rows:
        print(safe(f"No proposals in {session.name} yet."))
    for proposal, roles, _ in rows:
        print(safe(f"#{proposal.number} {describe_redline(proposal.action, proposal.target_text, proposal.proposed_text)}"
                   f" — {proposal.status.label}"))
        for role in ("sponsor", "co-sponsor", "supporter", "opponent"):
            who = sorted(name for name, r in roles.items() if r == role)
            if who:
                print(safe(f"    {role}s: {', '.join(who)}" if role != "sponsor" else f"    sponsor: {who[0]}"))
    return 0


def _proposal(ws: Workspace, number: int, session_key: str | None) -> Proposal:
    session = _session(ws, session_key)
    for proposal in ms.session_proposals(ws, session.id):
        if proposal.number == number:
            return proposal
    raise CliError(f"No proposal #{number} in {session.name}.")


def run_proposal_link(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        proposal = _proposal(ws, args.number, args.session)
        if ws.get(Amendment, args.amendment) is None:
            raise CliError(f"No amendment with id {args.amendment}.")
        added = ws.link("proposal_amendments", proposal.id, args.amendment)
    print(f"Proposal #{proposal.number} {'now carries' if added else 'already carried'} amendment {args.amendment}.")
    return 0


def run_proposal_unlink(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        proposal = _proposal(ws, args.number, args.session)
        removed = ws.unlink("proposal_amendments", proposal.id, args.amendment, tombstone=False)
    print(f"Proposal #{proposal.number} {'no longer carries' if removed else 'did not carry'} amendment {args.amendment}.")
    return 0

