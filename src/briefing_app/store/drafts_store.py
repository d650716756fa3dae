"""Reads and writes of the draft tables: carried analysis with its review state, split/merge relations,
and the bulk write of a carry plan (domain.carry_plan)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import astuple, dataclass, fields
from enum import StrEnum
from typing import Any

from briefing_app.domain.carry_plan import AMENDMENT_LINKS, CarriedRecord, CarryInputs, CarryPlan, CarryState
from briefing_app.domain.models import Amendment, Position
from briefing_app.domain.progress import CancelToken, ProgressFn, no_progress
from briefing_app.store.errors import IntegrityError
from briefing_app.store.records import from_row
from briefing_app.store.workspace import Workspace

BATCH_ROWS = 500
"""Rows written between two cancel checks when a carry plan is applied."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ProvisionRelation:
    """'split-from': provision_id (new part) came out of related_id (old); 'merged-into': the reverse."""

    id: str
    from_version_id: str
    to_version_id: str
    relation: str
    provision_id: str
    related_id: str
    created_at: str = ""


_CARRY_COLUMNS = tuple(f.name for f in fields(CarriedRecord))
_RELATION_COLUMNS = tuple(f.name for f in fields(ProvisionRelation))


def _insert(ws: Workspace, table: str, columns: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    with ws.transaction():
        ws.conn.executemany(sql, rows)


def insert_carries(ws: Workspace, records: Iterable[CarriedRecord]) -> int:
    now = ws.clock()
    rows = [astuple(r)[:-2] + (r.created_at or now, r.updated_at or now) for r in records]
    _insert(ws, "draft_carries", _CARRY_COLUMNS, [_plain(row) for row in rows])
    return len(rows)


def insert_relations(ws: Workspace, relations: Iterable[ProvisionRelation]) -> int:
    now = ws.clock()
    rows = [astuple(r)[:-1] + (r.created_at or now,) for r in relations]
    _insert(ws, "provision_relations", _RELATION_COLUMNS, rows)
    return len(rows)


def _plain(row: tuple[object, ...]) -> tuple[object, ...]:
    return tuple(v.value if isinstance(v, StrEnum) else v for v in row)


def _carry(row: sqlite3.Row) -> CarriedRecord:
    values = dict(zip(_CARRY_COLUMNS, row, strict=True))
    values["state"] = CarryState(values["state"])
    return CarriedRecord(**values)


def carries_into(ws: Workspace, to_version_id: str, *, review_only: bool = False) -> list[CarriedRecord]:
    """Records carried into a version, in the order they were carried; review_only: those needing a look."""
    sql = f"SELECT {', '.join(_CARRY_COLUMNS)} FROM draft_carries WHERE to_version_id = ?"
    params: list[object] = [to_version_id]
    if review_only:
        states = [s.value for s in CarryState if s.needs_review]
        sql += f" AND state IN ({', '.join('?' for _ in states)})"
        params.extend(states)
    return [_carry(row) for row in ws.conn.execute(sql + " ORDER BY rowid", params)]


def get_carry(ws: Workspace, carry_id: str) -> CarriedRecord:
    row = ws.conn.execute(
        f"SELECT {', '.join(_CARRY_COLUMNS)} FROM draft_carries WHERE id = ?", (carry_id,)).fetchone()
    if row is None:
        raise IntegrityError(f"No carried record with id {carry_id}.")
    return _carry(row)


def resolve_carry(ws: Workspace, carry_id: str) -> CarriedRecord:
    """Mark a carried record as looked at; its earlier state is kept for `reopen_carry`."""
    record = get_carry(ws, carry_id)
    if record.state is not CarryState.RESOLVED:
        with ws.transaction():
            ws.conn.execute(
                "UPDATE draft_carries SET state = 'resolved', previous_state = ?, updated_at = ? WHERE id = ?",
                (record.state.value, ws.clock(), carry_id))
    return get_carry(ws, carry_id)


def reopen_carry(ws: Workspace, carry_id: str) -> CarriedRecord:
    record = get_carry(ws, carry_id)
    if record.state is CarryState.RESOLVED and record.previous_state:
        with ws.transaction():
            ws.conn.execute(
                "UPDATE draft_carries SET state = previous_state, previous_state = '', updated_at = ? "
                "WHERE id = ?", (ws.clock(), carry_id))
    return get_carry(ws, carry_id)


def relations_into(ws: Workspace, to_version_id: str) -> list[ProvisionRelation]:
    rows = ws.conn.execute(
        f"SELECT {', '.join(_RELATION_COLUMNS)} FROM provision_relations WHERE to_version_id = ? ORDER BY rowid",
        (to_version_id,))
    return [ProvisionRelation(**dict(zip(_RELATION_COLUMNS, row, strict=True))) for row in rows]


def carry_inputs(ws: Workspace, provision_ids: Sequence[str]) -> CarryInputs:
    """The analysis on these provisions that a carry plan needs, read in a few queries."""
    ids = list(provision_ids)
    if not ids:
        return CarryInputs()
    marks = ", ".join("?" for _ in ids)
    concerns: dict[str, list[str]] = {}
    for row in ws.conn.execute(
            f"""SELECT cp.provision_id, c.id FROM concerns c JOIN concern_provisions cp ON cp.concern_id = c.id
                WHERE cp.provision_id IN ({marks}) ORDER BY CASE c.severity WHEN 'critical' THEN 4
                WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END DESC, c.date DESC, c.title""", ids):
        concerns.setdefault(row[0], []).append(row[1])
    amendments: dict[str, list[Amendment]] = {}
    for row in ws.conn.execute(
            f"SELECT * FROM amendments WHERE provision_id IN ({marks}) ORDER BY date, title", ids):
        amendment = from_row(Amendment, row)
        amendments.setdefault(amendment.provision_id, []).append(amendment)
    positions: dict[str, list[Position]] = {}
    for row in ws.conn.execute(f"SELECT * FROM positions WHERE provision_id IN ({marks}) ORDER BY rowid", ids):
        position = from_row(Position, row)
        positions.setdefault(position.provision_id or "", []).append(position)
    amendment_ids = [a.id for found in amendments.values() for a in found]
    return CarryInputs(concerns, amendments, positions, *_amendment_extras(ws, amendment_ids))


def _amendment_extras(ws: Workspace, amendment_ids: list[str]
                      ) -> tuple[dict[str, list[Position]], dict[str, dict[str, list[str]]]]:
    stances: dict[str, list[Position]] = {}
    links: dict[str, dict[str, list[str]]] = {}
    for start in range(0, len(amendment_ids), BATCH_ROWS):
        chunk = amendment_ids[start:start + BATCH_ROWS]
        marks = ", ".join("?" for _ in chunk)
        for row in ws.conn.execute(
                f"SELECT * FROM positions WHERE amendment_id IN ({marks}) AND provision_id IS NULL ORDER BY rowid",
                chunk):
            stance = from_row(Position, row)
            stances.setdefault(stance.amendment_id or "", []).append(stance)
        for name in AMENDMENT_LINKS:
            other = "concern_id" if name == "amendment_concerns" else "organization_id"
            for row in ws.conn.execute(
                    f"SELECT amendment_id, {other} FROM {name} WHERE amendment_id IN ({marks}) ORDER BY rowid",
                    chunk):
                links.setdefault(row[0], {}).setdefault(name, []).append(row[1])
    return stances, links


def write_carry_plan(ws: Workspace, plan: CarryPlan, *, cancel: CancelToken | None = None,
                     progress: ProgressFn = no_progress, batch_rows: int | None = None) -> int:
    """Write a carry plan in batches of `batch_rows` (default BATCH_ROWS), checking `cancel` before each batch.

    Runs inside the caller's transaction when there is one (an import), so a cancel or a failure
    rolls back everything the import wrote. Returns the number of rows written."""
    token = cancel or CancelToken()
    size = batch_rows or BATCH_ROWS
    steps: list[tuple[Callable[[Sequence[Any]], object], Sequence[Any]]] = [
        (lambda rows: ws.insert_links("concern_provisions", rows), plan.concern_links),
        (ws.insert_many, plan.amendments),
        *((lambda rows, name=name: ws.insert_links(name, rows), pairs) for name, pairs in plan.links),
        (ws.insert_many, plan.positions),
        (lambda rows: insert_carries(ws, rows), plan.records),
    ]
    done = 0
    with ws.transaction():
        for write, rows in steps:
            for start in range(0, len(rows), size):
                token.check()
                chunk = rows[start:start + size]
                write(chunk)
                done += len(chunk)
                progress(done, plan.size, "Carrying concerns, amendments and positions forward")
        token.check()
    return done
