"""Hostile bundles: each refused with a specific message, the workspace byte-identical, no new files,
and nothing in the bundle's schema ever runs (a spy function registered on both connections)."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_app import paths
from briefing_app.bundles import reader, validate
from briefing_app.bundles.apply import import_bundle
from briefing_app.bundles.errors import BundleError
from briefing_app.store.workspace import Workspace
from tests.bundles.builders import build_sample, folder_state, open_ws, partner_bundle_in
from tests.security.hostile import HOSTILE, TARGET_ORG, UUID_X, Mutation, link_tombstone

SPY_CALLS: list[tuple[object, ...]] = []


def spy(*args: object) -> None:
    SPY_CALLS.append(args)


@pytest.fixture
def spied(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[object, ...]]]:
    """Register `spy` on every bundle connection the reader opens."""
    real = reader.OpenBundle._connect

    def connect(self: reader.OpenBundle) -> sqlite3.Connection:
        conn = real(self)
        conn.create_function("spy", -1, spy, deterministic=True)
        return conn

    monkeypatch.setattr(reader.OpenBundle, "_connect", connect)
    SPY_CALLS.clear()
    yield SPY_CALLS


@pytest.fixture
def source_bundle(tmp_path: Path) -> Path:
    return partner_bundle_in(tmp_path / "incoming")


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Workspace]:
    folder = tmp_path / "mine"
    folder.mkdir()
    ws = open_ws(folder / "mine.sqlite", start=9000)
    build_sample(ws)
    ws.set_meta("sync.organization", TARGET_ORG)
    ws.conn.create_function("spy", -1, spy, deterministic=True)
    yield ws
    ws.close()


def _refused(ws: Workspace, bundle: Path, match: str) -> None:
    home = Path(os.environ["BRIEFING_HOME"])
    before_files, before_home = folder_state(ws.path.parent), folder_state(home)
    before_bundle_dir = folder_state(bundle.parent)
    changes = ws.conn.total_changes
    with pytest.raises(BundleError, match=re.escape(match)) as caught:
        import_bundle(ws, bundle)
    assert bundle.name in str(caught.value)
    after = folder_state(ws.path.parent)
    assert {k: v for k, v in after.items() if not k.endswith("-shm")} == {
        k: v for k, v in before_files.items() if not k.endswith("-shm")}
    assert folder_state(home) == before_home
    assert folder_state(bundle.parent) == before_bundle_dir
    assert ws.conn.total_changes == changes
    assert list(paths.temp_dir().iterdir()) == []


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_bundle_is_refused_with_specific_message_when_imported(
        name: str, source_bundle: Path, target: Workspace, spied: list[tuple[object, ...]]) -> None:
    mutate, message = HOSTILE[name]
    mutate(source_bundle)
    _refused(target, source_bundle, message)
    assert spied == []


def test_empty_file_is_refused_as_empty(tmp_path: Path, target: Workspace) -> None:
    empty = tmp_path / "empty.briefing"
    empty.write_bytes(b"")
    _refused(target, empty, "empty")


def test_missing_file_is_refused(tmp_path: Path, target: Workspace) -> None:
    with pytest.raises(BundleError, match="no such file"):
        import_bundle(target, tmp_path / "nowhere.briefing")


def test_journal_files_beside_the_bundle_are_ignored(source_bundle: Path, target: Workspace) -> None:
    hostile: Mutation = HOSTILE["trigger"][0]
    twin = source_bundle.with_name("twin.briefing")
    twin.write_bytes(source_bundle.read_bytes())
    hostile(twin)
    for suffix in ("-wal", "-journal", "-shm"):
        source_bundle.with_name(source_bundle.name + suffix).write_bytes(twin.read_bytes())
    before = folder_state(source_bundle.parent)
    report = import_bundle(target, source_bundle, dry_run=True)
    assert sum(report.totals.values()) > 0
    assert folder_state(source_bundle.parent) == before


def test_time_limit_stops_a_slow_read_with_a_clear_message(source_bundle: Path, target: Workspace) -> None:
    with pytest.raises(BundleError, match="took longer than"):
        import_bundle(target, source_bundle, max_seconds=0)


def test_reader_settings_are_read_back_and_the_authorizer_denies_attach(source_bundle: Path) -> None:
    with reader.OpenBundle(source_bundle) as bundle:
        conn = bundle.conn
        assert conn is not None
        assert conn.execute("PRAGMA query_only").fetchone()[0] == 1
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        assert conn.execute("PRAGMA mmap_size").fetchone()[0] == 0
        assert conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, -1) == 0
        for statement in ("ATTACH DATABASE ':memory:' AS other", "PRAGMA writable_schema = ON",
                          "PRAGMA query_only = OFF", "SELECT upper(title) FROM concerns",
                          "CREATE TEMP TABLE t (x)"):
            with pytest.raises(sqlite3.DatabaseError):
                conn.execute(statement)


def test_file_larger_than_the_limit_is_refused_before_copying(source_bundle: Path, target: Workspace,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", source_bundle.stat().st_size - 1)
    _refused(target, source_bundle, "larger than the")


def test_table_with_more_rows_than_the_limit_is_refused(source_bundle: Path, target: Workspace,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "MAX_ROWS_PER_TABLE", 1)
    _refused(target, source_bundle, "more than 1 rows")


def test_more_tombstones_than_the_limit_are_refused(source_bundle: Path, target: Workspace,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = [f"'{UUID_X[:-1]}{n} {UUID_X}'" for n in range(3)]
    for pair in pairs:
        link_tombstone(pair)(source_bundle)
    monkeypatch.setattr(validate, "MAX_ROWS_PER_TABLE", 2)
    _refused(target, source_bundle, "more than 2 tombstones")


def test_defensive_config_is_applied_where_python_offers_it(source_bundle: Path) -> None:
    with reader.OpenBundle(source_bundle) as bundle:
        assert bundle.conn is not None
        applied = reader.harden_config(bundle.conn)
    expected = len(reader.DB_CONFIG) if hasattr(sqlite3.Connection, "setconfig") else 0
    assert applied == expected


def test_copies_left_by_a_killed_import_are_swept_when_old(source_bundle: Path) -> None:
    old, fresh = paths.temp_dir() / "bundle-old", paths.temp_dir() / "bundle-fresh"
    for folder in (old, fresh):
        folder.mkdir()
        (folder / "bundle.sqlite").write_bytes(b"x")
    os.utime(old, (0, 0))
    with reader.OpenBundle(source_bundle):
        pass
    assert not old.exists() and fresh.exists()


def test_import_fails_and_changes_nothing_if_the_private_copy_changed_after_validation(
        source_bundle: Path, target: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """The write reads the rows a second time; the private copy's bytes must be those validated."""
    from briefing_app.bundles import apply
    from tests.helpers import logical_dump

    real_plan = apply.plan_merge

    def plan_then_tamper(bundle: reader.OpenBundle, *args: object, **kwargs: object) -> object:
        plan = real_plan(bundle, *args, **kwargs)  # type: ignore[arg-type]
        with bundle.copy.open("r+b") as handle:  # a header byte SQLite does not read (reserved, 72-91)
            handle.seek(80)
            handle.write(b"\x01")
        return plan

    monkeypatch.setattr(apply, "plan_merge", plan_then_tamper)
    before = logical_dump(target.conn)
    backups_before = sorted(p.name for p in paths.backups_dir().glob("*")) if paths.backups_dir().exists() else []
    with pytest.raises(RuntimeError, match="private copy of the bundle changed"):
        import_bundle(target, source_bundle)
    assert logical_dump(target.conn) == before
    after = sorted(p.name for p in paths.backups_dir().glob("*")) if paths.backups_dir().exists() else []
    assert after == backups_before  # the snapshot taken for this import is gone again
