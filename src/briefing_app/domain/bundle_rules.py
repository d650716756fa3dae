"""Rules a partner's bundle must meet beyond its file format (issue 9): real timestamps, a provenance
that is not ours, the demo corpus's or empty, and no cycles in the provision tree or delegation groups.

Pure functions: bundles/validate.py and bundles/apply.py feed them and turn a problem into a refusal
that names the row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from functools import lru_cache

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
MAX_CLOCK_SKEW = timedelta(minutes=15)  # a partner's clock may run this far ahead of ours
_TIMESTAMP = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")  # ASCII digits only: times compare as text

# Names under which the demo corpus appears (its `origin`, and its fictional secretariat): a bundle
# may not claim them as its organization. tests/domain/test_bundle_rules.py checks them against the corpus.
DEMO_PROVENANCE = ("demo", "demo corpus", "Demo Coalition Secretariat (fictional)", "Demo Secretariat")


@lru_cache(maxsize=8192)  # rows made together share their seconds; a bundle repeats them a lot
def parse_utc(value: str) -> datetime | None:
    """The moment a `YYYY-MM-DDTHH:MM:SSZ` text names, or None when it is not one (or no real date)."""
    if not _TIMESTAMP.match(value):
        return None
    try:  # the pattern fixed the shape; fromisoformat (C, ~20x strptime) checks it is a real date
        return datetime.fromisoformat(value[:-1]).replace(tzinfo=UTC)
    except ValueError:
        return None


def timestamp_problem(value: object, now: datetime) -> str | None:
    """Why `value` is not an acceptable timestamp from a bundle read at `now`, or None."""
    moment = parse_utc(value) if isinstance(value, str) else None
    if moment is None:
        return f"{str(value)[:40]!r} is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ, a real date)"
    if moment < EARLIEST:
        return f"{value} is before 1990"
    if moment > now + MAX_CLOCK_SKEW:
        return f"{value} lies in the future (after {format_utc(now + MAX_CLOCK_SKEW)})"
    return None


def format_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def same_organization(a: str, b: str) -> bool:
    """Organization names compared as a person would read them: case, width and spacing ignored."""
    return _normal(a) == _normal(b)


def _normal(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def provenance_problem(organization: str, own_organization: str) -> str | None:
    """Why a bundle may not claim `organization` as its origin in a workspace whose own name is
    `own_organization` ('' when not set), or None."""
    if not _normal(organization):
        return "it does not name the organization that made it"
    if own_organization and same_organization(organization, own_organization):
        return (f"it claims to come from {organization[:80]}, this workspace's own organization; "
                "a partner's bundle cannot speak for you")
    if any(same_organization(organization, name) for name in DEMO_PROVENANCE):
        return f"it claims to come from the demo corpus ({organization[:80]})"
    return None


def find_cycle(parent_of: Mapping[str, str | None], start: Iterable[str]) -> str | None:
    """A key among `start` that is its own ancestor through `parent_of` (a provision tree), or None."""
    for key in start:
        seen = {key}
        current = parent_of.get(key)
        while current is not None:
            if current in seen:
                return key if current == key else current
            seen.add(current)
            current = parent_of.get(current)
    return None


def find_group_cycle(members: Iterable[tuple[str, str]], start: Iterable[str]) -> str | None:
    """A delegation among `start` that is its own member, directly or through groups it belongs to."""
    groups: dict[str, set[str]] = {}
    for delegation, group in members:
        groups.setdefault(delegation, set()).add(group)
    for key in start:
        pending, seen = list(groups.get(key, ())), set()
        while pending:
            group = pending.pop()
            if group == key:
                return key
            if group not in seen:
                seen.add(group)
                pending.extend(groups.get(group, ()))
    return None
