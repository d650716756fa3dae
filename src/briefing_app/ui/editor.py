"""Every edit of the GUI goes through the Editor: one transaction, one undo step, one refresh."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from briefing_app.domain.models import Record
from briefing_app.store.errors import StoreError
from briefing_app.store.workspace import Workspace
from briefing_app.ui.commands import Delete, EditCommand, Insert, Step, Update
from briefing_app.ui.messages import Confirm, show_error


class Editor(QObject):
    """Applies edits to the open workspace and records them on the undo stack.

    `changed` fires after every successful edit, undo and redo; `saved_at` is the local time of
    the last write (for the status bar).
    """

    changed = Signal()

    def __init__(self, stack: QUndoStack, window: QWidget) -> None:
        super().__init__(window)
        self.stack = stack
        self.window = window
        self.ws: Workspace | None = None
        self.saved_at = ""

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.stack.clear()
        self.saved_at = ""

    def apply(self, text: str, steps: list[Step]) -> bool:
        """Apply the steps now in one transaction and push them as one undo step."""
        if self.ws is None or not steps:
            return False
        command = EditCommand(text, self.ws, steps, self._replayed)
        try:
            command.apply()
        except StoreError as error:
            show_error(self.window, QCoreApplication.translate("Editor", "Not saved"), QCoreApplication.translate("Editor", "{change} was not saved: {error}").format(change=text, error=error))
            return False
        self.stack.push(command)
        self._saved()
        return True

    def save(self, old: Record | None, new: Record, links: list[Step] | None = None, *, what: str = "",
             created: list[Record] | None = None) -> bool:
        """Insert `new` (old is None) or update `old` to `new`, with link changes in the same step.

        `created` records (a source made in the dialog) are inserted first, in that same step.
        """
        label = what or type(new).__name__.lower()
        main: Step = Insert(new) if old is None else Update(old, new)
        verb = "Add" if old is None else "Edit"
        return self.apply(f"{verb} {label}", [*(Insert(r) for r in created or []), main, *(links or [])])

    def delete(self, record: Record, description: str) -> bool:
        """Ask, then delete the record and what depends on it (undo brings all of it back)."""
        if not Confirm.ask(self.window, QCoreApplication.translate("Editor", "Delete"), QCoreApplication.translate("Editor", "Delete {record}?").format(record=description)
                           + "\n\n" + QCoreApplication.translate("Editor", "You can undo this with Edit → Undo.")):
            return False
        return self.apply(f"Delete {type(record).__name__.lower()}", [Delete(record)])

    def _replayed(self, error: StoreError | None) -> None:
        if error is not None:
            show_error(self.window, QCoreApplication.translate("Editor", "Undo failed"), str(error))
        self._saved()

    def _saved(self) -> None:
        self.saved_at = dt.datetime.now().strftime("%H:%M:%S")
        self.changed.emit()
