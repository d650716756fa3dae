"""Plain records of the workspace. Field names equal the SQLite column names (docs/schema.md).

Records are frozen: an edit is `dataclasses.replace(record, field=value)` handed to the store,
which keeps undo, merge and tests simple (old and new values are both at hand).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from briefing_app.domain.enums import (
    AmendmentAction,
    AmendmentStatus,
    ConcernStatus,
    Confidence,
    DelegationKind,
    InterventionStance,
    LawKind,
    LawStage,
    OrganizationKind,
    Priority,
    ProposalStatus,
    ProvisionKind,
    ProvisionStatus,
    ReservationKind,
    Sensitivity,
    Severity,
    Stance,
    StatusKind,
)


def new_id() -> str:
    """A fresh random UUID (text form) for a new shareable row."""
    return str(uuid.uuid4())


@dataclass(frozen=True, kw_only=True, slots=True)
class Record:
    """Columns every shareable row carries."""

    id: str = field(default_factory=new_id)
    sensitivity: Sensitivity = Sensitivity.PUBLIC
    origin: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Document(Record):
    title: str
    short_title: str = ""
    description: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Version(Record):
    document_id: str
    label: str
    seq: int
    date: str = ""
    symbol: str = ""
    description: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Provision(Record):
    version_id: str
    kind: ProvisionKind
    number: str = ""
    heading: str = ""
    text: str = ""
    parent_id: str | None = None
    position: int = 0
    lineage_id: str = field(default_factory=new_id)
    status: ProvisionStatus = ProvisionStatus.UNMARKED
    footnotes: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """Human label such as "Article 6", "Chapter II", "para. 6(2)", "Option 1" or "Annex"."""
        return provision_label(self.kind, self.number, self.heading)


def provision_label(kind: ProvisionKind, number: str, heading: str = "") -> str:
    """The label of a provision, also for parsed nodes not yet saved."""
    if kind is ProvisionKind.PREAMBLE:
        return "Preamble"
    if kind is ProvisionKind.PARAGRAPH:
        return f"para. {number}" if number else "paragraph"
    if kind is ProvisionKind.OPTION:
        return number or "Option"  # the draft's own marker: "Option 1", "Alt. B"
    if kind.is_group and not number and heading:
        return heading
    return f"{kind.noun} {number}".strip()


@dataclass(frozen=True, kw_only=True, slots=True)
class Organization(Record):
    name: str
    short_name: str = ""
    kind: OrganizationKind = OrganizationKind.NGO
    country: str = ""
    url: str = ""
    coalition_member: bool = False

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True, kw_only=True, slots=True)
class Source(Record):
    title: str
    organization_id: str | None = None
    date: str = ""
    url: str = ""
    symbol: str = ""
    publisher: str = ""
    reliability_note: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Case(Record):
    title: str
    country: str = ""
    law: str = ""
    summary: str = ""
    date: str = ""
    source_id: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Concern(Record):
    title: str
    summary: str = ""
    severity: Severity = Severity.MEDIUM
    category: str = ""
    status: ConcernStatus = ConcernStatus.OPEN
    organization_id: str | None = None
    date: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Amendment(Record):
    """A recommended change to one provision.

    `target_text` is the passage of the provision the change acts on (empty: the whole text, or
    the end of it for an insertion); see domain.redline.apply_amendment.
    """

    provision_id: str
    title: str = ""
    action: AmendmentAction = AmendmentAction.SUBSTITUTE
    target_text: str = ""
    proposed_text: str = ""
    rationale: str = ""
    status: AmendmentStatus = AmendmentStatus.PROPOSED
    organization_id: str | None = None
    date: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Delegation(Record):
    name: str
    iso_code: str = ""
    kind: DelegationKind = DelegationKind.STATE
    languages: tuple[str, ...] = ()
    priority: Priority = Priority.MEDIUM
    summary: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Position(Record):
    """A delegation's stance on a provision or on an amendment (at least one is set)."""

    delegation_id: str
    stance: Stance
    provision_id: str | None = None
    amendment_id: str | None = None
    version_id: str | None = None
    source_id: str | None = None
    date: str = ""
    confidence: Confidence = Confidence.MEDIUM
    illustrative: bool = False
    summary: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Note(Record):
    """Free note on any record; internal by default (meeting notes never leave the laptop)."""

    record_table: str
    record_id: str
    body: str
    author: str = ""
    sensitivity: Sensitivity = Sensitivity.INTERNAL


@dataclass(frozen=True, kw_only=True, slots=True)
class Contact(Record):
    """A person in a delegation. Internal by default."""

    delegation_id: str
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    sensitivity: Sensitivity = Sensitivity.INTERNAL


# -- after adoption: treaty status and national implementation (docs/treaty-status.md) -----------
@dataclass(frozen=True, kw_only=True, slots=True)
class StatusEvent(Record):
    """A signature, an instrument (ratification, acceptance, approval, accession, succession) or a
    withdrawal by one delegation, for one treaty (document). `date` may be partial (YYYY or YYYY-MM)."""

    document_id: str
    delegation_id: str
    kind: StatusKind
    date: str
    source_id: str | None = None
    confidence: Confidence = Confidence.HIGH
    illustrative: bool = False
    summary: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class EntryIntoForceRule(Record):
    """When a treaty enters into force: `days_after` days after the `instruments_required`-th counted
    instrument. Instruments of the `regional_organizations` (delegation ids) count only when
    `regional_counts` (Art 65(1) of the demo treaty: they do not count on top of their members')."""

    document_id: str
    instruments_required: int = 40
    days_after: int = 90
    counted_kinds: tuple[str, ...] = ("ratification", "acceptance", "approval", "accession", "succession")
    regional_organizations: tuple[str, ...] = ()
    regional_counts: bool = False
    provision_id: str | None = None
    summary: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Reservation(Record):
    """A reservation or declaration a delegation made (on signature or with its instrument); linked
    to the provisions it touches (reservation_provisions); none linked: the whole treaty."""

    document_id: str
    delegation_id: str
    kind: ReservationKind = ReservationKind.RESERVATION
    date: str = ""
    summary: str = ""
    source_id: str | None = None
    withdrawn_date: str = ""
    confidence: Confidence = Confidence.HIGH
    illustrative: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class NationalLaw(Record):
    """A state's law or bill that implements (or goes beyond) the treaty."""

    delegation_id: str
    title: str
    kind: LawKind = LawKind.BILL
    stage: LawStage = LawStage.DRAFT
    date: str = ""
    url: str = ""
    summary: str = ""
    source_id: str | None = None
    illustrative: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class NationalProvision(Record):
    """A section of a national law, mapped to the treaty articles it implements
    (national_provision_articles); concerns and cases attach to it through their own links."""

    law_id: str
    number: str = ""
    heading: str = ""
    text: str = ""
    position: int = 0

    @property
    def label(self) -> str:
        return f"s. {self.number}" if self.number else (self.heading or "provision")
@dataclass(frozen=True, kw_only=True, slots=True)
class Session(Record):
    """A negotiating session ("Reconvened concluding session", New York); it holds meetings."""

    name: str
    number: str = ""  # as the body numbers it: "8", "reconvened concluding"
    place: str = ""
    start_date: str = ""
    end_date: str = ""
    document_id: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Meeting(Record):
    """One meeting of a session. Positions captured in it cite `source_id` (made with the meeting);
    provision numbers typed in it resolve in `version_id`, the draft on the table."""

    session_id: str
    number: int = 0
    date: str = ""
    time: str = ""  # local time of the room, "10:00"
    agenda_item: str = ""
    agenda: str = ""  # provisions in the order the chair takes them: "14, 15(2), 16-21"
    summary_url: str = ""
    version_id: str | None = None
    source_id: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Proposal(Record):
    """Wording a state proposes for a provision (a redline, like our amendments). `number` ("#4") is
    unique in its session; co-sponsors, supporters and opponents are what interventions said."""

    provision_id: str
    session_id: str | None = None
    meeting_id: str | None = None
    number: int = 0
    sponsor_id: str | None = None
    action: AmendmentAction = AmendmentAction.SUBSTITUTE
    target_text: str = ""
    proposed_text: str = ""
    status: ProposalStatus = ProposalStatus.TABLED
    status_date: str = ""
    note: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Intervention(Record):
    """What one delegation said when it took the floor, as captured (`line` is what was typed).

    `tabled`: this intervention tabled `proposal_id`. `position_id`: the position it recorded.
    """

    meeting_id: str
    delegation_id: str
    stance: InterventionStance
    seq: int = 0
    spoken_at: str = ""
    on_behalf_id: str | None = None
    speaking_for: int = 0
    provision_id: str | None = None
    locator: str = ""
    proposal_id: str | None = None
    tabled: bool = False
    action: AmendmentAction | None = None
    target_text: str = ""
    wording: str = ""
    note: str = ""
    line: str = ""
    position_id: str | None = None
    illustrative: bool = False  # invented for the demo: no source records it being said


@dataclass(frozen=True, slots=True)
class LinkTable:
    """A many-to-many table between two record tables."""

    name: str
    left_column: str
    right_column: str
    left_table: str
    right_table: str


LINK_TABLES: tuple[LinkTable, ...] = (
    LinkTable("concern_provisions", "concern_id", "provision_id", "concerns", "provisions"),
    LinkTable("concern_sources", "concern_id", "source_id", "concerns", "sources"),
    LinkTable("concern_cases", "concern_id", "case_id", "concerns", "cases"),
    LinkTable("amendment_concerns", "amendment_id", "concern_id", "amendments", "concerns"),
    LinkTable("amendment_supporters", "amendment_id", "organization_id", "amendments", "organizations"),
    LinkTable("delegation_memberships", "delegation_id", "group_id", "delegations", "delegations"),
)
LINKS_BY_NAME = {link.name: link for link in LINK_TABLES}
"""The first link tables (bundle formats 1 to 3); ALL_LINKS_BY_NAME has every one."""

# Meetings (issue #11, docs/floor-mode.md): like the status tables, in bundles from format 4.
MEETING_LINK_TABLES: tuple[LinkTable, ...] = (
    LinkTable("proposal_amendments", "proposal_id", "amendment_id", "proposals", "amendments"),
)

# Record class per table, in dependency order (parents before children).
RECORD_TABLES: dict[str, type[Record]] = {
    "organizations": Organization,
    "documents": Document,
    "versions": Version,
    "provisions": Provision,
    "sources": Source,
    "cases": Case,
    "concerns": Concern,
    "amendments": Amendment,
    "delegations": Delegation,
    "positions": Position,
    "notes": Note,
    "contacts": Contact,
}
"""The first record tables (bundle formats 1 to 3); ALL_RECORD_TABLES has every one."""

# Treaty-status tables: stored, undone and deleted like the others; bundles carry them from format 4
# (BUNDLE_FORMAT_SINCE below).
STATUS_RECORD_TABLES: dict[str, type[Record]] = {
    "status_events": StatusEvent,
    "entry_into_force_rules": EntryIntoForceRule,
    "reservations": Reservation,
    "national_laws": NationalLaw,
    "national_provisions": NationalProvision,
}
STATUS_LINK_TABLES: tuple[LinkTable, ...] = (
    LinkTable("reservation_provisions", "reservation_id", "provision_id", "reservations", "provisions"),
    LinkTable("national_provision_articles", "national_provision_id", "provision_id",
              "national_provisions", "provisions"),
    LinkTable("concern_national_provisions", "concern_id", "national_provision_id",
              "concerns", "national_provisions"),
    LinkTable("national_provision_cases", "national_provision_id", "case_id", "national_provisions", "cases"),
)

MEETING_RECORD_TABLES: dict[str, type[Record]] = {
    "sessions": Session,
    "meetings": Meeting,
    "proposals": Proposal,
    "interventions": Intervention,
}

ALL_RECORD_TABLES: dict[str, type[Record]] = {**RECORD_TABLES, **STATUS_RECORD_TABLES, **MEETING_RECORD_TABLES}
"""Every record table of the workspace, parents before children; all of them travel in bundles."""
ALL_LINKS_BY_NAME: dict[str, LinkTable] = {
    link.name: link for link in (*LINK_TABLES, *STATUS_LINK_TABLES, *MEETING_LINK_TABLES)}

# Bundles carry every table above (bundles/format.py derives each one's columns, types, enums and
# sensitivity from its record class). A table added after bundle format 3 is declared here with the
# format that first carries it: bundles of older formats lack it, and are read as holding none of its
# rows. A new table joins bundles by: its record class and entry in ALL_RECORD_TABLES (parents first)
# or ALL_LINKS_BY_NAME, a line here (with a format bump in bundles/format.py), and its reference
# columns in bundles/format.REF_TARGETS. docs/bundle-format.md, "Adding a table", says the same.
BUNDLE_FORMAT_SINCE: dict[str, int] = {
    name: 4 for name in (*STATUS_RECORD_TABLES, *(link.name for link in STATUS_LINK_TABLES),
                         *MEETING_RECORD_TABLES, *(link.name for link in MEETING_LINK_TABLES))}
TABLE_OF: dict[type[Record], str] = {cls: table for table, cls in ALL_RECORD_TABLES.items()}
