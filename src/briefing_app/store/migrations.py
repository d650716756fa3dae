"""Schema versions and forward migrations.

`PRAGMA user_version` holds the schema version; `PRAGMA application_id` marks the file as ours.
MIGRATIONS is append-only: a step, once released, never changes; a new step goes at the end.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from briefing_app.domain.progress import Cancelled
from briefing_app.store.connection import transaction
from briefing_app.store.drafts_schema import DRAFT_TABLES, rebuild_provisions
from briefing_app.store.errors import NotAWorkspaceError, SchemaTooNewError
from briefing_app.store.meetings_schema import MEETINGS_SCHEMA, POSITIONS_REBUILD
from briefing_app.store.packs_schema import PACKS_SCHEMA, PROFILE_LANGUAGE
from briefing_app.store.schema import (
    APPLICATION_ID,
    BADGE_INDEXES,
    FACET_INDEXES,
    FTS_COLUMNS,
    FTS_TOKENIZE,
    SCHEMA_V1,
)
from briefing_app.store.status_schema import STATUS_SCHEMA
from briefing_app.store.sync_schema import (
    CHANGE_COUNTED,
    KEYRING_SCHEMA,
    PER_PARTNER_SCHEMA,
    SYNC_SCHEMA,
    change_counter_schema,
)


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]
    foreign_keys_off: bool = False
    """Run with foreign keys off (a table rebuild: dropping a parent table would cascade); the
    step's transaction then ends with a foreign_key_check that must find nothing."""


def iter_statements(script: str) -> Iterator[str]:
    """Split our own DDL into statements (executescript would commit the open transaction)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending.strip()
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending.strip()[:60]}")


def run_script(conn: sqlite3.Connection, script: str) -> None:
    for statement in iter_statements(script):
        conn.execute(statement)


def _v1_core(conn: sqlite3.Connection) -> None:
    run_script(conn, SCHEMA_V1)


def _v2_fts(conn: sqlite3.Connection) -> None:
    import sqlite_utils  # with click, dateutil and pluggy: only a new workspace needs it

    db = sqlite_utils.Database(conn, execute_plugins=False)
    for table, columns in FTS_COLUMNS.items():
        db[table].enable_fts(  # type: ignore[union-attr]
            columns, fts_version="FTS5", create_triggers=True, tokenize=FTS_TOKENIZE
        )


def _v9_meetings(conn: sqlite3.Connection) -> None:
    run_script(conn, POSITIONS_REBUILD)  # first: interventions refer to positions
    run_script(conn, MEETINGS_SCHEMA)


MIGRATIONS: list[Migration] = [
    Migration(1, "core tables: treaty text, analysis, delegations, positions, notes", _v1_core),
    Migration(2, "full-text search over provisions, concerns and amendments", _v2_fts),
    Migration(3, "sync state for shared bundles: bases, provenance, tombstones, imports, conflicts",
              lambda conn: run_script(conn, SYNC_SCHEMA)),
    Migration(4, "draft tables: analysis carried to a new draft with review states, split/merge relations",
              lambda conn: run_script(conn, DRAFT_TABLES)),
    Migration(5, "briefing packs: saved pack profiles per delegation and the export log",
              lambda conn: run_script(conn, PACKS_SCHEMA)),
    Migration(6, "full treaty structure: parts, titles, sections, options, annexes, interpretative notes, "
              "closing formula; negotiating status and footnotes of provisions", rebuild_provisions,
              foreign_keys_off=True),
    Migration(7, "after adoption: status events, entry-into-force rules, reservations, national laws",
              lambda conn: run_script(conn, STATUS_SCHEMA)),
    Migration(8, "a sync base per partner organization; proposals for rows a sender does not own",
              lambda conn: run_script(conn, PER_PARTNER_SCHEMA)),
    Migration(9, "sessions, meetings, interventions and proposals; positions may be 'heard in the room'",
              _v9_meetings),
    Migration(10, "partners' public keys for signed and encrypted bundles",
              lambda conn: run_script(conn, KEYRING_SCHEMA)),
    Migration(11, "indexes that keep the navigator's facet lists fast at a million concerns",
              lambda conn: run_script(conn, FACET_INDEXES)),
    Migration(12, "pack profiles name the language of the pack's own words",
              lambda conn: run_script(conn, PROFILE_LANGUAGE)),
    Migration(13, "covering indexes that let the provision tree count its badges in SQL, level by level",
              lambda conn: run_script(conn, BADGE_INDEXES)),
    Migration(14, "a change counter over the tables users edit: undo of an import checks it",
              lambda conn: run_script(conn, change_counter_schema(CHANGE_COUNTED))),
]


def latest_version() -> int:
    return MIGRATIONS[-1].version


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _is_blank(conn: sqlite3.Connection) -> bool:
    return int(conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]) == 0


def check_identity(conn: sqlite3.Connection, *, name: str) -> None:
    """Refuse a file that is not ours or comes from a newer schema."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if app_id != APPLICATION_ID:
        raise NotAWorkspaceError(f"{name} is an SQLite file but not a Briefing Desk workspace.")
    version = schema_version(conn)
    if version > latest_version():
        raise SchemaTooNewError(
            f"{name} was made by a newer Briefing Desk (schema {version}; this version reads "
            f"up to {latest_version()}). Update Briefing Desk to open it."
        )


def migrate(conn: sqlite3.Connection, *, name: str, target: int | None = None) -> int:
    """Bring a blank or older workspace up to `target` (default: latest); return the version.

    Each step runs in its own transaction together with its user_version bump, so an interrupted
    migration leaves the file at the last completed version.
    """
    goal = latest_version() if target is None else target
    if _is_blank(conn):
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    check_identity(conn, name=name)
    for step in MIGRATIONS:
        if schema_version(conn) >= step.version or step.version > goal:
            continue
        if step.foreign_keys_off:
            _apply_without_foreign_keys(conn, step)
            continue
        with transaction(conn):
            step.apply(conn)
            conn.execute(f"PRAGMA user_version = {step.version}")
    return schema_version(conn)


def pending(conn: sqlite3.Connection) -> list[Migration]:
    """The steps an existing workspace still needs (none for a blank file: opening makes it)."""
    if _is_blank(conn):
        return []
    version = schema_version(conn)
    return [step for step in MIGRATIONS if step.version > version]


CANCEL_CHECK_EVERY = 10_000
"""SQLite virtual-machine steps between two looks at `should_stop` (well under a millisecond)."""


def upgrade(conn: sqlite3.Connection, *, name: str, should_stop: Callable[[], bool] = lambda: False,
            on_step: Callable[[int, int, Migration], None] | None = None) -> int:
    """Bring an older workspace up to the latest schema in ONE transaction, so that stopping it
    (`should_stop()` turning true, also in the middle of a long CREATE INDEX) raises Cancelled and
    leaves the file exactly as it was; `migrate` commits step by step instead. `on_step(i, n, step)`
    is told before each step. Used by the desktop app's upgrade dialog (ui/upgrade_dialog.py)."""
    check_identity(conn, name=name)
    steps = pending(conn)
    if not steps:
        return schema_version(conn)
    rebuilds = any(step.foreign_keys_off for step in steps)
    enforced = bool(conn.execute("PRAGMA foreign_keys").fetchone()[0])
    if rebuilds:
        conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction, so before it
    conn.set_progress_handler(lambda: 1 if should_stop() else 0, CANCEL_CHECK_EVERY)
    try:
        with transaction(conn):
            for number, step in enumerate(steps):
                if should_stop():
                    raise Cancelled()
                if on_step is not None:
                    on_step(number, len(steps), step)
                step.apply(conn)
                conn.execute(f"PRAGMA user_version = {step.version}")
            if rebuilds and (broken := conn.execute("PRAGMA foreign_key_check").fetchall()):
                raise sqlite3.IntegrityError(
                    f"the upgrade left {len(broken)} broken references (first in {broken[0][0]})")
            if should_stop():
                raise Cancelled()
    except Exception as error:
        if should_stop():  # SQLite's "interrupted", however the store translated it
            raise Cancelled() from error
        raise
    finally:
        conn.set_progress_handler(None, 0)
        if rebuilds and enforced:
            conn.execute("PRAGMA foreign_keys = ON")
    return schema_version(conn)


def _apply_without_foreign_keys(conn: sqlite3.Connection, step: Migration) -> None:
    enforced = bool(conn.execute("PRAGMA foreign_keys").fetchone()[0])
    conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction, so before it
    try:
        with transaction(conn):
            step.apply(conn)
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(
                    f"migration {step.version} left {len(broken)} broken references (first in {broken[0][0]})")
            conn.execute(f"PRAGMA user_version = {step.version}")
    finally:
        if enforced:
            conn.execute("PRAGMA foreign_keys = ON")
