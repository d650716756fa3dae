"""Plan a merge: one logged decision per bundle row and tombstone, from hashes alone (no writes).

The plan is the dry-run preview; apply.py carries it out. Totals add up: for every table,
new + updated + unchanged + keep-mine + conflict + tombstone = rows + tombstones in the bundle.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from briefing_app.bundles.format import RECORD_SPECS, SPECS, TableSpec
from briefing_app.bundles.manifest import Manifest
from briefing_app.bundles.reader import OpenBundle
from briefing_app.bundles.validate import BundleContent
from briefing_app.domain.merge import (
    ConflictKind,
    Decision,
    LoggedOutcome,
    Outcome,
    decide_link_removal,
    decide_link_row,
    decide_row,
    decide_tombstone,
)
from briefing_app.store import sync_store


@dataclass
class MergePlan:
    file_name: str
    manifest: Manifest
    content: BundleContent
    rows: dict[str, dict[str, Decision]] = field(default_factory=dict)  # table -> key -> decision
    deletions: dict[str, dict[str, Decision]] = field(default_factory=dict)  # bundle tombstones
    queued: set[tuple[str, str]] = field(default_factory=set)  # conflicts already waiting from before
    stale_bases: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # unchanged, base to record

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

    @property
    def has_changes(self) -> bool:
        """False when importing would change nothing (e.g. the same bundle a second time)."""
        for source in (self.rows, self.deletions):
            for table, decisions in source.items():
                for key, d in decisions.items():
                    if d.outcome in (Outcome.NEW, Outcome.UPDATED, Outcome.TOMBSTONE):
                        return True
                    if d.outcome is Outcome.CONFLICT and (table, key) not in self.queued:
                        return True
        return any(self.stale_bases.values())


def plan_merge(bundle: OpenBundle, content: BundleContent, conn: sqlite3.Connection) -> MergePlan:
    """Decide every row's fate against the workspace on `conn` (read only)."""
    plan = MergePlan(bundle.name, bundle.manifest, content)
    mine_of: dict[str, dict[str, str]] = {}
    for table, spec in SPECS.items():
        theirs = content.hashes.get(table, {})
        deleted = content.tombstones.get(table, {})
        mine = sync_store.row_hashes(conn, table, spec.columns, keys={*theirs, *deleted})
        mine_of[table] = mine
        base = sync_store.bases(conn, table)
        if not spec.is_link:
            _assume_pristine_bases(conn, table, base, mine)
        here_deleted = sync_store.local_tombstones(conn, table) if not spec.is_link else {}
        unlinked = sync_store.link_tombstones(conn, table) if spec.is_link else {}
        relinked = unlinked.keys() & theirs.keys()
        their_times = _link_times(bundle, spec, relinked) if relinked else {}
        known = sync_store.known_conflicts(conn, table)
        decisions: dict[str, Decision] = {}
        for key, their_hash in theirs.items():
            if spec.is_link:
                decision = decide_link_row(their_hash, their_times.get(key, ""), mine.get(key), base.get(key),
                                           unlinked.get(key))
            else:
                decision = decide_row(their_hash, mine.get(key), base.get(key), here_deleted.get(key))
            decisions[key] = decision
            if decision.outcome is Outcome.CONFLICT and (key, their_hash) in known:
                plan.queued.add((table, key))
            if decision.outcome is Outcome.UNCHANGED and base.get(key) != their_hash:
                plan.stale_bases.setdefault(table, []).append((key, their_hash))
        plan.rows[table] = decisions
        if deleted and spec.is_link:
            plan.deletions[table] = _link_deletions(conn, table, deleted, content.removed_at[table], mine, base)
        elif deleted:
            plan.deletions[table] = _deletions(conn, table, deleted, mine, base, content, known, plan)
    _hold_orphans(bundle, plan, mine_of)
    return plan


def _assume_pristine_bases(conn: sqlite3.Connection, table: str, base: dict[str, str],
                           mine: dict[str, str]) -> None:
    """A row never synced and never edited here (e.g. from the demo corpus, whose ids are the same in
    every workspace) has its current content as base: their edit is then taken, not a conflict."""
    unsynced = [key for key in mine if key not in base]
    if unsynced:
        pristine = sync_store.pristine_keys(conn, table)
        base.update((key, mine[key]) for key in unsynced if key in pristine)


def _deletions(conn: sqlite3.Connection, table: str, deleted: dict[str, str], mine: dict[str, str],
               base: dict[str, str], content: BundleContent, known: set[tuple[str, str]],
               plan: MergePlan) -> dict[str, Decision]:
    decisions: dict[str, Decision] = {}
    for key, their_last in deleted.items():
        decision = decide_tombstone(their_last, mine.get(key), base.get(key))
        if decision.outcome is Outcome.TOMBSTONE and _dependents_changed(conn, table, key, content):
            decision = decide_tombstone(their_last, mine.get(key), base.get(key), dependents_changed=True)
        if decision.outcome is Outcome.CONFLICT and (key, their_last) in known:
            plan.queued.add((table, key))
        decisions[key] = decision
    return decisions


def _link_times(bundle: OpenBundle, spec: TableSpec, keys: set[str]) -> dict[str, str]:
    """key -> created_at of the bundle's link rows with these keys."""
    return {key: str(row[3]) for _number, row in bundle.rows(spec) if (key := spec.key_of(row)) in keys}


def _link_deletions(conn: sqlite3.Connection, table: str, deleted: dict[str, str], removed_at: dict[str, str],
                    mine: dict[str, str], base: dict[str, str]) -> dict[str, Decision]:
    created = sync_store.link_times(conn, table, deleted.keys() & mine.keys())
    return {key: decide_link_removal(their_last, removed_at[key], mine.get(key), created.get(key, ""),
                                     base.get(key))
            for key, their_last in deleted.items()}


def _dependents_changed(conn: sqlite3.Connection, table: str, key: str, content: BundleContent) -> bool:
    """Would deleting this row here take along records changed since their last sync (or never shared)?"""
    for child, keys in sync_store.dependents(conn, table, [key]).items():
        spec = RECORD_SPECS.get(child)
        if spec is None:
            continue
        also_deleted = content.tombstones.get(child, {})
        rest = {k for k in keys if k not in also_deleted}
        if not rest:
            continue
        bases = sync_store.bases(conn, child)
        hashes = sync_store.row_hashes(conn, child, spec.columns, keys=rest)
        if any(bases.get(k) != h for k, h in hashes.items()):
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
