"""Nothing left behind (issue #13 item 5): a deleted contact, note or concern leaves no readable
trace in the file or its WAL after `tidy` (secure_delete, FTS5 optimize, WAL truncate); "forget"
removes the workspace with its WAL, backups and leftovers."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app import paths
from briefing_app.bundles import backups
from briefing_app.cli import main
from briefing_app.domain.models import Concern, Contact, Note
from briefing_app.protect.forget import forget_workspace
from briefing_app.store import cipher
from briefing_app.store.search import search
from briefing_app.store.tidy import tidy
from briefing_app.store.workspace import Workspace
from tests.protect.secrets import SECRETS, leaks, plant

FTS_WORD = "zanzibarquokkaplan"


def _raw_has(folder: Path, text: str) -> bool:
    return any(text.encode() in p.read_bytes() for p in folder.iterdir() if p.is_file())


def test_deleted_contact_note_and_concern_leave_no_readable_trace_after_tidy(tmp_path: Path) -> None:
    db = tmp_path / "plain.sqlite"
    with Workspace.open(db) as ws:  # a plain file: the bytes show what secure_delete and tidy remove
        plant(ws)
        concern = ws.insert(Concern(title=f"Coalition plan {FTS_WORD}", summary="who votes how"))
        ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert leaks(tmp_path) and _raw_has(tmp_path, FTS_WORD)
    with Workspace.open(db) as ws:
        assert search(ws, FTS_WORD)
        ws.delete(Contact, "5ec2e700-0000-4000-8000-00000000c001")
        ws.delete(Note, "5ec2e700-0000-4000-8000-00000000a001")
        ws.delete(Concern, concern.id)
        tidy(ws)
        assert search(ws, FTS_WORD) == [] and ws.integrity_problems() == []
        assert leaks(tmp_path) == [] and not _raw_has(tmp_path, FTS_WORD)
    assert leaks(tmp_path) == [] and not _raw_has(tmp_path, FTS_WORD.lower())


def test_every_connection_has_secure_delete_on(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "a.sqlite") as ws, ws.file.open_read_only() as reader:
        assert ws.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert reader.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_forget_removes_the_file_wal_backups_and_leftovers(tmp_path: Path) -> None:
    db = tmp_path / "gone.sqlite"
    other = tmp_path / "kept.sqlite"
    Workspace.open(other).close()
    ws = Workspace.open(db, key=cipher.new_key("bye"))
    plant(ws)
    backups.snapshot(ws)
    ws.close()
    (tmp_path / f".{db.name}.abc.converting").write_bytes(b"partial")
    removed = forget_workspace(db)
    assert db in removed and len(removed) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.sqlite"]
    assert backups.snapshots_of(db) == [] and cipher.KEYCHAIN.get(db) is None
    assert list(paths.backups_dir().iterdir()) == []


def test_cli_forget_asks_for_yes_and_tidy_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.sqlite"
    with Workspace.open(db) as ws:
        plant(ws)
    assert main(["tidy", "--db", str(db)]) == 0
    assert main(["forget", "--db", str(db)]) == 1 and db.exists()
    assert "--yes" in capsys.readouterr().err
    assert main(["forget", "--db", str(db), "--yes"]) == 0 and not db.exists()
    assert SECRETS[0] not in capsys.readouterr().out
