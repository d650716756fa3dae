"""Three-way merge decisions for shared bundles, as pure functions with one logged outcome per record.

A row is compared by content hash: `theirs` (the bundle), `mine` (the workspace, None when absent)
and `base` (what both sides last agreed on, None when this row was never synced). Nothing here
touches SQLite; bundles/plan.py feeds it and bundles/apply.py carries the decisions out.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    NEW = "new"  # not here: insert theirs
    UPDATED = "updated"  # only they changed it: take theirs
    KEEP_MINE = "keep-mine"  # only I changed it (or I deleted it and they did not touch it)
    UNCHANGED = "unchanged"  # same content on both sides (or already deleted here)
    CONFLICT = "conflict"  # both changed it: nothing is overwritten, theirs is queued
    TOMBSTONE = "tombstone"  # they deleted it and I did not change it: delete here


class ConflictKind(StrEnum):
    BOTH_CHANGED = "both-changed"
    DELETED_HERE = "deleted-here"  # I deleted it (or a row it needs), they changed it
    DELETED_THERE = "deleted-there"  # they deleted it, I changed it (or work of mine depends on it)


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: Outcome
    conflict: ConflictKind | None = None

    @property
    def takes_theirs(self) -> bool:
        return self.outcome in (Outcome.NEW, Outcome.UPDATED)


@dataclass(frozen=True, slots=True)
class LoggedOutcome:
    """One record's fate in an import: what the import log and the preview report."""

    table: str
    key: str
    decision: Decision


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def row_hash(values: Sequence[Any]) -> str:
    """Content hash of one row's values in column order (text, integers and NULL only):
    sha256 of the compact JSON array (docs/bundle-format.md)."""
    return hashlib.sha256(_ENCODER.encode(list(values)).encode("utf-8")).hexdigest()


def decide_row(theirs: str, mine: str | None, base: str | None, deleted_here: str | None) -> Decision:
    """Fate of a row the bundle carries.

    `deleted_here` is the hash the row had when it was deleted in this workspace (None: not deleted).
    """
    if mine is None:
        if deleted_here is None:
            return Decision(Outcome.NEW)
        if theirs in (deleted_here, base):
            return Decision(Outcome.KEEP_MINE)
        return Decision(Outcome.CONFLICT, ConflictKind.DELETED_HERE)
    if mine == theirs:
        return Decision(Outcome.UNCHANGED)
    if base == mine:
        return Decision(Outcome.UPDATED)
    if base == theirs:
        return Decision(Outcome.KEEP_MINE)
    return Decision(Outcome.CONFLICT, ConflictKind.BOTH_CHANGED)


def decide_tombstone(their_last: str, mine: str | None, base: str | None,
                     dependents_changed: bool = False) -> Decision:
    """Fate of a deletion the bundle carries; `their_last` is the hash the row had when they deleted it.

    `dependents_changed`: deleting here would cascade onto rows changed since they were last synced.
    """
    if mine is None:
        return Decision(Outcome.UNCHANGED)
    if mine in (their_last, base) and not dependents_changed:
        return Decision(Outcome.TOMBSTONE)
    return Decision(Outcome.CONFLICT, ConflictKind.DELETED_THERE)


def merge_fields(mine: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    """Names of the fields whose values differ, in the column order of `mine` (the conflict view)."""
    return [name for name in mine if mine[name] != theirs.get(name)]


def decide_link_row(theirs: str, their_created: str, mine: str | None, base: str | None,
                    removed_here: tuple[str, str] | None) -> Decision:
    """Fate of a link row the bundle carries; `removed_here` is (last hash, removed at) of my unlink.

    A link is a fact (the pair exists), so the later explicit action wins: their row stays out when it
    is what I removed, what we last agreed on, or was made before my removal; a row they (re-)added
    after my removal is taken.
    """
    if mine is not None:
        return Decision(Outcome.UNCHANGED)
    if removed_here is None:
        return Decision(Outcome.NEW)
    last_hash, removed_at = removed_here
    if theirs in (last_hash, base) or their_created <= removed_at:
        return Decision(Outcome.KEEP_MINE)
    return Decision(Outcome.NEW)


def decide_link_removal(their_last: str, removed_at: str, mine: str | None, mine_created: str,
                        base: str | None) -> Decision:
    """Fate of a link removal the bundle carries (the mirror of decide_link_row).

    My link goes when it is the row they removed, what we last agreed on, or was made before their
    removal; a link I (re-)added after their removal stays (keep mine).
    """
    if mine is None:
        return Decision(Outcome.UNCHANGED)
    if mine in (their_last, base) or mine_created <= removed_at:
        return Decision(Outcome.TOMBSTONE)
    return Decision(Outcome.KEEP_MINE)
