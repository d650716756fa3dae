"""Three-way merge decisions: every combination of theirs / mine / base / deleted here."""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.domain.merge import (
    ConflictKind,
    Decision,
    Outcome,
    decide_foreign_row,
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


@pytest.mark.parametrize(("their_last", "mine", "owned", "dependents", "expected"), [
    (T, None, True, False, Decision(Outcome.UNCHANGED)),
    (T, T, True, False, Decision(Outcome.TOMBSTONE)),
    # the tombstone names another version than mine (even the old base): a conflict, not a deletion
    (T, B, True, False, Decision(Outcome.CONFLICT, ConflictKind.DELETED_THERE)),
    (T, M, True, False, Decision(Outcome.CONFLICT, ConflictKind.DELETED_THERE)),
    (T, T, True, True, Decision(Outcome.CONFLICT, ConflictKind.DELETED_THERE)),
    # a row the sender does not own here is only proposed for deletion
    (T, T, False, False, Decision(Outcome.PROPOSAL, ConflictKind.PROPOSED_DELETION)),
    (T, None, False, False, Decision(Outcome.UNCHANGED)),
])
def test_decide_tombstone_when_sides_differ(their_last: str, mine: str | None, owned: bool,
                                            dependents: bool, expected: Decision) -> None:
    assert decide_tombstone(their_last, mine, owned=owned, dependents_changed=dependents) == expected


@pytest.mark.parametrize(("theirs", "mine", "known", "expected"), [
    (T, T, set(), Decision(Outcome.UNCHANGED)),
    (B, M, {B}, Decision(Outcome.KEEP_MINE)),  # they hold a version we agreed on before: nothing new
    (T, M, {B}, Decision(Outcome.PROPOSAL, ConflictKind.PROPOSED_CHANGE)),
    (T, B, {B}, Decision(Outcome.PROPOSAL, ConflictKind.PROPOSED_CHANGE)),  # even when mine is the base
])
def test_decide_foreign_row_proposes_every_change_to_a_row_the_sender_does_not_own(
        theirs: str, mine: str, known: set[str], expected: Decision) -> None:
    assert decide_foreign_row(theirs, mine, known) == expected


def test_row_hash_distinguishes_types_and_order_but_is_stable() -> None:
    assert row_hash(["a", 1, None]) == row_hash(["a", 1, None])
    assert len({row_hash(["a", 1, None]), row_hash(["a", "1", None]), row_hash([1, "a", None]),
                row_hash(["a", 1, ""])}) == 4


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(), st.integers(), st.integers(min_value=-2**200, max_value=2**200),
                          st.booleans(), st.floats(), st.text(alphabet=st.characters(
                              min_codepoint=0, max_codepoint=0x2FFFF, blacklist_categories=("Cs",)))),
                max_size=12))
def test_row_hash_is_the_sha256_of_the_compact_json_array_for_any_values(values: list[object]) -> None:
    """The fast path (text, int, None written by hand) equals json.dumps for every value, hostile ones too:
    NUL and control characters, quotes, backslashes, U+2028, astral characters, huge ints, bools, floats."""
    expected = hashlib.sha256(json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
    assert row_hash(values) == expected
    assert row_hash(tuple(values)) == expected


def test_row_hash_of_text_with_a_lone_surrogate_fails_as_json_would() -> None:
    with pytest.raises(UnicodeEncodeError):
        json.dumps(["\ud800"], ensure_ascii=False).encode()
    with pytest.raises(UnicodeEncodeError):
        row_hash(["\ud800"])


def test_merge_fields_lists_differing_columns_in_order() -> None:
    assert merge_fields({"id": "x", "title": "a", "summary": "s"}, {"id": "x", "title": "b", "summary": "t"}) == [
        "title", "summary"]
    assert Decision(Outcome.NEW).takes_theirs and not Decision(Outcome.KEEP_MINE).takes_theirs
