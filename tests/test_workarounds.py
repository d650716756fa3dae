"""Library workarounds: installed explicitly, applied after their library is imported, and only
while a check of the library says it is still broken."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from briefing_app import workarounds
from briefing_app.workarounds import Workaround, install_workarounds


def _fake_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, fixed: bool) -> None:
    (tmp_path / f"{name}.py").write_text(f"FIXED = {fixed}\nSPLIT = 'broken'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)


def _repair(module: ModuleType) -> None:
    module.SPLIT = "repaired"  # type: ignore[attr-defined]


@pytest.mark.parametrize("fixed", [False, True])
def test_a_fix_waits_for_its_library_and_turns_off_when_the_library_is_fixed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixed: bool) -> None:
    name = f"fake_library_{'fixed' if fixed else 'broken'}"
    _fake_library(tmp_path, monkeypatch, name, fixed)
    fix = Workaround(f"test-{name}", name, lambda module: not module.FIXED, _repair)
    install_workarounds([fix])
    assert name not in sys.modules  # nothing imported or patched by installing
    module = __import__(name)
    expected = "broken" if fixed else "repaired"
    assert expected == module.SPLIT
    assert workarounds.applied()[fix.name] is (not fixed)
    assert workarounds._HOOK not in sys.meta_path or name not in workarounds._HOOK.waiting


def test_reportlab_check_runs_reportlabs_own_cmap_function() -> None:
    from reportlab.pdfbase import ttfonts

    from briefing_app.packs.cmap import astral_safe_cmap

    original = getattr(ttfonts.makeToUnicodeCMap, "__wrapped__", ttfonts.makeToUnicodeCMap)
    broken = "<1F600>" in original("F", [0x1F600])
    assert workarounds._cmap_needed(ttfonts) is broken
    assert workarounds.applied().get("reportlab-tounicode-astral") is broken
    assert "<D83DDE00>" in ttfonts.makeToUnicodeCMap("F", [0x1F600])  # fixed either way

    patched = ModuleType("patched_ttfonts")
    patched.makeToUnicodeCMap = astral_safe_cmap(original)  # type: ignore[attr-defined]
    assert workarounds._cmap_needed(patched) is broken  # the check looks through our own wrapper
    released = ModuleType("fixed_ttfonts")  # a reportlab release that writes the pair itself
    released.makeToUnicodeCMap = lambda name, subset: "<00> <D83DDE00>"  # type: ignore[attr-defined]
    assert not workarounds._cmap_needed(released)


def test_chinese_kinsoku_fix_extends_both_copies_of_reportlabs_list_and_turns_off_when_complete() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    assert workarounds.applied().get("reportlab-cjk-kinsoku") is True  # reportlab 5.1 lacks "，"
    for module in (textsplit, paragraph):
        assert all(c in module.ALL_CANNOT_START for c in workarounds.CJK_CANNOT_START)
        assert module.ALL_CANNOT_START.startswith("!',.:;?")  # reportlab's own marks kept, first
    released = ModuleType("fixed_textsplit")
    released.ALL_CANNOT_START = workarounds.CJK_CANNOT_START + "!?"  # type: ignore[attr-defined]
    assert not workarounds._kinsoku_needed(released)
    japanese_only = ModuleType("old_textsplit")
    japanese_only.ALL_CANNOT_START = "!',.:;?\u3001\u3002"  # type: ignore[attr-defined]
    assert workarounds._kinsoku_needed(japanese_only)


def test_pyside_check_follows_the_release_and_python() -> None:
    assert workarounds.pyside_affected((6, 12), (3, 11))
    assert not workarounds.pyside_affected((6, 11), (3, 11))
    assert not workarounds.pyside_affected((6, 13), (3, 11))
    assert not workarounds.pyside_affected((6, 12), (3, 12))


def test_installing_imports_neither_qt_nor_reportlab_and_waits_for_both() -> None:
    code = ("import sys; from briefing_app.workarounds import install_workarounds, _HOOK; install_workarounds(); "
            "print(sorted(_HOOK.waiting), 'PySide6' in sys.modules, 'reportlab' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['PySide6', 'reportlab.lib.textsplit', 'reportlab.pdfbase.ttfonts'] False False"


@pytest.mark.parametrize("first", ["briefing_app.packs.fonts", "briefing_app.packs.styles", "reportlab.pdfbase.ttfonts",
                                   "PySide6.QtCore", "briefing_app.ui.main_window"])
def test_each_library_may_first_be_imported_by_any_of_our_modules(first: str) -> None:
    """A fix runs while its library is being imported, possibly from a module of ours that is itself
    half imported (packs/fonts.py imports ttfonts): it must not need that module."""
    code = ("import importlib, sys; from briefing_app.workarounds import install_workarounds, applied; "
            f"install_workarounds(); importlib.import_module({first!r}); print(sorted(applied()))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-2000:]
    expected = "pyside6-void-refcount" if first.startswith(("PySide6", "briefing_app.ui")) else "reportlab-tounicode-astral"
    assert expected in run.stdout


def test_the_cli_entry_point_installs_the_workarounds(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_app import cli

    calls: list[bool] = []
    monkeypatch.setattr(cli, "install_workarounds", lambda: calls.append(True))
    assert cli.main(["--version"]) == 0  # answered before any library is imported: nothing to fix yet
    assert calls == []
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert calls == [True]
