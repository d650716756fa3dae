"""Import the depositary's status list: read every row, then write all of it or nothing.

A row that cannot be read (unknown participant, a date that is not one, a kind we do not know, a
participant listed twice) is reported with its line number and reason, and then nothing is written:
the user fixes the table and imports again. A clean import is one transaction (one undo step).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from briefing_app.domain.enums import Confidence, DelegationKind, StatusKind
from briefing_app.domain.models import Delegation, Record, StatusEvent
from briefing_app.domain.treaty_status import StatusDateError
from briefing_app.status.table_input import Table, TableError, parse_date, participant_name
from briefing_app.store import queries, status_store
from briefing_app.store.status_store import StatusWrite
from briefing_app.store.workspace import Workspace

_KIND_WORDS: dict[str, StatusKind] = {
    "signature": StatusKind.SIGNATURE, "signed": StatusKind.SIGNATURE, "s": StatusKind.SIGNATURE,
    "ratification": StatusKind.RATIFICATION, "ratified": StatusKind.RATIFICATION, "r": StatusKind.RATIFICATION,
    "acceptance": StatusKind.ACCEPTANCE, "accepted": StatusKind.ACCEPTANCE,
    "approval": StatusKind.APPROVAL, "approved": StatusKind.APPROVAL,
    "accession": StatusKind.ACCESSION, "acceded": StatusKind.ACCESSION,
    "succession": StatusKind.SUCCESSION, "withdrawal": StatusKind.WITHDRAWAL,
    "withdrawn": StatusKind.WITHDRAWAL, "denunciation": StatusKind.WITHDRAWAL, "denounced": StatusKind.WITHDRAWAL,
}
# The depositary's marks after an instrument date (UN Treaty Collection): case matters.
_SUFFIXES: dict[str, StatusKind] = {"A": StatusKind.ACCEPTANCE, "AA": StatusKind.APPROVAL,
                                     "a": StatusKind.ACCESSION, "d": StatusKind.SUCCESSION}
_SUFFIX = re.compile(r"^(.*?)\s*\(?\b(AA|A|a|d)\)?$")


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which columns hold what, by header name (or 1-based number).

    Wide layout (the depositary's): `signature`, `instrument` (a date, optionally marked A, AA, a
    or d) and `withdrawal` columns, any of them. Long layout: a `kind` and a `date` column, one event
    a row. In the wide layout a `kind` column names the instrument's kind.
    """

    participant: str
    signature: str = ""
    instrument: str = ""
    withdrawal: str = ""
    kind: str = ""
    date: str = ""


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    participant: str
    message: str

    def __str__(self) -> str:
        who = f" ({self.participant})" if self.participant else ""
        return f"line {self.line}{who}: {self.message}"


@dataclass(frozen=True, slots=True)
class PlannedEvent:
    line: int
    participant: str
    event: StatusEvent
    action: str  # new · updated · unchanged
    before: StatusEvent | None = None


@dataclass
class ImportPlan:
    events: list[PlannedEvent] = field(default_factory=list)
    new_delegations: list[Delegation] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, action: str) -> int:
        return sum(1 for e in self.events if e.action == action)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"^the\s+", "", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


class _Matcher:
    """Finds a workspace delegation for a participant name: by name, the name before a bracket, or ISO code."""

    def __init__(self, delegations: Sequence[Delegation]) -> None:
        self.by_key: dict[str, Delegation] = {}
        for delegation in delegations:
            for key in (_fold(delegation.name), _fold(delegation.name.split("(")[0]),
                        delegation.iso_code.casefold() if delegation.iso_code else ""):
                if key:
                    self.by_key.setdefault(key, delegation)

    def find(self, name: str) -> Delegation | None:
        for key in (_fold(name), _fold(name.split("(", maxsplit=1)[0]), name.strip().casefold()):
            if key in self.by_key:
                return self.by_key[key]
        return None

    def suggest(self, name: str) -> list[str]:
        names = sorted({d.name for d in self.by_key.values()})
        return difflib.get_close_matches(name, names, n=3, cutoff=0.6)

    def add(self, delegation: Delegation) -> None:
        self.by_key.setdefault(_fold(delegation.name), delegation)


def parse_kind(cell: str) -> StatusKind:
    word = cell.strip()
    if word in _SUFFIXES:
        return _SUFFIXES[word]
    kind = _KIND_WORDS.get(word.casefold().rstrip("."))
    if kind is None:
        raise ValueError(f"“{cell}” is not a kind of step (signature, ratification, acceptance, approval, "
                         "accession, succession or withdrawal)")
    return kind


def _instrument_cell(cell: str) -> tuple[str, StatusKind | None]:
    """Date text and the depositary's kind mark of an instrument cell ("5 Mar 2026 AA")."""
    match = _SUFFIX.match(cell)
    if match and match.group(1).strip() and re.search(r"\d", match.group(1)):
        return match.group(1), _SUFFIXES[match.group(2)]
    return cell, None


def _slot(kind: StatusKind) -> str:
    return "instrument" if kind.is_instrument else kind.value


def plan_import(ws: Workspace, table: Table, columns: ColumnMap, *, document_id: str,  # noqa: PLR0912, PLR0915
                source_id: str | None = None, confidence: Confidence = Confidence.HIGH,
                create_missing: bool = False) -> ImportPlan:
    """Read every row against the workspace; nothing is written. Problems name their line."""
    plan = ImportPlan()
    try:
        index = {name: table.column(getattr(columns, name)) for name in
                 ("participant", "signature", "instrument", "withdrawal", "kind", "date") if getattr(columns, name)}
    except TableError as error:
        plan.problems.append(RowProblem(1, "", str(error)))
        return plan
    long_layout = "date" in index
    if long_layout and "kind" not in index:
        plan.problems.append(RowProblem(1, "", "a date column needs a kind column saying what each row records"))
        return plan
    if not long_layout and not {"signature", "instrument", "withdrawal"} & index.keys():
        plan.problems.append(RowProblem(1, "", "name at least one column holding dates (signature, instrument, "
                                               "withdrawal, or kind and date)"))
        return plan
    matcher = _Matcher(queries.delegations(ws))
    existing: dict[tuple[str, str], StatusEvent] = {}
    for event in status_store.events_of(ws, document_id):
        existing.setdefault((event.delegation_id, _slot(event.kind)), event)
    seen: dict[tuple[str, str], int] = {}
    width = max(index.values()) + 1
    for line, cells in table.rows:
        name = participant_name(cells[index["participant"]]) if len(cells) > index["participant"] else ""
        if len(cells) < width:
            plan.problems.append(RowProblem(line, name, f"has {len(cells)} cells; the columns named need {width}"))
            continue
        if not name:
            plan.problems.append(RowProblem(line, "", "the participant cell is empty"))
            continue
        try:
            steps = _row_steps(cells, index, long_layout)
        except (StatusDateError, ValueError) as error:
            plan.problems.append(RowProblem(line, name, str(error)))
            continue
        if not steps:
            continue
        delegation = matcher.find(name)
        if delegation is None:
            if not create_missing:
                hint = matcher.suggest(name)
                also = f" (did you mean {', '.join(hint)}?)" if hint else ""
                plan.problems.append(RowProblem(line, name, f"no delegation of that name in the workspace{also}; "
                                                            "add it, or import with new delegations allowed"))
                continue
            delegation = Delegation(name=name, kind=DelegationKind.STATE)
            plan.new_delegations.append(delegation)
            matcher.add(delegation)
        for kind, date in steps:
            key = (delegation.id, _slot(kind))
            if key in seen:
                plan.problems.append(RowProblem(line, name, f"{delegation.name} already has a {_slot(kind)} on line "
                                                            f"{seen[key]}"))
                continue
            seen[key] = line
            before = existing.get(key)
            if before is None:
                event = StatusEvent(document_id=document_id, delegation_id=delegation.id, kind=kind, date=date,
                                    source_id=source_id, confidence=confidence)
                plan.events.append(PlannedEvent(line, name, event, "new"))
            elif before.kind is kind and before.date == date:
                plan.events.append(PlannedEvent(line, name, before, "unchanged", before))
            else:
                after = replace(before, kind=kind, date=date, source_id=source_id or before.source_id,
                                confidence=confidence, illustrative=False)
                plan.events.append(PlannedEvent(line, name, after, "updated", before))
    return plan


def _row_steps(cells: tuple[str, ...], index: dict[str, int], long_layout: bool) -> list[tuple[StatusKind, str]]:
    if long_layout:
        kind_cell, date_cell = cells[index["kind"]], cells[index["date"]]
        if not kind_cell and not date_cell:
            return []
        if not date_cell:
            raise ValueError("the date cell is empty")
        return [(parse_kind(kind_cell), parse_date(date_cell))]
    steps: list[tuple[StatusKind, str]] = []
    if "signature" in index and cells[index["signature"]]:
        steps.append((StatusKind.SIGNATURE, parse_date(cells[index["signature"]])))
    if "instrument" in index and cells[index["instrument"]]:
        text, marked = _instrument_cell(cells[index["instrument"]])
        named = parse_kind(cells[index["kind"]]) if "kind" in index and cells[index["kind"]] else None
        kind = named or marked or StatusKind.RATIFICATION
        if not kind.is_instrument:
            raise ValueError(f"the instrument column cannot hold a {kind.value}")
        steps.append((kind, parse_date(text)))
    if "withdrawal" in index and cells[index["withdrawal"]]:
        steps.append((StatusKind.WITHDRAWAL, parse_date(cells[index["withdrawal"]])))
    return steps


def apply_import(ws: Workspace, plan: ImportPlan) -> StatusWrite:
    """Write a clean plan in one transaction; refuses a plan with problems (nothing is written)."""
    if not plan.ok:
        raise ValueError(f"{len(plan.problems)} row(s) could not be read; nothing was imported")
    inserts: list[Record] = [*plan.new_delegations]
    inserts += [p.event for p in plan.events if p.action == "new"]
    updates = [p.event for p in plan.events if p.action == "updated"]
    return status_store.write_records(ws, inserts, updates)


def guess_columns(header: Sequence[str]) -> ColumnMap:
    """A first guess at the columns from the header's words (the UN Treaty Collection's layout, or
    kind and date); the user corrects it. The participant is the column naming a participant,
    state or country, else the first."""
    def find(*words: str) -> str:
        return next((h for h in header if any(w in h.casefold() for w in words)), "")

    participant = find("participant", "state", "country", "party") or (header[0] if header else "")
    date = next((h for h in header if h.casefold().strip() == "date"), "")
    return ColumnMap(participant, signature=find("signature"),
                     instrument="" if date else find("ratification", "accession", "instrument"),
                     withdrawal=find("withdrawal", "denunciation"), kind=find("kind", "type", "action") if date else "",
                     date=date)
