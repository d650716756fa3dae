"""Reads and writes of the draft tables: carried analysis with its review state, split/merge relations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import astuple, dataclass, fields
from enum import StrEnum

from briefing_app.store.errors import IntegrityError
from briefing_app.store.workspace import Workspace


class CarryState(StrEnum):
    """Review state of one record carried to a new draft; values match drafts_schema.CARRY_STATES."""

    UNCHANGED = "carried-unchanged"
    BASE_TEXT_CHANGED = "base-text-changed"
    POSSIBLY_ADOPTED = "possibly-adopted"
    ORPHANED = "orphaned"
    RESOLVED = "resolved"

    @property
    def needs_review(self) -> bool:
        return self in (CarryState.BASE_TEXT_CHANGED, CarryState.POSSIBLY_ADOPTED, CarryState.ORPHANED)


@dataclass(frozen=True, slots=True, kw_only=True)
class CarriedRecord:
    """A concern link, amendment or position of an old provision and what became of it.

    `carried_id` is the concern itself (now also linked to the new provision) or the amendment or
    position copied onto the new provision (a stance on an amendment: onto the carried amendment);
    None when orphaned (nothing carried, the original stays).
    """

    id: str
    from_version_id: str
    to_version_id: str
    record_table: str
    source_id: str
    carried_id: str | None
    old_provision_id: str
    new_provision_id: str | None
    state: CarryState
    previous_state: str = ""
    detail: str = ""
    created_at: str = ""
    updated_at: str = ""


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
