"""Hostile bundles built in code: start from a valid export, then change it as an attacker would.

`reseal` recomputes the manifest's counts and content digest after a change, as a partner's (or an
attacker's) own tool would, so that the check under test is the one that must refuse the file.
"""

from __future__ import annotations

import base64
import json
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from briefing_app.bundles.format import (
    FORMAT_VERSION,
    SIGNED_FORMAT,
    SPECS,
    TOMBSTONE_COLUMNS,
    Digest,
    tables_of,
)
from briefing_app.bundles.format_history import column_shapes, shape_ddl
from briefing_app.bundles.keystore import KeyStore
from briefing_app.bundles.manifest import SIGNED_LABEL
from briefing_app.domain.merge import row_hash
from briefing_app.store.migrations import latest_version

Mutation = Callable[[Path], None]


def execute(path: Path, *statements: str, writable_schema: bool = False) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("spy", -1, lambda *_args: None, deterministic=True)
    try:
        if writable_schema:
            conn.execute("PRAGMA writable_schema = ON")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


ATTACKER_KEYS = KeyStore(Path(tempfile.mkdtemp(prefix="attacker-")) / "keys")


def resign(conn: sqlite3.Connection, keys: KeyStore = ATTACKER_KEYS) -> None:
    """Sign the manifest again with `keys` (an attacker's own, by default), as their tool would."""
    values = dict(conn.execute("SELECT key, value FROM manifest").fetchall())
    if "signature" not in values:
        return
    public = keys.public()
    values.update(signer_key=public.signing_key, age_recipient=public.age_recipient)
    items = sorted((k, v) for k, v in values.items() if k != "signature")
    message = SIGNED_LABEL + json.dumps(items, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    values["signature"] = base64.b64encode(keys.signing_key().sign(message)).decode()
    conn.executemany("UPDATE manifest SET value = ? WHERE key = ?",
                     [(values[k], k) for k in ("signer_key", "age_recipient", "signature")])


def reseal(path: Path, keys: KeyStore | None = ATTACKER_KEYS) -> None:
    """Recompute counts and digest, and sign again with `keys` (None: keep the old signature)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        digest = Digest()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        for table, spec in SPECS.items():
            if table not in tables_of(version):
                continue
            held = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            columns = [c for c in spec.columns if c in held]  # fewer in a table an older writer made
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table} NOT INDEXED").fetchall()
            digest.add_all(table, ((spec.key_of(r), row_hash(r)) for r in rows))
            conn.execute("UPDATE manifest SET value = ? WHERE key = ?", (str(len(rows)), f"rows.{table}"))
        for row in conn.execute(f"SELECT {', '.join(TOMBSTONE_COLUMNS)} FROM tombstones").fetchall():
            digest.add("tombstones", f"{row[0]} {row[1]}", row_hash(row))
        conn.execute("UPDATE manifest SET value = ? WHERE key = 'content_digest'", (digest.hexdigest(version),))
        if keys is not None:
            resign(conn, keys)
    finally:
        conn.close()


def changed_rows(*statements: str, keys: KeyStore | None = ATTACKER_KEYS) -> Mutation:
    def mutate(path: Path) -> None:
        execute(path, *statements)
        reseal(path, keys)
    return mutate


def schema_change(*statements: str) -> Mutation:
    return lambda path: execute(path, *statements)


def manifest_change(*statements: str) -> Mutation:
    """Change the manifest and sign it again (the counts and digest are left as the attacker set them)."""
    def mutate(path: Path) -> None:
        execute(path, *statements)
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            resign(conn)
        finally:
            conn.close()
    return mutate


def replace_table(table: str, ddl: str) -> Mutation:
    """Swap a table for one with another definition (same name, same rows)."""
    columns = ", ".join(SPECS[table].columns)
    return schema_change(f"ALTER TABLE {table} RENAME TO old_{table}", ddl,
                         f"INSERT INTO {table} ({columns}) SELECT {columns} FROM old_{table}",
                         f"DROP TABLE old_{table}")


def duplicate_in_table(path: Path) -> None:
    """Two concerns with one id: rows written into a twin table whose pages then take the real one's place.

    quick_check does not compare a table with its index, so only our own check can see it.
    """
    spec = SPECS["concerns"]
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"CREATE TABLE twin ({', '.join(spec.columns)})")
        row = conn.execute(f"SELECT {', '.join(spec.columns)} FROM concerns").fetchone()
        for _ in range(2):
            conn.execute(f"INSERT INTO twin VALUES ({', '.join('?' for _ in row)})", row)
        roots = dict(conn.execute("SELECT name, rootpage FROM sqlite_schema WHERE name IN ('concerns', 'twin')"))
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_schema SET rootpage = ? WHERE name = 'concerns'", (roots["twin"],))
        conn.execute("UPDATE sqlite_schema SET rootpage = ? WHERE name = 'twin'", (roots["concerns"],))
    finally:
        conn.close()
    execute(path, "DROP TABLE twin")
    reseal(path)


def corrupt_page(path: Path) -> None:
    """Overwrite the b-tree header of the concerns table's root page."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'concerns'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size:(root - 1) * page_size + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


CONCERN = ("id TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL, severity TEXT NOT NULL, "
           "category TEXT NOT NULL, status TEXT NOT NULL, organization_id TEXT, date TEXT NOT NULL, "
           "sensitivity TEXT NOT NULL, origin TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL")
VIEW_COLUMNS = ", ".join(f"spy() AS {c}" for c in SPECS["concerns"].columns)
UUID_X = "99999999-9999-4999-8999-999999999999"
UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
TARGET_ORG = "Mine Org"  # the importing workspace's own organization (tests/security/test_hostile_bundles.py)

PAIR_SQL = "(SELECT concern_id || ' ' || provision_id FROM concern_provisions LIMIT 1)"


def downgrade(path: Path, version: int, *, narrow: bool = True) -> None:
    """Turn a fresh export into a bundle of an older format, as an older release wrote it: without
    the tables and manifest entries that format lacks, its digest over the tables it has; with
    `narrow`, also without the columns that release did not know (bundles/format_history.py)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for table in SPECS:
            if table not in tables_of(version):
                conn.execute(f"DROP TABLE {table}")
                conn.execute("DELETE FROM manifest WHERE key = ?", (f"rows.{table}",))
            elif narrow and (written := column_shapes(table, version)[-1]) != SPECS[table].columns:
                narrow_table(conn, table, written)
        if version < SIGNED_FORMAT:
            conn.execute("DELETE FROM manifest WHERE key IN ('signer_key', 'age_recipient', 'signature')")
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("UPDATE manifest SET value = ? WHERE key = 'format_version'", (str(version),))
    finally:
        conn.close()
    reseal(path)


def narrow_table(conn: sqlite3.Connection, table: str, columns: tuple[str, ...]) -> None:
    """Rebuild a bundle table with only `columns`, as an older writer made it (then reseal)."""
    listed = ", ".join(columns)
    conn.execute(f"ALTER TABLE {table} RENAME TO wide_{table}")
    conn.execute(shape_ddl(SPECS[table], columns))
    conn.execute(f"INSERT INTO {table} ({listed}) SELECT {listed} FROM wide_{table}")
    conn.execute(f"DROP TABLE wide_{table}")


def link_tombstone(row_id_sql: str, *, table: str = "concern_provisions", at: str = "2026-01-01T00:00:00Z",
                   version: int = FORMAT_VERSION, at_sql: str = "") -> Mutation:
    """Add a removal of a link with the given row_id expression, counted and sealed (in a bundle of
    an older `version` when given); `at_sql` is an SQL expression for the removal time, evaluated when
    the bundle is changed (times relative to now)."""
    add = changed_rows(f"INSERT INTO tombstones VALUES ('{table}', {row_id_sql}, {at_sql or repr(at)}, "
                       "printf('%064d', 0))",
                       "UPDATE manifest SET value = CAST((SELECT count(*) FROM tombstones) AS TEXT) "
                       "WHERE key = 'rows.tombstones'")

    def mutate(path: Path) -> None:
        if version < FORMAT_VERSION:
            downgrade(path, version)
        add(path)
    return mutate


# name -> (how to make the bundle hostile, what the refusal must say)
HOSTILE: dict[str, tuple[Mutation, str]] = {
    "trigger": (schema_change("CREATE TRIGGER boom AFTER INSERT ON concerns BEGIN SELECT spy(); END"),
                "contains a trigger"),
    "view shadowing a table": (schema_change("DROP TABLE concerns",
                                             f"CREATE VIEW concerns AS SELECT {VIEW_COLUMNS}"),
                               "view named like the table 'concerns'"),
    "extra view": (schema_change("CREATE VIEW peek AS SELECT spy()"), "contains a view"),
    "extra table": (schema_change("CREATE TABLE payload (x)"), "extra table ('payload')"),
    "future schema version": (schema_change(f"UPDATE manifest SET value = '{latest_version() + 1}' "
                                            "WHERE key = 'schema_version'"), "newer Briefing Desk"),
    "future schema with new table": (schema_change(f"UPDATE manifest SET value = '{latest_version() + 7}' "
                                                   "WHERE key = 'schema_version'", "CREATE TABLE later (x)"),
                                     "newer Briefing Desk"),
    "future format version": (schema_change("PRAGMA user_version = 99"), "newer Briefing Desk"),
    "wrong application_id": (schema_change("PRAGMA application_id = 1"), "wrong application_id"),
    "non-SQLite file": (lambda p: p.write_bytes(b"PK\x03\x04 this is a zip file, not SQLite" * 20),
                        "not a SQLite file"),
    "truncated file": (truncate, "truncated"),
    "corrupted page": (corrupt_page, "damaged"),
    "50 MB text field": (changed_rows("UPDATE concerns SET summary = printf('%.*c', 50000000, 'x')"),
                         "larger than the 1 MB limit"),
    "dangling reference": (changed_rows(f"UPDATE concerns SET organization_id = '{UUID_X}'"),
                           "dangling reference"),
    "duplicate UUID across tables": (changed_rows("UPDATE cases SET id = (SELECT id FROM concerns LIMIT 1)",
                                                  "DELETE FROM concern_cases"), "duplicate UUID"),
    "duplicate UUID in a table": (duplicate_in_table, "duplicate UUID"),
    "invalid enum value": (changed_rows("UPDATE concerns SET severity = 'apocalyptic'"),
                           "severity has the value 'apocalyptic'"),
    "id not a UUID": (changed_rows("UPDATE documents SET id = '1 OR 1=1'", "DELETE FROM versions",
                                   "DELETE FROM provisions", "DELETE FROM amendments", "DELETE FROM positions",
                                   "DELETE FROM concern_provisions"), "not a UUID"),
    "wrong value type": (changed_rows("UPDATE provisions SET position = 'first'"), "whole number"),
    "SQL in a table name": (schema_change('CREATE TABLE "x; DROP TABLE concerns; --" (a)'),
                            "extra table ('x; DROP TABLE concerns; --')"),
    "SQL in a column name": (replace_table("concerns", f'CREATE TABLE concerns ({CONCERN}, '
                                                       '"x) ; DROP TABLE provisions; --" TEXT, PRIMARY KEY (id))'),
                             "does not have the expected columns"),
    "generated column": (replace_table("concerns", f"CREATE TABLE concerns ({CONCERN}, "
                                                   "shadow TEXT AS (upper(title)), PRIMARY KEY (id))"),
                         "generated column"),
    "CHECK calling a function": (replace_table("concerns", f"CREATE TABLE concerns ({CONCERN}, "
                                                           "PRIMARY KEY (id), CHECK (spy() IS NULL OR 1))"),
                                 "calls a function"),
    "DEFAULT calling a function": (replace_table("concerns", "CREATE TABLE concerns ("
                                                            + CONCERN.replace("date TEXT NOT NULL",
                                                                              "date TEXT NOT NULL DEFAULT (spy())")
                                                            + ", PRIMARY KEY (id))"),
                                   "calls a function"),
    "expression index": (schema_change("CREATE INDEX sneaky ON concerns (lower(title))"),
                         "expression index ('sneaky')"),
    "index calling a registered function": (schema_change("CREATE INDEX spying ON concerns (spy(title))"),
                                            "(spying)"),
    "virtual table": (schema_change("CREATE VIRTUAL TABLE search USING fts5(body)"), "virtual table"),
    "manifest count lies": (manifest_change("UPDATE manifest SET value = '7' WHERE key = 'rows.concerns'"),
                            "announces 7 rows"),
    "content altered without new digest": (schema_change("UPDATE concerns SET title = 'forged'"),
                                           "content digest does not match"),
    "terminal escape in the manifest": (schema_change("UPDATE manifest SET value = 'Evil' || char(27) || '[2J' "
                                                      "WHERE key = 'organization'"), "control characters"),
    "row both present and deleted": (changed_rows("INSERT INTO tombstones SELECT 'concerns', id, "
                                                  "'2026-01-01T00:00:00Z', printf('%064d', 0) FROM concerns"),
                                     "both in concerns and deleted"),
    "link tombstone id not two UUIDs": (link_tombstone("'x y'"), "malformed id, time or hash"),
    "link tombstone with one id": (link_tombstone("(SELECT id FROM concerns LIMIT 1)"), "malformed id"),
    "SQL in a link tombstone id": (link_tombstone("'1 OR 1=1; DROP TABLE concerns'"), "malformed id"),
    "link tombstone with a bad time": (link_tombstone(f"'{UUID_X} {UUID_X}'", at="yesterday"),
                                       "malformed id, time or hash"),
    "dangling link tombstone": (link_tombstone(f"'{UUID_X} ' || (SELECT id FROM provisions LIMIT 1)"),
                                "refers to concerns 99999999"),
    "link tombstone of an unknown link table": (link_tombstone(PAIR_SQL, table="concern_secrets"),
                                                "unknown table 'concern_secrets'"),
    "link tombstone in a format 1 bundle": (link_tombstone(PAIR_SQL, version=1), "format 1 do not carry"),
    "link both present and removed": (link_tombstone(PAIR_SQL), "both in concern_provisions and deleted"),
    "link removal dated in the bundle's future": (link_tombstone(PAIR_SQL, at_sql=f"strftime('{UTC_FORMAT}', "
                                                                       "'now', '+5 minutes')"),
                                                  "dated after the bundle was made"),
    "link removal dated in the future": (link_tombstone(PAIR_SQL, at="2999-01-01T00:00:00Z"),
                                         "deleted_at 2999-01-01T00:00:00Z lies in the future"),
    "50 MB link tombstone id": (link_tombstone("printf('%.*c', 50000000, 'x')"), "larger than the 1 MB limit"),
    # -- valid files whose content lies (issue 9): timestamps, provenance, structure --
    "record created in the future": (changed_rows("UPDATE concerns SET created_at = '2999-01-01T00:00:00Z'"),
                                     "created_at 2999-01-01T00:00:00Z lies in the future"),
    "record edited just beyond the clock skew": (
        changed_rows(f"UPDATE amendments SET updated_at = strftime('{UTC_FORMAT}', 'now', '+1 hours')"),
        "lies in the future"),
    "record dated before 1990": (changed_rows("UPDATE documents SET updated_at = '1970-01-01T00:00:00Z'"),
                                 "updated_at 1970-01-01T00:00:00Z is before 1990"),
    "timestamp on no real day": (changed_rows("UPDATE cases SET created_at = '2026-02-30T10:00:00Z'"),
                                 "'2026-02-30T10:00:00Z' is not a UTC timestamp"),
    "timestamp in local time": (changed_rows("UPDATE sources SET updated_at = '2026-01-01T10:00:00+02:00'"),
                                "is not a UTC timestamp"),
    "link made in the future": (changed_rows("UPDATE concern_sources SET created_at = '2999-01-01T00:00:00Z'"),
                                "table concern_sources, row 1"),
    # Arabic-Indic digits read as 2026 by a Unicode-aware parser, yet sort after every ASCII time when
    # times compare as text: a link "re-added" with such a date would win over every removal here.
    "link made with non-ASCII digits": (
        changed_rows("UPDATE concern_sources SET created_at = '\u0662\u0660\u0662\u0666-01-01T00:00:00Z'"),
        "is not a UTC timestamp"),
    "record changed with non-ASCII digits": (
        changed_rows("UPDATE concerns SET updated_at = '2026-0\u0661-01T00:00:00Z'"), "is not a UTC timestamp"),
    "record tombstone with a bad time": (
        changed_rows(f"INSERT INTO tombstones VALUES ('concerns', '{UUID_X}', 'yesterday', printf('%064d', 0))",
                     "UPDATE manifest SET value = '1' WHERE key = 'rows.tombstones'"),
        "deleted_at 'yesterday' is not a UTC timestamp"),
    "manifest dated in the future": (changed_rows("UPDATE manifest SET value = '2999-01-01T00:00:00Z' "
                                                  "WHERE key = 'created_at'"), "manifest's created_at 2999"),
    "no organization named": (schema_change("UPDATE manifest SET value = '' WHERE key = 'organization'"),
                              "does not name the organization"),
    "a blank organization": (schema_change("UPDATE manifest SET value = '   ' WHERE key = 'organization'"),
                             "does not name the organization"),
    "the demo corpus as origin": (schema_change("UPDATE manifest SET value = 'DEMO  Secretariat' "
                                                "WHERE key = 'organization'"), "from the demo corpus"),
    "the importer's own organization": (schema_change(f"UPDATE manifest SET value = '{TARGET_ORG.upper()}' "
                                                      "WHERE key = 'organization'"), "own organization"),
    "provision its own parent": (changed_rows("UPDATE provisions SET parent_id = id WHERE parent_id IS NOT NULL"),
                                 "this provision is its own ancestor"),
    "provisions in a loop": (changed_rows("UPDATE provisions SET parent_id = (SELECT p.id FROM provisions p "
                                          "WHERE p.parent_id IS NOT NULL) WHERE parent_id IS NULL"),
                             "its own ancestor"),
    "delegation its own member": (changed_rows("UPDATE delegation_memberships SET group_id = delegation_id"),
                                  "this delegation is its own member"),
    "delegations members of each other": (
        changed_rows("INSERT INTO delegation_memberships SELECT group_id, delegation_id, origin, created_at "
                     "FROM delegation_memberships"), "its own member"),
}
