"""Dialog validation: messages name the problem, Save moves the cursor to the first bad field, and
the user's text stays as typed."""

from __future__ import annotations

from briefing_app.domain.enums import Stance
from briefing_app.domain.models import Position, Provision
from briefing_app.ui import dialogs
from tests.gui.conftest import Treaty


def test_impossible_calendar_date_is_refused_and_focused_when_saving(qtbot, treaty: Treaty) -> None:
    dialog = dialogs.ConcernDialog(None, treaty.ws, treaty.privacy)
    qtbot.addWidget(dialog)
    dialog.set_value("date", "2024-02-30")
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error_label.text() == "Date must be a real date such as 2024-08-08 (or 2024-08, 2024)."
    assert dialog.focusWidget() is dialog.editors["date"]
    assert dialog.value("date") == "2024-02-30"
    for fine in ("2024-02-29", "2024-02", "2024"):
        dialog.set_value("date", fine)
        assert dialog.problems() == []


def test_first_bad_field_gets_the_focus_when_several_are_wrong(qtbot, treaty: Treaty) -> None:
    dialog = dialogs.SourceDialog(None, treaty.ws, treaty.source)
    qtbot.addWidget(dialog)
    dialog.set_value("title", "")
    dialog.set_value("url", "example.org")
    dialog.accept()
    assert dialog.error_label.text().splitlines() == ["Title is required.",
                                                      "Web address must start with http:// or https://."]
    assert dialog.focusWidget() is dialog.editors["title"]


def test_position_is_refused_when_illustrative_and_backed_by_a_source(qtbot, treaty: Treaty) -> None:
    provision = treaty.ws.require(Provision, treaty.interception_p1.id)
    position = Position(delegation_id=treaty.kenya.id, stance=Stance.SUPPORTS, provision_id=provision.id)
    dialog = dialogs.PositionDialog(None, treaty.ws, position, provision)
    qtbot.addWidget(dialog)
    dialog.set_value("illustrative", True)
    dialog.set_value("source_id", treaty.source.id)
    assert dialog.problems() == [
        "An illustrative position has no public source: choose no source, or untick Illustrative."]
    dialog.set_value("source_id", None)
    assert dialog.problems() == []
