"""Read models the store hands to the UI, CLI and packs (composed rows, not tables)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SearchKind(StrEnum):
    PROVISION = "provision"
    CONCERN = "concern"
    AMENDMENT = "amendment"


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One full-text match; `snippet` marks matched words with [ and ] (plain text, no markup);
    `score` is 2 for a match in the title or heading, 1 for one elsewhere only."""

    kind: SearchKind
    record_id: str
    title: str
    snippet: str
    score: float
    provision_id: str | None = None
    version_id: str | None = None
    context: str = ""  # provision: its version's label; concern: severity; amendment: status


@dataclass(frozen=True, slots=True)
class ProvisionCounts:
    concerns: int = 0
    amendments: int = 0
    max_severity: int = 0  # Severity.rank of the worst concern, 0 when none
