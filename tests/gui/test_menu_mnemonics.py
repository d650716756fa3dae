"""Keyboard access: within each menu, with every feature installed, no two items share a mnemonic."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import QMenu

from briefing_app.ui.main_window import MainWindow
from tests.gui.conftest import Treaty


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def test_every_menu_item_has_its_own_mnemonic_when_all_features_are_installed(qtbot, treaty: Treaty) -> None:
    window = MainWindow(treaty.ws)
    qtbot.addWidget(window)
    clashes = {}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        letters = Counter(_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator())
        missing = [a.text() for a in menu.actions() if not a.isSeparator() and _mnemonic(a.text()) is None]
        doubles = sorted(k for k, n in letters.items() if k and n > 1)
        if doubles or missing:
            clashes[menu_action.text()] = (doubles, missing)
    assert clashes == {}
