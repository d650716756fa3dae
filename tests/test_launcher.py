"""The `briefing-app` entry point (launcher.py): the window's options parsed without argparse, and
everything else handed to the command line unchanged (issue #17 item 1)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app import launcher
from briefing_app.launcher import WindowOptions, window_options


def test_the_window_options_are_read_without_the_command_line_parser() -> None:
    assert window_options([]) == WindowOptions()
    assert window_options(["--db", "a.sqlite", "--demo"]) == WindowOptions(db=Path("a.sqlite"), demo=True)
    assert window_options(["--db=a.sqlite", "--db", "b.sqlite"]) == WindowOptions(db=Path("b.sqlite"))  # last wins
    assert window_options(["--passphrase-file", "p.txt", "--db", "a"]) == WindowOptions(
        db=Path("a"), passphrase_file=Path("p.txt"))
    assert window_options(["From Partner.BRIEFING"]) == WindowOptions(bundle=Path("From Partner.BRIEFING").absolute())


@pytest.mark.parametrize("argv", [["info"], ["--help"], ["--version"], ["--db"], ["--db", "--demo"], ["--db="],
                                  ["--de"], ["--demo=yes"], ["a.briefing", "b.briefing"], ["notes.txt"], ["-"],
                                  ["--db", "a", "list", "concerns"], ["--helper-process", "x"]])
def test_anything_else_is_left_to_the_command_line(argv: list[str]) -> None:
    assert window_options(argv) is None


def test_a_command_goes_to_the_command_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    started: list[WindowOptions] = []
    monkeypatch.setattr(launcher, "start_window", started.append)
    assert launcher.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("briefing-app ")
    assert started == []


def test_the_window_starts_without_importing_the_command_line(tmp_path: Path) -> None:
    code = ("import sys; from briefing_app import launcher; "
            "launcher.start_window = lambda options: print(options.db, options.demo) or 0; "
            "code = launcher.main(['--db', 'x.sqlite', '--demo']); "
            "print(sorted(n for n in sys.modules if n.startswith('briefing_app.cli'))); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["x.sqlite True", "[]"]
