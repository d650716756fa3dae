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
    PREAMBLE = "preamble"
    CHAPTER = "chapter"
    ARTICLE = "article"
    PARAGRAPH = "paragraph"


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
