"""A treaty after adoption (pure): status events per state, entry into force, reservation scopes.

Dates may be partial, as sources give them ("2025", "2025-10", "2025-10-25"): a partial date is a
range of days, so the entry-into-force date it leads to is a range too (equal ends when every
deciding date is exact).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from briefing_app.domain.enums import ProvisionKind, StatusKind
from briefing_app.domain.models import EntryIntoForceRule, Provision, Reservation, StatusEvent

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class StatusDateError(ValueError):
    """A date that is not YYYY, YYYY-MM or YYYY-MM-DD, or not in the calendar."""


@functools.lru_cache(maxsize=4096)
def date_bounds(text: str) -> tuple[dt.date, dt.date]:
    """First and last day a (possibly partial) ISO date can mean: "2025-10" → 1–31 Oct 2025.
    Cached: sorting and counting events ask for the same few hundred dates many times."""
    match = _PARTIAL_DATE.match(text.strip())
    if match is None:
        raise StatusDateError(f"{text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = (int(g) if g else 0 for g in match.groups())
    try:
        if day:
            exact = dt.date(year, month, day)
            return exact, exact
        if month:
            first = dt.date(year, month, 1)
            following = dt.date(year + (month == 12), month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        raise StatusDateError(f"{text!r} is not a day in the calendar") from None


def is_valid_date(text: str) -> bool:
    try:
        date_bounds(text)
    except StatusDateError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class PartyStatus:
    """Where one party stands on a date: its signature, its instrument (if any) and a withdrawal."""

    delegation_id: str
    signature: StatusEvent | None = None
    instrument: StatusEvent | None = None
    withdrawal: StatusEvent | None = None

    @property
    def stage(self) -> str:
        """One word for tables and colours: withdrawn · bound · signed · none."""
        if self.withdrawal is not None:
            return "withdrawn"
        if self.instrument is not None:
            return "bound"
        if self.signature is not None:
            return "signed"
        return "none"

    @property
    def illustrative(self) -> bool:
        return any(e is not None and e.illustrative for e in (self.signature, self.instrument, self.withdrawal))


def _sort_key(event: StatusEvent) -> tuple[dt.date, dt.date, str]:
    start, end = date_bounds(event.date)
    return start, end, event.id


def party_statuses(events: Iterable[StatusEvent], *, on: dt.date | None = None) -> dict[str, PartyStatus]:
    """Delegation id → its status (on a day when given: events that surely happened by then).

    The first signature and the first instrument count; a withdrawal after the instrument ends it.
    """
    found: dict[str, PartyStatus] = {}
    for event in sorted(events, key=_sort_key):
        if on is not None and date_bounds(event.date)[1] > on:
            continue
        status = found.get(event.delegation_id, PartyStatus(event.delegation_id))
        if event.kind is StatusKind.SIGNATURE and status.signature is None:
            status = PartyStatus(status.delegation_id, event, status.instrument, status.withdrawal)
        elif event.kind.is_instrument and (status.instrument is None or status.withdrawal is not None):
            status = PartyStatus(status.delegation_id, status.signature, event, None)
        elif event.kind is StatusKind.WITHDRAWAL and status.instrument is not None:
            status = PartyStatus(status.delegation_id, status.signature, status.instrument, event)
        found[event.delegation_id] = status
    return found


@dataclass(frozen=True, slots=True)
class CountPoint:
    """The number of counted instruments from `day` on: surely (`sure`) and at most (`possible`)."""

    day: dt.date
    sure: int
    possible: int


@dataclass(frozen=True, slots=True)
class NotCounted:
    event: StatusEvent
    reason: str


@dataclass(frozen=True, slots=True)
class EntryIntoForce:
    """What the rule gives for the recorded instruments."""

    required: int
    days_after: int
    counted: int  # instruments counted today (or on the `on` day given)
    series: tuple[CountPoint, ...]
    deciding: StatusEvent | None  # the instrument that reached the threshold
    threshold_reached: tuple[dt.date, dt.date] | None  # earliest and latest day it was reached
    date: tuple[dt.date, dt.date] | None  # earliest and latest day of entry into force
    not_counted: tuple[NotCounted, ...] = ()
    illustrative: bool = False  # an illustrative instrument is among those that decide

    @property
    def exact_date(self) -> dt.date | None:
        return self.date[0] if self.date and self.date[0] == self.date[1] else None

    @property
    def remaining(self) -> int:
        return max(self.required - self.counted, 0)


_Window = tuple[StatusEvent, dt.date, dt.date, dt.date | None, dt.date | None]


def _instrument_windows(events: Sequence[StatusEvent], rule: EntryIntoForceRule
                        ) -> tuple[list[_Window], list[NotCounted]]:
    """Counted instruments with (start bounds, end bounds of a withdrawal) and the ones left out."""
    counted_kinds = {StatusKind(k) for k in rule.counted_kinds}
    regional = set(rule.regional_organizations)
    windows: list[_Window] = []
    skipped: list[NotCounted] = []
    by_party: dict[str, list[StatusEvent]] = {}
    for event in sorted(events, key=_sort_key):
        by_party.setdefault(event.delegation_id, []).append(event)
    for party, party_events in by_party.items():
        active: StatusEvent | None = None
        for event in party_events:
            if event.kind is StatusKind.WITHDRAWAL:
                if active is not None:
                    start, end = date_bounds(active.date)
                    w_start, w_end = date_bounds(event.date)
                    windows.append((active, start, end, w_start, w_end))
                    active = None
                continue
            if not event.kind.is_instrument:
                continue
            if event.kind not in counted_kinds:
                skipped.append(NotCounted(event, f"a {event.kind.value} does not count under this rule"))
            elif party in regional and not rule.regional_counts:
                skipped.append(NotCounted(event, "a regional economic integration organisation's instrument "
                                                 "does not count in addition to those of its member states"))
            elif active is not None:
                skipped.append(NotCounted(event, "the party's earlier instrument is already counted"))
            else:
                active = event
        if active is not None:
            start, end = date_bounds(active.date)
            windows.append((active, start, end, None, None))
    return windows, skipped


def entry_into_force(events: Iterable[StatusEvent], rule: EntryIntoForceRule, *,
                     on: dt.date | None = None) -> EntryIntoForce:
    """Count instruments against the rule and find the day the threshold is (or was) reached.

    A party's instrument counts from its deposit until a withdrawal; the threshold is reached on
    the first day the count reaches `instruments_required`, and the treaty enters into force
    `days_after` days later (Art 65(1) of the demo treaty: the 90th day after the 40th instrument).
    """
    windows, skipped = _instrument_windows(list(events), rule)
    changes: set[dt.date] = set()
    for _event, start, end, w_start, w_end in windows:
        changes.update((start, end))
        if w_start is not None and w_end is not None:
            changes.update((w_start, w_end + dt.timedelta(days=1)))
    series: list[CountPoint] = []
    for day in sorted(changes):
        sure = sum(1 for _e, _s, end, w_start, _we in windows if end <= day and (w_start is None or w_start > day))
        possible = sum(1 for _e, start, _en, _ws, w_end in windows if start <= day and (w_end is None or w_end >= day))
        if not series or (series[-1].sure, series[-1].possible) != (sure, possible):
            series.append(CountPoint(day, sure, possible))
    required = max(rule.instruments_required, 1)
    earliest = next((p.day for p in series if p.possible >= required), None)
    latest = next((p.day for p in series if p.sure >= required), None)
    reached = (earliest, latest) if earliest is not None and latest is not None else None
    deciding = None
    illustrative = False
    if latest is not None:
        in_force_by = [w for w in sorted(windows, key=lambda w: (w[2], w[0].id)) if w[2] <= latest]
        deciding = in_force_by[-1][0] if in_force_by else None
        illustrative = any(w[0].illustrative for w in in_force_by)
    days = dt.timedelta(days=rule.days_after)
    date = (reached[0] + days, reached[1] + days) if reached else None
    today = on or dt.date.today()
    counted = next((p.sure for p in reversed(series) if p.day <= today), 0)
    return EntryIntoForce(required=required, days_after=rule.days_after, counted=counted, series=tuple(series),
                          deciding=deciding, threshold_reached=reached, date=date,
                          not_counted=tuple(skipped), illustrative=illustrative)


# -- reservations and declarations ---------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ReservationScope:
    """What a reservation or declaration touches: the whole treaty, or these articles (and parts)."""

    whole_treaty: bool
    articles: tuple[Provision, ...] = ()
    parts: dict[str, tuple[Provision, ...]] = field(default_factory=dict)  # article id → paragraphs named

    @property
    def label(self) -> str:
        """"Whole treaty" or "Art. 11(3), Art. 63" — the articles in treaty order, parts in brackets."""
        if self.whole_treaty:
            return "Whole treaty"
        labels = []
        for article in self.articles:
            parts = self.parts.get(article.id, ())
            if parts:
                labels.append(", ".join(f"Art. {article.number}({_last(p.number)})" for p in parts))
            else:
                labels.append(f"Art. {article.number}" if article.number else article.label)
        return ", ".join(labels)


def paragraph_number(number: str) -> str:
    """The paragraph's own number: "3" of "11(3)" or "3" (public: ui/status shows scopes translated)."""
    return _last(number)


def _last(number: str) -> str:
    """The paragraph's own number: "3" of "11(3)" or "3"."""
    inner = number.rsplit("(", 1)[-1].rstrip(")") if number.endswith(")") else number
    return inner.rsplit(".", 1)[-1] or number


def article_of(provision: Provision, by_id: Mapping[str, Provision]) -> Provision | None:
    """The article a provision belongs to (itself for an article; None above article level)."""
    current: Provision | None = provision
    while current is not None and current.kind is not ProvisionKind.ARTICLE:
        current = by_id.get(current.parent_id) if current.parent_id else None
    return current


def reservation_scope(linked: Sequence[Provision], by_id: Mapping[str, Provision]) -> ReservationScope:
    """The scope of a reservation from the provisions it is linked to (none: the whole treaty)."""
    articles: dict[str, Provision] = {}
    parts: dict[str, list[Provision]] = {}
    whole = not linked
    for provision in linked:
        article = article_of(provision, by_id)
        if article is None:
            whole = True
            continue
        articles.setdefault(article.id, article)
        if provision.id != article.id:
            parts.setdefault(article.id, []).append(provision)
    ordered = tuple(sorted(articles.values(), key=_article_order))
    full = {a for a in articles if any(p.id == a for p in linked)}
    return ReservationScope(whole_treaty=whole and not articles, articles=ordered,
                            parts={a: tuple(sorted(ps, key=lambda p: p.position))
                                   for a, ps in parts.items() if a not in full})


def _article_order(article: Provision) -> tuple[int, str]:
    digits = re.match(r"\d+", article.number)
    return (int(digits.group()) if digits else 10**6, article.number)


def reservations_touching(reservations: Iterable[Reservation], linked: Mapping[str, Sequence[str]],
                          article_ids: set[str], by_id: Mapping[str, Provision]) -> list[Reservation]:
    """Reservations whose scope includes one of `article_ids` (a whole-treaty one touches every article).

    `linked` maps a reservation id to the provision ids it is linked to.
    """
    found = []
    for reservation in reservations:
        provisions = [by_id[p] for p in linked.get(reservation.id, ()) if p in by_id]
        scope = reservation_scope(provisions, by_id)
        if scope.whole_treaty or any(a.id in article_ids for a in scope.articles):
            found.append(reservation)
    return found
