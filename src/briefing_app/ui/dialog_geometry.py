"""One mechanism for every dialog's size: `Dialog`, the base class of all our dialogs, is shown at
least as large as its content needs (never beyond the screen), is resizable, and reopens where and
as large as the user last left it (per dialog class, in the user's settings).

A dialog's own `resize()` in its constructor is its default size; the remembered geometry wins over
it. Message boxes and the platform's file dialogs size themselves. tests/gui/test_dialog_geometry.py
checks that every QDialog subclass of the app derives from Dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QLayout, QWidget

from briefing_app.ui.settings import app_settings

SCREEN_SHARE = 0.92  # a dialog takes at most this share of the available screen


def settings_key(dialog: QDialog) -> str:
    """Dialogs of one class share a geometry; an objectName tells two uses of one class apart."""
    name = type(dialog).__name__
    return f"dialogs/{name}.{dialog.objectName()}/geometry" if dialog.objectName() else f"dialogs/{name}/geometry"


def _room(widget: QWidget) -> QSize | None:
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is None:
        return None
    size = screen.availableGeometry().size()
    return QSize(int(size.width() * SCREEN_SHARE), int(size.height() * SCREEN_SHARE))


def fit_to_content(dialog: QDialog) -> None:
    """At least the content's size hint, at most SCREEN_SHARE of the screen."""
    wanted = dialog.size().expandedTo(dialog.sizeHint())
    room = _room(dialog.parentWidget() or dialog)
    dialog.resize(wanted.boundedTo(room) if room is not None else wanted)


def keep_on_screen(dialog: QWidget) -> None:
    """A geometry saved on a larger or detached screen must not leave the dialog out of reach."""
    screen = dialog.screen() or QApplication.primaryScreen()
    room = _room(dialog)
    if screen is None or room is None:
        return
    available = screen.availableGeometry()
    if dialog.width() > room.width() or dialog.height() > room.height():
        dialog.resize(dialog.size().boundedTo(room))
    if not available.contains(dialog.frameGeometry().center()):
        frame = dialog.frameGeometry()
        frame.moveCenter(available.center())
        dialog.move(frame.topLeft())


class Dialog(QDialog):
    """The base of every dialog: sized to its content, resizable, geometry remembered."""

    _geometry_shown = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._geometry_shown and not event.spontaneous():
            self._geometry_shown = True
            self.restore_geometry()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self._geometry_shown and not event.spontaneous():
            self._geometry_shown = False
            app_settings().setValue(settings_key(self), self.saveGeometry())
        super().hideEvent(event)

    def restore_geometry(self) -> None:
        layout = self.layout()
        if layout is not None and layout.sizeConstraint() == QLayout.SizeConstraint.SetFixedSize:
            return  # a dialog that chose a fixed size keeps it
        self.setSizeGripEnabled(True)
        saved = app_settings().value(settings_key(self))
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreGeometry(saved):
            keep_on_screen(self)
        else:
            fit_to_content(self)
