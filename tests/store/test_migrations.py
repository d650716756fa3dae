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


def test_provisions_rebuild_keeps_rows_that_refer_to_them_and_accepts_the_new_kinds(tmp_path: Path) -> None:
    path = tmp_path / "v5.sqlite"
    conn = connect(path)
    migrations.migrate(conn, name="v5", target=5)
    conn.executescript("""
        INSERT INTO documents (id, title, created_at, updated_at) VALUES ('d', 'T', 'x', 'x');
        INSERT INTO versions (id, document_id, label, seq, created_at, updated_at) VALUES ('v', 'd', 'v1', 1, 'x', 'x');
        INSERT INTO provisions (id, version_id, kind, number, text, lineage_id, created_at, updated_at)
            VALUES ('a', 'v', 'article', '1', 'body', 'la', 'x', 'x');
        INSERT INTO provisions (id, version_id, kind, number, text, parent_id, lineage_id, created_at, updated_at)
            VALUES ('p', 'v', 'paragraph', '1', 'para', 'a', 'lp', 'x', 'x');
        INSERT INTO concerns (id, title, created_at, updated_at) VALUES ('c', 'C', 'x', 'x');
        INSERT INTO concern_provisions (concern_id, provision_id, created_at) VALUES ('c', 'p', 'x');
        INSERT INTO amendments (id, provision_id, created_at, updated_at) VALUES ('m', 'a', 'x', 'x');
    """)
    rowids = conn.execute("SELECT id, rowid FROM provisions ORDER BY id").fetchall()
    conn.close()
    with Workspace.open(path) as ws:
        assert ws.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert [tuple(r) for r in ws.conn.execute("SELECT id, rowid FROM provisions ORDER BY id")] == rowids
        assert ws.conn.execute("SELECT count(*) FROM concern_provisions").fetchone()[0] == 1
        assert ws.conn.execute("SELECT status, footnotes FROM provisions WHERE id = 'p'").fetchone()[:] == (
            "unmarked", "[]")
        ws.conn.execute("INSERT INTO provisions (id, version_id, kind, lineage_id, created_at, updated_at) "
                        "VALUES ('z', 'v', 'closing', 'lz', 'x', 'x')")
        ws.conn.execute("DELETE FROM provisions WHERE id = 'a'")  # cascades still work after the rebuild
        assert ws.conn.execute("SELECT count(*) FROM amendments").fetchone()[0] == 0
        assert ws.conn.execute("SELECT count(*) FROM concern_provisions").fetchone()[0] == 0
        assert integrity_problems(ws.conn) == []


def test_failed_rebuild_leaves_the_file_at_the_previous_version(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v5.sqlite"
    conn = connect(path)
    migrations.migrate(conn, name="v5", target=5)
    conn.close()
    step = next(m for m in migrations.MIGRATIONS if m.foreign_keys_off)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("DROP TABLE provisions")
        raise RuntimeError("power cut")

    patched = [migrations.Migration(m.version, m.description, broken, foreign_keys_off=True) if m is step else m
               for m in migrations.MIGRATIONS]
    monkeypatch.setattr(migrations, "MIGRATIONS", patched)
    conn = connect(path)
    with pytest.raises(RuntimeError):
        migrations.migrate(conn, name="v5")
    assert migrations.schema_version(conn) == 5
    assert conn.execute("SELECT count(*) FROM sqlite_schema WHERE name = 'provisions'").fetchone()[0] == 1
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn.close()
