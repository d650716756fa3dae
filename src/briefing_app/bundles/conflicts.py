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

from briefing_app.bundles.format import SPECS
from briefing_app.bundles.validate import check_value
from briefing_app.domain.merge import merge_fields
from briefing_app.domain.models import ALL_LINKS_BY_NAME, ALL_RECORD_TABLES
from briefing_app.store import sync_queue, sync_store
from briefing_app.store.records import to_row
from briefing_app.store.sync_queue import QueuedConflict
from briefing_app.store.workspace import Workspace


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
            merged: dict[str, Any] | None = None) -> None:
    """Carry out one resolution in one transaction; `merged` (all columns) is required for MERGED.

    Raises ValueError naming the field when a merged value is not acceptable.
    """
    spec = SPECS[conflict.table]
    if resolution is Resolution.TAKE_THEIRS and conflict.table in ALL_RECORD_TABLES and \
            conflict.key in sync_store.protected_keys(ws, conflict.table):
        raise ValueError("this row is internal or personal here, so no partner's version replaces it; "
                         "edit it yourself, or keep yours")
    with ws.transaction():
        if resolution is Resolution.TAKE_THEIRS:
            _write_theirs(ws, conflict)
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
            sync_store.forget_tombstones(ws, [(conflict.table, {"id": conflict.key})])
        agreed = [(conflict.key, conflict.their_hash)]
        sync_store.set_partner_bases(ws, conflict.organization, conflict.table, agreed)
        if not conflict.is_proposal:  # the owner's version: the base agreed with the row's owner
            origin = (sync_store.Provenance(conflict.organization, "", ws.clock())
                      if resolution is Resolution.TAKE_THEIRS else None)
            sync_store.set_bases(ws, conflict.table, agreed, origin)
        sync_queue.close_conflict(ws, conflict.id, resolution.value, ws.clock())


def _write_theirs(ws: Workspace, conflict: QueuedConflict) -> None:
    if conflict.table in ALL_LINKS_BY_NAME:  # only a link's removal is ever proposed
        sync_store.remove_links(ws, conflict.table, [(conflict.key, ws.clock())])
        return
    cls = ALL_RECORD_TABLES[conflict.table]
    if conflict.theirs is None:
        if ws.get(cls, conflict.key) is not None:
            ws.delete(cls, conflict.key)
        return
    spec = SPECS[conflict.table]
    sync_store.upsert_rows(ws, conflict.table, spec.columns, [[conflict.theirs[c] for c in spec.columns]])
    sync_store.forget_tombstones(ws, [(conflict.table, {"id": conflict.key})])


def resolve_all(ws: Workspace, conflicts: Sequence[QueuedConflict], resolution: Resolution) -> int:
    """"Apply to all remaining": keep mine or take theirs for each; returns how many were resolved."""
    if resolution is Resolution.MERGED:
        raise ValueError("an edited merge applies to one conflict at a time")
    with ws.transaction():
        for conflict in conflicts:
            resolve(ws, conflict, resolution)
    return len(conflicts)
