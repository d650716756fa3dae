"""Cards for internal notes and delegation contacts, each with its sensitivity marker, and the
Edit… / Delete / Add note… actions every record card carries.

Shared by the delegation detail, the provision view and the concern and amendment cards. Commands
`edit:<table>:<id>`, `delete:<table>:<id>` and `add-note:<table>:<id>`
(run by RecordActions.handle_link).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing_app.domain.models import Contact, Note
from briefing_app.store.workspace import Workspace
from briefing_app.ui.cards import CardAction, CardSpec, CardStyle
from briefing_app.ui.rich import esc, sensitivity_marker

MUTED = "color:#8b949e;"


def record_actions(table: str, record_id: str) -> tuple[CardAction, ...]:
    """Edit… and Delete for a record."""
    return (CardAction(QCoreApplication.translate("Cards", "Edit…"), f"edit:{table}:{record_id}"),
            CardAction(QCoreApplication.translate("Cards", "Delete"), f"delete:{table}:{record_id}"))


def add_note_action(table: str, record_id: str) -> CardAction:
    return CardAction(QCoreApplication.translate("Cards", "Add note…"), f"add-note:{table}:{record_id}")


def muted(text: str) -> CardSpec:
    """A grey line such as "No notes."; `text` is ours, not the user's."""
    return CardSpec(f'<p style="{MUTED}">{esc(text)}</p>', style=CardStyle.TEXT)


def _preview(text: str, words: int = 6) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def note_rows(ws: Workspace, table: str, record_id: str) -> list[CardSpec]:
    """One row per note on the record, oldest first: marker, text, author, Edit… / Delete."""
    rows = []
    for note in ws.find(Note, record_table=table, record_id=record_id):
        author = f' <span style="{MUTED}">— {esc(note.author)}</span>' if note.author else ""
        rows.append(CardSpec(
            f"{sensitivity_marker(note.sensitivity)} {esc(note.body)}{author}",
            record_actions("notes", note.id), style=CardStyle.ROW,
            name=QCoreApplication.translate("Cards", "note “{text}”").format(text=_preview(note.body))))
    return rows


def notes_section(ws: Workspace, table: str, record_id: str, heading: str = "", *,
                  add_button: bool = True) -> list[CardSpec]:
    """A heading (with an Add note… button unless the pane has one), then the record's notes or "No notes."."""
    title = heading or QCoreApplication.translate("Cards", "Notes")
    rows = note_rows(ws, table, record_id)
    add = (add_note_action(table, record_id),) if add_button else ()
    return [CardSpec(f"<h3>{esc(title)}</h3>", add, style=CardStyle.TEXT, name=title),
            *(rows or [muted(QCoreApplication.translate("Cards", "No notes."))])]


def contacts_section(ws: Workspace, delegation_id: str) -> list[CardSpec]:
    """The delegation's contacts by name (the pane above has the Add contact… button)."""
    title = QCoreApplication.translate("Cards", "Contacts")
    cards = [CardSpec(f"<h3>{esc(title)}</h3>", style=CardStyle.TEXT, name=title)]
    contacts = ws.find(Contact, delegation_id=delegation_id, order_by="name")
    for contact in contacts:
        details = ", ".join(x for x in (contact.role, contact.email, contact.phone) if x)
        extra = f"<br/>{esc(contact.notes)}" if contact.notes else ""
        cards.append(CardSpec(
            f"{sensitivity_marker(contact.sensitivity)} <b>{esc(contact.name)}</b> {esc(details)}{extra}",
            record_actions("contacts", contact.id), style=CardStyle.ROW,
            name=QCoreApplication.translate("Cards", "contact {name}").format(name=contact.name)))
    if not contacts:
        cards.append(muted(QCoreApplication.translate("Cards", "No contacts.")))
    return cards
