"""The demo's session, meetings and interventions (resources/demo/meetings.toml) → records.

Each intervention is a capture line, read by the same grammar and rules as floor mode
(domain/capture.py, domain/meetings.py), so the demo also checks that they read real lines. Ids are
stable (uuid5 of the entry), the positions the lines stand for are the demo's own (positions.toml):
a line links to one with `position = true` instead of recording a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import Enum
from typing import Any, Protocol

from briefing_app.domain import models as m
from briefing_app.domain.capture import CaptureError, StatusEntry, parse_line
from briefing_app.domain.lexicon import Lexicon, ProposalRef, Speaker, provision_refs
from briefing_app.domain.meetings import MeetingContext, plan_capture, plan_status
from briefing_app.errors import UserError


class Reader(Protocol):
    """What demo._Reader offers (kept apart so demo.py stays under its size)."""

    corpus: Any
    place: str

    def fail(self, message: str) -> UserError: ...

    def ref(self, table: str, key: Any, *, optional: bool = True) -> str | None: ...

    def claim(self, table: str, entry: dict[str, Any]) -> str: ...

    def emit(self, record: m.Record) -> str: ...

    def common(self, entry: dict[str, Any]) -> dict[str, Any]: ...

    def enum(self, cls: type[Enum], value: Any, default: Enum) -> Any: ...


def read_meetings(r: Reader, data: dict[str, Any], stable_id: Callable[[str, str], str]) -> None:  # noqa: PLR0912, PLR0915
    records: list[m.Record] = r.corpus.records
    session_entry = data.get("session")
    if not session_entry:
        return
    session = m.Session(
        id=r.claim("sessions", session_entry), name=session_entry["name"], number=str(session_entry.get("number", "")),
        place=session_entry.get("place", ""), start_date=str(session_entry.get("start_date", "")),
        end_date=str(session_entry.get("end_date", "")), document_id=r.ref("documents", session_entry.get("document")),
        **r.common(session_entry))
    r.emit(session)
    meetings: dict[str, m.Meeting] = {}
    for entry in data.get("meetings", []):
        meeting = m.Meeting(
            id=r.claim("meetings", entry), session_id=session.id, number=int(entry.get("number", 0)),
            date=str(entry.get("date", "")), time=str(entry.get("time", "")), agenda_item=entry.get("agenda_item", ""),
            agenda=entry.get("agenda", ""), summary_url=entry.get("summary_url", ""),
            version_id=r.ref("versions", entry.get("version")), source_id=r.ref("sources", entry.get("source")),
            **r.common(entry))
        r.emit(meeting)
        meetings[entry["key"]] = meeting
    speakers = [Speaker.of(d) for d in records if isinstance(d, m.Delegation)]
    proposals: dict[str, m.Proposal] = {}
    lexicons: dict[str, Lexicon] = {}
    seqs: dict[str, int] = {}
    for n, entry in enumerate(data.get("interventions", []), start=1):
        r.place = f"meetings.toml interventions #{n}"
        found = meetings.get(entry.get("meeting", ""))
        if found is None:
            raise r.fail(f"unknown meeting {entry.get('meeting')!r}")
        meeting = found
        version = meeting.version_id or ""
        if version not in lexicons:
            provisions = [p for p in records if isinstance(p, m.Provision) and p.version_id == version]
            lexicons[version] = Lexicon(speakers, provision_refs(provisions), [], version)
        lexicon = lexicons[version]
        lexicon.set_proposals([ProposalRef.of(p) for p in proposals.values()])
        seqs[meeting.id] = seqs.get(meeting.id, 0) + 1
        ctx = MeetingContext(meeting, "", seqs[meeting.id], len(proposals) + 1)
        try:
            parsed = parse_line(entry["line"], lexicon)
        except CaptureError as error:
            raise r.fail(f"{entry['line']!r}: {error}") from None
        if isinstance(parsed, StatusEntry):
            seqs[meeting.id] -= 1
            stored = proposals[parsed.proposal.id]
            proposals[stored.id] = plan_status(parsed, stored, ctx)
            continue
        plan = plan_capture(parsed, ctx, lexicon)
        intervention = replace(plan.intervention, id=stable_id("interventions", f"{entry['meeting']}:{n}"),
                               position_id=None, illustrative=bool(entry.get("illustrative", False)),
                               **_stamps(r, entry))
        if plan.proposal is not None:
            tabled = replace(plan.proposal, id=stable_id("proposals", f"{session.id}:{plan.proposal.number}"),
                             **_stamps(r, entry))
            proposals[tabled.id] = tabled
            intervention = replace(intervention, proposal_id=tabled.id)
        if plan.promote is not None:
            proposals[plan.promote[0]] = replace(proposals[plan.promote[0]], status=plan.promote[1],
                                                 status_date=plan.promote[2])
        if entry.get("position"):
            intervention = replace(intervention, position_id=_position(r, records, intervention, meeting))
        r.emit(intervention)
    numbers = {p.number: p.id for p in proposals.values()}
    for entry in data.get("carries", []):
        r.place = f"meetings.toml carries proposal {entry.get('proposal')}"
        if entry.get("proposal") not in numbers:
            raise r.fail("no such proposal number in the session")
        amendment = r.ref("amendments", entry.get("amendment"), optional=False)
        assert amendment is not None
        proposal_id = numbers[entry["proposal"]]
        r.corpus.links.setdefault("proposal_amendments", []).append((proposal_id, amendment))
        if entry.get("note"):
            proposals[proposal_id] = replace(proposals[proposal_id], note=str(entry["note"]))
    for proposal in proposals.values():
        r.emit(proposal)  # insert_many writes them before the interventions (table order)


def _stamps(r: Reader, entry: dict[str, Any]) -> dict[str, Any]:
    common = r.common(entry)
    return {key: common[key] for key in ("sensitivity", "origin", "created_at", "updated_at")}


def _position(r: Reader, records: list[m.Record], intervention: m.Intervention, meeting: m.Meeting) -> str:
    """The demo position this line stands for: same delegation (or group spoken for), the line's
    provision or one of its paragraphs, citing the meeting's report."""
    who = intervention.on_behalf_id or intervention.delegation_id
    parents = {p.id: p.parent_id for p in records if isinstance(p, m.Provision)}
    for record in records:
        if (isinstance(record, m.Position) and record.delegation_id == who and record.source_id == meeting.source_id
                and record.provision_id is not None
                and intervention.provision_id in (record.provision_id, parents.get(record.provision_id))):
            return record.id
    raise r.fail(f"no demo position of that delegation on that provision cites the meeting's report "
                 f"({intervention.line!r})")
