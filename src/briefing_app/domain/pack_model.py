"""The vocabulary of briefing packs: a profile (how to tailor), the data a pack may draw on, and
the plan (what goes in, in which order). Pure data; domain/tailoring.py makes plans."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from briefing_app.domain.enums import Severity
from briefing_app.domain.models import (
    Amendment,
    Case,
    Concern,
    Delegation,
    Document,
    Organization,
    Position,
    Provision,
    Source,
    Version,
)
from briefing_app.domain.redline import Segment


class PackTemplate(StrEnum):
    FULL = "full"
    BRIEF = "brief"
    TALKING_POINTS = "talking-points"


class Alignment(StrEnum):
    """Where the delegation stands on our ask; the order of the members is the pack's order."""

    OPPOSING = "opposing"
    UNDECIDED = "undecided"
    UNKNOWN = "no recorded position"
    SUPPORTIVE = "supportive"

    @property
    def rank(self) -> int:
        return list(Alignment).index(self)




@dataclass(frozen=True, slots=True)
class PackProfile:
    """How to tailor a pack; saved per delegation. Provisions are pinned/excluded by lineage id,
    so a profile keeps working when a new draft version arrives. Empty strings mean "from the data"."""

    delegation_id: str
    name: str = "Default"
    template: PackTemplate = PackTemplate.FULL
    min_severity: Severity = Severity.HIGH
    pinned: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    evidence_annex: bool = True
    sources_annex: bool = True
    version_id: str = ""
    pack_date: str = ""
    marking: str = ""
    issuer_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PackData:
    """Everything a pack may draw on, as read from the workspace (unfiltered: tailoring filters)."""

    delegation: Delegation
    document: Document | None
    version: Version | None
    provisions: tuple[Provision, ...]
    concerns: tuple[Concern, ...] = ()
    concern_provisions: tuple[tuple[str, str], ...] = ()
    amendments: tuple[Amendment, ...] = ()
    positions: tuple[Position, ...] = ()
    sources: tuple[Source, ...] = ()
    concern_sources: tuple[tuple[str, str], ...] = ()
    cases: tuple[Case, ...] = ()
    concern_cases: tuple[tuple[str, str], ...] = ()
    organizations: tuple[Organization, ...] = ()
    demo_notice: str = ""
    data_as_of: str = ""
    previous_version: str = ""  # label of the draft before `version`, if any
    changes: tuple[tuple[str, str], ...] = ()  # (provision id, what changed since previous_version)


@dataclass(frozen=True, slots=True)
class ConcernItem:
    concern: Concern
    organization: str
    source_numbers: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class AmendmentItem:
    """`segments` is the redline against the provision's text; None when the target passage is gone."""

    amendment: Amendment
    organization: str
    segments: tuple[Segment, ...] | None


@dataclass(frozen=True, slots=True)
class PositionItem:
    position: Position
    subject: str
    source_number: int | None


@dataclass(frozen=True, slots=True)
class Section:
    unit: Provision
    label: str
    excerpt: str
    alignment: Alignment
    worst: Severity | None
    concerns: tuple[ConcernItem, ...]
    amendments: tuple[AmendmentItem, ...]
    positions: tuple[PositionItem, ...]
    talking_points: tuple[str, ...]
    pinned: bool = False
    change: str = ""  # what changed in this provision since the previous draft ("" = nothing)

    @property
    def short(self) -> bool:
        """Supportive provisions get a short section: thanks and talking points, no redlines."""
        return self.alignment is Alignment.SUPPORTIVE

    @property
    def title(self) -> str:
        heading = self.unit.heading
        return f"{self.label}: {heading}" if heading and heading != self.label else self.label


@dataclass(frozen=True, slots=True)
class CaseItem:
    case: Case
    source_number: int | None


@dataclass(frozen=True, slots=True)
class PackPlan:
    profile: PackProfile
    delegation: Delegation
    document_title: str
    version_label: str
    date: str
    marking: str
    issuers: tuple[str, ...]
    demo_notice: str
    top_asks: tuple[str, ...]
    sections: tuple[Section, ...]
    cases: tuple[CaseItem, ...] = ()
    sources: tuple[Source, ...] = ()
    previous_version: str = ""

    @property
    def title(self) -> str:
        return f"Briefing for the delegation of {self.delegation.name}"
