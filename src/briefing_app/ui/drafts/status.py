"""Edit → Set negotiating status of this provision…: the user's own reading of where a paragraph
stands (agreed ad referendum, pending, bracketed, …), one undo step like every edit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from briefing_app.domain.enums import ProvisionStatus
from briefing_app.domain.models import Provision
from briefing_app.store.errors import StoreError
from briefing_app.ui.commands import EditCommand, Update
from briefing_app.ui.messages import show_error
from briefing_app.ui.services import Services


class StatusChooser:
    """The list of statuses; tests patch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, provision: Provision) -> ProvisionStatus | None:
        statuses = list(ProvisionStatus)
        labels = [status.label for status in statuses]
        title = QCoreApplication.translate("Status", "Negotiating status")
        prompt = QCoreApplication.translate("Status", "Where does {provision} stand?").format(provision=provision.label)
        label, chosen = QInputDialog.getItem(parent, title, prompt, labels, statuses.index(provision.status), False)
        return statuses[labels.index(label)] if chosen and label in labels else None


def set_status(services: Services, replayed: Callable[[StoreError | None], None]) -> bool:
    """Ask for the selected provision's status and save it as one undo step; False when nothing changed."""
    ws = services.workspace
    provision = ws.get(Provision, services.current_provision_id()) if ws is not None else None
    if ws is None or provision is None:
        show_error(services.window, QCoreApplication.translate("Status", "Negotiating status"),
                   QCoreApplication.translate("Status", "Choose a provision in the tree first."))
        return False
    status = StatusChooser.ask(services.window, provision)
    if status is None or status is provision.status:
        return False
    text = QCoreApplication.translate("Status", "Set status of {provision}").format(provision=provision.label)
    command = EditCommand(text, ws, [Update(provision, replace(provision, status=status))], replayed)
    command.apply()
    services.undo_stack.push(command)
    services.workspace_changed.emit()
    return True
