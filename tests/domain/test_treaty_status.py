"""Entry into force, party status and reservation scopes (domain/treaty_status.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_app.domain.enums import ProvisionKind, StatusKind
from briefing_app.domain.models import EntryIntoForceRule, Provision, Reservation, StatusEvent
from briefing_app.domain.treaty_status import (
    StatusDateError,
    date_bounds,
    entry_into_force,
    party_statuses,
    reservation_scope,
    reservations_touching,
)

D = dt.date
RULE = EntryIntoForceRule(document_id="t", instruments_required=3, days_after=90)


def ev(party: str, kind: StatusKind, date: str, *, illustrative: bool = False) -> StatusEvent:
    return StatusEvent(document_id="t", delegation_id=party, kind=kind, date=date, illustrative=illustrative)


def test_partial_dates_are_ranges_of_days() -> None:
    assert date_bounds("2025-10-25") == (D(2025, 10, 25), D(2025, 10, 25))
    assert date_bounds("2024-02") == (D(2024, 2, 1), D(2024, 2, 29))
    assert date_bounds("2025-12") == (D(2025, 12, 1), D(2025, 12, 31))
    assert date_bounds(" 2026 ") == (D(2026, 1, 1), D(2026, 12, 31))


@pytest.mark.parametrize("bad", ["", "25 Oct 2025", "2025-13", "2025-02-30", "2025-1-5", "20251025"])
def test_bad_dates_are_refused_when_malformed_or_not_in_the_calendar(bad: str) -> None:
    with pytest.raises(StatusDateError):
        date_bounds(bad)


def test_entry_into_force_is_the_90th_day_after_the_deciding_instrument() -> None:
    # The Palermo Convention's real arithmetic: 40th instrument 1 July 2003, in force 29 September 2003.
    rule = EntryIntoForceRule(document_id="t", instruments_required=40, days_after=90)
    events = [ev(f"p{i}", StatusKind.RATIFICATION, f"2003-06-{i % 28 + 1:02d}") for i in range(39)]
    events.append(ev("p39", StatusKind.ACCESSION, "2003-07-01"))
    result = entry_into_force(events, rule, on=D(2004, 1, 1))
    assert result.date == (D(2003, 9, 29), D(2003, 9, 29))
    assert result.exact_date == D(2003, 9, 29)
    assert result.deciding is not None and result.deciding.delegation_id == "p39"
    assert result.counted == 40 and result.remaining == 0


def test_no_date_until_the_threshold_is_reached() -> None:
    events = [ev("a", StatusKind.RATIFICATION, "2026-01-10"), ev("b", StatusKind.SIGNATURE, "2026-01-11"),
              ev("c", StatusKind.APPROVAL, "2026-02-01")]
    result = entry_into_force(events, RULE, on=D(2026, 3, 1))
    assert result.date is None and result.deciding is None
    assert result.counted == 2 and result.remaining == 1
    assert [(p.day, p.sure) for p in result.series] == [(D(2026, 1, 10), 1), (D(2026, 2, 1), 2)]


def test_signatures_and_second_instruments_do_not_count() -> None:
    events = [ev("a", StatusKind.SIGNATURE, "2025-10-25"), ev("a", StatusKind.RATIFICATION, "2026-01-01"),
              ev("a", StatusKind.ACCEPTANCE, "2026-01-05"), ev("b", StatusKind.RATIFICATION, "2026-01-02")]
    result = entry_into_force(events, RULE, on=D(2026, 2, 1))
    assert result.counted == 2
    assert [n.event.kind for n in result.not_counted] == [StatusKind.ACCEPTANCE]


def test_regional_organisation_does_not_count_on_top_of_its_members() -> None:
    rule = EntryIntoForceRule(document_id="t", instruments_required=3, regional_organizations=("eu",))
    events = [ev("eu", StatusKind.APPROVAL, "2026-01-01"), ev("a", StatusKind.RATIFICATION, "2026-01-02"),
              ev("b", StatusKind.RATIFICATION, "2026-01-03"), ev("c", StatusKind.RATIFICATION, "2026-01-04")]
    result = entry_into_force(events, rule, on=D(2026, 6, 1))
    assert result.deciding is not None and result.deciding.delegation_id == "c"
    assert result.exact_date == D(2026, 1, 4) + dt.timedelta(days=90)
    assert "regional economic integration" in result.not_counted[0].reason
    counting = EntryIntoForceRule(document_id="t", instruments_required=3, regional_organizations=("eu",),
                                  regional_counts=True)
    assert entry_into_force(events, counting).deciding.delegation_id == "b"  # type: ignore[union-attr]


def test_a_partial_date_on_the_deciding_instrument_gives_a_range() -> None:
    events = [ev("a", StatusKind.RATIFICATION, "2026-01-05"), ev("b", StatusKind.RATIFICATION, "2026-01-06"),
              ev("c", StatusKind.RATIFICATION, "2026-03")]
    result = entry_into_force(events, RULE, on=D(2027, 1, 1))
    assert result.threshold_reached == (D(2026, 3, 1), D(2026, 3, 31))
    assert result.date == (D(2026, 5, 30), D(2026, 6, 29))
    assert result.exact_date is None


def test_a_withdrawal_before_the_threshold_takes_the_instrument_out() -> None:
    events = [ev("a", StatusKind.RATIFICATION, "2026-01-01"), ev("b", StatusKind.RATIFICATION, "2026-01-02"),
              ev("a", StatusKind.WITHDRAWAL, "2026-01-03"), ev("c", StatusKind.RATIFICATION, "2026-01-04"),
              ev("d", StatusKind.RATIFICATION, "2026-01-09")]
    result = entry_into_force(events, RULE, on=D(2026, 2, 1))
    assert result.deciding is not None and result.deciding.delegation_id == "d"
    assert result.threshold_reached == (D(2026, 1, 9), D(2026, 1, 9))
    assert party_statuses(events)["a"].stage == "withdrawn"


def test_an_illustrative_instrument_among_the_deciding_ones_marks_the_result() -> None:
    events = [ev("a", StatusKind.RATIFICATION, "2026-01-01"), ev("b", StatusKind.RATIFICATION, "2026-01-02"),
              ev("c", StatusKind.RATIFICATION, "2026-01-03", illustrative=True)]
    assert entry_into_force(events, RULE).illustrative
    assert not entry_into_force(events[:2], RULE).illustrative


def test_party_status_follows_the_events_up_to_a_day() -> None:
    events = [ev("a", StatusKind.SIGNATURE, "2025-10-25"), ev("a", StatusKind.RATIFICATION, "2026-04-02"),
              ev("b", StatusKind.SIGNATURE, "2025-10")]
    assert {k: s.stage for k, s in party_statuses(events).items()} == {"a": "bound", "b": "signed"}
    early = party_statuses(events, on=D(2025, 10, 26))
    assert early["a"].stage == "signed" and "b" not in early  # b's October date may be later


def _p(pid: str, kind: ProvisionKind, number: str, parent: str | None = None, position: int = 0) -> Provision:
    return Provision(id=pid, version_id="v", kind=kind, number=number, parent_id=parent, position=position)


PROVISIONS = {p.id: p for p in [
    _p("ch2", ProvisionKind.CHAPTER, "II"), _p("a11", ProvisionKind.ARTICLE, "11", "ch2"),
    _p("a11-3", ProvisionKind.PARAGRAPH, "3", "a11", 3), _p("a63", ProvisionKind.ARTICLE, "63"),
    _p("a63-2", ProvisionKind.PARAGRAPH, "2", "a63", 2), _p("a7", ProvisionKind.ARTICLE, "7", "ch2"),
]}


def test_reservation_scope_names_articles_in_order_with_their_paragraphs() -> None:
    scope = reservation_scope([PROVISIONS["a63-2"], PROVISIONS["a11-3"], PROVISIONS["a7"]], PROVISIONS)
    assert scope.label == "Art. 7, Art. 11(3), Art. 63(2)"
    assert [a.id for a in scope.articles] == ["a7", "a11", "a63"]
    assert reservation_scope([], PROVISIONS).label == "Whole treaty"


def test_reservations_touching_an_article() -> None:
    r1 = Reservation(document_id="t", delegation_id="x")
    r2 = Reservation(document_id="t", delegation_id="y")
    r3 = Reservation(document_id="t", delegation_id="z")
    linked = {r1.id: ["a11-3"], r2.id: ["a63"], r3.id: []}
    found = reservations_touching([r1, r2, r3], linked, {"a11"}, PROVISIONS)
    assert found == [r1, r3]
