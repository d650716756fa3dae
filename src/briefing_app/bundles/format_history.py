"""What each bundle format holds, as the releases that wrote it wrote it (docs/bundle-format.md).

A bundle of an older format lacks the tables added after it (domain.models.BUNDLE_FORMAT_SINCE) and
may lack columns added to a table later (COLUMN_HISTORY). The reader accepts exactly the shapes
declared here and reads what is absent as nothing: an absent table as empty, an absent column as
the value the importing workspace already has for that row (a partner whose release did not know
the column said nothing about it), or the record's default for a new row.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import MISSING, dataclass, fields
from enum import Enum

from briefing_app.bundles.format import SPECS, TableSpec, tables_of
from briefing_app.domain.models import ALL_RECORD_TABLES


@dataclass(frozen=True, slots=True)
class AddedColumns:
    """Columns a table gained after bundles first carried it."""

    table: str
    columns: tuple[str, ...]
    required_from: int  # every bundle of this format or newer carries them
    why: str


COLUMN_HISTORY: tuple[AddedColumns, ...] = (
    AddedColumns("provisions", ("status", "footnotes"), required_from=3,
                 why="a provision's status and footnotes (schema 6, issue #10); the release of 2026-11-28 "
                     "wrote formats 1 and 2 without them, later ones with them"),
)

FORMATS: dict[int, str] = {
    1: "records, links and record tombstones",
    2: "format 1 and link tombstones",
    3: "format 2, a signed manifest (signer_key, age_recipient, signature); provisions always carry status "
       "and footnotes",
    4: "format 3 and the treaty-status and meeting tables",
}
"""Every format a reader reads, with what it adds (a test checks it names each up to NEWEST_FORMAT)."""


def column_shapes(table: str, format_version: int) -> tuple[tuple[str, ...], ...]:
    """The column lists a bundle of `format_version` may hold for `table`, the full one first."""
    full = SPECS[table].columns
    shapes = [full]
    for added in COLUMN_HISTORY:
        if added.table == table and format_version < added.required_from:
            shapes.append(tuple(c for c in shapes[-1] if c not in added.columns))
    return tuple(shapes)


def shape_ddl(spec: TableSpec, columns: tuple[str, ...]) -> str:
    """The DDL of `spec` narrowed to `columns` (as an older writer generated it)."""
    if columns == spec.columns:
        return spec.ddl
    narrow = TableSpec(spec.name, columns, spec.integer & set(columns), spec.nullable & set(columns),
                       {c: v for c, v in spec.enums.items() if c in columns}, spec.json_lists & set(columns),
                       spec.is_link)
    return narrow.ddl


def accepted_ddl(format_version: int) -> Iterator[tuple[str, dict[str, tuple[str, ...]]]]:
    """(table, {DDL: columns}) for every shareable table a bundle of that format holds."""
    for table in tables_of(format_version):
        spec = SPECS[table]
        yield table, {shape_ddl(spec, shape): shape for shape in column_shapes(table, format_version)}


def default_of(table: str, column: str) -> object:
    """The stored value a new record gets for `column` when a bundle does not carry it."""
    field = next(f for f in fields(ALL_RECORD_TABLES[table]) if f.name == column)
    value = field.default if field.default is not MISSING else field.default_factory()  # type: ignore[operator]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return value


class Widening:
    """Turns one table's rows as an older bundle holds them into full rows, and back."""

    def __init__(self, spec: TableSpec, written: tuple[str, ...],
                 here: Mapping[str, tuple[object, ...]]) -> None:
        self.spec = spec
        self.written = written
        self.absent = tuple(c for c in spec.columns if c not in written)
        self.here = here  # key -> this workspace's values of the absent columns
        self.defaults = tuple(default_of(spec.name, c) for c in self.absent)
        self._positions = [written.index(c) if c in written else -1 for c in spec.columns]
        self._back = [spec.columns.index(c) for c in written]

    def widen(self, row: tuple[object, ...]) -> tuple[object, ...]:
        fill = self.here.get(str(row[0]), self.defaults)
        absent = iter(fill)
        return tuple(row[p] if p >= 0 else next(absent) for p in self._positions)

    def as_written(self, row: tuple[object, ...]) -> tuple[object, ...]:
        """The row as the bundle holds it (what its digest and tombstone hashes are over)."""
        return tuple(row[i] for i in self._back)

