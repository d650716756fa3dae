"""Fixes for bugs in libraries we depend on, installed explicitly and switched off by the library.

`install_workarounds()` is called by the app and the CLI entry points, by the pack export worker
processes and by the test suite; nothing is patched when a module is imported. Each fix is tied to
the library module it repairs and applied right after that module is first imported (a post-import
hook, so the CLI never loads Qt and the window never loads reportlab for it), and only when a check
of the installed library says it is still needed: when a release fixes the bug, the fix turns
itself off. `applied()` lists what was done in this process.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import logging
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import ModuleType

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Workaround:
    """`needed(module)` checks the imported library; `apply(module)` repairs it."""

    name: str
    module: str
    needed: Callable[[ModuleType], bool]
    apply: Callable[[ModuleType], None]


# -- PySide6 6.12.0 on Python 3.11: void methods drop a reference to None (and True/False) ------------
# Every call of a method returning void (setText, setInterval, …) releases a reference to None it
# never took: the count falls by one per call and the process aborts with "Fatal Python error:
# none_dealloc" after some thousands of calls or at exit. Python 3.12 made these objects immortal,
# which hides the bug there; on 3.11 we give them an unreachable reference count once.
PYSIDE_AFFECTED = ((6, 12),)
_HEADROOM = 1 << 48  # far more void calls than any session makes; Py_ssize_t does not overflow


def pyside_affected(version: Sequence[int], python: Sequence[int] = tuple(sys.version_info[:2])) -> bool:
    return tuple(python[:2]) < (3, 12) and tuple(version[:2]) in PYSIDE_AFFECTED


def _pyside_needed(module: ModuleType) -> bool:
    return pyside_affected(tuple(getattr(module, "__version_info__", (0, 0))[:2]))


def _make_singletons_immortal(_module: ModuleType) -> None:
    import ctypes

    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: first field of an object
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM


# -- reportlab: ToUnicode CMaps write characters beyond U+FFFF as odd-length hex ----------------------
# reportlab 5.1 writes <1F600> instead of the UTF-16 pair <D83DDE00>: the glyph prints but copying,
# searching and extracting text lose it. The check runs reportlab's own function on such a character.
def _cmap_needed(ttfonts: ModuleType) -> bool:
    original = getattr(ttfonts.makeToUnicodeCMap, "__wrapped__", ttfonts.makeToUnicodeCMap)
    return "<1F600>" in original("F", [0x1F600])


def _cmap_apply(ttfonts: ModuleType) -> None:
    from briefing_app.packs.cmap import astral_safe_cmap

    vars(ttfonts)["makeToUnicodeCMap"] = astral_safe_cmap(ttfonts.makeToUnicodeCMap)


# -- reportlab: Chinese lines may start with a full-width comma, colon or closing quote -------------
# Its CJK line breaking lets a character that cannot start a line hang in the margin instead, but its
# list (reportlab.lib.textsplit.ALL_CANNOT_START, made for Japanese) lacks Chinese closing punctuation:
# "，" "：" "；" "！" "？" "》" "”" … (GB/T 15834, the W3C's clreq), all in our Chinese wording.
# reportlab.platypus.paragraph copies the list when it is imported, so both get the full one.
CJK_CANNOT_START = "，．：；！？）］｝〉》」』】〕〗〙〛’”…‥·∶～％‰℃、。"


def _kinsoku_needed(textsplit: ModuleType) -> bool:
    return any(c not in textsplit.ALL_CANNOT_START for c in CJK_CANNOT_START)


def _kinsoku_apply(textsplit: ModuleType) -> None:
    for module in (textsplit, sys.modules.get("reportlab.platypus.paragraph")):
        if module is not None and hasattr(module, "ALL_CANNOT_START"):  # else paragraph is importing it now
            known = module.ALL_CANNOT_START
            vars(module)["ALL_CANNOT_START"] = known + "".join(c for c in CJK_CANNOT_START if c not in known)


WORKAROUNDS: tuple[Workaround, ...] = (
    Workaround("pyside6-void-refcount", "PySide6", _pyside_needed, _make_singletons_immortal),
    Workaround("reportlab-tounicode-astral", "reportlab.pdfbase.ttfonts", _cmap_needed, _cmap_apply),
    Workaround("reportlab-cjk-kinsoku", "reportlab.lib.textsplit", _kinsoku_needed, _kinsoku_apply),
)

_APPLIED: dict[str, bool] = {}  # name -> whether the check said it was needed (and it was applied)
_LOCK = threading.RLock()


def install_workarounds(workarounds: Sequence[Workaround] = WORKAROUNDS) -> None:
    """Apply each fix now if its library is already imported, else right after it is imported."""
    with _LOCK:
        for workaround in workarounds:
            module = sys.modules.get(workaround.module)
            if module is not None:
                _run(workaround, module)
            else:
                _HOOK.waiting.setdefault(workaround.module, []).append(workaround)
        if _HOOK.waiting and _HOOK not in sys.meta_path:
            sys.meta_path.insert(0, _HOOK)


def applied() -> dict[str, bool]:
    """Workarounds whose library was imported in this process: name -> applied (False: not needed)."""
    return dict(_APPLIED)


def _run(workaround: Workaround, module: ModuleType) -> None:
    if workaround.name in _APPLIED:
        return
    needed = workaround.needed(module)
    if needed:
        workaround.apply(module)
        log.debug("workaround %s applied", workaround.name)
    _APPLIED[workaround.name] = needed


class _AfterImport(importlib.abc.MetaPathFinder):
    """Finds a watched module with the other finders and runs its fixes after the module has run."""

    def __init__(self) -> None:
        self.waiting: dict[str, list[Workaround]] = {}

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.waiting:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None and spec.loader is not None:
                spec.loader = _FixingLoader(spec.loader, self._imported)
                return spec
        return None

    def _imported(self, module: ModuleType) -> None:
        with _LOCK:
            for workaround in self.waiting.pop(module.__name__, []):
                _run(workaround, module)
            if not self.waiting and self in sys.meta_path:
                sys.meta_path.remove(self)


class _FixingLoader(importlib.abc.Loader):
    def __init__(self, loader: importlib.abc.Loader, after: Callable[[ModuleType], None]) -> None:
        self._loader = loader
        self._after = after

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._loader.exec_module(module)
        self._after(module)

    def __getattr__(self, name: str) -> object:  # get_resource_reader, is_package, … of the real loader
        return getattr(self._loader, name)


_HOOK = _AfterImport()
