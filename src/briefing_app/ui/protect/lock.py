"""The lock screen (issue #13): File → Lock now (Ctrl+L) and the idle lock hide every view, the
menus, the status bar and the app's other windows until the passphrase is typed again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("protect", text)


class LockScreen(QWidget):
    """An opaque cover over the whole window with a passphrase field; `check(text)` says whether
    the passphrase is right."""

    unlocked = Signal()

    def __init__(self, window: QMainWindow, check: Callable[[str], bool]) -> None:
        super().__init__(window)
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        self._check = check
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(_tr("Briefing Desk is locked"))
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        layout.addWidget(title)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(_tr("Passphrase"))
        self.passphrase.setPlaceholderText(_tr("Passphrase"))
        self.passphrase.setMaximumWidth(320)
        self.passphrase.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.passphrase, 0, Qt.AlignmentFlag.AlignHCenter)
        self.button = QPushButton(_tr("&Unlock"))
        self.button.clicked.connect(self.try_unlock)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.message = QLabel("")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        layout.addStretch(2)
        self.hide()

    def try_unlock(self) -> None:
        typed = self.passphrase.text()
        self.passphrase.clear()
        if typed and self._check(typed):
            self.message.clear()
            self.unlocked.emit()
        else:
            self.message.setText(_tr("Wrong passphrase."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # the window resized: cover it all
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Resize and self.isVisible() and parent is not None:
            self.setGeometry(parent.rect())
        return False


class Locker(QObject):
    """Locks and unlocks one main window: hides its central widget, docks, tool bars, menu bar and
    status bar and the app's other visible windows, cancels open dialogs, disables every action
    (shortcuts included), and names no file in the title; unlocking restores what was shown."""

    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, check: Callable[[str], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.screen = LockScreen(window, check)
        window.installEventFilter(self.screen)
        self.screen.unlocked.connect(self.unlock)
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self._title = ""

    @property
    def locked(self) -> bool:
        return self.screen.isVisible()

    def lock(self) -> None:
        if self.locked:
            return
        window = self.window
        others = [w for w in QApplication.topLevelWidgets()  # floor mode, Compare versions, dialogs, popups
                  if w is not window and w.isVisible() and w.isWindow()]
        parts = [window.centralWidget(), window.menuBar(), window.statusBar(),
                 *window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)]
        shown = [w for w in dict.fromkeys([*parts, *others]) if w is not None and w is not self.screen
                 and w.isVisible()]
        # An open dialog is cancelled, as Escape would (it cannot stay on screen, and shown again after
        # its exec() ended it would be a dead window); a job's progress dialog is only hidden.
        dialogs = [w for w in shown if isinstance(w, QDialog) and not isinstance(w, QProgressDialog)]
        for dialog in dialogs:
            dialog.reject()
        self._hidden = [w for w in shown if w not in dialogs]
        for widget in self._hidden:
            widget.hide()
        self._disabled = [a for a in window.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        self._title = window.windowTitle()
        window.setWindowTitle(_tr("Locked"))
        self.screen.setGeometry(window.rect())
        self.screen.show()
        self.screen.raise_()
        self.screen.passphrase.setFocus()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        if not self.locked:
            return
        self.screen.hide()
        for action in self._disabled:
            action.setEnabled(True)
        for widget in self._hidden:
            widget.show()
        self.window.setWindowTitle(self._title)
        self._hidden, self._disabled = [], []
        self.locked_changed.emit(False)


class IdleWatcher(QObject):
    """Calls `on_idle` after `minutes` without a key press, click, wheel or mouse move in the app
    (0 minutes: never). It filters the application's events only while `minutes` is set: an
    application-wide filter in Python is called for every event of every object (and makes PySide6
    create the Python types of each one), which a plain workspace does not need (issue #17 item 1)."""

    _INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                        QEvent.Type.Wheel, QEvent.Type.TouchBegin})

    def __init__(self, parent: QObject, on_idle: Callable[[], None]) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)
        self.minutes = 0

    def set_minutes(self, minutes: int) -> None:
        app = QApplication.instance()
        if app is not None:
            if minutes > 0 and not self.minutes:
                app.installEventFilter(self)
            elif minutes <= 0 and self.minutes:
                app.removeEventFilter(self)
        self.minutes = max(0, minutes)
        self.restart()

    def restart(self) -> None:
        if self.minutes:
            self.timer.start(self.minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT and self.minutes:
            self.timer.start(self.minutes * 60_000)
        return False
