"""The schema allow-list: a bundle's sqlite_schema must equal format.expected_schema() exactly.

Anything else is refused before a single row is read, with a reason naming the object: triggers,
views (also one named like a table), virtual tables, extra tables or indexes, generated columns,
CHECK/DEFAULT expressions, or columns that differ.
"""

from __future__ import annotations

import re
import sqlite3

from briefing_app.bundles.errors import BundleError, BundleTooNewError, sqlite_problem
from briefing_app.bundles.format import NEWEST_FORMAT, SPECS, expected_schema, tables_of
from briefing_app.bundles.format_history import accepted_ddl
from briefing_app.store.migrations import latest_version

_FUNCTION_CALL = re.compile(r"\b(CHECK|DEFAULT)\b[^,]*?\w+\s*\(", re.I)
_GENERATED = re.compile(r"\bGENERATED\s+ALWAYS\b|\bAS\s*\(", re.I)


def _normal(sql: str | None) -> str | None:
    return None if sql is None else " ".join(sql.split())


def _label(name: str) -> str:
    """An object name for a message: printable, short, quoted (names may hold SQL or control characters)."""
    printable = "".join(c if c.isprintable() else "?" for c in name)
    return repr(printable[:60])


def check_schema(conn: sqlite3.Connection, file_name: str, format_version: int) -> dict[str, tuple[str, ...]]:
    """Against the tables a bundle of `format_version` (its header's user_version) holds, in the
    shapes bundles/format_history.py declares for it; returns table -> the columns the file holds."""
    try:
        actual = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema").fetchall()
    except sqlite3.Error as error:
        raise BundleError(file_name, sqlite_problem(error)) from error
    expected = expected_schema(format_version)
    shapes = dict(accepted_ddl(format_version))
    found = {str(name): (str(kind), str(table), _normal(sql)) for kind, name, table, sql in actual}
    if found.get("manifest") == expected["manifest"]:
        _refuse_newer_schema(conn, file_name)
    for kind, name, _table, sql in sorted(actual, key=lambda r: _ORDER.get(str(r[0]), 9)):
        _check_object(str(kind), str(name), _normal(sql), expected, file_name, shapes.get(str(name), {}))
    for name, (kind, _table, _sql) in expected.items():
        if name not in found:
            raise BundleError(file_name, f"the {kind} {name} is missing; this is not a complete bundle.")
    return {table: shapes[table][str(found[table][2])] for table in shapes}


_ORDER = {"trigger": 0, "view": 1, "table": 2, "index": 3}


def _format_of(expected: dict[str, tuple[str, str, str | None]]) -> int:
    """The newest format whose tables are all in `expected` (for a message)."""
    return max(v for v in range(1, NEWEST_FORMAT + 1) if set(tables_of(v)) <= expected.keys())


def _check_object(kind: str, name: str, sql: str | None, expected: dict[str, tuple[str, str, str | None]],
                  file_name: str, shapes: dict[str, tuple[str, ...]]) -> None:
    label = _label(name)
    if kind == "trigger":
        raise BundleError(file_name, f"the bundle contains a trigger ({label}); bundles never do, so it was "
                                     "refused.")
    if kind == "view":
        if name in SPECS or name in expected:
            raise BundleError(file_name, f"a view named like the table {label} stands in for it; refused.")
        raise BundleError(file_name, f"the bundle contains a view ({label}); bundles never do, so it was refused.")
    if sql is not None and sql.upper().startswith("CREATE VIRTUAL TABLE"):
        raise BundleError(file_name, f"the bundle contains a virtual table ({label}); refused.")
    want = expected.get(name)
    if want is None and name in SPECS:
        raise BundleError(file_name, f"the table {label} is not part of this bundle's format (format "
                                     f"{_format_of(expected)}); refused.")
    if want is None:
        if kind == "index":
            shape = "an expression index" if sql and re.search(r"\(.*\(", sql) else "an index"
            raise BundleError(file_name, f"the bundle contains {shape} ({label}) that bundles do not have; refused.")
        raise BundleError(file_name, f"the bundle contains an extra {kind} ({label}) that bundles do not have; "
                                     "refused.")
    if kind != want[0]:
        raise BundleError(file_name, f"{label} is a {kind} where a {want[0]} is expected; refused.")
    if sql != want[2] and sql not in shapes:
        if sql and _GENERATED.search(sql):
            problem = "has a generated column"
        elif sql and _FUNCTION_CALL.search(sql):
            problem = "has a CHECK or DEFAULT expression that calls a function"
        else:
            problem = "does not have the expected columns and constraints"
        raise BundleError(file_name, f"the {kind} {label} {problem}; refused.", table=name if name in SPECS else "")


def _refuse_newer_schema(conn: sqlite3.Connection, file_name: str) -> None:
    """Say "made by a newer Briefing Desk" rather than "extra table" when the manifest tells so.

    Reading the manifest is safe here: its definition matched exactly and the authorizer is on.
    """
    try:
        row = conn.execute("SELECT value FROM manifest WHERE key = 'schema_version'").fetchone()
    except sqlite3.Error:
        return
    if row is None or not isinstance(row[0], str) or not row[0].isdigit():
        return
    version = int(row[0])
    if version > latest_version():
        raise BundleTooNewError(file_name, f"this bundle was made by a newer Briefing Desk (schema {version}; "
                                           f"this version reads up to {latest_version()}). Update Briefing Desk "
                                           "to import it.")
