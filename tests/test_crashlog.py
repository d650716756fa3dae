"""A crash, in a command or in the window, leaves its traceback in the data folder's crash log and
the message says where (issue #18 item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app import __version__, crashlog, paths
from briefing_app.cli import main


def _boom(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("boom in the store")


def test_internal_error_in_a_command_is_logged_and_the_message_names_the_log(capsys, monkeypatch) -> None:
    monkeypatch.setattr("briefing_app.cli.common.open_workspace", _boom)
    assert main(["info"]) == 1
    err = capsys.readouterr().err
    log = crashlog.crash_log()
    assert log.is_relative_to(paths.data_dir())
    assert "internal error: RuntimeError: boom in the store" in err and str(log) in err
    text = log.read_text(encoding="utf-8")
    assert f"Briefing Desk {__version__} (source" in text and "briefing-app info" in text
    assert "Traceback" in text and "_boom" in text


def test_crash_escaping_the_window_is_logged_and_the_message_names_the_log(capsys, monkeypatch) -> None:
    import briefing_app.app

    monkeypatch.setattr(briefing_app.app, "run_gui", _boom)
    assert main([]) == 1
    err = capsys.readouterr().err
    assert "Briefing Desk stopped on an internal error: RuntimeError" in err
    assert str(crashlog.crash_log()) in err
    assert "boom in the store" in crashlog.crash_log().read_text(encoding="utf-8")


def test_log_is_rotated_when_large(monkeypatch) -> None:
    monkeypatch.setattr(crashlog, "LOG_LIMIT", 10)
    first = crashlog.write_crash_log("one", ValueError("first"))
    crashlog.write_crash_log("two", ValueError("second"))
    assert "second" in first.read_text(encoding="utf-8") and "first" not in first.read_text(encoding="utf-8")
    assert "first" in first.with_name("crash.log.1").read_text(encoding="utf-8")


def test_unwritable_data_folder_still_gives_a_message(monkeypatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BRIEFING_HOME", str(blocker))
    assert crashlog.where_logged("x", ValueError("v")).startswith("The details could not be written to a log file")


@pytest.mark.parametrize("frozen", [False, True])
def test_log_says_whether_the_app_was_frozen(monkeypatch, frozen: bool) -> None:
    monkeypatch.setattr(paths, "is_frozen", lambda: frozen)
    text = crashlog.write_crash_log("t", ValueError("v")).read_text(encoding="utf-8")
    assert ("(frozen," in text) is frozen


_CHILD = """
import faulthandler, sys
from briefing_app.crashlog import enable_fatal_log
fatal = enable_fatal_log()
print("recovered:", fatal.recovered, flush=True)
if sys.argv[1] == "crash":
    faulthandler._sigsegv()
"""


def test_a_fatal_crash_is_moved_into_the_crash_log_at_the_next_start(tmp_path: Path) -> None:
    """A segmentation fault (Qt, a C library) cannot be caught: faulthandler leaves the stacks in
    logs/fatal.log and the next start moves them into the crash log and names it."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "BRIEFING_HOME": str(tmp_path / "home")}
    crashed = subprocess.run([sys.executable, "-c", _CHILD, "crash"], capture_output=True, text=True,
                             env=env, timeout=60, check=False)
    assert crashed.returncode != 0 and "recovered: None" in crashed.stdout
    again = subprocess.run([sys.executable, "-c", _CHILD, "fine"], capture_output=True, text=True,
                           env=env, timeout=60, check=False)
    log = tmp_path / "home" / "logs" / crashlog.LOG_FILE
    assert again.returncode == 0 and f"recovered: {log}" in again.stdout
    text = log.read_text(encoding="utf-8")
    assert "Fatal error in the previous session" in text and "Segmentation fault" in text
    assert (tmp_path / "home" / "logs" / crashlog.FATAL_FILE).read_text(encoding="utf-8") == ""
