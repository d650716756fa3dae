"""What goes into one delegation's briefing pack, and in which order. Pure: no I/O, no rendering.

`plan_pack(data, profile)` is the single gate between the workspace and a PDF: it drops every
record that is not shareable (internal/personal), every position of another delegation, and
anything that refers to a dropped record, so renderers can print whatever the plan holds.

Stances are read as the delegation's stance towards our ask on a provision: a position on one
of our amendments, or on the provision itself ("supports" = supports our ask there).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from briefing_app.domain.enums import AmendmentStatus, ConcernStatus, Stance
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
    CaseItem,
    ConcernItem,
    PackData,
    PackPlan,
    PackProfile,
    PackTemplate,
    PositionItem,
    Section,
)
from briefing_app.domain.redline import AmendmentTargetError, Segment, amendment_redline

__all__ = [
    "Alignment", "AmendmentItem", "CaseItem", "ConcernItem", "PackData", "PackPlan", "PackProfile",
    "PackTemplate", "PositionItem", "Section", "clip", "first_sentence", "plan_pack", "section_units",
    "shareable", "top_asks",
]

MAX_TOP_ASKS = 5
EXCERPT_CHARS = 420
LIVE_CONCERNS = (ConcernStatus.OPEN, ConcernStatus.PARTLY_ADDRESSED)
LIVE_AMENDMENTS = (AmendmentStatus.PROPOSED, AmendmentStatus.TABLED, AmendmentStatus.PARTLY_ADOPTED)


_ALIGNMENT_OF = {
    Stance.OPPOSES: Alignment.OPPOSING,
    Stance.UNDECIDED: Alignment.UNDECIDED,
    Stance.PROPOSES_TEXT: Alignment.UNDECIDED,
    Stance.UNKNOWN: Alignment.UNKNOWN,
    Stance.SUPPORTS: Alignment.SUPPORTIVE,
}


def shareable(records: Iterable[Record]) -> list[Record]:
    return [r for r in records if r.sensitivity.shareable_by_default]


def first_sentence(text: str, limit: int = 220) -> str:
    """The first sentence of `text` (or its first `limit` characters, cut at a word)."""
    flat = " ".join(text.split())
    match = re.search(r"(?<=[.!?。])\s", flat)
    sentence = flat[: match.start()] if match else flat
    return clip(sentence, limit)


def clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:") + "…"


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

    def org_name(self, org_id: str | None) -> str:
        org = self.orgs.get(org_id or "")
        return org.display_name if org else ""


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
    annexes = profile.template is PackTemplate.FULL  # the brief and talking points have no annexes
    numbers = _SourceNumbers(index.sources, annexes and profile.sources_annex)
    changes = dict(data.changes)
    sections = tuple(replace(_finish(d, index, numbers), change=changes.get(d.unit.id, "")) for d in chosen)
    cases = _cases_of(sections, index, numbers) if annexes and profile.evidence_annex else ()
    return PackPlan(
        profile=profile,
        delegation=replace(data.delegation, summary=""),  # our assessment of them: not for their eyes
        document_title=(data.document.short_title or data.document.title) if data.document else "",
        version_label=_version_label(data.version),
        date=profile.pack_date or data.data_as_of[:10],
        marking=profile.marking or f"For the delegation of {data.delegation.name}",
        issuers=_issuers(profile, index, sections),
        demo_notice=data.demo_notice,
        top_asks=top_asks(sections),
        sections=sections,
        cases=cases,
        sources=tuple(numbers.order),
        previous_version=data.previous_version,
    )


def _version_label(version: Version | None) -> str:
    if version is None:
        return ""
    parts = [version.label, version.symbol, version.date]
    return " · ".join(p for p in parts if p)


def _group_by_unit(provisions: Sequence[Provision], units: dict[str, Provision]) -> dict[Provision, list[str]]:
    grouped: dict[Provision, list[str]] = {}
    for p in provisions:
        grouped.setdefault(units[p.id], []).append(p.id)
    return grouped


@dataclass(frozen=True, slots=True)
class _Draft:
    unit: Provision
    order: int
    members: tuple[str, ...]
    concerns: tuple[Concern, ...]
    amendments: tuple[Amendment, ...]
    positions: tuple[Position, ...]
    alignment: Alignment
    pinned: bool


def _draft_section(unit: Provision, order: int, members: list[str], index: _Index,
                   profile: PackProfile) -> _Draft | None:
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
    amendments = tuple(a for a in index.amendments.values() if a.provision_id in member_set)
    amendment_ids = {a.id for a in amendments}
    positions = tuple(sorted(
        (p for p in index.positions
         if p.provision_id in member_set or p.amendment_id in amendment_ids),
        key=lambda p: (p.date, p.provision_id is None)))
    if not (shown or amendments or positions):
        return None
    return _Draft(unit, order, tuple(members), shown, amendments, positions,
                  _alignment(positions), pinned)


def _alignment(positions: Sequence[Position]) -> Alignment:
    """The latest recorded stance wins; on the same date the less supportive one."""
    if not positions:
        return Alignment.UNKNOWN
    latest = max(p.date for p in positions)
    return min((_ALIGNMENT_OF[p.stance] for p in positions if p.date == latest), key=lambda a: a.rank)


def _section_order(d: _Draft) -> tuple[int, int, int]:
    worst = max((c.severity.rank for c in d.concerns), default=0)
    return (d.alignment.rank, -worst, d.order)


def _finish(d: _Draft, index: _Index, numbers: _SourceNumbers) -> Section:
    label = d.unit.label
    concerns = tuple(
        ConcernItem(c, index.org_name(c.organization_id),
                    tuple(sorted(n for n in (numbers.number(s) for s in index.concern_sources.get(c.id, [])) if n)))
        for c in d.concerns)
    amendments = tuple(
        AmendmentItem(a, index.org_name(a.organization_id), _redline(a, index)) for a in d.amendments)
    positions = tuple(
        PositionItem(p, _subject(p, index), numbers.number(p.source_id)) for p in d.positions)
    return Section(
        unit=d.unit, label=label, excerpt=_excerpt(d.unit, d.members, index), alignment=d.alignment,
        worst=d.concerns[0].severity if d.concerns else None, concerns=concerns, amendments=amendments,
        positions=positions, talking_points=talking_points(d, index), pinned=d.pinned)


def _redline(a: Amendment, index: _Index) -> tuple[Segment, ...] | None:
    base = index.provisions[a.provision_id].text
    try:
        return tuple(amendment_redline(base, a.action, a.target_text, a.proposed_text))
    except AmendmentTargetError:
        return None


def _subject(p: Position, index: _Index) -> str:
    if p.amendment_id is not None:
        a = index.amendments[p.amendment_id]
        return f"amendment “{a.title}”" if a.title else f"amendment to {index.provisions[a.provision_id].label}"
    provision = index.provisions.get(p.provision_id or "")
    return provision.label if provision else ""


def _excerpt(unit: Provision, members: tuple[str, ...], index: _Index) -> str:
    text = unit.text
    if not text.strip():
        parts = [index.provisions[m] for m in members if m != unit.id]
        text = " ".join(f"({p.number}) {p.text}" if p.number else p.text for p in parts if p.text.strip())
    return clip(" ".join(text.split()), EXCERPT_CHARS)


def talking_points(d: _Draft, index: _Index) -> tuple[str, ...]:
    """Two or three sentences a delegate can use, built from the section's own records."""
    points: list[str] = []
    ask = d.amendments[0] if d.amendments else None
    top = d.concerns[0] if d.concerns else None
    if d.alignment is Alignment.SUPPORTIVE:
        points.append(f"Thank you for supporting our position on {d.unit.label}; "
                      "please hold firm and encourage like-minded delegations to join.")
    if top is not None:
        summary = first_sentence(top.summary)
        points.append(f"{top.title}." + (f" {summary}" if summary else ""))
    if ask is not None:
        reason = first_sentence(ask.rationale)
        name = f"“{ask.title}”" if ask.title else f"to {d.unit.label}"
        points.append(f"Support the amendment {name}." + (f" {reason}" if reason else ""))
    else:
        cases = [index.cases[c] for concern in d.concerns for c in index.concern_cases.get(concern.id, [])]
        if cases:
            case = cases[0]
            where = ", ".join(x for x in (case.country, case.date[:4]) if x)
            points.append(f"Documented case: {case.title}" + (f" ({where})." if where else "."))
    if d.alignment is Alignment.OPPOSING:
        points.append(f"We ask your delegation to reconsider its position on {d.unit.label} "
                      "in the light of the evidence in this pack.")
    elif d.alignment in (Alignment.UNDECIDED, Alignment.UNKNOWN):
        points.append(f"We invite your delegation to support these changes to {d.unit.label}.")
    limit = 2 if d.alignment is Alignment.SUPPORTIVE else 3
    return tuple(points[:limit])


def top_asks(sections: Sequence[Section], limit: int = MAX_TOP_ASKS) -> tuple[str, ...]:
    """Up to `limit` asks in priority order: one per section in pack order, then further amendments."""
    rounds: list[list[str]] = []
    for s in sections:
        asks = [f"{s.label}: {_ask_text(a.amendment)}" for a in s.amendments] or (
            [f"{s.label}: address the concern “{s.concerns[0].concern.title}”"] if s.concerns else [])
        for depth, ask in enumerate(asks):
            while len(rounds) <= depth:
                rounds.append([])
            rounds[depth].append(ask)
    return tuple([ask for round_ in rounds for ask in round_][:limit])


def _ask_text(a: Amendment) -> str:
    if a.title:
        return a.title
    verb = {"insert": "insert", "delete": "delete", "substitute": "replace with"}[a.action.value]
    return f"{verb} “{clip(a.proposed_text or a.target_text, 90)}”"


def _cases_of(sections: Sequence[Section], index: _Index, numbers: _SourceNumbers) -> tuple[CaseItem, ...]:
    seen: dict[str, Case] = {}
    for s in sections:
        for item in s.concerns:
            for cid in index.concern_cases.get(item.concern.id, []):
                seen.setdefault(cid, index.cases[cid])
    return tuple(CaseItem(c, numbers.number(c.source_id)) for c in seen.values())


def _issuers(profile: PackProfile, index: _Index, sections: Sequence[Section]) -> tuple[str, ...]:
    if profile.issuer_ids:
        return tuple(index.orgs[i].name for i in profile.issuer_ids if i in index.orgs)
    authors = {c.concern.organization_id for s in sections for c in s.concerns}
    authors |= {a.amendment.organization_id for s in sections for a in s.amendments}
    members = sorted((o for o in index.orgs.values() if o.coalition_member), key=lambda o: o.name)
    named = [o.name for o in members if o.id in authors]
    return tuple(named or [o.name for o in members])
