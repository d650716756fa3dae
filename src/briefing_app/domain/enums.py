"""Closed vocabularies shared by every layer; values are the strings stored in SQLite."""

from __future__ import annotations

from enum import StrEnum


class Sensitivity(StrEnum):
    """Who may see a record. Packs and default bundles carry only public and coalition rows."""

    PUBLIC = "public"
    COALITION = "coalition"
    INTERNAL = "internal"
    PERSONAL = "personal"

    @property
    def shareable_by_default(self) -> bool:
        return self in (Sensitivity.PUBLIC, Sensitivity.COALITION)


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """Higher is more severe: critical=4 … low=1."""
        return {"critical": 4, "high": 3, "medium": 2, "low": 1}[self.value]

    def at_least(self, other: Severity) -> bool:
        return self.rank >= other.rank


class ProvisionKind(StrEnum):
    """A node of a treaty's structure. Groups (part, title, chapter, section) hold articles; units
    (preamble, article, annex, interpretative notes, closing formula) hold text and paragraphs;
    paragraphs hold sub-paragraphs ("1(a)", "1(a)(ii)", stored as paragraphs) and options."""

    PREAMBLE = "preamble"
    PART = "part"
    TITLE = "title"
    CHAPTER = "chapter"
    SECTION = "section"
    ARTICLE = "article"
    PARAGRAPH = "paragraph"
    OPTION = "option"
    ANNEX = "annex"
    NOTES = "notes"
    CLOSING = "closing"

    @property
    def is_group(self) -> bool:
        return self in _GROUPS

    @property
    def is_paragraph_level(self) -> bool:
        """Paragraphs and options: matched across drafts beneath their article's counterpart."""
        return self in (ProvisionKind.PARAGRAPH, ProvisionKind.OPTION)

    @property
    def holds_paragraphs(self) -> bool:
        """Whose whole wording is its own text followed by its paragraphs' (text_scoring.effective_texts)."""
        return self not in _GROUPS and self is not ProvisionKind.PREAMBLE

    @property
    def noun(self) -> str:
        return _NOUNS.get(self, self.value.capitalize())


_GROUPS = frozenset({ProvisionKind.PART, ProvisionKind.TITLE, ProvisionKind.CHAPTER, ProvisionKind.SECTION})
_NOUNS = {ProvisionKind.NOTES: "Interpretative notes", ProvisionKind.CLOSING: "Closing formula",
          ProvisionKind.PARAGRAPH: "para."}
TOP_LEVEL_KINDS = (ProvisionKind.PREAMBLE, ProvisionKind.PART, ProvisionKind.TITLE, ProvisionKind.CHAPTER,
                   ProvisionKind.SECTION, ProvisionKind.ARTICLE, ProvisionKind.ANNEX, ProvisionKind.NOTES,
                   ProvisionKind.CLOSING)
"""Every kind but the paragraph level, outermost first: the order in which drafts are mapped."""


class ProvisionStatus(StrEnum):
    """Where a paragraph (or article) stands in the negotiation, as the draft states it or the user sets it."""

    UNMARKED = "unmarked"
    AGREED = "agreed"
    AGREED_AD_REFERENDUM = "agreed-ad-referendum"
    PROVISIONALLY_AGREED = "provisionally-agreed"
    PENDING = "pending"
    BRACKETED = "bracketed"
    DELETED = "deleted"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def short(self) -> str:
        """A few letters for badges in the tree: "ad ref", "bracketed"."""
        return _STATUS_SHORT[self]


_STATUS_LABELS = {
    ProvisionStatus.UNMARKED: "no status", ProvisionStatus.AGREED: "agreed",
    ProvisionStatus.AGREED_AD_REFERENDUM: "agreed ad referendum",
    ProvisionStatus.PROVISIONALLY_AGREED: "provisionally agreed", ProvisionStatus.PENDING: "pending",
    ProvisionStatus.BRACKETED: "bracketed (not agreed)", ProvisionStatus.DELETED: "deleted"}
_STATUS_SHORT = {
    ProvisionStatus.UNMARKED: "", ProvisionStatus.AGREED: "agreed", ProvisionStatus.AGREED_AD_REFERENDUM: "ad ref",
    ProvisionStatus.PROVISIONALLY_AGREED: "prov. agreed", ProvisionStatus.PENDING: "pending",
    ProvisionStatus.BRACKETED: "bracketed", ProvisionStatus.DELETED: "deleted"}


class ConcernStatus(StrEnum):
    OPEN = "open"
    PARTLY_ADDRESSED = "partly-addressed"
    ADDRESSED = "addressed"
    WITHDRAWN = "withdrawn"


class AmendmentAction(StrEnum):
    INSERT = "insert"
    DELETE = "delete"
    SUBSTITUTE = "substitute"


class AmendmentStatus(StrEnum):
    DRAFT = "draft"
    PROPOSED = "proposed"
    TABLED = "tabled"
    ADOPTED = "adopted"
    PARTLY_ADOPTED = "partly-adopted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class Stance(StrEnum):
    SUPPORTS = "supports"
    OPPOSES = "opposes"
    UNDECIDED = "undecided"
    UNKNOWN = "unknown"
    PROPOSES_TEXT = "proposes-text"


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    HEARD_IN_ROOM = "heard-in-room"  # captured live in a meeting (domain/meetings.py)

    @property
    def label(self) -> str:
        return "heard in the room" if self is Confidence.HEARD_IN_ROOM else self.value


class DelegationKind(StrEnum):
    STATE = "state"
    REGIONAL_GROUP = "regional-group"
    BLOC = "bloc"
    ORGANIZATION = "organization"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class OrganizationKind(StrEnum):
    NGO = "ngo"
    COALITION = "coalition"
    INDUSTRY = "industry"
    UN_BODY = "un-body"
    GOVERNMENT = "government"
    MEDIA = "media"
    ACADEMIC = "academic"
    OTHER = "other"


class StatusKind(StrEnum):
    """A step of a party towards (or away from) a treaty, as the depositary records it."""

    SIGNATURE = "signature"
    RATIFICATION = "ratification"
    ACCEPTANCE = "acceptance"
    APPROVAL = "approval"
    ACCESSION = "accession"
    SUCCESSION = "succession"
    WITHDRAWAL = "withdrawal"

    @property
    def is_instrument(self) -> bool:
        """An instrument by which a party consents to be bound (what entry into force counts)."""
        return self not in (StatusKind.SIGNATURE, StatusKind.WITHDRAWAL)


class ReservationKind(StrEnum):
    RESERVATION = "reservation"
    DECLARATION = "declaration"
    NOTIFICATION = "notification"
    OBJECTION = "objection"


class LawKind(StrEnum):
    LAW = "law"
    BILL = "bill"
    DECREE = "decree"
    REGULATION = "regulation"
    OTHER = "other"


class LawStage(StrEnum):
    """Where a national law or bill stands."""

    DRAFT = "draft"
    TABLED = "tabled"
    IN_COMMITTEE = "in-committee"
    PASSED = "passed"
    IN_FORCE = "in-force"
    AMENDED = "amended"
    WITHDRAWN = "withdrawn"
    REPEALED = "repealed"


class InterventionStance(StrEnum):
    """What a delegation did when it took the floor (domain/capture.py reads the abbreviations)."""

    SUPPORTS = "supports"
    OPPOSES = "opposes"
    PROPOSES = "proposes"
    ASKS = "asks"
    UNDECIDED = "undecided"


class ProposalStatus(StrEnum):
    """Where a state's proposed wording stands in the negotiation."""

    TABLED = "tabled"
    SUPPORTED = "supported"
    MERGED = "merged"  # merged into the text
    WITHDRAWN = "withdrawn"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return "merged into the text" if self is ProposalStatus.MERGED else self.value

    @property
    def live(self) -> bool:
        """Still on the table: delegations can back or oppose it."""
        return self in (ProposalStatus.TABLED, ProposalStatus.SUPPORTED)
