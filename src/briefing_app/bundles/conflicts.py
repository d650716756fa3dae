"""Resolve queued conflicts and proposals: keep mine (reject), take theirs (accept), or save an
edited merge of both.

Every resolution records their version as the base agreed with that partner, so importing the same
bundle again keeps the resolution instead of raising it anew. Accepting a proposal does not make
the proposer the row's owner: later changes from them are proposals again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from briefing_app.bundles.format import LONG_TEXT, SPECS
from briefing_app.bundles.validate import check_value
from briefing_app.domain.field_diff import FieldChange, field_changes
from briefing_app.domain.merge import merge_fields
from briefing_app.domain.models import ALL_LINKS_BY_NAME, ALL_RECORD_TABLES, Record
from briefing_app.store import sync_queue, sync_store, sync_tombstones, sync_undo
from briefing_app.store.records import to_row
from briefing_app.store.sync_queue import QueuedConflict
from briefing_app.store.workspace import Removal, Workspace


class Resolution(StrEnum):
    KEEP_MINE = "kept-mine"
    TAKE_THEIRS = "took-theirs"
    MERGED = "merged"


@dataclass(frozen=True, slots=True)
class ConflictView:
    """Both versions of a conflicting row for the side-by-side view (None: that side deleted it)."""

    conflict: QueuedConflict
    mine: dict[str, Any] | None
    theirs: dict[str, Any] | None

    @property
    def differing(self) -> list[str]:
        if self.mine is None or self.theirs is None:
            return list(SPECS[self.conflict.table].columns)
        return merge_fields(self.mine, self.theirs)

    def changes(self) -> list[FieldChange]:
        """The differing fields, text ones with a redline from mine to theirs."""
        return field_changes(SPECS[self.conflict.table].columns, self.mine, self.theirs, LONG_TEXT)


def from_bundle(views: Sequence[ConflictView], import_id: int | None) -> list[ConflictView]:
    """The open items one import queued ("accept all from this bundle")."""
    return [v for v in views if v.conflict.import_id == import_id]


def open_conflicts(ws: Workspace) -> list[ConflictView]:
    """Every open conflict and proposal, oldest first, with my current version of the row."""
    views = []
    for conflict in sync_queue.open_conflicts(ws):
        views.append(ConflictView(conflict, _mine(ws, conflict), conflict.theirs))
    return views


def _mine(ws: Workspace, conflict: QueuedConflict) -> dict[str, Any] | None:
    if conflict.table in ALL_LINKS_BY_NAME:
        left, right = conflict.key.split(" ")
        link = ALL_LINKS_BY_NAME[conflict.table]
        linked = right in ws.linked(conflict.table, left_id=left)
        return {link.left_column: left, link.right_column: right} if linked else None
    record = ws.get(ALL_RECORD_TABLES[conflict.table], conflict.key)
    return None if record is None else to_row(record)


def resolve(ws: Workspace, conflict: QueuedConflict, resolution: Resolution,
            merged: dict[str, Any] | None = None) -> Removal | None:
    """Carry out one resolution in one transaction; `merged` (all columns) is required for MERGED.
    Returns what a deletion took away (for undo), else None.

    Raises ValueError naming the field when a merged value is not acceptable.
    """
    removal = None
    spec = SPECS[conflict.table]
    if resolution is Resolution.TAKE_THEIRS and conflict.table in ALL_RECORD_TABLES and \
            conflict.key in sync_store.protected_keys(ws, conflict.table):
        raise ValueError("this row is internal or personal here, so no partner's version replaces it; "
                         "edit it yourself, or keep yours")
    with ws.transaction():
        if resolution is Resolution.TAKE_THEIRS:
            removal = _write_theirs(ws, conflict)
        elif resolution is Resolution.MERGED:
            if merged is None:
                raise ValueError("a merged resolution needs the merged values")
            row = [merged.get(c) for c in spec.columns]
            for column, value in zip(spec.columns, row, strict=True):
                problem = check_value(spec, column, value)
                if problem:
                    raise ValueError(problem)
            if row[0] != conflict.key:
                raise ValueError("the merged row must keep its id")
            sync_store.upsert_rows(ws, conflict.table, spec.columns, [row])
            sync_tombstones.forget_tombstones(ws, [(conflict.table, {"id": conflict.key})])
        agreed = [(conflict.key, conflict.their_hash)]
        sync_store.set_partner_bases(ws, conflict.organization, conflict.table, agreed)
        if not conflict.is_proposal:  # the owner's version: the base agreed with the row's owner
            origin = (sync_store.Provenance(conflict.organization, "", ws.clock())
                      if resolution is Resolution.TAKE_THEIRS else None)
            sync_store.set_bases(ws, conflict.table, agreed, origin)
        sync_queue.close_conflict(ws, conflict.id, resolution.value, ws.clock())
    return removal


def _write_theirs(ws: Workspace, conflict: QueuedConflict) -> Removal | None:
    if conflict.table in ALL_LINKS_BY_NAME:  # only a link's removal is ever proposed
        sync_tombstones.remove_links(ws, conflict.table, [(conflict.key, ws.clock())])
        return None
    cls = ALL_RECORD_TABLES[conflict.table]
    if conflict.theirs is None:
        return ws.delete(cls, conflict.key) if ws.get(cls, conflict.key) is not None else None
    spec = SPECS[conflict.table]
    sync_store.upsert_rows(ws, conflict.table, spec.columns, [[conflict.theirs[c] for c in spec.columns]])
    sync_tombstones.forget_tombstones(ws, [(conflict.table, {"id": conflict.key})])
    return None


@dataclass
class ResolveStep:
    """One resolution as an undoable edit step (ui.commands.Step): undo puts the row, what a deletion
    took along, its sync state and the queue entry back exactly; redo gives the state after it again
    (times included)."""

    conflict: QueuedConflict
    resolution: Resolution
    merged: dict[str, Any] | None = None
    _before: Record | dict[str, Any] | None = None  # my row (a link: its stored row), None: absent
    _state: sync_undo.SyncState | None = None
    _after: sync_undo.SyncState | None = None
    _removal: Removal | None = None

    def apply(self, ws: Workspace) -> None:
        c = self.conflict
        self._state = sync_undo.capture(ws, [(c.table, c.key)], c.id)
        if c.table in ALL_LINKS_BY_NAME:
            self._before = sync_undo.link_row(ws, c.table, c.key)
        else:
            self._before = ws.get(ALL_RECORD_TABLES[c.table], c.key)
        self._removal = resolve(ws, c, self.resolution, self.merged)
        taken = [] if self._removal is None else [(t, str(r["id"])) for t, r in self._removal.rows
                                                  if t in ALL_RECORD_TABLES and r["id"] != c.key]
        self._after = sync_undo.capture(ws, [(c.table, c.key), *taken], c.id)

    def undo(self, ws: Workspace) -> None:
        c, before = self.conflict, self._before
        assert self._state is not None
        with ws.transaction():
            if self._removal is not None:
                ws.restore(self._removal)
            elif isinstance(before, dict):  # a link row their removal took
                if sync_undo.link_row(ws, c.table, c.key) is None:
                    ws.restore(Removal(((c.table, before),)))
            elif isinstance(before, Record):
                ws.replace_row(before)
            elif c.table in ALL_RECORD_TABLES and ws.get(ALL_RECORD_TABLES[c.table], c.key) is not None:
                ws.delete(ALL_RECORD_TABLES[c.table], c.key, tombstone=False)  # theirs was new here
            sync_undo.put_back(ws, self._state)

    def redo(self, ws: Workspace) -> None:
        assert self._after is not None
        with ws.transaction():
            self._removal = resolve(ws, self.conflict, self.resolution, self.merged)
            sync_undo.put_back(ws, self._after)


def resolve_all(ws: Workspace, conflicts: Sequence[QueuedConflict], resolution: Resolution) -> int:
    """"Apply to all remaining": keep mine or take theirs for each; returns how many were resolved."""
    if resolution is Resolution.MERGED:
        raise ValueError("an edited merge applies to one conflict at a time")
    with ws.transaction():
        for conflict in conflicts:
            resolve(ws, conflict, resolution)
    return len(conflicts)
