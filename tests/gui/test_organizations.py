"""View → Organizations and Edit → New organization…: add, edit, delete, all undoable."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QAction

from briefing_app.domain.enums import OrganizationKind, Sensitivity
from briefing_app.domain.models import Amendment, Concern, Organization
from briefing_app.ui import dialogs_notes, messages
from briefing_app.ui.dialogs import Edited
from briefing_app.ui.main_window import MainWindow
from tests.gui.conftest import Treaty
from tests.gui.conftest import content_dump as logical_dump


def _rows(window: MainWindow) -> list[tuple[str, ...]]:
    proxy = window.organizations_page.proxy
    return [tuple(str(proxy.index(r, c).data()) for c in (0, 4, 5, 6, 7)) for r in range(proxy.rowCount())]


def _answer(monkeypatch, make) -> None:
    monkeypatch.setattr(dialogs_notes.OrganizationDialog, "ask",
                        classmethod(lambda cls, parent, ws, record: make(record)))


def test_organizations_view_lists_what_each_authored_and_supports(window: MainWindow) -> None:
    window.show_page("organizations")
    assert window.current_page() == "organizations"
    assert window.registry.page("organizations").action.shortcut().toString() == "Ctrl+6"
    assert _rows(window) == [("Amnesty International", "", "1", "1", "0"), ("ARTICLE 19", "", "1", "0", "1")]


def test_new_organization_from_edit_menu_then_undo_redo(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    ws = treaty.ws
    window.show_page("organizations")
    before = logical_dump(ws.conn)
    _answer(monkeypatch, lambda t: Edited(dataclasses.replace(t, name="Privacy International", short_name="PI",
                                                             kind=OrganizationKind.NGO, coalition_member=True)))
    action = next(a for a in window.findChildren(QAction) if a.text() == "New organi&zation…")
    action.trigger()
    assert ("Privacy International", "member", "0", "0", "0") in _rows(window)
    assert window.undo_stack.undoText() == "Add organization"
    after = logical_dump(ws.conn)
    window.action_undo.trigger()
    assert logical_dump(ws.conn) == before
    assert "Privacy International" not in [r[0] for r in _rows(window)]
    window.action_redo.trigger()
    assert logical_dump(ws.conn) == after


def test_edit_organization_renames_it_on_concern_cards(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    window.show_page("organizations")
    page = window.organizations_page
    assert page.select_record(treaty.amnesty.id)
    _answer(monkeypatch, lambda o: Edited(dataclasses.replace(o, short_name="AI", sensitivity=Sensitivity.COALITION)))
    page.buttons["Edit…"].click()
    assert treaty.ws.require(Organization, treaty.amnesty.id).short_name == "AI"
    window.select_provision(treaty.interception.id)
    assert "AI · 2024-01-22" in window.panel.concerns.plain_text()


def test_delete_organization_clears_references_and_undo_brings_them_back(monkeypatch, window: MainWindow,
                                                                         treaty: Treaty) -> None:
    ws = treaty.ws
    window.show_page("organizations")
    page = window.organizations_page
    before = logical_dump(ws.conn)
    questions: list[str] = []
    monkeypatch.setattr(messages.Confirm, "ask",
                        classmethod(lambda cls, p, t, text, a="Delete": questions.append(text) or True))
    assert page.select_record(treaty.amnesty.id)
    page.buttons["Delete"].click()
    assert "Amnesty International" in questions[0] and "stay" in questions[0]
    assert ws.get(Organization, treaty.amnesty.id) is None
    assert ws.require(Concern, treaty.privacy.id).organization_id is None
    assert ws.require(Amendment, treaty.safeguards.id).organization_id is None
    assert [r[0] for r in _rows(window)] == ["ARTICLE 19"]
    window.undo_stack.undo()
    assert logical_dump(ws.conn) == before
    assert len(_rows(window)) == 2


def test_organization_dialog_requires_a_name_and_a_web_address(qtbot) -> None:
    dialog = dialogs_notes.OrganizationDialog(None, Organization(name=""))
    qtbot.addWidget(dialog)
    dialog.set_value("url", "example.org")
    assert dialog.problems() == ["Name is required.", "Web address must start with http:// or https://."]
    dialog.set_value("name", "Access Now")
    dialog.set_value("url", "https://www.accessnow.org")
    dialog.set_value("coalition_member", True)
    record = dialog.edited().record
    assert (record.name, record.coalition_member, record.sensitivity) == ("Access Now", True, Sensitivity.PUBLIC)


def test_tree_facets_follow_organization_edits(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    box = window.navigator.organization_box
    _answer(monkeypatch, lambda o: Edited(dataclasses.replace(o, short_name="AI")))
    assert window.record_actions.edit("organizations", treaty.amnesty.id)
    assert box.itemText(box.findData(treaty.amnesty.id)) == "AI"
    box.setCurrentIndex(box.findData(treaty.article19.id))
    shown = len(window.navigator.visible_provision_ids())
    monkeypatch.setattr(messages.Confirm, "ask", classmethod(lambda cls, *a, **k: True))
    assert window.record_actions.delete("organizations", treaty.article19.id)
    assert box.findData(treaty.article19.id) == -1 and box.currentData() is None
    assert len(window.navigator.visible_provision_ids()) > shown  # the facet no longer narrows the tree


def test_organizations_model_passes_modeltester(qtmodeltester, window: MainWindow) -> None:
    window.show_page("organizations")
    assert window.organizations_page.model.rowCount() == 2
    qtmodeltester.check(window.organizations_page.model, force_py=True)
