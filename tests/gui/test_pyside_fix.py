"""The PySide6 6.12.0 / Python 3.11 None-refcount workaround is applied exactly where needed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

from briefing_app.ui import pyside_fix


def test_affected_only_for_pyside_612_before_python_312() -> None:
    assert pyside_fix.affected((6, 12), (3, 11))
    assert not pyside_fix.affected((6, 11), (3, 11))
    assert not pyside_fix.affected((6, 12), (3, 12))


def test_void_calls_cannot_exhaust_none_when_ui_imported() -> None:
    before = sys.getrefcount(None)
    widget = QObject()
    for _ in range(20_000):
        widget.setObjectName("x")
    after = sys.getrefcount(None)
    assert after > 1 << 40 or not pyside_fix.affected()
    assert min(sys.getrefcount(True), sys.getrefcount(False)) > 1 << 40 or not pyside_fix.affected()
    assert before - after <= 20_000
