"""The bundle format (docs/bundle-format.md): tables, exact DDL, limits, and the content digest.

Everything here is derived from the domain records, so a bundle carries the same columns as the
workspace. The DDL strings are also the import allow-list: a bundle's schema must equal them.
"""

from __future__ import annotations

import hashlib
import re
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass, fields
from enum import Enum

from briefing_app.domain.models import ALL_LINKS_BY_NAME, ALL_RECORD_TABLES, BUNDLE_FORMAT_SINCE, Record

FORMAT_NAME = "briefing-desk-bundle"
LINK_TOMBSTONE_FORMAT = 2  # from here tombstones may name a link table (row_id `left_id right_id`)
SIGNED_FORMAT = 3  # from here the manifest carries signer_key, age_recipient and signature
TABLES_FORMAT = 4  # from here bundles carry the treaty-status and meeting tables (BUNDLE_FORMAT_SINCE)
FORMAT_VERSION = TABLES_FORMAT  # what this version writes
NEWEST_FORMAT = TABLES_FORMAT  # the newest format this version reads (it reads every older one)
SUFFIX = ".briefing"

# Limits for untrusted bundles (documented in docs/bundle-format.md).
MAX_FILE_BYTES = 1 << 30
MAX_VALUE_BYTES = 1_000_000  # SQLITE_LIMIT_LENGTH: one value (or row) larger than this is refused
MAX_TEXT_CHARS = 200_000
MAX_SHORT_CHARS = 2_000  # titles, names, labels, dates
MAX_ROWS_PER_TABLE = 2_000_000
MAX_SECONDS = 600.0

# Where each reference column points (notes.record_id is polymorphic through record_table).
REF_TARGETS: dict[str, str] = {
    "document_id": "documents",
    "version_id": "versions",
    "provision_id": "provisions",
    "parent_id": "provisions",
    "organization_id": "organizations",
    "source_id": "sources",
    "delegation_id": "delegations",
    "amendment_id": "amendments",
    "concern_id": "concerns",
    "case_id": "cases",
    "group_id": "delegations",
    # treaty status (format 4)
    "reservation_id": "reservations",
    "law_id": "national_laws",
    "national_provision_id": "national_provisions",
    # meetings (format 4)
    "session_id": "sessions",
    "meeting_id": "meetings",
    "proposal_id": "proposals",
    "position_id": "positions",
    "sponsor_id": "delegations",
    "on_behalf_id": "delegations",
}
UUID_COLUMNS = frozenset({"id", "lineage_id", "record_id", *REF_TARGETS})
LONG_TEXT = frozenset({"text", "summary", "description", "proposed_text", "rationale", "target_text",
                       "body", "notes", "reliability_note", "heading", "title", "law"})
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and _UUID.match(value) is not None


@dataclass(frozen=True, slots=True)
class TableSpec:
    """One shareable table as a bundle carries it."""

    name: str
    columns: tuple[str, ...]
    integer: frozenset[str]  # INTEGER columns; the rest are TEXT
    nullable: frozenset[str]
    enums: dict[str, frozenset[str]]
    json_lists: frozenset[str]
    is_link: bool

    @property
    def key_columns(self) -> tuple[str, ...]:
        return self.columns[:2] if self.is_link else ("id",)

    @property
    def references(self) -> tuple[tuple[str, str], ...]:
        """(column, target table) for every reference column."""
        return tuple((c, REF_TARGETS[c]) for c in self.columns if c in REF_TARGETS)

    def key_of(self, row: tuple[object, ...]) -> str:
        """The row's match key: its id, or `left right` for a link row."""
        return f"{row[0]} {row[1]}" if self.is_link else str(row[0])

    @property
    def ddl(self) -> str:
        parts = []
        for column in self.columns:
            kind = "INTEGER" if column in self.integer else "TEXT"
            null = "" if column in self.nullable else " NOT NULL"
            parts.append(f"{column} {kind}{null}")
        parts.append(f"PRIMARY KEY ({', '.join(self.key_columns)})")
        return f"CREATE TABLE {self.name} ({', '.join(parts)})"


def _record_spec(table: str, cls: type[Record]) -> TableSpec:
    hints = typing.get_type_hints(cls)
    integer, nullable, json_lists = set(), set(), set()
    enums: dict[str, frozenset[str]] = {}
    for f in fields(cls):
        hint = hints[f.name]
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            nullable.add(f.name)
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
        if hint in (int, bool):
            integer.add(f.name)
        if hint is bool:
            enums[f.name] = frozenset({"0", "1"})
        elif isinstance(hint, type) and issubclass(hint, Enum):
            enums[f.name] = frozenset(str(e.value) for e in hint)
        elif typing.get_origin(hint) is tuple:
            json_lists.add(f.name)
    if table == "notes":
        enums["record_table"] = frozenset(ALL_RECORD_TABLES)
    return TableSpec(table, tuple(f.name for f in fields(cls)), frozenset(integer), frozenset(nullable),
                     enums, frozenset(json_lists), is_link=False)


RECORD_SPECS: dict[str, TableSpec] = {t: _record_spec(t, c) for t, c in ALL_RECORD_TABLES.items()}
LINK_SPECS: dict[str, TableSpec] = {
    link.name: TableSpec(link.name, (link.left_column, link.right_column, "origin", "created_at"),
                         frozenset(), frozenset(), {}, frozenset(), is_link=True)
    for link in ALL_LINKS_BY_NAME.values()
}
SPECS: dict[str, TableSpec] = {**RECORD_SPECS, **LINK_SPECS}
"""Every shareable table, parents before children, records before links."""


def carried_from(table: str) -> int:
    """The first bundle format that carries `table` (older bundles lack it)."""
    return BUNDLE_FORMAT_SINCE.get(table, 1)


def tables_of(format_version: int) -> tuple[str, ...]:
    """The shareable tables a bundle of this format holds, in SPECS order."""
    return tuple(t for t in SPECS if carried_from(t) <= format_version)

MANIFEST_DDL = "CREATE TABLE manifest (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)"
TOMBSTONES_DDL = ("CREATE TABLE tombstones (table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
                  "deleted_at TEXT NOT NULL, last_hash TEXT NOT NULL, PRIMARY KEY (table_name, row_id))")
TOMBSTONE_COLUMNS = ("table_name", "row_id", "deleted_at", "last_hash")


def expected_schema(format_version: int = FORMAT_VERSION) -> dict[str, tuple[str, str, str | None]]:
    """name -> (type, tbl_name, sql) of every object a bundle of that format must have, and nothing else."""
    expected: dict[str, tuple[str, str, str | None]] = {}
    for name, ddl in (("manifest", MANIFEST_DDL), ("tombstones", TOMBSTONES_DDL),
                      *((t, SPECS[t].ddl) for t in tables_of(format_version))):
        expected[name] = ("table", name, ddl)
        expected[f"sqlite_autoindex_{name}_1"] = ("index", name, None)
    return expected


def select_sql(spec: TableSpec) -> str:
    """Read one bundle table with an explicit column list, in file order."""
    return f"SELECT rowid, {', '.join(spec.columns)} FROM {spec.name} ORDER BY rowid"  # noqa: S608 - identifiers from SPECS


def insert_sql(spec: TableSpec) -> str:
    marks = ", ".join("?" for _ in spec.columns)
    return f"INSERT INTO {spec.name} ({', '.join(spec.columns)}) VALUES ({marks})"  # noqa: S608 - identifiers from SPECS


MANIFEST_KEYS = ("format", "format_version", "schema_version", "bundle_id", "organization", "created_at",
                 "app_version", "description", "content_digest")
SIGNATURE_KEYS = ("signer_key", "age_recipient", "signature")  # format 3; all '' in an unsigned bundle
COUNT_KEYS = tuple(f"rows.{name}" for name in (*SPECS, "tombstones"))


def count_keys(format_version: int) -> tuple[str, ...]:
    return tuple(f"rows.{name}" for name in (*tables_of(format_version), "tombstones"))


class Digest:
    """The content digest: sha256 over each table's name and its sorted `key hash` lines.

    Rows are fed in any order; `hexdigest()` sorts them, so a partner's tool gets the same value.
    """

    def __init__(self) -> None:
        self._tables: dict[str, list[str]] = {}

    def add(self, table: str, key: str, row_hash: str) -> None:
        self._tables.setdefault(table, []).append(f"{key} {row_hash}")

    def add_all(self, table: str, lines: Iterable[tuple[str, str]]) -> None:
        self._tables.setdefault(table, []).extend(f"{k} {h}" for k, h in lines)

    def hexdigest(self, format_version: int = FORMAT_VERSION) -> str:
        """Over the tables a bundle of `format_version` holds (older producers knew no others)."""
        digest = hashlib.sha256()
        for table in (*tables_of(format_version), "tombstones"):
            digest.update(f"{table}\n".encode())
            for line in sorted(self._tables.get(table, [])):
                digest.update(f"{line}\n".encode())
        return digest.hexdigest()
