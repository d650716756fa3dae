"""The vocabulary of briefing packs: a profile (how to tailor), the data a pack may draw on, and
the plan (what goes in, in which order). Pure data; domain/tailoring.py makes plans.

A plan holds records and structured facts, never our own sentences: the pack's words (headings,
labels, stance names, talking-point frames) are chosen by the renderer in the pack's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from briefing_app.domain.enums import Severity, Stance
from briefing_app.domain.languages import pack_language
from briefing_app.domain.models import (
    Amendment,
    Case,
    Concern,
    Delegation,
    Document,
    Intervention,
    Meeting,
    Organization,
    Position,
    Proposal,
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
    """How far a delegation's recorded stances on a provision are from our asks there. It orders
    the sections (members in pack order) and frames the talking points; the pack itself prints
    the recorded stances, never this reading of them."""

    AGAINST = "against"  # opposes one of our amendments
    BACKS_TEXT = "backs-text"  # supports the wording our concerns are about
    OPEN = "open"  # undecided, proposes its own text, or opposes the text as drafted
    UNKNOWN = "unknown"  # no recorded position
    WITH_US = "with-us"  # supports our amendments, nothing recorded against them

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
    complete: bool = False  # every qualifying provision and concern; else the pack stays briefing-sized
    language: str = ""  # one of domain.languages.PACK_LANGUAGES; "" = the delegation's first working language


class ChangeKind(StrEnum):
    """What happened to a provision since the previous draft (as the pack reports it)."""

    ADDED = "added"
    RENUMBERED = "renumbered"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class Change:
    """A provision's history since the `previous` draft (its label); `was` is the provision as it
    was numbered there when the number changed; `note` is the user's note on the mapping."""

    kind: ChangeKind
    previous: str
    ratio: float = 0.0
    was: Provision | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Statement:
    """What a delegation said when it (or a member speaking for it) took the floor: an intervention
    as captured in a meeting, with the meeting, its session's name, who spoke and the state proposal
    the intervention tabled, backed or opposed."""

    intervention: Intervention
    meeting: Meeting
    session: str = ""
    speaker: str = ""  # the delegation that took the floor
    group: str = ""  # the group it spoke for, if any
    proposal: Proposal | None = None

    @property
    def order(self) -> tuple[str, str, int, int]:
        return (self.meeting.date, self.meeting.time, self.meeting.number, self.intervention.seq)


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
    is_demo: bool = False  # made from the demo corpus: the pack says so on its first page
    demo_notice: str = ""  # the demo workspace's own notice, as written ("" = the standard one)
    data_as_of: str = ""
    previous_version: str = ""  # label of the draft before `version`, if any
    changes: tuple[tuple[str, Change], ...] = ()  # (provision id, what changed since previous_version)
    statements: tuple[Statement, ...] = ()  # what the delegation said in meetings (any provision)


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
    """A recorded position and what it is about: a provision (`provision`) or one of our
    amendments (`amendment`, with the provision it amends)."""

    position: Position
    provision: Provision | None
    amendment: Amendment | None
    source_number: int | None

    @property
    def stance(self) -> Stance:
        return self.position.stance

    @property
    def subject_key(self) -> str:
        return self.position.amendment_id or self.position.provision_id or ""


@dataclass(frozen=True, slots=True)
class StatementItem:
    """A statement in a section: `provision` is the provision spoken on (the unit or one of its
    paragraphs); `source_number` the meeting's source in the sources annex."""

    statement: Statement
    provision: Provision | None
    source_number: int | None = None
    by_member: bool = False  # a member spoke for the pack's delegation (a group), not the delegation itself


class PointKind(StrEnum):
    """The talking-point frames; the renderer words each one (with the values of the point)."""

    THANKS = "thanks"  # they support our `amendment`
    RECONSIDER = "reconsider"  # they oppose our `amendment`
    WEIGH_CONCERNS = "weigh-concerns"  # they support the text as drafted
    SUPPORT_CHANGES = "support-changes"  # they oppose the text as drafted
    OWN_TEXT = "own-text"  # they proposed their own text
    INVITE = "invite"  # undecided, or no recorded position
    CONCERN = "concern"  # `text`: one complete sentence of a concern's summary, as written
    CONCERN_TITLE = "concern-title"  # `text`: a concern's title (its summary has no short sentence)
    AMENDMENT = "amendment"  # support our `amendment`; `text`: a complete sentence of its rationale
    CASE = "case"  # `text`: a documented case's title; `where`: its country and year


@dataclass(frozen=True, slots=True)
class TalkingPoint:
    kind: PointKind
    amendment: Amendment | None = None
    text: str = ""
    where: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    unit: Provision
    excerpt: str
    alignment: Alignment
    worst: Severity | None
    concerns: tuple[ConcernItem, ...]
    amendments: tuple[AmendmentItem, ...]
    positions: tuple[PositionItem, ...]  # every recorded position, oldest first
    stances: tuple[PositionItem, ...]  # the latest position per subject: the provision's text first
    talking_points: tuple[TalkingPoint, ...]
    pinned: bool = False
    change: Change | None = None  # what changed in this provision since the previous draft
    statements: tuple[StatementItem, ...] = ()  # what the delegation said on it, the latest few, oldest first
    earlier_statements: int = 0  # how many older ones the section leaves out
    more_concerns: int = 0  # qualifying concerns left out to keep the pack briefing-sized
    more_amendments: int = 0  # our amendments to it left out, likewise

    @property
    def short(self) -> bool:
        """Provisions where the delegation backs our amendments get a short section: thanks and
        talking points, no redlines."""
        return self.alignment is Alignment.WITH_US

    @property
    def text_stances(self) -> tuple[PositionItem, ...]:
        return tuple(s for s in self.stances if s.amendment is None)

    @property
    def amendment_stances(self) -> tuple[PositionItem, ...]:
        return tuple(s for s in self.stances if s.amendment is not None)


@dataclass(frozen=True, slots=True)
class Ask:
    """One of the executive summary's top asks: adopt `amendment`, or address `concern` when the
    provision has no amendment of ours."""

    unit: Provision
    amendment: Amendment | None = None
    concern: Concern | None = None


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
    marking: str  # the profile's own marking; "" = the standard one, worded by the renderer
    issuers: tuple[str, ...]
    is_demo: bool
    demo_notice: str
    top_asks: tuple[Ask, ...]
    sections: tuple[Section, ...]
    cases: tuple[CaseItem, ...] = ()
    sources: tuple[Source, ...] = ()
    previous_version: str = ""
    left_out: int = 0  # qualifying provisions not in the pack (briefing-sized); the complete pack has them

    @property
    def language(self) -> str:
        """The language of the pack's own words (domain.languages.pack_language)."""
        return pack_language(self.profile.language, self.delegation.languages)

    def content_texts(self) -> list[str]:
        """The user's own words the pack quotes (concern titles and summaries, amendment titles,
        rationales and proposed text): what content_language reads."""
        out: list[str] = []
        for s in self.sections:
            out += [x for c in s.concerns for x in (c.concern.title, c.concern.summary)]
            out += [x for a in s.amendments
                    for x in (a.amendment.title, a.amendment.rationale, a.amendment.proposed_text)]
        return out
