"""Found when trying the exchange as a hostile partner and a new user (issue 9): export resolves
delegations as `pack` does and refuses an empty selection, a full disk says so, copies left by a
killed import are swept on the next start, and any backup can be restored."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from briefing_app import paths
from briefing_app.bundles import export as export_module
from briefing_app.bundles.errors import ExportError
from briefing_app.bundles.export import export_bundle
from briefing_app.cli import main
from briefing_app.startup import open_workspace
from tests.bundles.builders import build_sample, content, open_ws, partner_bundle_in


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    path = tmp_path / "sample.sqlite"
    with open_ws(path) as ws:
        build_sample(ws)
    return path


def test_export_by_delegation_code_or_name_and_refusals(capsys: pytest.CaptureFixture[str], sample_db: Path,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "ke.briefing"
    code, stdout, _ = _run(capsys, "bundle", "export", "--db", str(sample_db), "--out", str(out),
                           "--delegation", "KE", "--organization", "Us", "--json")
    assert code == 0 and json.loads(stdout)["rows"]["positions"] == 1
    code, _, err = _run(capsys, "bundle", "export", "--db", str(sample_db), "--out", str(out),
                        "--delegation", "kenya", "--organization", "Us")
    assert code == 0
    code, _, err = _run(capsys, "bundle", "export", "--db", str(sample_db), "--out", str(tmp_path / "x.briefing"),
                        "--delegation", "Atlantis", "--organization", "Us")
    assert code == 1 and "No delegation 'Atlantis'" in err and not (tmp_path / "x.briefing").exists()
    code, _, err = _run(capsys, "bundle", "export", "--db", str(sample_db), "--out", str(tmp_path / "y.briefing"),
                        "--concern-category", "no such category", "--organization", "Us")
    assert code == 1 and "holds no shareable rows" in err and not (tmp_path / "y.briefing").exists()


def test_a_full_disk_during_export_says_so_and_leaves_nothing(sample_db: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = sqlite3.connect

    def tiny_disk(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        conn.execute("PRAGMA max_page_count = 4")  # SQLite then fails with SQLITE_FULL, as on a full disk
        return conn

    monkeypatch.setattr(export_module.sqlite3, "connect", tiny_disk)
    folder = tmp_path / "out"
    folder.mkdir()
    with open_ws(sample_db) as ws, pytest.raises(ExportError, match="the disk is full") as caught:
        export_bundle(ws, folder / "full.briefing", organization="Us")
    assert caught.value.reason == ExportError.DISK_FULL
    assert list(folder.iterdir()) == []


def test_copies_left_by_a_killed_import_are_swept_on_the_next_start(tmp_path: Path) -> None:
    scratch = paths.temp_dir()
    dead, alive = scratch / "bundle-999999999-abc", scratch / f"bundle-{os.getppid()}-def"
    for folder in (dead, alive):
        folder.mkdir()
        (folder / "bundle.sqlite").write_bytes(b"x" * 1000)
    open_workspace(tmp_path / "any.sqlite").close()
    assert not dead.exists() and alive.exists()


def test_any_backup_can_be_restored_and_the_restore_undone(capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path) -> None:
    mine = tmp_path / "mine.sqlite"
    first, second = partner_bundle_in(tmp_path / "p1", "Partner One"), partner_bundle_in(tmp_path / "p2", "Two")
    with open_ws(mine) as ws:
        before = content(ws.conn)
    assert _run(capsys, "bundle", "import", str(first), "--db", str(mine))[0] == 0
    with open_ws(mine) as ws:
        after_first = content(ws.conn)
    assert _run(capsys, "bundle", "import", str(second), "--db", str(mine))[0] == 0
    code, out, _ = _run(capsys, "backups", "--json", "--db", str(mine))
    listed = json.loads(out)
    assert [b["before_import"] for b in listed] == ["partner.briefing", "partner.briefing"]
    code, out, _ = _run(capsys, "backups", "restore", str(len(listed)), "--db", str(mine))  # the oldest
    assert code == 0 and "Restored the backup" in out
    with open_ws(mine) as ws:
        assert content(ws.conn) == before
    _, out, _ = _run(capsys, "backups", "list", "--json", "--db", str(mine))
    newest = json.loads(out)[0]["number"]
    assert _run(capsys, "backups", "restore", str(newest), "--db", str(mine))[0] == 0  # undo the restore
    with open_ws(mine) as ws:
        assert content(ws.conn) != before and content(ws.conn) != after_first
    code, _, err = _run(capsys, "backups", "restore", "99", "--db", str(mine))
    assert code == 1 and "no backup '99'" in err
