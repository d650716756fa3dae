"""Meeting notes and delegation contacts: add / edit / delete from the views, undoable, marked."""

from __future__ import annotations

import dataclasses

import pytest

from briefing_app.domain.enums import Sensitivity
from briefing_app.domain.models import Contact, Note
from briefing_app.ui import dialogs_notes, messages
from briefing_app.ui.dialogs import Edited
from briefing_app.ui.main_window import MainWindow
from tests.gui.conftest import Treaty
from tests.gui.conftest import content_dump as logical_dump


def _answer(monkeypatch, dialog_class: type, make, seen: list | None = None) -> None:
    """Patch `ask`: `make(template)` turns the record the view offered into the user's answer."""
    def ask(cls, parent, ws, record, *rest):
        if seen is not None:
            seen.append((record, rest))
        return make(record)
    monkeypatch.setattr(dialog_class, "ask", classmethod(ask))


def _confirm(monkeypatch, answer: bool = True) -> None:
    monkeypatch.setattr(messages.Confirm, "ask", classmethod(lambda cls, *a, **k: answer))


@pytest.fixture
def delegations(window: MainWindow, treaty: Treaty) -> MainWindow:
    window.show_page("delegations")
    assert window.delegations_page.select_record(treaty.kenya.id)
    return window


def _detail(window: MainWindow) -> str:
    return window.delegations_page.detail.plain_text()


def test_add_note_to_delegation_is_internal_and_undo_redo_restore(monkeypatch, delegations: MainWindow,
                                                                   treaty: Treaty) -> None:
    ws = treaty.ws
    before = logical_dump(ws.conn)
    seen: list = []
    _answer(monkeypatch, dialogs_notes.NoteDialog,
            lambda t: Edited(dataclasses.replace(t, body="Open to a safeguards clause.", author="Ana")), seen)
    delegations.delegations_page.detail.buttons["Add note…"].click()
    template, rest = seen[0]
    assert template.sensitivity is Sensitivity.INTERNAL and rest == ("Kenya",)
    saved = ws.find(Note, record_table="delegations", record_id=treaty.kenya.id)
    assert [n.body for n in saved] == ["Met the legal adviser on Tuesday.", "Open to a safeguards clause."]
    assert "⚠ INTERNAL Open to a safeguards clause. — Ana" in _detail(delegations)
    assert delegations.undo_stack.undoText() == "Add note"
    after = logical_dump(ws.conn)
    delegations.action_undo.trigger()
    assert logical_dump(ws.conn) == before
    assert "Open to a safeguards clause." not in _detail(delegations)
    delegations.action_redo.trigger()
    assert logical_dump(ws.conn) == after


def test_edit_note_to_personal_and_delete_it_from_detail_links(monkeypatch, delegations: MainWindow,
                                                                treaty: Treaty) -> None:
    ws = treaty.ws
    note = ws.find(Note, record_table="delegations", record_id=treaty.kenya.id)[0]
    detail = delegations.delegations_page.detail.view
    assert detail.button_for(f"edit:notes:{note.id}") and detail.button_for(f"delete:notes:{note.id}")
    before = logical_dump(ws.conn)
    _answer(monkeypatch, dialogs_notes.NoteDialog,
            lambda t: Edited(dataclasses.replace(t, body="Met her twice.", sensitivity=Sensitivity.PERSONAL)))
    detail.button_for(f"edit:notes:{note.id}").click()
    assert ws.require(Note, note.id).sensitivity is Sensitivity.PERSONAL
    assert "⚠ PERSONAL Met her twice." in _detail(delegations)
    questions: list[str] = []
    monkeypatch.setattr(messages.Confirm, "ask",
                        classmethod(lambda cls, p, t, text, a="Delete": questions.append(text) or False))
    assert not delegations.record_actions.handle_link(f"delete:notes:{note.id}")
    assert questions[0].startswith("Delete the note “Met her twice.”?")
    _confirm(monkeypatch)
    assert delegations.record_actions.handle_link(f"delete:notes:{note.id}")
    assert ws.get(Note, note.id) is None and "Met her twice." not in _detail(delegations)
    delegations.undo_stack.undo()
    delegations.undo_stack.undo()
    assert logical_dump(ws.conn) == before
    assert "Met the legal adviser on Tuesday." in _detail(delegations)


def test_add_edit_delete_contact_with_undo(monkeypatch, delegations: MainWindow, treaty: Treaty) -> None:
    ws = treaty.ws
    before = logical_dump(ws.conn)
    _answer(monkeypatch, dialogs_notes.ContactDialog,
            lambda t: Edited(dataclasses.replace(t, name="B. Envoy", role="Head of delegation",
                                                 email="b.envoy@example.org")))
    delegations.delegations_page.detail.buttons["Add contact…"].click()
    contact = next(c for c in ws.find(Contact, delegation_id=treaty.kenya.id) if c.name == "B. Envoy")
    assert contact.sensitivity is Sensitivity.INTERNAL
    assert "⚠ INTERNAL B. Envoy Head of delegation, b.envoy@example.org" in _detail(delegations)
    _answer(monkeypatch, dialogs_notes.ContactDialog, lambda t: Edited(dataclasses.replace(t, role="Ambassador")))
    assert delegations.record_actions.handle_link(f"edit:contacts:{contact.id}")
    assert "B. Envoy Ambassador" in _detail(delegations)
    _confirm(monkeypatch)
    assert delegations.record_actions.handle_link(f"delete:contacts:{contact.id}")
    assert "B. Envoy" not in _detail(delegations)
    for _ in range(3):
        delegations.undo_stack.undo()
    assert logical_dump(ws.conn) == before


def test_note_and_contact_buttons_disabled_when_no_delegation_is_chosen(window: MainWindow) -> None:
    window.show_page("delegations")
    page = window.delegations_page
    page.table.setCurrentIndex(page.proxy.index(-1, -1))
    assert not page.detail.buttons["Add note…"].isEnabled()
    assert not page.detail.buttons["Add contact…"].isEnabled()
    page.select_row(0)
    assert page.detail.buttons["Add contact…"].isEnabled()


def test_notes_on_a_provision_are_shown_in_the_provision_view(monkeypatch, window: MainWindow,
                                                               treaty: Treaty) -> None:
    window.select_provision(treaty.interception.id)
    pane = window.panel.text_pane
    assert "No notes." in pane.plain_text()
    link = f"add-note:provisions:{treaty.interception.id}"
    add = pane.view.button_for(link)
    assert add is not None and add.text() == "Add note…"
    seen: list = []
    _answer(monkeypatch, dialogs_notes.NoteDialog,
            lambda t: Edited(dataclasses.replace(t, body="<b>Raise</b> in informals & plenary")), seen)
    add.click()
    assert seen[0][1] == ("Article 30",)
    assert "⚠ INTERNAL <b>Raise</b> in informals & plenary" in pane.plain_text()
    window.undo_stack.undo()
    assert "No notes." in pane.plain_text()


def test_notes_on_a_concern_appear_on_its_card(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    window.select_provision(treaty.interception.id)
    pane = window.panel.concerns
    link = f"add-note:concerns:{treaty.privacy.id}"
    assert pane.view.button_for(link) is not None
    _answer(monkeypatch, dialogs_notes.NoteDialog,
            lambda t: Edited(dataclasses.replace(t, body="Germany shares this.", sensitivity=Sensitivity.PERSONAL)))
    assert window.record_actions.handle_link(link)
    note = treaty.ws.find(Note, record_table="concerns", record_id=treaty.privacy.id)[0]
    assert "⚠ PERSONAL Germany shares this." in pane.plain_text()
    assert pane.view.button_for(f"edit:notes:{note.id}") is not None


def test_links_to_unknown_records_do_nothing(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    _answer(monkeypatch, dialogs_notes.NoteDialog, lambda t: pytest.fail("no dialog expected"))
    assert not window.record_actions.handle_link("add-note:concerns:no-such-id")
    assert not window.record_actions.handle_link("add-note:sync_rows:x")
    assert not window.record_actions.handle_link(f"add-contact:concerns:{treaty.privacy.id}")
    assert window.undo_stack.count() == 0


def test_note_dialog_requires_text_and_starts_internal(qtbot, treaty: Treaty) -> None:
    dialog = dialogs_notes.NoteDialog(None, Note(record_table="delegations", record_id=treaty.kenya.id, body=""),
                                      "Kenya")
    qtbot.addWidget(dialog)
    assert dialog.value("sensitivity") is Sensitivity.INTERNAL
    dialog.accept()
    assert dialog.error_label.text() == "Note is required."
    dialog.set_value("body", "  Call back on Friday  ")
    dialog.set_value("sensitivity", Sensitivity.PERSONAL)
    assert dialog.problems() == []
    record = dialog.edited().record
    assert (record.body, record.sensitivity) == ("Call back on Friday", Sensitivity.PERSONAL)


def test_contact_dialog_checks_name_and_email(qtbot, treaty: Treaty) -> None:
    dialog = dialogs_notes.ContactDialog(None, Contact(delegation_id=treaty.kenya.id, name=""), "Kenya")
    qtbot.addWidget(dialog)
    assert dialog.value("sensitivity") is Sensitivity.INTERNAL
    dialog.set_value("email", "not an address")
    assert dialog.problems() == ["Name is required.", "E-mail must look like name@example.org."]
    dialog.set_value("name", "C. Counsel")
    dialog.set_value("email", "c@example.org")
    assert dialog.problems() == []


def test_edit_menu_adds_a_note_on_the_shown_provision(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    from PySide6.QtGui import QAction

    action = next(a for a in window.findChildren(QAction) if a.text() == "New n&ote on this provision…")
    assert not action.isEnabled()  # no provision shown yet
    window.select_provision(treaty.rights.id)
    assert action.isEnabled()
    _answer(monkeypatch, dialogs_notes.NoteDialog, lambda t: Edited(dataclasses.replace(t, body="Ask for a vote.")))
    action.trigger()
    assert [n.body for n in treaty.ws.find(Note, record_table="provisions", record_id=treaty.rights.id)] == [
        "Ask for a vote."]
    assert "⚠ INTERNAL Ask for a vote." in window.panel.text_pane.plain_text()


def test_notes_and_contacts_added_with_the_defaults_stay_out_of_a_default_bundle(
        monkeypatch, tmp_path, delegations: MainWindow, treaty: Treaty) -> None:
    from briefing_app.bundles.export import export_bundle

    _answer(monkeypatch, dialogs_notes.NoteDialog,
            lambda t: Edited(dataclasses.replace(t, body="SECRET-NOTE-4711 said off the record")))
    delegations.delegations_page.detail.buttons["Add note…"].click()
    _answer(monkeypatch, dialogs_notes.ContactDialog,
            lambda t: Edited(dataclasses.replace(t, name="SECRET-CONTACT-4712", phone="+1 555 0199")))
    delegations.delegations_page.detail.buttons["Add contact…"].click()
    raw = export_bundle(treaty.ws, tmp_path / "out.briefing", organization="Us").path.read_bytes()
    assert b"SECRET-NOTE-4711" not in raw and b"SECRET-CONTACT-4712" not in raw
    assert b"Kenya" in raw  # the bundle does carry the delegation itself
