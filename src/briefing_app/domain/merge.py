"""Three-way merge decisions for shared bundles, as pure functions with one logged outcome per record.

A row is compared by content hash: `theirs` (the bundle), `mine` (the workspace, None when absent)
and `base` (what the importer and *that sender* last agreed on, None when never synced with them).
Who may change what: a sender changes or deletes without asking only rows it owns here (rows the
importer received first from that sender); any other change or deletion is a proposal the user
accepts or rejects, and internal or personal rows here are never touched (protected). Nothing here
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
    PROPOSAL = "proposal"  # they changed or deleted a row they do not own here: queued for the user
    PROTECTED = "protected"  # the row is internal or personal here: never touched by an import


class ConflictKind(StrEnum):
    BOTH_CHANGED = "both-changed"
    DELETED_HERE = "deleted-here"  # I deleted it (or a row it needs), they changed it
    DELETED_THERE = "deleted-there"  # they deleted it, I changed it (or work of mine depends on it)
    PROPOSED_CHANGE = "proposed-change"  # a change to a row the sender does not own here
    PROPOSED_DELETION = "proposed-deletion"  # a deletion of a row the sender does not own here


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: Outcome
    conflict: ConflictKind | None = None

    @property
    def takes_theirs(self) -> bool:
        return self.outcome in _TAKES_THEIRS

    @property
    def asks(self) -> bool:
        """The user decides (a conflict or a proposal waits in the queue)."""
        return self.outcome in _ASKS


# Sets built once: an Enum member lookup (Outcome.NEW) runs Python code on each access (3.11).
_TAKES_THEIRS = frozenset({Outcome.NEW, Outcome.UPDATED})
_ASKS = frozenset({Outcome.CONFLICT, Outcome.PROPOSAL})


PROTECTED = Decision(Outcome.PROTECTED)


@dataclass(frozen=True, slots=True)
class LoggedOutcome:
    """One record's fate in an import: what the import log and the preview report."""

    table: str
    key: str
    decision: Decision


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_encode_text = json.encoder.encode_basestring  # what _ENCODER writes for a str (C, ensure_ascii off)


def row_hash(values: Sequence[Any]) -> str:
    """Content hash of one row's values in column order (text, integers and NULL only):
    sha256 of the compact JSON array (docs/bundle-format.md).

    Text, int and None are written here as _ENCODER writes them (a third faster than calling it per
    row); any other type (bool, float, subclasses) goes through _ENCODER itself."""
    parts = []
    for value in values:
        kind = type(value)
        if kind is str:
            parts.append(_encode_text(value))
        elif kind is int:
            parts.append(int.__repr__(value))
        elif value is None:
            parts.append("null")
        else:
            return hashlib.sha256(_ENCODER.encode(list(values)).encode("utf-8")).hexdigest()
    return hashlib.sha256(("[" + ",".join(parts) + "]").encode("utf-8")).hexdigest()


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


def decide_foreign_row(theirs: str, mine: str, known: set[str]) -> Decision:
    """Fate of a sender's version of a row it does not own here (mine, a third party's, the demo's).

    `known`: versions of the row this workspace already agreed on or published; theirs being one of
    them means the sender holds an older version (keep mine). Anything else is a proposal.
    """
    if theirs == mine:
        return Decision(Outcome.UNCHANGED)
    if theirs in known:
        return Decision(Outcome.KEEP_MINE)
    return Decision(Outcome.PROPOSAL, ConflictKind.PROPOSED_CHANGE)


def decide_tombstone(their_last: str, mine: str | None, *, owned: bool = True,
                     dependents_changed: bool = False) -> Decision:
    """Fate of a deletion the bundle carries; `their_last` is the hash of the version they deleted.

    Only the owner deletes without asking, and only the very version it saw (a tombstone for any
    other version is a conflict). `dependents_changed`: deleting here would take along or change rows
    the sender may not change (mine, internal ones, rows edited since). Not owned: a proposal.
    """
    if mine is None:
        return Decision(Outcome.UNCHANGED)
    if not owned:
        return Decision(Outcome.PROPOSAL, ConflictKind.PROPOSED_DELETION)
    if mine == their_last and not dependents_changed:
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
                        base: str | None, *, owned: bool = True) -> Decision:
    """Fate of a link removal the bundle carries (the mirror of decide_link_row).

    My link goes when it is the row they removed, what we last agreed on, or was made before their
    removal; a link I (re-)added after their removal stays (keep mine). A link the sender does not
    own here (made here, or brought by someone else) is only proposed for removal.
    """
    if mine is None:
        return Decision(Outcome.UNCHANGED)
    if mine not in (their_last, base) and mine_created > removed_at:
        return Decision(Outcome.KEEP_MINE)
    if not owned:
        return Decision(Outcome.PROPOSAL, ConflictKind.PROPOSED_DELETION)
    return Decision(Outcome.TOMBSTONE)
