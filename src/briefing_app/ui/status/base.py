"""What the after-adoption controllers share: one undo step per edit, views reloaded after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from briefing_app.domain.models import Record
from briefing_app.store.errors import StoreError
from briefing_app.ui.commands import EditCommand, Insert, Step, Update, link_changes
from briefing_app.ui.file_dialogs import FileDialogs
from briefing_app.ui.services import Services

if TYPE_CHECKING:
    from briefing_app.ui.dialogs import Edited


class PdfFileChooser:
    """Where an uptake report or a capital pack goes: the folder last used for that `kind` of file,
    first the documents folder (ui/file_dialogs), never the hidden data folder; tests patch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, kind: str, file_name: str) -> str:
        chosen = FileDialogs.ask_save(parent, kind, QCoreApplication.translate("StatusViews", "Save as PDF"), file_name, "PDF (*.pdf)")
        return str(chosen) if chosen else ""


class FeatureBase(QObject):
    def __init__(self, services: Services) -> None:
        super().__init__(services.window)
        self.services = services

    def _replayed(self, error: StoreError | None) -> None:
        if error is not None:
            self.services.report_failure(self.tr("Undo"), error)
        self.services.registry.mark_stale()

    def apply(self, text: str, steps: list[Step]) -> bool:
        """Apply `steps` in one transaction and push them as one undo step; the views reload."""
        ws = self.services.workspace
        if ws is None or not steps:
            return False
        command = EditCommand(text, ws, steps, self._replayed)
        try:
            command.apply()
        except StoreError as error:
            self.services.report_failure(text, error, outcome=self.tr("Nothing was saved."))
            return False
        self.services.undo_stack.push(command)
        self.services.registry.mark_stale()
        return True

    def save_edited(self, text: str, old: Record | None, edited: Edited, before: dict[str, list[str]]) -> bool:
        main: Step = Insert(edited.record) if old is None else Update(old, edited.record)
        steps: list[Step] = [*(Insert(r) for r in edited.new_records), main]
        for link, ids in edited.links.items():
            steps += link_changes(link, edited.record.id, before.get(link, []), ids)
        return self.apply(text, steps)
