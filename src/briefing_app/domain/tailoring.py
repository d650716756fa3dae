"""What goes into one delegation's briefing pack, and in which order. Pure: no I/O, no rendering.

`plan_pack(data, profile)` is the single gate between the workspace and a PDF: it drops every
record that is not shareable (internal/personal), every position of another delegation, and
anything that refers to a dropped record, so renderers can print whatever the plan holds.

A position on a provision is a stance on its text as drafted; a position on one of our amendments
is a stance on our ask. The two are kept apart: the plan carries each recorded stance as it is,
and the sections' order (`Alignment`) reads them together without ever printing that reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefing_app.domain.enums import AmendmentAction, AmendmentStatus, ConcernStatus, Stance
from briefing_app.domain.models import (
    Amendment,
    Case,
    Concern,
    Organization,
    Position,
    Provision,
    Record,
    Source,
    Version,
)
from briefing_app.domain.pack_model import (
    Alignment,
    AmendmentItem,
    Ask,
    CaseItem,
    Change,
    ConcernItem,
    PackData,
    PackPlan,
    PackProfile,
    PackTemplate,
    PointKind,
    PositionItem,
    Section,
    Statement,
    StatementItem,
    TalkingPoint,
)
from briefing_app.domain.pack_text import clip, members_text
from briefing_app.domain.redline import (
    AmendmentTargetError,
    Segment,
    SegmentKind,
    amendment_redline,
    apply_amendment,
)
from briefing_app.domain.talking_points import SectionDraft, UsedPoints, talking_points, top_asks

__all__ = [
    "Alignment", "AmendmentItem", "Ask", "CaseItem", "Change", "ConcernItem", "PackData", "PackPlan",
    "PackProfile", "PackTemplate", "PointKind", "PositionItem", "Section", "Statement", "StatementItem",
    "TalkingPoint", "plan_pack",
    "section_units", "shareable", "top_asks",
]

# A pack is read by a diplomat between meetings: unless the profile asks for the complete pack, it
# covers the provisions most important for the delegation (the sections' order) and their most
# serious concerns and first amendments, and says how many more there are (issue #17 item 4). The
# demo's largest pack (35 provisions, 8 concerns on one) is within these.
MAX_SECTIONS = 40
MAX_CONCERNS = 8
MAX_AMENDMENTS = 4
MAX_STATEMENTS = 5  # a section cites the delegation's latest statements on it, and says how many more
EXCERPT_CHARS = 420
WORD_DIFF_CHARS = 20_000  # longer provision texts get a passage-level redline (a word diff is quadratic)
LIVE_CONCERNS = (ConcernStatus.OPEN, ConcernStatus.PARTLY_ADDRESSED)
LIVE_AMENDMENTS = (AmendmentStatus.PROPOSED, AmendmentStatus.TABLED, AmendmentStatus.PARTLY_ADOPTED)

# A stance on one of our amendments is a stance on our ask …
_ON_AMENDMENT = {
    Stance.OPPOSES: Alignment.AGAINST, Stance.UNDECIDED: Alignment.OPEN, Stance.PROPOSES_TEXT: Alignment.OPEN,
    Stance.UNKNOWN: Alignment.UNKNOWN, Stance.SUPPORTS: Alignment.WITH_US,
}
# … a stance on a provision is a stance on the wording our concerns are about.
_ON_TEXT = {
    Stance.SUPPORTS: Alignment.BACKS_TEXT, Stance.OPPOSES: Alignment.OPEN, Stance.UNDECIDED: Alignment.OPEN,
    Stance.PROPOSES_TEXT: Alignment.OPEN, Stance.UNKNOWN: Alignment.UNKNOWN,
}


def shareable(records: Iterable[Record]) -> list[Record]:
    return [r for r in records if r.sensitivity.shareable_by_default]


class _Index:
    """Shareable records of `data` by id, and the links between them."""

    def __init__(self, data: PackData) -> None:
        def keep(records: Iterable[Record]) -> dict[str, Record]:
            return {r.id: r for r in shareable(records)}

        self.orgs: dict[str, Organization] = keep(data.organizations)  # type: ignore[assignment]
        self.sources: dict[str, Source] = keep(data.sources)  # type: ignore[assignment]
        self.cases: dict[str, Case] = keep(data.cases)  # type: ignore[assignment]
        self.concerns: dict[str, Concern] = {
            c.id: c for c in shareable(data.concerns) if isinstance(c, Concern) and c.status in LIVE_CONCERNS}
        self.amendments: dict[str, Amendment] = {
            a.id: a for a in shareable(data.amendments)
            if isinstance(a, Amendment) and a.status in LIVE_AMENDMENTS}
        self.provisions = {p.id: p for p in data.provisions}
        self.provision_amendments: dict[str, list[Amendment]] = {}
        self.amendment_order = {a: n for n, a in enumerate(self.amendments)}  # ids in the data's order
        for a in self.amendments.values():
            self.provision_amendments.setdefault(a.provision_id, []).append(a)
        self.concern_sources = _pairs(data.concern_sources, self.concerns, self.sources)
        self.concern_cases = _pairs(data.concern_cases, self.concerns, self.cases)
        self.provision_concerns: dict[str, list[str]] = {}
        for concern_id, provision_id in data.concern_provisions:
            if concern_id in self.concerns and provision_id in self.provisions:
                self.provision_concerns.setdefault(provision_id, []).append(concern_id)
        self.positions = [
            p for p in shareable(data.positions)
            if isinstance(p, Position) and p.delegation_id == data.delegation.id
            and (p.amendment_id is None or p.amendment_id in self.amendments)]
        self.delegation_id = data.delegation.id
        self.statements = _statements(data, self.provisions)

    def cases_of(self, concerns: Iterable[Concern]) -> dict[str, list[Case]]:
        """Each concern's shareable documented cases, by concern id."""
        return {c.id: [self.cases[x] for x in self.concern_cases.get(c.id, [])] for c in concerns}

    def org_name(self, org_id: str | None) -> str:
        org = self.orgs.get(org_id or "")
        return org.display_name if org else ""


def _statements(data: PackData, provisions: dict[str, Provision]) -> dict[str, list[Statement]]:
    """Provision id -> the delegation's shareable statements on it (or on a proposal for it), in
    spoken order. A proposal that is not shareable is left out of the statement, not the statement."""
    by_provision: dict[str, list[Statement]] = {}
    who = data.delegation.id
    for said in sorted(data.statements, key=lambda s: s.order):
        i = said.intervention
        if who not in (i.delegation_id, i.on_behalf_id):
            continue
        if not (i.sensitivity.shareable_by_default and said.meeting.sensitivity.shareable_by_default):
            continue
        proposal = said.proposal if said.proposal and said.proposal.sensitivity.shareable_by_default else None
        where = i.provision_id or (proposal.provision_id if proposal else "")
        if where and where in provisions:
            by_provision.setdefault(where, []).append(replace(said, proposal=proposal))
    return by_provision


def _pairs(pairs: Iterable[tuple[str, str]], left: dict[str, Record] | dict[str, Concern],
           right: dict[str, Source] | dict[str, Case]) -> dict[str, list[str]]:
    linked: dict[str, list[str]] = {}
    for a, b in pairs:
        if a in left and b in right and b not in linked.get(a, []):
            linked.setdefault(a, []).append(b)
    return linked


def section_units(provisions: Sequence[Provision]) -> dict[str, Provision]:
    """Map each provision to the provision a section is about: itself, or its nearest non-paragraph
    ancestor (paragraphs are discussed inside their article)."""
    by_id = {p.id: p for p in provisions}
    units: dict[str, Provision] = {}
    for p in provisions:
        unit = p
        while unit.kind.is_paragraph_level and unit.parent_id in by_id:
            unit = by_id[unit.parent_id]
        units[p.id] = unit
    return units


class _SourceNumbers:
    """Numbers sources in order of first citation (footnote style)."""

    def __init__(self, sources: dict[str, Source], enabled: bool) -> None:
        self._sources = sources
        self._enabled = enabled
        self.order: list[Source] = []
        self._numbers: dict[str, int] = {}

    def number(self, source_id: str | None) -> int | None:
        if not self._enabled or source_id not in self._sources:
            return None
        assert source_id is not None
        if source_id not in self._numbers:
            self.order.append(self._sources[source_id])
            self._numbers[source_id] = len(self.order)
        return self._numbers[source_id]


def plan_pack(data: PackData, profile: PackProfile) -> PackPlan:
    """Select, order and phrase the pack's content for `profile.delegation_id` (see module doc)."""
    if profile.delegation_id != data.delegation.id:
        raise ValueError("the profile belongs to another delegation")
    index = _Index(data)
    units = section_units(data.provisions)
    drafts = [_draft_section(unit, order, members, index, profile)
              for order, (unit, members) in enumerate(_group_by_unit(data.provisions, units).items())]
    chosen = sorted((d for d in drafts if d is not None), key=_section_order)
    qualifying = len(chosen)
    if not profile.complete:
        chosen = _briefing_sized(chosen)
    annexes = profile.template is PackTemplate.FULL  # the brief and talking points have no annexes
    numbers = _SourceNumbers(index.sources, annexes and profile.sources_annex)
    changes = dict(data.changes)
    used = UsedPoints()
    sections = tuple(_finish(d, index, numbers, used, changes.get(d.unit.id)) for d in chosen)
    cases = _cases_of(sections, index, numbers) if annexes and profile.evidence_annex else ()
    return PackPlan(
        profile=profile,
        delegation=replace(data.delegation, summary=""),  # our assessment of them: not for their eyes
        document_title=(data.document.short_title or data.document.title) if data.document else "",
        version_label=_version_label(data.version),
        date=profile.pack_date or data.data_as_of[:10],
        marking=profile.marking,
        issuers=tuple(index.orgs[i].name for i in profile.issuer_ids if i in index.orgs),
        is_demo=data.is_demo,
        demo_notice=data.demo_notice,
        top_asks=top_asks(sections),
        sections=sections,
        cases=cases,
        sources=tuple(numbers.order),
        previous_version=data.previous_version,
        left_out=qualifying - len(chosen),
    )


def _briefing_sized(drafts: Sequence[SectionDraft]) -> list[SectionDraft]:
    """The first MAX_SECTIONS sections in pack order and every pinned one; each with its most
    serious MAX_CONCERNS concerns and first MAX_AMENDMENTS amendments (the counts of the others kept)."""
    out = []
    for d in (d for n, d in enumerate(drafts) if n < MAX_SECTIONS or d.pinned):
        stated = {p.amendment_id for p in d.positions}  # an amendment the delegation spoke to stays
        amendments = tuple(a for n, a in enumerate(d.amendments) if n < MAX_AMENDMENTS or a.id in stated)
        out.append(replace(d, concerns=d.concerns[:MAX_CONCERNS], amendments=amendments,
                           more_concerns=max(0, len(d.concerns) - MAX_CONCERNS),
                           more_amendments=len(d.amendments) - len(amendments)))
    return out


def _version_label(version: Version | None) -> str:
    if version is None:
        return ""
    parts = [version.label, version.symbol, version.date]
    return " · ".join(clip(" ".join(p.split()), 150) for p in parts if p.strip())  # one line: each part shows


def _group_by_unit(provisions: Sequence[Provision], units: dict[str, Provision]) -> dict[Provision, list[str]]:
    grouped: dict[Provision, list[str]] = {}
    for p in provisions:
        grouped.setdefault(units[p.id], []).append(p.id)
    return grouped


def _draft_section(unit: Provision, order: int, members: list[str], index: _Index,
                   profile: PackProfile) -> SectionDraft | None:
    if unit.lineage_id in profile.excluded or unit.id in profile.excluded:
        return None
    pinned = unit.lineage_id in profile.pinned or unit.id in profile.pinned
    seen: set[str] = set()
    concerns: list[Concern] = []
    for pid in members:
        for cid in index.provision_concerns.get(pid, []):
            if cid not in seen:
                seen.add(cid)
                concerns.append(index.concerns[cid])
    concerns.sort(key=lambda c: (-c.severity.rank, c.date, c.title))
    qualifying = [c for c in concerns if c.severity.at_least(profile.min_severity)]
    if not qualifying and not pinned:
        return None
    shown = tuple(concerns if pinned else qualifying)
    member_set = set(members)
    amendments = tuple(sorted((a for pid in member_set for a in index.provision_amendments.get(pid, [])),
                              key=lambda a: index.amendment_order[a.id]))
    amendment_ids = {a.id for a in amendments}
    positions = tuple(sorted(
        (p for p in index.positions
         if p.provision_id in member_set or p.amendment_id in amendment_ids),
        key=lambda p: (p.date, p.provision_id is None)))
    if not (shown or amendments or positions):
        return None
    stances = latest_stances(positions, unit.id)
    statements = tuple(sorted((s for pid in members for s in index.statements.get(pid, [])), key=lambda s: s.order))
    return SectionDraft(unit, order, tuple(members), shown, amendments, positions, stances, alignment(stances), pinned,
                  statements)


def latest_stances(positions: Sequence[Position], unit_id: str = "") -> tuple[Position, ...]:
    """The latest position per subject (a provision, or one of our amendments); the text of
    `unit_id` first, then its paragraphs, then amendments. On one date the less supportive wins."""
    latest: dict[str, Position] = {}
    for p in positions:
        key = p.amendment_id or p.provision_id or ""
        held = latest.get(key)
        if held is None or p.date > held.date or (p.date == held.date and _reading(p).rank < _reading(held).rank):
            latest[key] = p
    return tuple(sorted(latest.values(), key=lambda p: (
        p.amendment_id is not None, p.provision_id != unit_id, p.date)))


def _reading(p: Position) -> Alignment:
    return (_ON_AMENDMENT if p.amendment_id is not None else _ON_TEXT)[p.stance]


def alignment(stances: Sequence[Position]) -> Alignment:
    """The least supportive reading of the latest stances (see Alignment); UNKNOWN without any."""
    return min((_reading(p) for p in stances), key=lambda a: a.rank, default=Alignment.UNKNOWN)


def _section_order(d: SectionDraft) -> tuple[int, int, int]:
    worst = max((c.severity.rank for c in d.concerns), default=0)
    return (d.alignment.rank, -worst, d.order)


def _finish(d: SectionDraft, index: _Index, numbers: _SourceNumbers, used: UsedPoints, change: Change | None) -> Section:
    concerns = tuple(
        ConcernItem(c, index.org_name(c.organization_id),
                    tuple(sorted(n for n in (numbers.number(s) for s in index.concern_sources.get(c.id, [])) if n)))
        for c in d.concerns)
    amendments = tuple(
        AmendmentItem(a, index.org_name(a.organization_id), _redline(a, index)) for a in d.amendments)
    items = {p.id: _position_item(p, index, numbers) for p in d.positions}
    cited = d.statements[-MAX_STATEMENTS:]
    statements = tuple(StatementItem(
        s, index.provisions.get(s.intervention.provision_id or (s.proposal.provision_id if s.proposal else "")),
        numbers.number(s.meeting.source_id), by_member=s.intervention.delegation_id != index.delegation_id)
        for s in cited)
    return Section(
        unit=d.unit, excerpt=_excerpt(d.unit, d.members, index), alignment=d.alignment,
        worst=d.concerns[0].severity if d.concerns else None, concerns=concerns, amendments=amendments,
        positions=tuple(items[p.id] for p in d.positions), stances=tuple(items[p.id] for p in d.stances),
        talking_points=talking_points(d, index.cases_of(d.concerns), used), pinned=d.pinned, change=change,
        statements=statements, earlier_statements=len(d.statements) - len(cited),
        more_concerns=d.more_concerns, more_amendments=d.more_amendments)


def _position_item(p: Position, index: _Index, numbers: _SourceNumbers) -> PositionItem:
    amendment = index.amendments.get(p.amendment_id or "")
    provision = index.provisions.get(amendment.provision_id if amendment else p.provision_id or "")
    return PositionItem(p, provision, amendment, numbers.number(p.source_id))


def _redline(a: Amendment, index: _Index) -> tuple[Segment, ...] | None:
    """The amendment as a word-level redline; for very long texts (where a word diff would take
    minutes) the passage it replaces struck through and the new wording after it."""
    base = index.provisions[a.provision_id].text
    try:
        new = apply_amendment(base, a.action, a.target_text, a.proposed_text)
    except AmendmentTargetError:
        return None
    if len(base) + len(new) <= WORD_DIFF_CHARS:
        return tuple(amendment_redline(base, a.action, a.target_text, a.proposed_text))
    return tuple(s for s in _coarse_redline(base, a) if s.text)


def _coarse_redline(base: str, a: Amendment) -> list[Segment]:
    equal, delete, insert = SegmentKind.EQUAL, SegmentKind.DELETE, SegmentKind.INSERT
    target = a.target_text
    start = base.find(target) if target else 0
    end = start + len(target) if target else len(base)
    if a.action is AmendmentAction.INSERT:
        anchor = end if target else len(base)
        return [Segment(equal, base[:anchor]), Segment(insert, " " + a.proposed_text), Segment(equal, base[anchor:])]
    changed = [Segment(delete, base[start:end])]
    if a.action is AmendmentAction.SUBSTITUTE:
        changed.append(Segment(insert, a.proposed_text))
    return [Segment(equal, base[:start]), *changed, Segment(equal, base[end:])]


def _excerpt(unit: Provision, members: tuple[str, ...], index: _Index) -> str:
    """The provision's text, or its members' (each option on a line of its own: "Option 1: …")."""
    text = " ".join(unit.text.split())
    if not text:
        text = members_text([index.provisions[m] for m in members if m != unit.id])
    return clip(text, EXCERPT_CHARS)


def _cases_of(sections: Sequence[Section], index: _Index, numbers: _SourceNumbers) -> tuple[CaseItem, ...]:
    seen: dict[str, Case] = {}
    for s in sections:
        for item in s.concerns:
            for cid in index.concern_cases.get(item.concern.id, []):
                seen.setdefault(cid, index.cases[cid])
    return tuple(CaseItem(c, numbers.number(c.source_id)) for c in seen.values())
