"""Every dialog is sized to its content, resizable, and reopens as the user left it (one mechanism:
ui/dialog_geometry.Dialog); after a dialog closes, keyboard focus is back in the main window."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from PySide6.QtCore import QByteArray, QRect
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout

import briefing_app.ui
from briefing_app.ui.dialog_geometry import SCREEN_SHARE, Dialog, settings_key
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.settings import app_settings
from tests.gui.conftest import Treaty

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")


def _subclasses(cls: type) -> set[type]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _subclasses(sub)
    return found


def test_every_dialog_of_the_app_uses_the_one_geometry_mechanism() -> None:
    for module in pkgutil.walk_packages(briefing_app.ui.__path__, "briefing_app.ui."):
        importlib.import_module(module.name)
    ours = [c for c in _subclasses(QDialog) if c.__module__.startswith("briefing_app.")]
    assert len(ours) >= 10
    assert [c.__qualname__ for c in ours if not issubclass(c, Dialog)] == []


class Wordy(Dialog):
    def __init__(self, lines: int = 30) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        for n in range(lines):
            layout.addWidget(QLabel(f"Line {n}: a label long enough to want some room in the dialog"))
        self.resize(120, 80)  # the dialog's own default: too small for its content


def _room() -> QRect:
    screen = QApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def test_dialog_opens_large_enough_for_its_content_and_resizable(qtbot) -> None:
    dialog = Wordy(lines=5)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() >= dialog.sizeHint().width() and dialog.height() >= dialog.sizeHint().height()
    assert dialog.isSizeGripEnabled()


def test_dialog_never_opens_larger_than_the_screen(qtbot) -> None:
    dialog = Wordy(lines=3)
    dialog.resize(3000, 2400)  # a default chosen for a big monitor, on a small laptop
    qtbot.addWidget(dialog)
    dialog.show()
    room = _room()
    assert dialog.height() <= room.height() * SCREEN_SHARE + 1 and dialog.width() <= room.width()


def test_dialog_reopens_with_the_size_the_user_left(qtbot) -> None:
    first = Wordy(lines=3)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width() + 40, first.height() + 30)
    left = first.size()
    first.hide()
    assert isinstance(app_settings().value(settings_key(first)), QByteArray)
    second = Wordy(lines=3)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == left


def test_remembered_geometry_from_a_bigger_screen_is_brought_back_into_reach(qtbot) -> None:
    big = Wordy(lines=3)
    qtbot.addWidget(big)
    big.setGeometry(QRect(5000, 4000, 4000, 3000))
    app_settings().setValue(settings_key(big), big.saveGeometry())
    dialog = Wordy(lines=3)
    qtbot.addWidget(dialog)
    dialog.show()
    room = _room()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert room.contains(dialog.frameGeometry().center())


def test_focus_returns_to_the_main_window_when_the_focused_button_was_rebuilt(qtbot, window: MainWindow,
                                                                              treaty: Treaty) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.select_provision(treaty.interception.id)
    view = window.panel.concerns.view
    button = view.button_for(f"edit:concerns:{treaty.privacy.id}")
    assert button is not None
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    dialog = Wordy(lines=2)
    dialog.setParent(window, dialog.windowFlags())
    dialog.show()
    dialog.activateWindow()
    dialog.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)
    window.panel.refresh()  # a saved edit rebuilds the cards: the focused button is gone
    dialog.close()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
