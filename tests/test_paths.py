"""paths.py: resources found the same way from source and frozen (issue #18 item 1), and the helper
processes a frozen app starts through its own executable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from briefing_app import paths
from briefing_app.cli import main

REPO = Path(__file__).resolve().parents[1]


def test_resources_come_from_the_repository_when_run_from_source() -> None:
    assert not paths.is_frozen()
    assert paths.resource_path("demo", "convention.toml") == REPO / "resources" / "demo" / "convention.toml"
    assert paths.resource_path("licences.toml").is_file()
    assert paths.program_name() == "briefing-app"


def test_resources_come_from_the_app_folder_when_frozen(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "briefing-desk"))
    assert paths.is_frozen()
    assert paths.resource_path("desktop", "x.svg") == tmp_path / "_internal" / "resources" / "desktop" / "x.svg"
    assert paths.program_name() == "briefing-desk"
    assert paths.helper_command("pdf-worker") == [str(tmp_path / "briefing-desk"), paths.HELPER_FLAG, "pdf-worker"]


def test_helper_command_runs_this_copy_of_the_module_in_isolated_python_from_source() -> None:
    command = paths.helper_command("pdf-worker")
    assert command[:2] == [sys.executable, "-I"]
    assert command[-2:] == [str(REPO / "src"), "briefing_app.drafts.pdf_worker"]


def test_hidden_helper_flag_runs_the_pdf_worker_as_the_frozen_app_does(tmp_path: Path) -> None:
    not_a_pdf = tmp_path / "x.pdf"
    not_a_pdf.write_bytes(b"%PDF-1.4 nothing else")
    limits = json.dumps({"seconds": 10, "memory_mb": 1024, "pages": 10, "min_chars_per_page": 1})
    # in a child process: the worker lowers its own address-space limit
    done = subprocess.run([sys.executable, "-m", "briefing_app", paths.HELPER_FLAG, "pdf-worker", str(not_a_pdf),
                           limits], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert "Open it in a PDF reader" in answer["refused"]


def test_unknown_helper_is_a_usage_error(capsys) -> None:
    assert main([paths.HELPER_FLAG, "rm"]) == 2
    assert "no helper process 'rm'" in capsys.readouterr().err


def test_version_prints_the_program_and_version() -> None:
    from briefing_app import __version__

    done = subprocess.run([sys.executable, "-m", "briefing_app", "--version"], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0 and done.stdout.strip() == f"briefing-app {__version__}"


def test_frozen_windows_helpers_run_the_console_executable(monkeypatch, tmp_path: Path) -> None:
    """The windowed briefing-desk.exe has no stdout to answer on; briefing-desk-cli.exe beside it has."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "briefing-desk.exe"))
    (tmp_path / "briefing-desk-cli.exe").write_bytes(b"")
    assert paths.helper_command("pdf-worker")[0] == str(tmp_path / "briefing-desk-cli.exe")
