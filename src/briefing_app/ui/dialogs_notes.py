"""Dialogs for meeting notes, delegation contacts and organizations (see ui/dialogs.py for the rest).

Notes and contacts start internal (their dataclass default): the sensitivity box shows that and
lets the advocate choose personal, or share one deliberately.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from briefing_app.domain.enums import OrganizationKind
from briefing_app.domain.models import Contact, Note, Organization
from briefing_app.store.workspace import Workspace
from briefing_app.ui.dialogs import Edited, LinkedRecordDialog
from briefing_app.ui.forms import SENSITIVITY, Field

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PRIVATE_HINT = "Internal and personal records stay in this workspace: packs and default bundles leave them out."


def _hint(dialog: LinkedRecordDialog, text: str) -> None:
    if not text:
        return
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    dialog.form.addRow(label)


class NoteDialog(LinkedRecordDialog):
    """A note about one record; `about` names that record in the dialog ("Kenya", "Article 30")."""

    def __init__(self, parent: QWidget | None, note: Note, about: str) -> None:
        super().__init__(parent, "Note", note, [
            Field("body", "Note", "text", required=True),
            Field("author", "Author"),
            SENSITIVITY,
        ])
        _hint(self, f"About: {about}" if about else "")
        _hint(self, PRIVATE_HINT)

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, note: Note, about: str = "") -> Edited | None:
        return cls(parent, note, about).run()


class ContactDialog(LinkedRecordDialog):
    def __init__(self, parent: QWidget | None, contact: Contact, delegation_name: str) -> None:
        super().__init__(parent, "Contact", contact, [
            Field("name", "Name", required=True),
            Field("role", "Role"),
            Field("email", "E-mail"),
            Field("phone", "Phone"),
            Field("notes", "Notes", "text"),
            SENSITIVITY,
        ])
        _hint(self, f"Delegation: {delegation_name}" if delegation_name else "")
        _hint(self, PRIVATE_HINT)

    def problems(self) -> list[str]:
        found = super().problems()
        email = self.value("email")
        if email and not _EMAIL.match(email):
            found.append("E-mail must look like name@example.org.")
        return found

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, contact: Contact, delegation_name: str = "") -> Edited | None:
        return cls(parent, contact, delegation_name).run()


class OrganizationDialog(LinkedRecordDialog):
    def __init__(self, parent: QWidget | None, organization: Organization) -> None:
        super().__init__(parent, "Organization", organization, [
            Field("name", "Name", required=True),
            Field("short_name", "Short name"),
            Field("kind", "Kind", "enum", enum=OrganizationKind),
            Field("country", "Country"),
            Field("url", "Web address", "url"),
            Field("coalition_member", "Member of our coalition", "bool"),
            SENSITIVITY,
        ])

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, organization: Organization) -> Edited | None:
        return cls(parent, organization).run()
