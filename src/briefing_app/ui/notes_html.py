"""Rich text for internal notes and delegation contacts, each with its sensitivity marker.

Shared by the delegation detail, the provision view and the concern and amendment cards. Links:
`add-note:<table>:<id>`, `add-contact:delegations:<id>`, and the usual edit/delete links.
"""

from __future__ import annotations

from briefing_app.domain.models import Contact, Note
from briefing_app.store.workspace import Workspace
from briefing_app.ui.rich import action_link, esc, sensitivity_marker

MUTED = "color:#8b949e;"


def record_actions(table: str, record_id: str) -> str:
    """"Edit… · Delete" links for a record, muted."""
    return (f'<span style="{MUTED}">'
            f'{action_link("Edit…", f"edit:{table}:{record_id}")} · '
            f'{action_link("Delete", f"delete:{table}:{record_id}")}</span>')


def add_note_link(table: str, record_id: str) -> str:
    return action_link("Add note…", f"add-note:{table}:{record_id}")


def note_items(ws: Workspace, table: str, record_id: str) -> list[str]:
    """One paragraph per note on the record, oldest first: marker, text, author, links."""
    items = []
    for note in ws.find(Note, record_table=table, record_id=record_id):
        author = f' <span style="{MUTED}">— {esc(note.author)}</span>' if note.author else ""
        items.append(f"<p>{sensitivity_marker(note.sensitivity)} {esc(note.body)}{author} "
                     f"{record_actions('notes', note.id)}</p>")
    return items


def notes_section(ws: Workspace, table: str, record_id: str, heading: str = "Notes") -> str:
    """A heading with an "Add note…" link, then the record's notes (or none)."""
    items = note_items(ws, table, record_id)
    body = "".join(items) if items else f'<p style="{MUTED}">No notes.</p>'
    return f"<h3>{esc(heading)}</h3><p>{add_note_link(table, record_id)}</p>{body}"


def contacts_section(ws: Workspace, delegation_id: str) -> str:
    """The delegation's contacts by name, with an "Add contact…" link."""
    parts = ["<h3>Contacts</h3>",
             f"<p>{action_link('Add contact…', f'add-contact:delegations:{delegation_id}')}</p>"]
    contacts = ws.find(Contact, delegation_id=delegation_id, order_by="name")
    for contact in contacts:
        details = ", ".join(x for x in (contact.role, contact.email, contact.phone) if x)
        extra = f"<br/>{esc(contact.notes)}" if contact.notes else ""
        parts.append(f"<p>{sensitivity_marker(contact.sensitivity)} <b>{esc(contact.name)}</b> {esc(details)} "
                     f"{record_actions('contacts', contact.id)}{extra}</p>")
    if not contacts:
        parts.append(f'<p style="{MUTED}">No contacts.</p>')
    return "".join(parts)
