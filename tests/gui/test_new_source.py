"""A source recorded from inside the concern, position and case dialogs: written with the record in
one undo step, so undo removes both and redo brings both back exactly."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from briefing_app.domain.enums import Stance
from briefing_app.domain.models import Case, Concern, Position, Provision, Source
from briefing_app.ui import dialogs
from briefing_app.ui.dialogs import Edited
from briefing_app.ui.main_window import MainWindow
from tests.gui.conftest import Treaty
from tests.gui.conftest import content_dump as logical_dump

REPORT = Source(title="<b>Leaked</b> interception guidelines", url="https://example.org/guidelines")


@pytest.fixture
def window(window: MainWindow, treaty: Treaty) -> MainWindow:
    window.select_provision(treaty.interception.id)
    return window


def _new_source_answers(monkeypatch: pytest.MonkeyPatch, *sources: Source) -> list[Source]:
    """SourceDialog.ask answers with the given sources in turn; returns the templates it was shown."""
    shown: list[Source] = []
    answers = iter(sources)

    def ask(cls, parent, ws, source):
        shown.append(source)
        return Edited(dataclasses.replace(next(answers), organization_id=source.organization_id))

    monkeypatch.setattr(dialogs.SourceDialog, "ask", classmethod(ask))
    return shown


def _fill_in(monkeypatch: pytest.MonkeyPatch, dialog_class: type, fill) -> list[dialogs.LinkedRecordDialog]:
    """The real dialog is built and filled in by `fill`, then saved as if the user clicked Save."""
    opened: list[dialogs.LinkedRecordDialog] = []

    def ask(cls, *args):
        dialog = cls(*args)
        opened.append(dialog)
        fill(dialog)
        assert dialog.problems() == []
        return dialog.edited()

    monkeypatch.setattr(dialog_class, "ask", classmethod(ask))
    return opened


def _new_source_button(dialog: QWidget) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == "New source…")


def test_new_source_from_concern_dialog_is_saved_linked_and_one_undo_step(monkeypatch, window: MainWindow,
                                                                          treaty: Treaty) -> None:
    ws = treaty.ws
    before = logical_dump(ws.conn)
    shown = _new_source_answers(monkeypatch, REPORT)

    def fill(dialog: dialogs.LinkedRecordDialog) -> None:
        dialog.set_value("title", "Interception guidelines are secret")
        dialog.set_value("organization_id", treaty.article19.id)
        _new_source_button(dialog).click()

    opened = _fill_in(monkeypatch, dialogs.ConcernDialog, fill)
    window.panel.concerns.buttons["Add concern…"].click()
    concern = next(c for c in ws.find(Concern) if c.title == "Interception guidelines are secret")
    saved = ws.require(Source, REPORT.id)
    assert (saved.title, saved.organization_id) == (REPORT.title, treaty.article19.id)
    assert shown[0].organization_id == treaty.article19.id
    assert ws.linked("concern_sources", left_id=concern.id) == [REPORT.id]
    sources = opened[0].checklists["concern_sources"]
    assert sources.item(sources.count() - 1).text() == REPORT.title
    assert "<b>Leaked</b> interception guidelines" in window.panel.concerns.plain_text()
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Add concern"
    after = logical_dump(ws.conn)
    window.undo_stack.undo()
    assert logical_dump(ws.conn) == before
    assert ws.get(Source, REPORT.id) is None and ws.get(Concern, concern.id) is None
    window.undo_stack.redo()
    assert logical_dump(ws.conn) == after


def test_new_source_while_editing_a_concern_is_undone_with_the_edit(monkeypatch, window: MainWindow,
                                                                   treaty: Treaty) -> None:
    ws = treaty.ws
    before = logical_dump(ws.conn)
    _new_source_answers(monkeypatch, REPORT)
    _fill_in(monkeypatch, dialogs.ConcernDialog, lambda dialog: _new_source_button(dialog).click())
    assert window.record_actions.edit("concerns", treaty.privacy.id)
    assert set(ws.linked("concern_sources", left_id=treaty.privacy.id)) == {treaty.source.id, REPORT.id}
    assert window.undo_stack.undoText() == "Edit concern"
    after = logical_dump(ws.conn)
    window.undo_stack.undo()
    assert logical_dump(ws.conn) == before
    window.undo_stack.redo()
    assert logical_dump(ws.conn) == after


def test_nothing_is_written_when_concern_dialog_with_new_source_is_cancelled(monkeypatch, qtbot,
                                                                              window: MainWindow,
                                                                              treaty: Treaty) -> None:
    before = logical_dump(treaty.ws.conn)
    _new_source_answers(monkeypatch, REPORT)

    def create_then_cancel(cls, parent, ws, concern, provision_id=""):
        dialog = cls(parent, ws, concern, provision_id)
        qtbot.addWidget(dialog)
        _new_source_button(dialog).click()

    monkeypatch.setattr(dialogs.ConcernDialog, "ask", classmethod(create_then_cancel))
    assert not window.record_actions.add_concern(treaty.interception.id)
    assert logical_dump(treaty.ws.conn) == before and window.undo_stack.count() == 0


def test_only_the_new_source_still_chosen_is_saved_when_position_dialog_creates_two(monkeypatch,
                                                                                     window: MainWindow,
                                                                                     treaty: Treaty) -> None:
    ws = treaty.ws
    before = logical_dump(ws.conn)
    first, second = Source(title="Statement, first reading"), Source(title="Statement, second reading")
    _new_source_answers(monkeypatch, first, second)

    def fill(dialog: dialogs.LinkedRecordDialog) -> None:
        dialog.set_value("stance", Stance.OPPOSES)
        _new_source_button(dialog).click()
        _new_source_button(dialog).click()
        combo = dialog.editors["source_id"]
        assert isinstance(combo, QComboBox) and combo.currentText() == "Statement, second reading"

    _fill_in(monkeypatch, dialogs.PositionDialog, fill)
    assert window.record_actions.add_position(treaty.interception.id, treaty.brazil.id)
    position = next(p for p in ws.find(Position) if p.delegation_id == treaty.brazil.id and p.provision_id)
    assert (position.stance, position.source_id) == (Stance.OPPOSES, second.id)
    assert ws.get(Source, first.id) is None
    assert window.undo_stack.undoText() == "Add position"
    window.undo_stack.undo()
    assert logical_dump(ws.conn) == before


def test_new_source_in_case_dialog_becomes_the_case_source(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    ws = treaty.ws
    _new_source_answers(monkeypatch, REPORT)

    def fill(dialog: dialogs.LinkedRecordDialog) -> None:
        dialog.set_value("title", "Blogger detained for a post")
        _new_source_button(dialog).click()

    _fill_in(monkeypatch, dialogs.CaseDialog, fill)
    assert window.record_actions.add_case()
    case = next(c for c in ws.find(Case) if c.title == "Blogger detained for a post")
    assert case.source_id == REPORT.id and ws.get(Source, REPORT.id) is not None
    window.undo_stack.undo()
    assert ws.get(Source, REPORT.id) is None and ws.get(Case, case.id) is None


def _tab_chain(start: QWidget, steps: int) -> list[str]:
    names, widget = [], start
    for _ in range(steps):
        names.append(widget.accessibleName() or getattr(widget, "text", lambda: "")())
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
    return names


def test_tab_runs_down_the_concern_dialog_rows_with_save_and_cancel_last(qtbot, treaty: Treaty) -> None:
    dialog = dialogs.ConcernDialog(None, treaty.ws, treaty.privacy)
    qtbot.addWidget(dialog)
    assert _tab_chain(dialog.editors["sensitivity"], 7) == [
        "Sensitivity", "Sources", "New source", "Evidence cases", "Provisions", "Save", "Cancel"]


def test_tab_reaches_the_new_source_button_right_after_the_position_source(qtbot, treaty: Treaty) -> None:
    provision = treaty.ws.require(Provision, treaty.interception_p1.id)
    dialog = dialogs.PositionDialog(None, treaty.ws, Position(delegation_id="", stance=Stance.UNDECIDED,
                                                              provision_id=provision.id), provision)
    qtbot.addWidget(dialog)
    assert _tab_chain(dialog.editors["source_id"], 3) == ["Source", "New source", "Date"]
