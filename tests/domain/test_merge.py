"""Three-way merge decisions: every combination of theirs / mine / base / deleted here."""

from __future__ import annotations

import pytest

from briefing_app.domain.merge import (
    ConflictKind,
    Decision,
    Outcome,
    decide_row,
    decide_tombstone,
    merge_fields,
    row_hash,
)

T, M, B, D = "theirs", "mine", "base", "deleted"


@pytest.mark.parametrize(("theirs", "mine", "base", "deleted_here", "expected"), [
    (T, None, None, None, Decision(Outcome.NEW)),
    (T, T, None, None, Decision(Outcome.UNCHANGED)),
    (T, T, B, None, Decision(Outcome.UNCHANGED)),
    (T, B, B, None, Decision(Outcome.UPDATED)),
    (B, M, B, None, Decision(Outcome.KEEP_MINE)),
    (T, M, B, None, Decision(Outcome.CONFLICT, ConflictKind.BOTH_CHANGED)),
    (T, M, None, None, Decision(Outcome.CONFLICT, ConflictKind.BOTH_CHANGED)),
    (D, None, B, D, Decision(Outcome.KEEP_MINE)),
    (B, None, B, D, Decision(Outcome.KEEP_MINE)),
    (T, None, B, D, Decision(Outcome.CONFLICT, ConflictKind.DELETED_HERE)),
])
def test_decide_row_when_sides_differ(theirs: str, mine: str | None, base: str | None, deleted_here: str | None,
                                      expected: Decision) -> None:
    assert decide_row(theirs, mine, base, deleted_here) == expected


@pytest.mark.parametrize(("their_last", "mine", "base", "dependents", "expected"), [
    (T, None, None, False, Decision(Outcome.UNCHANGED)),
    (T, T, None, False, Decision(Outcome.TOMBSTONE)),
    (T, B, B, False, Decision(Outcome.TOMBSTONE)),
    (T, M, B, False, Decision(Outcome.CONFLICT, ConflictKind.DELETED_THERE)),
    (T, T, B, True, Decision(Outcome.CONFLICT, ConflictKind.DELETED_THERE)),
])
def test_decide_tombstone_when_sides_differ(their_last: str, mine: str | None, base: str | None,
                                            dependents: bool, expected: Decision) -> None:
    assert decide_tombstone(their_last, mine, base, dependents) == expected


def test_row_hash_distinguishes_types_and_order_but_is_stable() -> None:
    assert row_hash(["a", 1, None]) == row_hash(["a", 1, None])
    assert len({row_hash(["a", 1, None]), row_hash(["a", "1", None]), row_hash([1, "a", None]),
                row_hash(["a", 1, ""])}) == 4


def test_merge_fields_lists_differing_columns_in_order() -> None:
    assert merge_fields({"id": "x", "title": "a", "summary": "s"}, {"id": "x", "title": "b", "summary": "t"}) == [
        "title", "summary"]
    assert Decision(Outcome.NEW).takes_theirs and not Decision(Outcome.KEEP_MINE).takes_theirs
