"""Editing through dialogs: saved at once, one undo step each, undo/redo restore the database."""

from __future__ import annotations

import dataclasses

import pytest

from briefing_app.domain.enums import Sensitivity, Severity, Stance
from briefing_app.domain.models import Amendment, Concern, Delegation, Position, Provision
from briefing_app.store import queries
from briefing_app.ui import dialogs, messages
from briefing_app.ui.dialogs import Edited
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.table_model import RECORD_ROLE
from tests.gui.conftest import Treaty
from tests.gui.conftest import content_dump as logical_dump


@pytest.fixture
def window(window: MainWindow, treaty: Treaty) -> MainWindow:
    window.select_provision(treaty.interception.id)
    return window


def _answer(monkeypatch, dialog_class: type, result: Edited | None, seen: list | None = None) -> None:
    def ask(cls, parent, ws, record, *rest):
        if seen is not None:
            seen.append(record)
        return result
    monkeypatch.setattr(dialog_class, "ask", classmethod(ask))


def test_add_concern_is_saved_and_undo_redo_restore_database(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    ws = treaty.ws
    before = logical_dump(ws.conn)
    concern = Concern(title="Secret interception orders", severity=Severity.HIGH, category="surveillance")
    _answer(monkeypatch, dialogs.ConcernDialog, Edited(concern, {"concern_sources": [treaty.source.id],
                                                                 "concern_cases": []}))
    window.panel.concerns.buttons["Add concern…"].click()
    after = logical_dump(ws.conn)
    assert ws.get(Concern, concern.id) is not None
    assert ws.linked("concern_provisions", left_id=concern.id) == [treaty.interception.id]
    assert ws.linked("concern_sources", left_id=concern.id) == [treaty.source.id]
    assert "Secret interception orders" in window.panel.concerns.plain_text()
    assert window.undo_stack.undoText() == "Add concern"
    window.action_undo.trigger()
    assert logical_dump(ws.conn) == before
    assert "Secret interception orders" not in window.panel.concerns.plain_text()
    window.action_redo.trigger()
    assert logical_dump(ws.conn) == after
    assert window.saved_label.text().startswith("Saved ")


def test_edit_concern_with_links_and_sensitivity_undo_redo(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    ws = treaty.ws
    before = logical_dump(ws.conn)
    changed = dataclasses.replace(treaty.privacy, title="Interception without a judge",
                                  severity=Severity.HIGH, sensitivity=Sensitivity.INTERNAL)
    _answer(monkeypatch, dialogs.ConcernDialog, Edited(changed, {"concern_sources": [], "concern_cases": [treaty.case.id]}))
    assert window.record_actions.handle_link(f"edit:concerns:{treaty.privacy.id}")
    saved = ws.require(Concern, treaty.privacy.id)
    assert (saved.title, saved.severity, saved.sensitivity) == ("Interception without a judge", Severity.HIGH,
                                                                Sensitivity.INTERNAL)
    assert ws.linked("concern_sources", left_id=treaty.privacy.id) == []
    text = window.panel.concerns.plain_text()
    assert "Interception without a judge" in text and "INTERNAL" in text
    after = logical_dump(ws.conn)
    window.undo_stack.undo()
    assert logical_dump(ws.conn) == before
    window.undo_stack.redo()
    assert logical_dump(ws.conn) == after


def test_delete_concern_asks_and_undo_restores_links(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    ws = treaty.ws
    before = logical_dump(ws.conn)
    questions: list[str] = []
    monkeypatch.setattr(messages.Confirm, "ask", classmethod(lambda cls, p, t, text, a="Delete": questions.append(text) or False))
    assert not window.record_actions.handle_link(f"delete:concerns:{treaty.privacy.id}")
    assert logical_dump(ws.conn) == before and "Real-time interception" in questions[0]
    monkeypatch.setattr(messages.Confirm, "ask", classmethod(lambda cls, p, t, text, a="Delete": True))
    assert window.record_actions.handle_link(f"delete:concerns:{treaty.privacy.id}")
    assert ws.get(Concern, treaty.privacy.id) is None
    assert queries.concerns_of_amendment(ws, treaty.safeguards.id) == []
    after = logical_dump(ws.conn)
    window.undo_stack.undo()
    assert logical_dump(ws.conn) == before
    assert queries.concerns_of_amendment(ws, treaty.safeguards.id)[0].id == treaty.privacy.id
    window.undo_stack.redo()
    assert logical_dump(ws.conn) == after


def test_amendment_redline_updates_after_edit(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    window.panel.tabs.setCurrentIndex(1)
    assert "subject to prior judicial authorisation" in window.panel.amendments.plain_text()
    changed = dataclasses.replace(treaty.safeguards, proposed_text="only with a warrant from an independent court,")
    _answer(monkeypatch, dialogs.AmendmentDialog, Edited(changed, {}))
    assert window.record_actions.edit("amendments", treaty.safeguards.id)
    html = window.panel.amendments.view.html()
    text = window.panel.amendments.plain_text()
    assert "only with a warrant from an independent court," in text
    assert "subject to prior judicial authorisation" not in text
    assert "text-decoration: underline" in html or "text-decoration:underline" in html


def test_amendment_dialog_refuses_target_not_in_text_and_previews_redline(qtbot, treaty: Treaty) -> None:
    dialog = dialogs.AmendmentDialog(None, treaty.ws, treaty.safeguards)
    qtbot.addWidget(dialog)
    assert "subject to prior judicial authorisation" in dialog.preview.toPlainText()
    dialog.set_value("target_text", "a passage that is not there")
    assert "Cannot show the change" in dialog.preview.toPlainText()
    dialog.accept()
    assert dialog.result() == 0 and "copied exactly" in dialog.error_label.text()
    dialog.set_value("target_text", "real time,")
    dialog.set_value("date", "2024-13-40")
    assert any("date" in p for p in dialog.problems())
    dialog.set_value("date", "2024-03")
    assert dialog.problems() == []


def test_concern_dialog_requires_title_and_returns_links(qtbot, treaty: Treaty) -> None:
    dialog = dialogs.ConcernDialog(None, treaty.ws, treaty.privacy)
    qtbot.addWidget(dialog)
    dialog.set_value("title", "  ")
    assert dialog.problems() == ["Title is required."]
    dialog.set_value("title", "<b>not markup</b>")
    dialog.checklists["concern_sources"].set_checked([])
    edited = dialog.edited()
    assert edited.record.title == "<b>not markup</b>"
    assert edited.links == {"concern_sources": [], "concern_cases": [treaty.case.id],
                            "concern_provisions": [treaty.interception_p1.id]}


def test_matrix_click_edits_existing_or_writes_new_position(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    ws = treaty.ws
    window.show_page("matrix")
    model = window.matrix_page.model
    names = [d.name for d in model.delegations]
    numbers = [a.number for a in model.articles]
    brazil_on_6 = model.index(names.index("Brazil"), numbers.index("6"))
    seen: list[Position] = []

    def fill(cls, parent, ws_, record, provision):
        seen.append(record)
        return Edited(dataclasses.replace(record, stance=Stance.SUPPORTS, date="2024-08-01",
                                          version_id=provision.version_id), {})

    monkeypatch.setattr(dialogs.PositionDialog, "ask", classmethod(fill))
    window.matrix_page.table.clicked.emit(brazil_on_6)
    written = queries.positions_of_delegation(ws, treaty.brazil.id)
    assert [(p.provision_id, p.stance) for p in written if p.provision_id] == [(treaty.rights.id, Stance.SUPPORTS)]
    assert seen[0].delegation_id == treaty.brazil.id
    assert model.index(names.index("Brazil"), numbers.index("6")).data() == "✔"
    kenya_on_30 = model.index(names.index("Kenya"), numbers.index("30"))
    window.matrix_page.table.clicked.emit(kenya_on_30)
    kenya = queries.positions_of_delegation(ws, treaty.kenya.id)
    assert len(kenya) == 1 and kenya[0].stance is Stance.SUPPORTS and seen[1].stance is Stance.UNDECIDED
    window.undo_stack.undo()
    assert queries.positions_of_delegation(ws, treaty.kenya.id)[0].stance is Stance.UNDECIDED


def test_add_delegation_and_delete_with_undo(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    ws = treaty.ws
    window.show_page("delegations")
    new = Delegation(name="Norway", iso_code="NO")
    _answer(monkeypatch, dialogs.DelegationDialog, Edited(new, {}))
    window.delegations_page.buttons["Add delegation…"].click()
    assert "Norway" in [window.delegations_page.proxy.index(r, 0).data()
                        for r in range(window.delegations_page.proxy.rowCount())]
    before = logical_dump(ws.conn)
    monkeypatch.setattr(messages.Confirm, "ask", classmethod(lambda cls, *a, **k: True))
    window.delegations_page.select_record(treaty.kenya.id)
    assert "Met the legal adviser" in window.delegations_page.detail.plain_text()
    assert "PERSONAL" in window.delegations_page.detail.plain_text()
    window.delegations_page.buttons["Delete"].click()
    assert ws.get(Delegation, treaty.kenya.id) is None
    window.undo_stack.undo()
    assert logical_dump(ws.conn) == before


def test_failed_save_reports_and_pushes_nothing(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    errors: list[str] = []
    monkeypatch.setattr("briefing_app.ui.editor.show_error", lambda _p, _t, text: errors.append(text))
    orphan = Amendment(provision_id="no-such-provision", title="Orphan")
    _answer(monkeypatch, dialogs.AmendmentDialog, Edited(orphan, {}))
    before = logical_dump(treaty.ws.conn)
    assert not window.record_actions.add_amendment("no-such-provision")
    assert errors and "not saved" in errors[0]
    assert window.undo_stack.count() == 0 and logical_dump(treaty.ws.conn) == before


def test_concern_dialog_links_provisions_of_the_version(qtbot, treaty: Treaty) -> None:
    dialog = dialogs.ConcernDialog(None, treaty.ws, Concern(title="New"), treaty.access.id)
    qtbot.addWidget(dialog)
    provisions = dialog.checklists["concern_provisions"]
    assert provisions.checked() == [treaty.access.id]
    labels = [provisions.item(i).text() for i in range(provisions.count())]
    assert "Article 6 Respect for human rights" in labels and "Article 30 Interception of content data" in labels
    provisions.set_checked([treaty.access.id, treaty.rights.id])
    assert dialog.edited().links["concern_provisions"] == [treaty.rights.id, treaty.access.id]


def test_delete_source_from_concern_card_and_undo(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    ws = treaty.ws
    before = logical_dump(ws.conn)
    assert window.panel.concerns.view.button_for(f"delete:sources:{treaty.source.id}") is not None
    monkeypatch.setattr(messages.Confirm, "ask", classmethod(lambda cls, *a, **k: True))
    assert window.record_actions.handle_link(f"delete:sources:{treaty.source.id}")
    assert "Joint NGO letter" not in window.panel.concerns.plain_text()
    window.undo_stack.undo()
    assert logical_dump(ws.conn) == before


def test_position_dialog_requires_a_delegation_and_targets_amendment(qtbot, treaty: Treaty) -> None:
    blank = Position(delegation_id="", stance=Stance.UNDECIDED, provision_id=treaty.interception_p1.id)
    dialog = dialogs.PositionDialog(None, treaty.ws, blank, treaty.ws.require(Provision, treaty.interception_p1.id))
    qtbot.addWidget(dialog)
    assert dialog.problems() == ["Delegation is required."]
    dialog.set_value("delegation_id", treaty.kenya.id)
    dialog.set_value("amendment_id", treaty.safeguards.id)
    record = dialog.result_record()
    assert (record.delegation_id, record.amendment_id, record.provision_id) == (
        treaty.kenya.id, treaty.safeguards.id, None)
    assert record.version_id == treaty.adopted.id


def test_amendment_dialog_offers_concerns_of_the_whole_article(qtbot, treaty: Treaty) -> None:
    dialog = dialogs.AmendmentDialog(None, treaty.ws, Amendment(provision_id=treaty.interception_p1.id))
    qtbot.addWidget(dialog)
    box = dialog.checklists["amendment_concerns"]
    assert [box.item(i).text() for i in range(box.count())] == [treaty.privacy.title]


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_keyboard_delete_and_enter_act_on_the_concerns_table(qtbot, monkeypatch, window: MainWindow,
                                                             treaty: Treaty) -> None:
    from PySide6.QtCore import Qt

    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.show_page("concerns")
    page = window.concerns_page
    assert page.select_record(treaty.overbroad.id)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    edited: list[Concern] = []
    _answer(monkeypatch, dialogs.ConcernDialog, None, edited)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert [c.id for c in edited] == [treaty.overbroad.id]
    monkeypatch.setattr(messages.Confirm, "ask", classmethod(lambda cls, *a, **k: True))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert treaty.ws.get(Concern, treaty.overbroad.id) is None
    assert treaty.overbroad.id not in [page.proxy.index(r, 0).data(RECORD_ROLE).id
                                       for r in range(page.proxy.rowCount())]
