"""Undoable edits: each user action is one QUndoCommand made of steps, applied in one transaction.

The first application happens in `Editor.apply` (so a failure is reported before anything is
pushed); redo and undo then replay the steps exactly: deletes keep their Removal snapshot and
undo restores it row for row, so undo followed by redo gives the same database back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from briefing_app.domain.models import Record
from briefing_app.store import ui_queries
from briefing_app.store.errors import StoreError
from briefing_app.store.workspace import Removal, Workspace


class Step(Protocol):
    """One write with its inverse. `apply` runs first; later `undo`/`redo` alternate."""

    def apply(self, ws: Workspace) -> None: ...

    def undo(self, ws: Workspace) -> None: ...

    def redo(self, ws: Workspace) -> None: ...


@dataclass
class Insert:
    record: Record
    saved: Record | None = None
    removal: Removal | None = None

    def apply(self, ws: Workspace) -> None:
        self.saved = ws.insert(self.record)

    def undo(self, ws: Workspace) -> None:
        self.removal = ws.delete(type(self.record), self.record.id, tombstone=False)

    def redo(self, ws: Workspace) -> None:
        assert self.removal is not None
        ws.restore(self.removal)


@dataclass
class Update:
    old: Record
    new: Record
    saved: Record | None = None

    def apply(self, ws: Workspace) -> None:
        """Undo and redo write back the stored rows exactly, timestamps included."""
        self.old = ws.require(type(self.old), self.old.id)
        ws.update(self.new)
        self.saved = ws.require(type(self.new), self.new.id)

    def undo(self, ws: Workspace) -> None:
        ws.replace_row(self.old)

    def redo(self, ws: Workspace) -> None:
        assert self.saved is not None
        ws.replace_row(self.saved)


@dataclass
class Delete:
    record: Record
    removal: Removal | None = None

    def apply(self, ws: Workspace) -> None:
        self.removal = ws.delete(type(self.record), self.record.id)

    def undo(self, ws: Workspace) -> None:
        assert self.removal is not None
        ws.restore(self.removal)

    def redo(self, ws: Workspace) -> None:
        self.apply(ws)


@dataclass
class Link:
    name: str
    left_id: str
    right_id: str
    row: dict[str, Any] = field(default_factory=dict)

    def apply(self, ws: Workspace) -> None:
        ws.link(self.name, self.left_id, self.right_id)
        self.row = ui_queries.link_row(ws, self.name, self.left_id, self.right_id) or {}

    def undo(self, ws: Workspace) -> None:
        ws.unlink(self.name, self.left_id, self.right_id, tombstone=False)

    def redo(self, ws: Workspace) -> None:
        ws.restore(Removal(((self.name, self.row),)))


@dataclass
class Unlink:
    name: str
    left_id: str
    right_id: str
    row: dict[str, Any] = field(default_factory=dict)

    def apply(self, ws: Workspace) -> None:
        self.row = ui_queries.link_row(ws, self.name, self.left_id, self.right_id) or {}
        ws.unlink(self.name, self.left_id, self.right_id)

    def undo(self, ws: Workspace) -> None:
        if self.row:
            ws.restore(Removal(((self.name, self.row),)))

    def redo(self, ws: Workspace) -> None:
        ws.unlink(self.name, self.left_id, self.right_id)


def link_changes(name: str, left_id: str, before: list[str], after: list[str]) -> list[Step]:
    """Steps turning the set of linked ids `before` into `after` for one left record."""
    steps: list[Step] = [Unlink(name, left_id, right) for right in before if right not in after]
    steps += [Link(name, left_id, right) for right in after if right not in before]
    return steps


class EditCommand(QUndoCommand):
    """A user action on the undo stack; `on_change(error)` runs after every undo and redo
    (error is None, or the StoreError that rolled the replay back)."""

    def __init__(self, text: str, ws: Workspace, steps: list[Step],
                 on_change: Callable[[StoreError | None], None]) -> None:
        super().__init__(text)
        self._ws = ws
        self._steps = steps
        self._on_change = on_change
        self._applied = False

    def apply(self) -> None:
        """The first application, in one transaction; raises StoreError and leaves no trace."""
        with self._ws.transaction():
            for step in self._steps:
                step.apply(self._ws)
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # QUndoStack.push calls redo(); the edit is already in the database
            self._applied = False
            return
        try:
            with self._ws.transaction():
                for step in self._steps:
                    step.redo(self._ws)
        except StoreError as error:
            self._on_change(error)
        else:
            self._on_change(None)

    def undo(self) -> None:
        try:
            with self._ws.transaction():
                for step in reversed(self._steps):
                    step.undo(self._ws)
        except StoreError as error:
            self._on_change(error)
        else:
            self._on_change(None)
