"""Which rows an export carries: a selection grown to what it needs, minus what may not leave.

Personal rows never leave; internal rows only with `include_internal`; a row that refers to a row
left out is left out too (so every reference in a bundle resolves), and so is a note on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing_app.bundles.format import LINK_SPECS, RECORD_SPECS, REF_TARGETS
from briefing_app.domain.enums import Sensitivity
from briefing_app.store import sync_store
from briefing_app.store.workspace import Workspace

_EXTRA = {"notes": ("record_table", "record_id"), "concerns": ("category", "organization_id")}


@dataclass(frozen=True, slots=True)
class Selection:
    """Empty = the whole workspace. Otherwise the union of what each option picks."""

    document_ids: tuple[str, ...] = ()
    delegation_ids: tuple[str, ...] = ()
    concern_categories: tuple[str, ...] = ()
    concern_organization_ids: tuple[str, ...] = ()

    @property
    def whole(self) -> bool:
        return not (self.document_ids or self.delegation_ids or self.concern_categories
                    or self.concern_organization_ids)


def allowed_sensitivities(include_internal: bool, include_personal: bool = False) -> tuple[str, ...]:
    """Bundles never pass `include_personal`; a travel copy (bundles/travel.py) may, when asked."""
    allowed = [s.value for s in Sensitivity if s.shareable_by_default]
    if include_internal:
        allowed.append(Sensitivity.INTERNAL.value)
    if include_personal:
        allowed.append(Sensitivity.PERSONAL.value)
    return tuple(allowed)


@dataclass
class _Facts:
    refs: dict[str, dict[str, dict[str, str | None]]] = field(default_factory=dict)  # table -> id -> col -> value
    sensitivity: dict[str, dict[str, str]] = field(default_factory=dict)
    links: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def _load(ws: Workspace) -> _Facts:
    facts = _Facts()
    for table, spec in RECORD_SPECS.items():
        columns = tuple(c for c, _ in spec.references) + _EXTRA.get(table, ())
        facts.refs[table], facts.sensitivity[table] = {}, {}
        for row in sync_store.export_facts(ws, table, columns):
            facts.sensitivity[table][row[0]] = row[1]
            facts.refs[table][row[0]] = dict(zip(columns, row[2:], strict=True))
    for table, spec in LINK_SPECS.items():
        facts.links[table] = [(r[0], r[1]) for r in sync_store.iter_rows(ws, table, spec.columns[:2])]
    return facts


def _children(facts: _Facts, table: str, column: str, parents: set[str]) -> set[str]:
    return {i for i, refs in facts.refs[table].items() if refs.get(column) in parents}


def _seeds(facts: _Facts, selection: Selection) -> dict[str, set[str]]:
    if selection.whole:
        return {t: set(ids) for t, ids in facts.refs.items()}
    picked: dict[str, set[str]] = {t: set() for t in RECORD_SPECS}
    docs = set(selection.document_ids) & facts.refs["documents"].keys()
    picked["documents"] |= docs
    picked["versions"] |= _children(facts, "versions", "document_id", docs)
    picked["provisions"] |= _children(facts, "provisions", "version_id", picked["versions"])
    picked["amendments"] |= _children(facts, "amendments", "provision_id", picked["provisions"])
    picked["positions"] |= (_children(facts, "positions", "provision_id", picked["provisions"])
                            | _children(facts, "positions", "amendment_id", picked["amendments"]))
    delegations = set(selection.delegation_ids) & facts.refs["delegations"].keys()
    picked["delegations"] |= delegations
    picked["positions"] |= _children(facts, "positions", "delegation_id", delegations)
    picked["contacts"] |= _children(facts, "contacts", "delegation_id", delegations)
    concerns = {i for i, refs in facts.refs["concerns"].items()
                if refs["category"] in selection.concern_categories
                or refs["organization_id"] in selection.concern_organization_ids}
    picked["concerns"] |= concerns
    for link in ("concern_provisions", "concern_sources", "concern_cases"):
        spec = LINK_SPECS[link]
        other = REF_TARGETS[spec.columns[1]]
        picked[other] |= {b for a, b in facts.links[link] if a in concerns}
    picked["amendments"] |= {a for a, b in facts.links["amendment_concerns"] if b in concerns}
    return picked


def _close_over_parents(facts: _Facts, picked: dict[str, set[str]]) -> None:
    pending = [(t, i) for t, ids in picked.items() for i in ids]
    while pending:
        table, row_id = pending.pop()
        for column, value in facts.refs[table][row_id].items():
            target = REF_TARGETS.get(column)
            if target and value is not None and value in facts.refs[target] and value not in picked[target]:
                picked[target].add(value)
                pending.append((target, value))


def _withhold(facts: _Facts, picked: dict[str, set[str]], allowed: Iterable[str]) -> None:
    """Drop disallowed rows, then (repeatedly) rows referring to dropped or absent rows."""
    allowed_set = set(allowed)
    for table, ids in picked.items():
        ids.intersection_update(i for i in ids if facts.sensitivity[table][i] in allowed_set)
    changed = True
    while changed:
        changed = False
        for table, ids in picked.items():
            gone = set()
            for row_id in ids:
                refs = facts.refs[table][row_id]
                for column, value in refs.items():
                    target = REF_TARGETS.get(column)
                    if target and value is not None and value not in picked[target]:
                        gone.add(row_id)
                if table == "notes" and refs["record_id"] not in picked.get(str(refs["record_table"]), set()):
                    gone.add(row_id)
            if gone:
                ids.difference_update(gone)
                changed = True


def choose_rows(ws: Workspace, selection: Selection, include_internal: bool, *,
                include_personal: bool = False) -> dict[str, set[str]]:
    """table -> keys to export (record ids; `left right` for link rows)."""
    facts = _load(ws)
    picked = _seeds(facts, selection)
    _close_over_parents(facts, picked)
    picked["notes"] |= {i for i, refs in facts.refs["notes"].items()
                        if refs["record_id"] in picked.get(str(refs["record_table"]), set())}
    _withhold(facts, picked, allowed_sensitivities(include_internal, include_personal))
    chosen: dict[str, set[str]] = dict(picked)
    for table, spec in LINK_SPECS.items():
        left, right = (REF_TARGETS[c] for c in spec.columns[:2])
        chosen[table] = {f"{a} {b}" for a, b in facts.links[table] if a in picked[left] and b in picked[right]}
    return chosen
