"""One undo step for a write made by status/ (a status import, statuses set from the uptake report)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from briefing_app.store import status_store
from briefing_app.store.errors import StoreError
from briefing_app.store.status_store import StatusWrite
from briefing_app.store.workspace import Workspace


class StatusWriteCommand(QUndoCommand):
    """Pushed after the write is done: undo takes back exactly what `done` records, redo puts it back.
    `on_change(error)` runs after each replay (error is None, or the StoreError that rolled it back)."""

    def __init__(self, text: str, ws: Workspace, done: StatusWrite,
                 on_change: Callable[[StoreError | None], None]) -> None:
        super().__init__(text)
        self._ws, self.done, self._on_change = ws, done, on_change
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push calls redo(); the write is already in the database
            self._first = False
            return
        self._replay(status_store.redo_write)

    def undo(self) -> None:
        self._replay(status_store.undo_write)

    def _replay(self, step: Callable[[Workspace, StatusWrite], None]) -> None:
        try:
            step(self._ws, self.done)
        except StoreError as error:
            self._on_change(error)
        else:
            self._on_change(None)
