"""The PySide6 6.12 / Python 3.11 None-refcount workaround (briefing_app/workarounds.py) is applied
exactly where the installed release has the bug, and there it prevents the crash the bug causes."""

from __future__ import annotations

import signal
import subprocess
import sys

import PySide6
from PySide6.QtCore import QObject

from briefing_app import workarounds

CALLS = 20_000
SAMPLE = 1_000
# In a fresh process: measure how much None's reference count falls over SAMPLE void calls, then make
# more void calls than None had references (argv[2], or its own count when 0): without the bug
# harmless; with it fatal, unless fixed.
PROBE = f"""
import sys
if sys.argv[1] == "fix":
    from briefing_app.workarounds import install_workarounds
    install_workarounds()
from PySide6.QtCore import QObject
widget = QObject()
before = sys.getrefcount(None)
print("refs", before, flush=True)
for _ in range({SAMPLE}):
    widget.setObjectName("x")
print("drop", before - sys.getrefcount(None), flush=True)
for _ in range((int(sys.argv[2]) or before) + 10_000):
    widget.setObjectName("x")
print("survived", flush=True)
"""


def _affected() -> bool:
    return workarounds.pyside_affected(tuple(PySide6.__version_info__[:2]))


def _probe(mode: str, calls: int = 0) -> tuple[int, str, str]:
    run = subprocess.run([sys.executable, "-c", PROBE, mode, str(calls)], capture_output=True, text=True,
                         timeout=120, check=False)  # the unfixed probe is expected to abort
    return run.returncode, run.stdout, run.stderr


def _number(out: str, word: str) -> int:
    return int(out.split(word, 1)[1].split(maxsplit=1)[0])


def test_the_workaround_was_applied_exactly_when_this_pyside_needs_it() -> None:
    assert workarounds.applied()["pyside6-void-refcount"] is _affected()


def test_the_version_check_matches_the_bug_this_pyside_has() -> None:
    """Without the workaround, void calls drop None's count one per call exactly on the releases the
    check names: when a release fixes the bug (or has it unlisted) this fails, and the check is updated."""
    _code, out, _err = _probe("bare")
    drop = _number(out, "drop")
    if _affected():
        assert drop >= SAMPLE * 0.99, drop
    else:
        assert abs(drop) < SAMPLE // 100, drop


def test_without_the_workaround_the_bug_aborts_the_process_and_with_it_the_process_survives() -> None:
    code, out, err = _probe("bare")
    if _affected():
        assert code == -signal.SIGABRT, (code, err[-300:])
        assert "none_dealloc" in err and "survived" not in out
    else:
        assert code == 0 and "survived" in out
    refs = _number(out, "refs")  # None's count in a process without the workaround
    assert refs < 1 << 40
    code, out, err = _probe("fix", refs)
    assert code == 0, (code, err[-300:])
    assert "survived" in out


def test_void_calls_cannot_exhaust_none_true_or_false() -> None:
    widget = QObject()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        widget.setObjectName("x")
    after = sys.getrefcount(None)
    if workarounds.applied()["pyside6-void-refcount"]:  # the bug is there: the counts are out of reach
        for singleton in (None, True, False):
            assert sys.getrefcount(singleton) > 1 << 47, singleton
        assert before - after >= CALLS * 0.99  # the calls still drop it: the headroom is what saves us
    else:  # a release without the bug: void calls leave None's count alone
        assert abs(before - after) < CALLS // 100
