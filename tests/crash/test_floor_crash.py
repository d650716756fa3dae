"""SIGKILL floor mode after each entry and in the middle of a burst: every entry shown as saved is in
the workspace afterwards, the file passes integrity_check, and no entry is half written."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing_app.store.workspace import Workspace
from tests.meetings_builders import build_room

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
              pytest.mark.slow]  # each kill starts a fresh app process (~2 s)

ROOT = Path(__file__).resolve().parents[2]
TYPIST = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from briefing_app.store.workspace import Workspace
from briefing_app.ui import meetings
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.meetings import MeetingsController
ws = Workspace.open(sys.argv[1])
window = MainWindow(ws, features=(meetings.install,))
floor = window.features.get(MeetingsController).start_floor()
floor.saved.connect(lambda entry_id: print("saved", entry_id, flush=True))
print("ready", flush=True)
wait = sys.argv[2] == "wait"
for line in sys.argv[3:]:
    QTest.keyClicks(floor.line, line)
    QTest.keyClick(floor.line, Qt.Key.Key_Return)
    if wait:
        sys.stdin.readline()  # the parent kills us here, right after the entry was shown as saved
print("done", flush=True)
"""
# One of each kind of write: a position, a tabled proposal, backing it (promotion), a group, a question.
LINES = ["KE 14 sup", "EG 6.2 prop delete 'may'", "ZA sup #1", "US/EU 15 opp too broad", "IN 16.2 ?"]


def _start(db: Path, mode: str, lines: list[str], home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "BRIEFING_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-c", TYPIST, str(db), mode, *lines], cwd=ROOT, env=env, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process


def _kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    for pipe in (process.stdin, process.stdout):
        if pipe is not None:
            pipe.close()


def _check(db: Path, saved: list[str]) -> int:
    """The workspace is sound, holds every entry shown as saved, and each entry is whole."""
    conn = sqlite3.connect(db)
    try:
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {r[0] for r in conn.execute("SELECT id FROM interventions")}
        assert set(saved) <= stored
        orphans = conn.execute("""SELECT count(*) FROM interventions i LEFT JOIN positions p ON p.id = i.position_id
                                  WHERE i.position_id IS NOT NULL AND p.id IS NULL""").fetchone()[0]
        assert orphans == 0
        return len(stored)
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "room.sqlite"
    with Workspace.open(path) as ws:
        build_room(ws)
    return path


def test_a_kill_right_after_each_entry_loses_nothing_shown_as_saved(db: Path, tmp_path: Path) -> None:
    saved: list[str] = []
    for line in LINES:
        process = _start(db, "wait", [line], tmp_path)
        assert process.stdout is not None
        answer = process.stdout.readline().split()
        assert answer[0] == "saved", answer
        saved.append(answer[1])
        _kill(process)
        assert _check(db, saved) == len(saved)


def test_a_kill_in_the_middle_of_a_burst_keeps_every_entry_shown_as_saved(db: Path, tmp_path: Path) -> None:
    rng = random.Random(7)
    saved: list[str] = []
    for _ in range(2):
        process = _start(db, "burst", LINES * 4, tmp_path)
        assert process.stdout is not None
        deadline = time.monotonic() + rng.uniform(0.05, 0.6)
        while time.monotonic() < deadline:
            line = process.stdout.readline().split()
            if not line or line[0] != "saved":
                break
            saved.append(line[1])
        _kill(process)
        _check(db, saved)
    assert saved
