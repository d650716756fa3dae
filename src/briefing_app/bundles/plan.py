"""Plan a merge: one logged decision per bundle row and tombstone, from hashes alone (no writes).

Who may change what (issue 9): the sender changes or deletes without asking only the rows it owns
here (their bundle brought them first), judged against the base this workspace agreed on *with that
sender*; changes to any other row are proposals; internal and personal rows here are protected.
The plan is the dry-run preview; apply.py carries it out. Totals add up: for every table, the
outcomes' counts sum to the bundle's rows plus its tombstones.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from briefing_app.bundles.format import RECORD_SPECS, SPECS, TableSpec
from briefing_app.bundles.manifest import Manifest
from briefing_app.bundles.reader import OpenBundle
from briefing_app.bundles.validate import BundleContent
from briefing_app.domain.merge import (
    PROTECTED,
    ConflictKind,
    Decision,
    LoggedOutcome,
    Outcome,
    decide_foreign_row,
    decide_link_removal,
    decide_link_row,
    decide_row,
    decide_tombstone,
)
from briefing_app.store import sync_queue, sync_store, sync_tombstones
from briefing_app.store.workspace import Workspace


@dataclass
class MergePlan:
    file_name: str
    manifest: Manifest
    content: BundleContent
    rows: dict[str, dict[str, Decision]] = field(default_factory=dict)  # table -> key -> decision
    deletions: dict[str, dict[str, Decision]] = field(default_factory=dict)  # bundle tombstones
    queued: set[tuple[str, str]] = field(default_factory=set)  # conflicts already waiting from before
    agreed: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # unchanged: base to record

    @property
    def sender(self) -> str:
        return self.manifest.organization

    def summary(self) -> dict[str, dict[str, int]]:
        """table -> outcome -> count, for every table the bundle has rows or tombstones in."""
        result: dict[str, dict[str, int]] = {}
        for source in (self.rows, self.deletions):
            for table, decisions in source.items():
                counts = result.setdefault(table, {o.value: 0 for o in Outcome})
                for decision in decisions.values():
                    counts[decision.outcome.value] += 1
        return {t: c for t, c in result.items() if any(c.values())}

    def log(self) -> list[LoggedOutcome]:
        return [LoggedOutcome(t, k, d) for source in (self.rows, self.deletions)
                for t, decisions in source.items() for k, d in decisions.items()]

    def protected(self) -> list[tuple[str, str]]:
        """(table, key) of the rows left alone because they are internal or personal here."""
        return [(t, k) for source in (self.rows, self.deletions) for t, decisions in source.items()
                for k, d in decisions.items() if d.outcome is Outcome.PROTECTED]

    def changed(self) -> Iterator[tuple[str, str, str]]:
        """(table, key, outcome) of every decision but "unchanged" (the import log)."""
        for source in (self.rows, self.deletions):
            for table, decisions in source.items():
                for key, d in decisions.items():
                    if d.outcome is not Outcome.UNCHANGED:
                        yield table, key, d.outcome.value

    @property
    def size(self) -> int:
        """How many decisions (bundle rows plus tombstones)."""
        return sum(len(d) for source in (self.rows, self.deletions) for d in source.values())

    @property
    def has_changes(self) -> bool:
        """False when importing would change nothing (e.g. the same bundle a second time)."""
        for source in (self.rows, self.deletions):
            for table, decisions in source.items():
                for key, d in decisions.items():
                    if d.outcome in (Outcome.NEW, Outcome.UPDATED, Outcome.TOMBSTONE):
                        return True
                    if d.asks and (table, key) not in self.queued:
                        return True
        return any(self.agreed.values())


@dataclass
class _TableState:
    """What the workspace knows about one table's rows that the bundle names."""

    mine: dict[str, str]  # key -> hash of my row
    base: dict[str, str]  # key -> base agreed with this sender
    owner: dict[str, str]  # key -> owning organization ('' / absent: made here)
    known: dict[str, set[str]]  # key -> versions agreed with anyone or published
    protected: set[str]  # keys this import may not touch


def plan_merge(bundle: OpenBundle, content: BundleContent, ws: Workspace) -> MergePlan:
    """Decide every row's fate against the workspace on `ws` (read only)."""
    plan = MergePlan(bundle.name, bundle.manifest, content)
    protected = {table: sync_store.protected_keys(ws, table) for table in RECORD_SPECS}
    states: dict[str, _TableState] = {}
    for table, spec in SPECS.items():
        theirs = content.hashes.get(table, {})
        deleted = content.tombstones.get(table, {})
        state = _TableState(
            mine=sync_store.row_hashes(ws, table, spec.columns, keys={*theirs, *deleted}),
            base=sync_store.partner_bases(ws, plan.sender, table), owner=sync_store.owners(ws, table),
            known=sync_store.agreed_versions(ws, table),
            protected=_protected_links(spec, {*theirs, *deleted}, protected) if spec.is_link else protected[table])
        states[table] = state
        known_conflicts = sync_queue.known_conflicts(ws, table)
        if spec.is_link:
            decisions = _link_rows(ws, bundle, spec, theirs, state)
        else:
            here_deleted = sync_tombstones.local_tombstones(ws, table)
            decisions = {key: _record_row(plan.sender, key, their_hash, state, here_deleted.get(key))
                         for key, their_hash in theirs.items()}
        for key, decision in decisions.items():
            if decision.asks and (key, theirs[key]) in known_conflicts:
                plan.queued.add((table, key))
            if decision.outcome is Outcome.UNCHANGED and state.owner.get(key) == plan.sender \
                    and state.base.get(key) != theirs[key]:  # both made the same change: the new base
                plan.agreed.setdefault(table, []).append((key, theirs[key]))
        plan.rows[table] = decisions
        if deleted and spec.is_link:
            plan.deletions[table] = _link_deletions(ws, plan.sender, table, deleted, content.removed_at[table],
                                                    state)
        elif deleted:
            plan.deletions[table] = _deletions(ws, plan, table, deleted, state, protected)
        for key, decision in plan.deletions.get(table, {}).items():
            if decision.asks and (key, deleted[key]) in known_conflicts:
                plan.queued.add((table, key))
    _hold_referring_to_protected(bundle, plan, protected)
    _hold_orphans(bundle, plan, {t: s.mine for t, s in states.items()})
    return plan


def _hold_referring_to_protected(bundle: OpenBundle, plan: MergePlan, protected: dict[str, set[str]]) -> None:
    """A record of theirs that refers to a row internal or personal here (a note on my internal
    concern, a position of my internal delegation) is not taken either: it would attach their
    content to that row. Such links are protected already (_protected_links)."""
    if not any(protected.values()):
        return
    for table, spec in RECORD_SPECS.items():  # only references to a table with protected rows here:
        slots = [(spec.columns.index(column), target) for column, target in spec.references
                 if protected.get(target)]  # a table none of whose slots can match is not read at all
        if table == "notes":
            slots.append((spec.columns.index("record_id"), ""))
        if not slots:
            continue
        decisions = plan.rows[table]
        record_table = spec.columns.index("record_table") if table == "notes" else 0
        for _number, row in bundle.rows(spec):
            key = str(row[0])
            if not decisions[key].takes_theirs:
                continue
            for index, target in slots:
                if row[index] in protected.get(target or str(row[record_table]), ()):
                    decisions[key] = PROTECTED
                    break


def _record_row(sender: str, key: str, theirs: str, state: _TableState, deleted_here: str | None) -> Decision:
    mine = state.mine.get(key)
    if mine is not None and key in state.protected:
        return Decision(Outcome.UNCHANGED) if mine == theirs else PROTECTED
    if mine is None or state.owner.get(key) == sender:
        return decide_row(theirs, mine, state.base.get(key), deleted_here)
    return decide_foreign_row(theirs, mine, state.known.get(key, set()))


def _protected_links(spec: TableSpec, keys: set[str], protected: dict[str, set[str]]) -> set[str]:
    """Links touching an internal or personal row here: an import neither adds nor removes them."""
    left, right = (protected[target] for _column, target in spec.references)
    if not (left or right):
        return set()
    return {key for key in keys if (ends := key.split(" "))[0] in left or ends[1] in right}


def _link_rows(ws: Workspace, bundle: OpenBundle, spec: TableSpec, theirs: dict[str, str],
               state: _TableState) -> dict[str, Decision]:
    unlinked = sync_tombstones.link_tombstones(ws, spec.name)
    relinked = unlinked.keys() & theirs.keys()
    their_times = _link_times(bundle, spec, relinked) if relinked else {}
    decisions: dict[str, Decision] = {}
    for key, their_hash in theirs.items():
        if key in state.protected and key not in state.mine:
            decisions[key] = PROTECTED
        else:
            decisions[key] = decide_link_row(their_hash, their_times.get(key, ""), state.mine.get(key),
                                             state.base.get(key), unlinked.get(key))
    return decisions


def _deletions(ws: Workspace, plan: MergePlan, table: str, deleted: dict[str, str],
               state: _TableState, protected: dict[str, set[str]]) -> dict[str, Decision]:
    decisions: dict[str, Decision] = {}
    for key, their_last in deleted.items():
        mine = state.mine.get(key)
        if mine is not None and key in state.protected:
            decisions[key] = PROTECTED
            continue
        owned = state.owner.get(key) == plan.sender
        decision = decide_tombstone(their_last, mine, owned=owned)
        if decision.outcome is Outcome.TOMBSTONE and _dependents_blocked(ws, plan, table, key, protected):
            decision = decide_tombstone(their_last, mine, dependents_changed=True)
        decisions[key] = decision
    return decisions


def _link_times(bundle: OpenBundle, spec: TableSpec, keys: set[str]) -> dict[str, str]:
    """key -> created_at of the bundle's link rows with these keys."""
    return {key: str(row[3]) for _number, row in bundle.rows(spec) if (key := spec.key_of(row)) in keys}


def _link_deletions(ws: Workspace, sender: str, table: str, deleted: dict[str, str],
                    removed_at: dict[str, str], state: _TableState) -> dict[str, Decision]:
    created = sync_tombstones.link_times(ws, table, deleted.keys() & state.mine.keys())
    decisions: dict[str, Decision] = {}
    for key, their_last in deleted.items():
        if key in state.protected and key in state.mine:
            decisions[key] = PROTECTED
            continue
        decisions[key] = decide_link_removal(their_last, removed_at[key], state.mine.get(key),
                                             created.get(key, ""), state.base.get(key),
                                             owned=state.owner.get(key) == sender)
    return decisions


def _dependents_blocked(ws: Workspace, plan: MergePlan, table: str, key: str,
                        protected: dict[str, set[str]]) -> bool:
    """Would deleting this row here take along or change rows the sender may not change: internal or
    personal ones, rows it does not own here, or rows changed since we last agreed with it?"""
    for child, keys in sync_store.dependents(ws, table, [key], set_null=True).items():
        spec = RECORD_SPECS.get(child)
        if spec is None:
            continue  # link rows go with their records
        if keys & protected[child]:
            return True
        owner = sync_store.owners(ws, child)
        if any(owner.get(k) != plan.sender for k in keys):
            return True
        base = sync_store.partner_bases(ws, plan.sender, child)
        also_deleted = plan.content.tombstones.get(child, {})
        hashes = sync_store.row_hashes(ws, child, spec.columns, keys=keys)
        if any(h not in (base.get(k), also_deleted.get(k)) for k, h in hashes.items()):
            return True
    return False


def _hold_orphans(bundle: OpenBundle, plan: MergePlan, mine_of: dict[str, dict[str, str]]) -> None:
    """Rows of theirs that need a row which will not exist here (I deleted it) wait as conflicts too;
    such link rows are skipped (keep mine)."""
    absent = {(t, k) for t, decisions in plan.rows.items() for k, d in decisions.items()
              if not d.takes_theirs and k not in mine_of[t]}
    while absent:
        newly: set[tuple[str, str]] = set()
        for table, spec in SPECS.items():
            if not spec.references:
                continue
            for _number, row in bundle.rows(spec):
                key = spec.key_of(row)
                decision = plan.rows[table][key]
                if decision.takes_theirs and _needs_any(spec, row, absent):
                    if spec.is_link:
                        plan.rows[table][key] = Decision(Outcome.KEEP_MINE)
                    else:
                        plan.rows[table][key] = Decision(Outcome.CONFLICT, ConflictKind.DELETED_HERE)
                        newly.add((table, key))
        absent = newly


def _needs_any(spec: TableSpec, row: tuple[object, ...], absent: set[tuple[str, str]]) -> bool:
    values = dict(zip(spec.columns, row, strict=True))
    return any((target, values[column]) in absent for column, target in spec.references)

