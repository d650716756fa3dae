"""domain/bundle_rules: timestamps, provenance and cycles, as pure functions."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefing_app.domain.bundle_rules import (
    DEMO_PROVENANCE,
    find_cycle,
    find_group_cycle,
    provenance_problem,
    timestamp_problem,
)
from briefing_app.domain.models import Organization
from tests.conftest import demo_corpus

NOW = datetime(2026, 6, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(("value", "problem"), [
    ("2026-06-01T12:00:00Z", None),
    ("1990-01-01T00:00:00Z", None),
    ("2026-06-01T12:14:59Z", None),  # within the clock skew
    ("2026-06-01T12:15:01Z", "lies in the future"),
    ("1989-12-31T23:59:59Z", "before 1990"),
    ("2026-02-29T00:00:00Z", "not a UTC timestamp"),  # 2026 is no leap year
    ("2026-06-01T24:00:00Z", "not a UTC timestamp"),
    ("2026-06-01 12:00:00", "not a UTC timestamp"),
    ("2026-06-01T12:00:00+00:00", "not a UTC timestamp"),
    ("", "not a UTC timestamp"),
    (None, "not a UTC timestamp"),
    (1767225600, "not a UTC timestamp"),
])
def test_timestamp_problem_when_values_vary(value: object, problem: str | None) -> None:
    found = timestamp_problem(value, NOW)
    assert (found is None) if problem is None else (found is not None and problem in found)


@pytest.mark.parametrize(("claimed", "own", "problem"), [
    ("Privacy Coalition", "Press Freedom Desk", None),
    ("Privacy Coalition", "", None),
    ("", "Press Freedom Desk", "does not name"),
    (" \t ", "", "does not name"),
    ("press  FREEDOM desk", "Press Freedom Desk", "own organization"),
    ("Ｐress Freedom Desk", "Press Freedom Desk", "own organization"),  # full-width letter
    ("DEMO", "", "demo corpus"),
    ("demo secretariat", "", "demo corpus"),
])
def test_provenance_problem_when_claims_vary(claimed: str, own: str, problem: str | None) -> None:
    found = provenance_problem(claimed, own)
    assert (found is None) if problem is None else (found is not None and problem in found)


def test_demo_provenance_names_the_demo_corpus_secretariat() -> None:
    secretariat = [o for o in demo_corpus().records if isinstance(o, Organization) and "fictional" in o.name]
    assert secretariat
    for org in secretariat:
        assert org.name in DEMO_PROVENANCE and org.short_name in DEMO_PROVENANCE


def test_find_cycle_finds_self_parents_and_loops_but_not_trees() -> None:
    assert find_cycle({"a": None, "b": "a", "c": "b"}, ["c", "b"]) is None
    assert find_cycle({"a": "a"}, ["a"]) == "a"
    assert find_cycle({"a": "b", "b": "c", "c": "a"}, ["b"]) == "b"
    assert find_cycle({"x": "a", "a": "b", "b": "a"}, ["x"]) in {"a", "b"}


def test_find_group_cycle_finds_direct_and_transitive_self_membership() -> None:
    assert find_group_cycle([("ke", "au"), ("au", "g77")], ["ke"]) is None
    assert find_group_cycle([("ke", "ke")], ["ke"]) == "ke"
    assert find_group_cycle([("ke", "au"), ("au", "ke")], ["au"]) == "au"
