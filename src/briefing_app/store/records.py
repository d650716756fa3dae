"""Conversion between domain records and SQLite rows (enums as text, bools as 0/1, tuples as JSON)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import types
import typing
from enum import Enum
from typing import Any, TypeVar

from briefing_app.domain.models import Record

R = TypeVar("R", bound=Record)


_COLUMNS: dict[type[Record], tuple[str, ...]] = {}
_CONVERTERS: dict[type[Record], dict[str, Any]] = {}
_READERS: dict[type[Record], tuple[tuple[str, Any], ...]] = {}  # (column, converter or None) in field order


def column_names(cls: type[Record]) -> tuple[str, ...]:
    if cls not in _COLUMNS:
        _COLUMNS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return _COLUMNS[cls]


def _converters(cls: type[Record]) -> dict[str, Any]:
    if cls not in _CONVERTERS:
        _CONVERTERS[cls] = _build_converters(cls)
    return _CONVERTERS[cls]


def _build_converters(cls: type[Record]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    converters: dict[str, Any] = {}
    for name, hint in hints.items():
        optional = typing.get_origin(hint) in (typing.Union, types.UnionType)
        base = next(a for a in typing.get_args(hint) if a is not type(None)) if optional else hint
        if isinstance(base, type) and issubclass(base, Enum):
            converters[name] = _enum_reader(base)
        elif base is bool:
            converters[name] = bool
        elif typing.get_origin(base) is tuple:
            converters[name] = _tuple_from_json
    return converters


def _enum_reader(cls: type[Enum]) -> Any:
    """The member for a stored value by a dict lookup (calling the enum costs ~1 µs a value, and a
    workspace read converts hundreds of thousands); an unknown value still raises ValueError."""
    members = dict(cls._value2member_map_)

    def read(value: Any) -> Enum:
        member = members.get(value)
        return member if member is not None else cls(value)

    return read


def _tuple_from_json(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


def to_row(record: Record) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name in column_names(type(record)):
        value = getattr(record, name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, bool):
            value = int(value)
        elif isinstance(value, tuple):
            value = json.dumps(list(value), ensure_ascii=False)
        row[name] = value
    return row


def from_row(cls: type[R], row: sqlite3.Row | dict[str, Any]) -> R:
    reader = _READERS.get(cls)
    if reader is None:
        converters = _converters(cls)
        reader = _READERS[cls] = tuple((name, converters.get(name)) for name in column_names(cls))
    values: dict[str, Any] = {}
    for name, convert in reader:
        value = row[name]
        if convert is not None and value is not None:
            value = convert(value)
        values[name] = value
    return cls(**values)
