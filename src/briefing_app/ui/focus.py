"""Keyboard focus comes back to the main window after a dialog closes.

Qt returns focus to the widget that had it, unless that widget is gone: the card button that opened
an Edit… dialog is rebuilt when the edit is saved, and focus would be left nowhere. FocusKeeper
remembers where focus was in the main window (the widget and the ancestors that could take focus
instead) and, when a dialog closes with focus lost, gives it to the first of them still shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget
from shiboken6 import isValid


class FocusKeeper(QObject):
    """Installed on the application by the main window; removed with it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._chain: list[QWidget] = []
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self.window):
            return
        if new is None:
            if old is not None and isValid(old) and isinstance(old.window(), QDialog):
                QTimer.singleShot(0, self.restore)  # a dialog closed (or lost focus) leaving focus nowhere
            return
        if not isValid(new) or new.window() is not self.window:
            return
        chain: list[QWidget] = []
        widget: QWidget | None = new
        while widget is not None and widget is not self.window:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                chain.append(widget)
            widget = widget.parentWidget()
        self._chain = chain

    def target(self) -> QWidget | None:
        """Where focus should go: the remembered widget or its nearest ancestor still usable."""
        for widget in self._chain:
            if isValid(widget) and widget.isVisible() and widget.isEnabled() and widget.window() is self.window:
                return widget
        return None

    def restore(self) -> None:
        """After a dialog closed: focus back into the main window if it is nowhere (or gone)."""
        if not isValid(self.window) or not self.window.isVisible():
            return
        focused = QApplication.focusWidget()
        if focused is not None and isValid(focused) and focused.isVisible() and focused.window() is self.window:
            return
        if isinstance(QApplication.activeModalWidget(), QDialog):
            return  # another dialog is open (one dialog opening the next)
        self.window.activateWindow()
        target = self.target() or self._first_focusable()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _first_focusable(self) -> QWidget | None:
        page = self.window.centralWidget()
        if page is None:
            return None
        return next((w for w in page.findChildren(QWidget)
                     if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
