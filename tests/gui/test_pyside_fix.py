"""The PySide6 6.12 / Python 3.11 None-refcount workaround (briefing_app/workarounds.py) is applied
exactly where the installed release needs it, and then void calls cannot exhaust None."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QObject

from briefing_app import workarounds

CALLS = 20_000


def test_the_workaround_was_applied_exactly_when_this_pyside_needs_it() -> None:
    needed = workarounds.pyside_affected(tuple(PySide6.__version_info__[:2]))
    assert workarounds.applied()["pyside6-void-refcount"] is needed


def test_void_calls_cannot_exhaust_none_true_or_false() -> None:
    widget = QObject()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        widget.setObjectName("x")
    after = sys.getrefcount(None)
    if workarounds.applied()["pyside6-void-refcount"]:  # the bug is there: the counts are out of reach
        for singleton in (None, True, False):
            assert sys.getrefcount(singleton) > 1 << 47, singleton
    else:  # a release without the bug: void calls leave None's count alone
        assert abs(before - after) < CALLS // 100
