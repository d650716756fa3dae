"""The desktop app's schema upgrade (migrations.upgrade via Workspace.upgrade_file): every pending
step in one transaction, so that a cancel, also in the middle of a long CREATE INDEX, leaves an
older workspace byte for byte as it was (#17 item 6)."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pytest

from briefing_app.domain.progress import Cancelled
from briefing_app.store import migrations
from briefing_app.store.connection import connect, integrity_problems
from briefing_app.store.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


def _synthetic():  # noqa: ANN202 (the benchmarks' generator, loaded by path)
    spec = importlib.util.spec_from_file_location("bench_synthetic", ROOT / "benchmarks" / "synthetic.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def older_workspace(path: Path, schema: int, *, concerns: int = 400) -> Path:
    """A real workspace of an older schema: made by the migrations up to `schema`, then filled with
    the synthetic corpus through the store, as that version of the app would have."""
    records, links = _synthetic().generate(provisions=concerns // 5, concerns=concerns, delegations=3, seed=4)
    conn = connect(path)
    migrations.migrate(conn, name=path.name, target=schema)
    ws = Workspace(conn, path)
    with ws.transaction():
        ws.insert_many(records)
        for name, pairs in links.items():
            ws.insert_links(name, pairs, origin="synthetic")
    ws.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _counts(path: Path) -> dict[str, int]:
    conn = connect(path, read_only=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("provisions", "concerns", "concern_provisions", "amendments", "positions")}
    finally:
        conn.close()


@pytest.mark.parametrize("schema", [9, 11, 12])
def test_upgrade_reaches_the_latest_schema_in_one_go_and_keeps_the_data(tmp_path: Path, schema: int) -> None:
    path = older_workspace(tmp_path / "old.sqlite", schema)
    before = _counts(path)
    assert [s.version for s in Workspace.pending_steps(path)] == list(range(schema + 1, migrations.latest_version() + 1))
    told: list[tuple[int, int, int]] = []
    version = Workspace.upgrade_file(path, on_step=lambda i, n, step: told.append((i, n, step.version)))
    assert version == migrations.latest_version() and Workspace.pending_steps(path) == []
    assert told[0] == (0, migrations.latest_version() - schema, schema + 1)
    assert _counts(path) == before
    with Workspace.open(path) as ws:
        assert integrity_problems(ws.conn) == []


def test_upgrade_over_the_provisions_rebuild_checks_references_and_keeps_rows(tmp_path: Path) -> None:
    path = tmp_path / "five.sqlite"
    conn = connect(path)
    migrations.migrate(conn, name=path.name, target=5)  # step 6 rebuilds provisions with foreign keys off
    conn.execute("INSERT INTO documents (id, title, created_at, updated_at) VALUES ('d', 'T', 'x', 'x')")
    conn.execute("INSERT INTO versions (id, document_id, label, seq, created_at, updated_at) "
                 "VALUES ('v', 'd', 'v1', 1, 'x', 'x')")
    conn.execute("INSERT INTO provisions (id, version_id, kind, number, heading, text, lineage_id, "
                 "created_at, updated_at) VALUES ('p', 'v', 'article', '30', 'Interception', 'body', 'l', 'x', 'x')")
    conn.execute("INSERT INTO concerns (id, title, created_at, updated_at) VALUES ('c', 'Overbroad', 'x', 'x')")
    conn.execute("INSERT INTO concern_provisions (concern_id, provision_id, created_at) VALUES ('c', 'p', 'x')")
    conn.close()
    assert Workspace.upgrade_file(path) == migrations.latest_version()
    with Workspace.open(path) as ws:
        assert ws.linked("concern_provisions", left_id="c") == ["p"]
        assert ws.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert integrity_problems(ws.conn) == []


def test_cancel_before_the_first_step_leaves_the_file_byte_for_byte(tmp_path: Path) -> None:
    path = older_workspace(tmp_path / "old.sqlite", 12)
    digest = _digest(path)
    with pytest.raises(Cancelled):
        Workspace.upgrade_file(path, should_stop=lambda: True)
    assert _digest(path) == digest
    assert [s.version for s in Workspace.pending_steps(path)][0] == 13


def test_cancel_in_the_middle_of_a_long_index_leaves_the_file_byte_for_byte(tmp_path: Path) -> None:
    path = older_workspace(tmp_path / "old.sqlite", 12, concerns=3000)
    digest = _digest(path)
    looks: list[int] = []
    started: list[int] = []

    def should_stop() -> bool:  # true from the third look SQLite takes while step 13 runs
        if started:
            looks.append(1)
        return len(looks) >= 3

    with pytest.raises(Cancelled):
        Workspace.upgrade_file(path, should_stop=should_stop, on_step=lambda i, n, step: started.append(step.version))
    assert started == [13] and len(looks) >= 3  # stopped by SQLite's progress handler, inside the step
    assert _digest(path) == digest
    assert Workspace.pending_steps(path)[0].version == 13


def test_cancel_after_some_steps_have_run_leaves_the_file_byte_for_byte(tmp_path: Path) -> None:
    path = older_workspace(tmp_path / "old.sqlite", 10)
    digest = _digest(path)
    started: list[int] = []
    with pytest.raises(Cancelled):
        Workspace.upgrade_file(path, should_stop=lambda: len(started) >= 3,
                               on_step=lambda i, n, step: started.append(step.version))
    assert started == [11, 12, 13]  # steps 11 and 12 ran, and were rolled back with 13
    assert _digest(path) == digest
    assert Workspace.pending_steps(path)[0].version == 11
