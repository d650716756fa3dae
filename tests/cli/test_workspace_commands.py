"""CLI: info and search — JSON shape, exit codes, one-line errors, workspace selection."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.domain.models import Document, Provision, ProvisionKind, Version
from briefing_app.store.workspace import Workspace


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def treaty_db(tmp_path: Path) -> Path:
    path = tmp_path / "treaty.sqlite"
    with Workspace.open(path) as ws:
        doc = ws.insert(Document(title="Convention"))
        version = ws.insert(Version(document_id=doc.id, label="Adopted", seq=1))
        ws.insert(Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number="30",
                            heading="Interception of content data", text="Real-time collection of content."))
        ws.insert(Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number="7",
                            heading="Illegal access", text="Access without right."))
    return path


def test_info_json_reports_path_schema_and_counts_when_db_given(capsys, treaty_db: Path) -> None:
    code, out, _ = _run(capsys, "info", "--json", "--db", str(treaty_db))
    data = json.loads(out)
    assert code == 0
    assert data["workspace"] == str(treaty_db.resolve())
    assert data["schema_version"] >= 2
    assert data["counts"]["provisions"] == 2
    assert data["demo"] is False


def test_new_explicit_db_starts_empty_when_demo_not_asked(capsys, tmp_path: Path) -> None:
    code, out, _ = _run(capsys, "--db", str(tmp_path / "new.sqlite"), "info", "--json")
    assert code == 0
    assert sum(json.loads(out)["counts"].values()) == 0


def test_briefing_db_environment_variable_selects_workspace(capsys, treaty_db: Path, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFING_DB", str(treaty_db))
    _, out, _ = _run(capsys, "info", "--json")
    assert json.loads(out)["workspace"] == str(treaty_db.resolve())


def test_search_finds_interception_article(capsys, treaty_db: Path) -> None:
    code, out, _ = _run(capsys, "search", "interception", "--db", str(treaty_db))
    assert code == 0
    assert "Article 30: Interception of content data" in out
    assert "[Interception]" in out


def test_search_json_has_kind_id_title_snippet(capsys, treaty_db: Path) -> None:
    _, out, _ = _run(capsys, "search", "access", "--json", "--kind", "provision", "--db", str(treaty_db))
    hits = json.loads(out)
    assert [h["title"] for h in hits] == ["Article 7: Illegal access"]
    assert set(hits[0]) == {"kind", "id", "title", "snippet", "score", "provision_id", "context"}
    assert hits[0]["context"] == "Adopted"


def test_search_syntax_error_is_one_line_on_stderr_with_exit_1(capsys, treaty_db: Path) -> None:
    code, out, err = _run(capsys, "search", '"unbalanced', "--db", str(treaty_db))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("briefing-app: error: Cannot search for")


def test_foreign_file_gives_clear_error(capsys, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all" * 100)
    code, _, err = _run(capsys, "info", "--db", str(junk))
    assert code == 1
    assert "not a workspace" in err and "database" not in err


def test_usage_error_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["search"])
    assert exc.value.code == 2


def test_every_command_has_help(capsys) -> None:
    from briefing_app.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    for name, sub in commands.choices.items():  # type: ignore[union-attr]
        assert sub.description, f"{name} has no description"
        assert "--db" in sub.format_help()


def test_version_flag_and_module_entry_point(tmp_path: Path) -> None:
    env = {**os.environ, "BRIEFING_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "briefing_app", "--version"],
                            capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("briefing-app ")


def test_missing_qt_libraries_give_a_hint_instead_of_a_traceback(capsys, monkeypatch) -> None:
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "briefing_app.app":
            raise ImportError("libEGL.so.1: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    code, out, err = _run(capsys)
    assert code == 1 and out == ""
    assert "libEGL.so.1" in err and "apt-get install" in err and err.count("\n") == 1
