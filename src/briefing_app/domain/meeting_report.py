"""The session report as plain data: per provision, who intervened, the proposals with their
sponsors, and what the session changed in the position matrix (rendered by meetings/report.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from briefing_app.domain.enums import InterventionStance, ProposalStatus, Stance
from briefing_app.domain.meetings import PositionFact, current_of


@dataclass(frozen=True, slots=True)
class ReportMeeting:
    label: str  # "11th meeting"
    date: str
    time: str
    agenda_item: str
    entries: int


@dataclass(frozen=True, slots=True)
class ReportIntervention:
    meeting: str
    date: str
    seq: int
    speaker: str  # "Egypt on behalf of African Group", "European Union (for 27 states)"
    stance: InterventionStance
    said: str  # the redline or quoted wording
    note: str
    proposal: int  # 0: none
    locator: str
    illustrative: bool


@dataclass(frozen=True, slots=True)
class ReportProposal:
    number: int
    gist: str
    sponsor: str
    co_sponsors: tuple[str, ...]
    supporters: tuple[str, ...]
    opponents: tuple[str, ...]
    status: ProposalStatus
    status_date: str
    carries: tuple[str, ...]  # titles of our amendments it carries


@dataclass(frozen=True, slots=True)
class MatrixChange:
    delegation: str
    subject: str  # "Article 14" or "amendment ‘Narrow the offence’"
    before: Stance | None
    after: Stance
    date: str
    illustrative: bool = False


@dataclass(frozen=True, slots=True)
class ProvisionReport:
    label: str
    heading: str
    interventions: tuple[ReportIntervention, ...]
    proposals: tuple[ReportProposal, ...]
    changes: tuple[MatrixChange, ...]


@dataclass(frozen=True, slots=True)
class SessionReport:
    name: str
    number: str
    place: str
    start_date: str
    end_date: str
    meetings: tuple[ReportMeeting, ...]
    general: tuple[ReportIntervention, ...]  # statements on no provision
    provisions: tuple[ProvisionReport, ...]
    demo_notice: str = ""

    @property
    def intervention_count(self) -> int:
        return len(self.general) + sum(len(p.interventions) for p in self.provisions)

    @property
    def illustrative(self) -> bool:
        return any(i.illustrative for p in self.provisions for i in p.interventions) or any(
            i.illustrative for i in self.general)


@dataclass(frozen=True, slots=True)
class CellChange:
    """A matrix cell whose current position the session changed."""

    cell: tuple[str, str]  # (delegation id, article or amendment id)
    before: PositionFact | None
    after: PositionFact


def matrix_changes(cells: Mapping[tuple[str, str], Sequence[PositionFact]], from_session: set[str]) -> list[CellChange]:
    """Cells where the current position now is one the session recorded and differs from what the
    matrix would show without the session's captures."""
    changes = []
    for cell, facts in cells.items():
        after = current_of(facts)
        if after is None or after.id not in from_session:
            continue
        before = current_of(f for f in facts if f.id not in from_session)
        if before is None or before.stance is not after.stance:
            changes.append(CellChange(cell, before, after))
    return changes


def speaker_text(name: str, on_behalf: str, speaking_for: int) -> str:
    if on_behalf:
        return f"{name} on behalf of {on_behalf}"
    return f"{name} (for {speaking_for} states)" if speaking_for else name


def names(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(items), key=str.casefold))
