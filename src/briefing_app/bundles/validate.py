"""Check every row of an opened bundle before anything is written: types, enums, UUIDs, lengths,
timestamps, duplicates, references, counts, the content digest, and no cycles in the provision tree
or delegation groups. The result holds only keys and hashes; bundles/apply.py reads the rows again
when it writes them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from briefing_app.bundles.errors import BundleError
from briefing_app.bundles.format import (
    LINK_SPECS,
    LINK_TOMBSTONE_FORMAT,
    LONG_TEXT,
    MAX_ROWS_PER_TABLE,
    MAX_SHORT_CHARS,
    MAX_TEXT_CHARS,
    RECORD_SPECS,
    SPECS,
    UUID_COLUMNS,
    Digest,
    TableSpec,
    is_uuid,
)
from briefing_app.bundles.format_history import Widening
from briefing_app.bundles.reader import OpenBundle
from briefing_app.domain.bundle_rules import find_cycle, find_group_cycle, timestamp_problem
from briefing_app.domain.merge import row_hash
from briefing_app.domain.progress import CancelToken, ProgressFn, no_progress
from briefing_app.domain.treaty_status import is_valid_date
from briefing_app.store import sync_store
from briefing_app.store.workspace import Workspace

_HASH = re.compile(r"^[0-9a-f]{64}$")
# Dates the treaty-status views compute with (domain/treaty_status.date_bounds): table -> column ->
# required; a partner's "soon" or "2024-02-30" would otherwise stop those views.
PARTIAL_DATES = {"status_events": {"date": True}, "reservations": {"date": False, "withdrawn_date": False}}
TIMESTAMP_COLUMNS = ("created_at", "updated_at")  # in record and link rows; tombstones: deleted_at


@dataclass
class BundleContent:
    """Keys and content hashes of a validated bundle (rows stay in the file)."""

    hashes: dict[str, dict[str, str]] = field(default_factory=dict)  # table -> key -> hash
    tombstones: dict[str, dict[str, str]] = field(default_factory=dict)  # table -> key -> last hash
    removed_at: dict[str, dict[str, str]] = field(default_factory=dict)  # link table -> key -> removal time

    @property
    def total(self) -> int:
        return sum(map(len, self.hashes.values())) + sum(map(len, self.tombstones.values()))


def check_value(spec: TableSpec, column: str, value: object) -> str | None:
    """Why one value is unacceptable, or None."""
    if value is None:
        return None if column in spec.nullable else f"{column} is empty (NULL) but required"
    if column in spec.integer:
        if type(value) is not int:
            return f"{column} must be a whole number"
    elif type(value) is not str:
        return f"{column} must be text"
    allowed = spec.enums.get(column)
    if allowed is not None and str(value) not in allowed:
        return f"{column} has the value {str(value)[:40]!r}, which is not one of: {', '.join(sorted(allowed))}"
    if isinstance(value, str):
        limit = MAX_TEXT_CHARS if column in LONG_TEXT else MAX_SHORT_CHARS
        if len(value) > limit:
            return f"{column} is longer than {limit} characters"
        if (column in UUID_COLUMNS or spec.is_link) and column not in ("origin", "created_at") \
                and not is_uuid(value):
            return f"{column} is not a UUID: {value[:40]!r}"
        if column in spec.json_lists and not _is_text_list(value):
            return f"{column} is not a JSON list of short texts"
    return None


@dataclass(frozen=True, slots=True)
class _Rule:
    """check_value's tests for one column, decided once per table (the fast path of validation)."""

    nullable: bool
    integer: bool
    allowed: frozenset[str] | None
    limit: int
    uuid: bool
    json_list: bool
    timestamp: bool


_RULES: dict[tuple[str, tuple[str, ...]], tuple[_Rule, ...]] = {}


def _rules(spec: TableSpec) -> tuple[_Rule, ...]:
    key = (spec.name, spec.columns)
    if key not in _RULES:
        _RULES[key] = _rules_of(spec)
    return _RULES[key]


def _rules_of(spec: TableSpec) -> tuple[_Rule, ...]:
    return tuple(_Rule(column in spec.nullable, column in spec.integer, spec.enums.get(column),
                       MAX_TEXT_CHARS if column in LONG_TEXT else MAX_SHORT_CHARS,
                       (column in UUID_COLUMNS or spec.is_link) and column not in ("origin", "created_at"),
                       column in spec.json_lists, column in TIMESTAMP_COLUMNS)
                 for column in spec.columns)


def _row_ok(rules: tuple[_Rule, ...], row: Sequence[object], now: datetime) -> bool:
    """True exactly when check_value and the timestamp rule find nothing wrong with any value."""
    for rule, value in zip(rules, row, strict=True):
        if value is None:
            if not rule.nullable or rule.timestamp:
                return False
        elif rule.integer:
            if type(value) is not int or rule.timestamp or (rule.allowed is not None and str(value) not in rule.allowed):
                return False
        elif type(value) is not str or len(value) > rule.limit \
                or (rule.allowed is not None and value not in rule.allowed) \
                or (rule.uuid and not is_uuid(value)) or (rule.json_list and not _is_text_list(value)) \
                or (rule.timestamp and timestamp_problem(value, now) is not None):
            return False
    return True


_ROW_VALUE_TABLES = frozenset({"positions", *PARTIAL_DATES})  # rules that look at named values


def _reference_slots(spec: TableSpec) -> tuple[tuple[int, str, int], ...]:
    """(column index, target table, -1) of each reference in the row, in spec.references order; a
    note's record_id comes last as (its index, '', index of record_table, which names the target)."""
    slots = [(spec.columns.index(column), target, -1) for column, target in spec.references]
    if spec.name == "notes":
        slots.append((spec.columns.index("record_id"), "", spec.columns.index("record_table")))
    return tuple(slots)


def _is_link_key(value: object) -> bool:
    """A link row's key: two UUIDs and one space."""
    return isinstance(value, str) and len(value) == 73 and all(map(is_uuid, value.split(" ")))


def _is_text_list(value: str) -> bool:
    try:
        items = json.loads(value)
    except ValueError:
        return False
    return isinstance(items, list) and all(isinstance(i, str) and len(i) <= 40 for i in items)


class _Checker:
    def __init__(self, bundle: OpenBundle, ws: Workspace, now: datetime, progress: ProgressFn,
                 cancel: CancelToken | None) -> None:
        self.bundle = bundle
        self.now = now
        self.ws = ws
        self.progress = progress
        self.cancel = cancel
        self.content = BundleContent()
        self.digest = Digest()
        self.owner: dict[str, str] = {}  # record id -> table that holds it in the bundle
        self.wanted: dict[str, dict[str, tuple[str, int, str]]] = {}  # target -> id -> first (table, row, key)
        self.done = 0
        self.total = sum(bundle.manifest.counts.values())

    def fail(self, problem: str, table: str = "", row: int | None = None, key: str = "") -> BundleError:
        return BundleError(self.bundle.name, problem, table=table, row=row, key=key)

    def table(self, spec: TableSpec) -> None:
        hashes: dict[str, str] = {}
        self.content.hashes[spec.name] = hashes
        widening = self.bundle.widenings.get(spec.name)
        written: dict[str, str] = {}
        rules = _rules(spec)
        slots = _reference_slots(spec)
        for number, row in self.bundle.rows(spec):
            key = spec.key_of(row) if isinstance(row[0], str) and isinstance(row[1], str) else "?"
            if not _row_ok(rules, row, self.now):  # the slow path names the first problem
                for column, value in zip(spec.columns, row, strict=True):
                    problem = check_value(spec, column, value)
                    if problem is None and column in TIMESTAMP_COLUMNS:
                        problem = _timestamp(column, value, self.now)
                    if problem:
                        raise self.fail(problem + ".", spec.name, number, key)
            if key in hashes:
                raise self.fail("the same id appears twice (duplicate UUID).", spec.name, number, key)
            if not spec.is_link:
                if key in self.owner:
                    raise self.fail(f"this id is already used by a row of {self.owner[key]} (duplicate UUID).",
                                    spec.name, number, key)
                self.owner[key] = spec.name
            self._row_rules(spec, row, number, key, slots)
            hashes[key] = row_hash(row)
            if widening is not None:  # the digest is over the row as the (older) bundle holds it
                written[key] = row_hash(widening.as_written(row))
            if len(hashes) > MAX_ROWS_PER_TABLE:
                raise self.fail(f"more than {MAX_ROWS_PER_TABLE} rows.", spec.name)
            self._tick(spec.name)
        self.digest.add_all(spec.name, (written if widening is not None else hashes).items())
        declared = self.bundle.manifest.counts.get(spec.name, 0)
        if declared != len(hashes):
            raise self.fail(f"the manifest announces {declared} rows but the table has {len(hashes)}.", spec.name)

    def _row_rules(self, spec: TableSpec, row: Sequence[object], number: int, key: str,
                   slots: tuple[tuple[int, str, int], ...]) -> None:
        """`slots`: _reference_slots(spec), decided once per table."""
        if spec.name in _ROW_VALUE_TABLES:
            values = dict(zip(spec.columns, row, strict=True))
            if spec.name == "positions" and values["provision_id"] is None and values["amendment_id"] is None:
                raise self.fail("a position needs a provision or an amendment.", spec.name, number, key)
            for column, required in PARTIAL_DATES.get(spec.name, {}).items():
                date = str(values[column])
                if (date or required) and not is_valid_date(date):
                    raise self.fail(f"{column} {date[:40]!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY).",
                                    spec.name, number, key)
        wanted, found = self.wanted, (spec.name, number, key)
        for index, target, table_index in slots:
            value = row[index]
            if isinstance(value, str):
                wanted.setdefault(target or str(row[table_index]), {}).setdefault(value, found)

    def _tick(self, table: str) -> None:
        self.done += 1
        if self.done % 1000 == 0:
            self.progress(self.done, self.total, f"Checking {table}")
            if self.cancel is not None:
                self.cancel.check()

    def tombstones(self) -> None:
        count = 0
        for number, row in self.bundle.tombstone_rows():
            table, key, deleted_at, last_hash = row
            label = key if isinstance(key, str) else "?"
            link = LINK_SPECS.get(table) if isinstance(table, str) else None
            if table not in RECORD_SPECS and link is None:
                raise self.fail(f"a tombstone names the unknown table {str(table)[:40]!r}.", "tombstones", number)
            if link is not None and self.bundle.manifest.format_version < LINK_TOMBSTONE_FORMAT:
                raise self.fail(f"a tombstone names the link table {table}, which bundles of format "
                                f"{self.bundle.manifest.format_version} do not carry.", "tombstones", number, label)
            well_formed = _is_link_key(key) if link else is_uuid(key)
            if not well_formed or not isinstance(last_hash, str) or not _HASH.match(last_hash):
                raise self.fail("a tombstone has a malformed id, time or hash.", "tombstones", number, label)
            problem = _timestamp("deleted_at", deleted_at, self.now)
            if problem:
                raise self.fail(f"a tombstone has a malformed id, time or hash: {problem}.", "tombstones",
                                number, label)
            assert isinstance(key, str) and isinstance(table, str) and isinstance(deleted_at, str)
            if link is not None and deleted_at > self.bundle.manifest.created_at:
                raise self.fail("a link removal is dated after the bundle was made; a later time would let "
                                "it win over every later change here.", "tombstones", number, label)
            if key in self.content.tombstones.get(table, {}):
                raise self.fail("the same row has two tombstones.", "tombstones", number, key)
            if key in self.content.hashes[table]:
                raise self.fail(f"this row is both in {table} and deleted by a tombstone.", "tombstones",
                                number, key)
            self.content.tombstones.setdefault(table, {})[key] = last_hash
            if link is not None:
                self.content.removed_at.setdefault(table, {})[key] = deleted_at
                for (_column, target), end in zip(link.references, key.split(" "), strict=True):
                    self.wanted.setdefault(target, {}).setdefault(end, ("tombstones", number, key))
            self.digest.add("tombstones", f"{table} {key}", row_hash(row))
            count += 1
            if count > MAX_ROWS_PER_TABLE:
                raise self.fail(f"more than {MAX_ROWS_PER_TABLE} tombstones.", "tombstones")
            self._tick("tombstones")
        declared = self.bundle.manifest.counts.get("tombstones", 0)
        if declared != count:
            raise self.fail("the manifest's tombstone count does not match the table.", "tombstones")

    def references(self) -> None:
        for target, wanted in self.wanted.items():
            here = self.content.hashes.get(target, {})
            deleted = self.content.tombstones.get(target, {})
            missing = [i for i in wanted if i not in here]
            if not missing:
                continue
            present = sync_store.existing_keys(self.ws, target)
            for ref in missing:
                if ref not in present or ref in deleted:
                    table, number, key = wanted[ref]
                    raise self.fail(f"it refers to {target} {ref}, which is neither in the bundle nor in "
                                    "this workspace (dangling reference).", table, number, key)

    def reused_ids(self) -> None:
        """A record's id may not name a row of another table here (ids are unique across tables)."""
        for table in RECORD_SPECS:
            here = sync_store.existing_keys(self.ws, table)
            for other, hashes in self.content.hashes.items():
                if other == table or other not in RECORD_SPECS:
                    continue
                clash = next((key for key in hashes if key in here), None)
                if clash is not None:
                    raise self.fail(f"its id is already used by a row of {table} in this workspace.", other,
                                    key=clash)

    def structure(self) -> None:
        """No provision may be its own ancestor, no delegation its own member (directly or through
        groups), counting the workspace's rows as the bundle would leave them."""
        provisions = SPECS["provisions"]
        parent_of = {r[0]: r[1] for r in sync_store.iter_rows(self.ws, "provisions", ("id", "parent_id"))}
        theirs: dict[str, int] = {}
        for number, row in self.bundle.rows(provisions):
            values = dict(zip(provisions.columns, row, strict=True))
            parent_of[str(values["id"])] = None if values["parent_id"] is None else str(values["parent_id"])
            theirs[str(values["id"])] = number
        looped = find_cycle(parent_of, theirs)
        if looped is not None:
            raise self.fail("this provision is its own ancestor (its parent chain loops back to it).",
                            "provisions", theirs.get(looped), looped)
        spec = SPECS["delegation_memberships"]
        removed = self.content.tombstones.get(spec.name, {})
        pairs = {(str(a), str(b)) for a, b in sync_store.iter_rows(self.ws, spec.name, spec.columns[:2])
                 if f"{a} {b}" not in removed}
        numbers: dict[str, int] = {}
        for number, row in self.bundle.rows(spec):
            pairs.add((str(row[0]), str(row[1])))
            numbers.setdefault(str(row[0]), number)
        looped = find_group_cycle(pairs, numbers)
        if looped is not None:
            raise self.fail("this delegation is its own member (directly or through the groups it is in).",
                            spec.name, numbers.get(looped), looped)

    def unique_labels(self) -> None:
        """A new version must not take a label its document already has here (UNIQUE in the workspace)."""
        labels = {(r[1], r[2]): r[0] for r in sync_store.iter_rows(self.ws, "versions",
                                                                     ("id", "document_id", "label"))}
        for number, row in self.bundle.rows(SPECS["versions"]):
            holder = labels.get((row[1], row[3]))
            if holder is not None and holder != row[0]:
                raise self.fail(f"its document already has a different version labelled {str(row[3])[:60]!r}.",
                                "versions", number, str(row[0]))


def _match_written_tombstones(ws: Workspace, widening: Widening, tombstones: dict[str, str]) -> None:
    """An older bundle's tombstone hashes the row as it held it (fewer columns). Where that matches my
    row and my absent columns still hold the defaults (nothing here the sender could not see), the
    tombstone names my version: it then carries my full hash, so the merge rules apply unchanged."""
    if not tombstones:
        return
    keys = set(tombstones)
    mine_written = sync_store.row_hashes(ws, widening.spec.name, widening.written, keys=keys)
    mine_full = sync_store.row_hashes(ws, widening.spec.name, widening.spec.columns, keys=keys)
    for key, last_hash in tombstones.items():
        if mine_written.get(key) == last_hash and widening.here.get(key) == widening.defaults:
            tombstones[key] = mine_full[key]


def _timestamp(column: str, value: object, now: datetime) -> str | None:
    problem = timestamp_problem(value, now)
    return None if problem is None else f"{column} {problem}"


def validate(bundle: OpenBundle, ws: Workspace, *, now: datetime,
             progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> BundleContent:
    """Read and check every row; raise BundleError naming table and row at the first problem.

    `now`: the import time; no timestamp may lie later than it (plus a small clock skew)."""
    problem = _timestamp("created_at", bundle.manifest.created_at, now)
    if problem:
        raise BundleError(bundle.name, f"the manifest's {problem}.", table="manifest")
    checker = _Checker(bundle, ws, now, progress, cancel)
    for widening in bundle.widenings.values():
        widening.here = {str(row[0]): tuple(row[1:]) for row in
                         sync_store.iter_rows(ws, widening.spec.name, ("id", *widening.absent))}
    for spec in SPECS.values():
        checker.table(spec)
    checker.tombstones()
    if checker.digest.hexdigest(bundle.manifest.format_version) != bundle.manifest.content_digest:
        raise checker.fail("the content digest does not match the rows (the file was altered or damaged).")
    for widening in bundle.widenings.values():
        _match_written_tombstones(ws, widening, checker.content.tombstones.get(widening.spec.name, {}))
    checker.references()
    checker.reused_ids()
    checker.structure()
    checker.unique_labels()
    return checker.content
