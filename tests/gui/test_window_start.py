"""The app's start (issue #17 item 1): the features that add only menu actions are installed after
the window's first paint, and the window ends up exactly as one built with everything at once —
the same menus in the same order, the same keys — while anything that needs them sooner (a
lookup, an opened menu, one of their shortcuts) gets them at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from briefing_app.ui.features import DEFAULT_FEATURES, LazyFeature
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.menus import Place
from briefing_app.ui.services import Services
from tests.gui.conftest import Treaty

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")


def _menus(window: MainWindow) -> list[tuple[str, list[str]]]:
    found = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        found.append((menu_action.text(), [a.text() for a in menu.actions() if not a.isSeparator()]))
    return found


def test_features_come_after_the_first_paint_and_the_window_ends_up_the_same(qtbot, treaty: Treaty) -> None:
    eager = MainWindow(treaty.ws)
    qtbot.addWidget(eager)
    later = MainWindow(treaty.ws, start_later=True)
    qtbot.addWidget(later)
    assert not later.start.done
    assert "packs.export" not in later.registry.keys_so_far() and "packs.export" in eager.registry.keys()
    assert [p.key for p in later.registry.pages] == [p.key for p in eager.registry.pages]  # pages before show
    later.show()
    qtbot.waitUntil(lambda: later.start.done, timeout=10_000)
    assert _menus(later) == _menus(eager)
    assert later.registry.keys() == eager.registry.keys()
    assert [a.text() for a in later.sidebar.actions()] == [a.text() for a in eager.sidebar.actions()]
    assert [a.text() for a in later.record_menu_actions] == [a.text() for a in eager.record_menu_actions]
    assert [type(c) for c in later.features] == [type(c) for c in eager.features]


def test_a_lookup_or_an_opened_menu_installs_the_rest_at_once(qtbot, treaty: Treaty) -> None:
    window = MainWindow(treaty.ws, start_later=True)
    qtbot.addWidget(window)
    assert window.registry.action("packs.export").text()  # not shown, never painted: installed on demand
    assert window.start.done
    other = MainWindow(treaty.ws, start_later=True)
    qtbot.addWidget(other)
    other.registry.menus["Tools"].aboutToShow.emit()
    assert other.start.done and other.registry.actions_at(Place.TOOLS)


class _Pressed(QObject):
    pressed = 0


def _shortcut_feature(services: Services) -> QObject:
    controller = _Pressed(services.window)

    def press() -> None:
        controller.pressed += 1

    services.registry.add_action("test.press", Place.TOOLS, "&Press", press, shortcut="Ctrl+Shift+Y")
    return controller


class _Later(LazyFeature):
    def __call__(self, services: Services) -> QObject:
        return _shortcut_feature(services)


def test_a_features_shortcut_works_on_the_first_press_before_it_was_installed(qtbot, treaty: Treaty) -> None:
    window = MainWindow(treaty.ws, features=(*DEFAULT_FEATURES, _Later("tests")), start_later=True)
    qtbot.addWidget(window)
    window.show()  # the key comes before the first paint (no event loop turn in between)
    assert "test.press" not in window.registry.keys_so_far()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Y, keys))  # no widget took it
    assert window.start.done
    assert window.features.get(_Pressed).pressed == 1
    assert window.registry.action("test.press").shortcut() == QKeySequence("Ctrl+Shift+Y")  # Qt's own from now on
    QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Y, keys))
    assert window.features.get(_Pressed).pressed == 1  # installed: the window leaves keys to Qt


def test_registry_ranks_keep_a_late_features_actions_in_feature_order(qtbot, treaty: Treaty) -> None:
    window = MainWindow(treaty.ws, features=())
    qtbot.addWidget(window)
    registry = window.registry
    with registry.ranked(2):
        second = registry.add_action("test.second", Place.TOOLS, "Second")
    with registry.ranked(1):
        first = registry.add_action("test.first", Place.TOOLS, "First")
    menu = registry.menus["Tools"]
    actions: list[QAction] = [a for a in menu.actions() if not a.isSeparator()]
    assert actions.index(first) < actions.index(second)
    assert registry.actions_at(Place.TOOLS)[-2:] == [first, second]
    assert registry.keys()[-2:] == ["test.first", "test.second"]
