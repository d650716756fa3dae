"""Schema versions: forward migration from every older version, refusal of foreign or newer files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefing_app.store import migrations
from briefing_app.store.connection import connect, integrity_problems
from briefing_app.store.errors import NotAWorkspaceError, SchemaTooNewError
from briefing_app.store.schema import APPLICATION_ID
from briefing_app.store.search import search
from briefing_app.store.workspace import Workspace

OLDER = [m.version for m in migrations.MIGRATIONS[:-1]]


def _schema(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL"))
    finally:
        conn.close()


@pytest.mark.parametrize("start", OLDER)
def test_should_reach_latest_schema_and_keep_data_if_started_at_older_version(tmp_path: Path, start: int) -> None:
    old = tmp_path / "old.sqlite"
    conn = connect(old)
    migrations.migrate(conn, name="old", target=start)
    conn.execute("INSERT INTO documents (id, title, created_at, updated_at) VALUES ('d', 'T', 'x', 'x')")
    conn.execute("INSERT INTO versions (id, document_id, label, seq, created_at, updated_at) "
                 "VALUES ('v', 'd', 'v1', 1, 'x', 'x')")
    conn.execute("INSERT INTO provisions (id, version_id, kind, number, heading, text, lineage_id, "
                 "created_at, updated_at) VALUES ('p', 'v', 'article', '30', 'Interception', 'body', 'l', 'x', 'x')")
    conn.close()

    with Workspace.open(old) as ws:
        assert ws.schema_version == migrations.latest_version()
        assert [h.record_id for h in search(ws, "interception")] == ["p"]
        assert integrity_problems(ws.conn) == []
    fresh = tmp_path / "fresh.sqlite"
    Workspace.open(fresh).close()
    assert _schema(old) == _schema(fresh)


def test_versions_are_consecutive() -> None:
    assert [m.version for m in migrations.MIGRATIONS] == list(range(1, len(migrations.MIGRATIONS) + 1))


def test_new_workspace_is_marked_as_ours_with_wal(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "w.sqlite") as ws:
        assert ws.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert ws.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert ws.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_should_refuse_database_if_made_by_newer_version(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    Workspace.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer Briefing Desk"):
        Workspace.open(path)
    assert path.read_bytes() == before


def test_should_refuse_foreign_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(NotAWorkspaceError, match="not a Briefing Desk workspace"):
        Workspace.open(path)


def test_iter_statements_splits_and_rejects_incomplete_sql() -> None:
    assert list(migrations.iter_statements("CREATE TABLE a (x);\nCREATE TABLE b (';');\n")) == [
        "CREATE TABLE a (x);", "CREATE TABLE b (';');"]
    with pytest.raises(ValueError):
        list(migrations.iter_statements("CREATE TABLE a (x"))
