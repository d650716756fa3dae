"""CLI: bundle export / import (dry run, JSON) / undo-import, and check."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from briefing_app.cli import main
from tests.bundles.builders import build_sample, open_ws
from tests.helpers import logical_dump


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def source_db(tmp_path: Path) -> Path:
    path = tmp_path / "source.sqlite"
    with open_ws(path) as ws:
        build_sample(ws)
    return path


def test_export_then_dry_run_import_json_then_import_and_undo(capsys: pytest.CaptureFixture[str],
                                                              source_db: Path, tmp_path: Path) -> None:
    bundle, target = tmp_path / "x.briefing", tmp_path / "target.sqlite"
    code, out, err = _run(capsys, "bundle", "export", "--db", str(source_db), "--out", str(bundle),
                          "--organization", "Privacy Coalition", "--json")
    assert code == 0 and err == ""
    exported = json.loads(out)
    assert exported["rows"]["concerns"] == 1 and exported["withheld"]["contacts"] == 1

    code, out, _ = _run(capsys, "bundle", "import", str(bundle), "--db", str(target), "--dry-run", "--json")
    preview = json.loads(out)
    assert code == 0 and preview["applied"] is False and preview["organization"] == "Privacy Coalition"
    assert preview["totals"]["new"] == sum(exported["rows"].values())
    empty = sqlite3.connect(target)
    assert empty.execute("SELECT count(*) FROM concerns").fetchone()[0] == 0
    before = logical_dump(empty)
    empty.close()

    code, out, _ = _run(capsys, "bundle", "import", str(bundle), "--db", str(target))
    assert code == 0 and "Imported. Backup:" in out
    code, out, _ = _run(capsys, "--db", str(target), "bundle", "import", str(bundle), "--keep-backups", "3")
    assert code == 0 and "Nothing to import" in out

    code, out, _ = _run(capsys, "bundle", "undo-import", "--db", str(target))
    assert code == 0 and "Undid the import of x.briefing" in out
    conn = sqlite3.connect(target)
    assert [line for line in logical_dump(conn) if "backups.keep" not in line] == before
    conn.close()
    code, _, err = _run(capsys, "bundle", "undo-import", "--db", str(target))
    assert code == 1 and "no import to undo" in err


def test_include_internal_prints_a_warning(capsys: pytest.CaptureFixture[str], source_db: Path,
                                           tmp_path: Path) -> None:
    code, _, err = _run(capsys, "bundle", "export", "--db", str(source_db), "--out", str(tmp_path / "i.briefing"),
                        "--include-internal", "--organization", "Partner")
    assert code == 0 and "warning" in err and "internal" in err


def test_refused_bundle_exits_1_with_reason_and_workspace_unchanged(capsys: pytest.CaptureFixture[str],
                                                                    source_db: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.briefing"
    junk.write_bytes(b"not a bundle at all" * 10)
    before = source_db.read_bytes()
    code, out, err = _run(capsys, "bundle", "import", str(junk), "--db", str(source_db))
    assert code == 1 and out == ""
    assert "workspace unchanged" in err and "junk.briefing" in err and "not a SQLite file" in err
    assert source_db.read_bytes() == before


def test_check_reports_ok_and_fails_on_broken_references(capsys: pytest.CaptureFixture[str],
                                                         source_db: Path) -> None:
    code, out, _ = _run(capsys, "check", "--db", str(source_db))
    assert code == 0 and "integrity and foreign keys ok" in out
    conn = sqlite3.connect(source_db)
    conn.execute("UPDATE concerns SET organization_id = 'gone'")
    conn.commit()
    conn.close()
    code, out, err = _run(capsys, "check", "--db", str(source_db))
    assert code == 1 and "refers to a missing organizations row" in out and "problem" in err
