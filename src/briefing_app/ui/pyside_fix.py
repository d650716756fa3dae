"""Work around PySide6 6.12.0 on Python 3.11: every call of a method returning void (setText,
setInterval, …) drops one reference to None without having taken it, so None's reference count
falls by one per call and the process aborts with "Fatal Python error: none_dealloc" once it
reaches zero (after some thousands of calls, or at exit). Measured here: 1000 calls of
QObject.setObjectName lower sys.getrefcount(None) by 1000 with 6.12.0 and by 0 with 6.11.3.

Some paths leak references to True and False the same way ("bool_dealloc" at exit after the GUI
test suite). Python 3.12 made these singletons immortal, which hides the bug there; on 3.11 we give
them the same kind of unreachable reference count once, before any Qt call. Remove this module when
the dependency pin excludes the affected PySide6 release.
"""

from __future__ import annotations

import ctypes
import sys

import PySide6

AFFECTED = ((6, 12),)
_HEADROOM = 1 << 48  # far more void calls than any session makes; Py_ssize_t does not overflow


def affected(version: tuple[int, ...] = tuple(PySide6.__version_info__[:2]),
             python: tuple[int, ...] = tuple(sys.version_info[:2])) -> bool:
    return python < (3, 12) and version[:2] in AFFECTED


def make_singletons_immortal() -> bool:
    """Raise the reference counts of None, True and False out of reach when the installed PySide6
    needs it; True if done."""
    if not affected():
        return False
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: first field of an object
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
    return True
