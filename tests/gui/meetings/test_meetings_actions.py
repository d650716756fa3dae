"""Edit → New session… / New meeting… (one undo step each) and File → Session report…."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing_app.domain.models import Meeting, Session, Source
from briefing_app.store.workspace import Workspace
from briefing_app.ui import meetings
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.meetings import MeetingsController, ReportChooser, dialogs
from tests.conftest import FixedClock
from tests.meetings_builders import build_room


@pytest.fixture
def window(qtbot, tmp_path: Path):
    ws = Workspace.open(tmp_path / "w.sqlite", clock=FixedClock())
    window = MainWindow(ws, features=(meetings.install,))
    qtbot.addWidget(window)
    yield window
    window.close()
    ws.close()


def test_a_new_session_and_meeting_are_one_undo_step_each_and_the_meeting_gets_its_source(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = window.workspace
    assert ws is not None
    monkeypatch.setattr(dialogs.SessionDialog, "ask", classmethod(
        lambda cls, parent, session: replace(session, name="Eighth session", start_date="2024-07-29")))
    monkeypatch.setattr(dialogs.MeetingDialog, "ask", classmethod(
        lambda cls, parent, ws_, meeting: replace(meeting, date="2024-08-02", time="15:00")))
    window.registry.action("meetings.new_meeting").trigger()  # no session yet: asks for one first
    (session,) = ws.find(Session)
    (meeting,) = ws.find(Meeting)
    assert (session.name, meeting.number, meeting.session_id) == ("Eighth session", 1, session.id)
    source = ws.require(Source, meeting.source_id or "")
    assert source.title == "Eighth session, 1st meeting (2024-08-02): heard in the room"
    window.undo_stack.undo()
    assert ws.find(Meeting) == [] and ws.get(Source, source.id) is None and len(ws.find(Session)) == 1
    window.undo_stack.undo()
    assert ws.find(Session) == []


def test_the_session_report_is_written_off_the_gui_thread(qtbot, window: MainWindow, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ws = window.workspace
    assert ws is not None
    build_room(ws)
    target = tmp_path / "report.csv"
    monkeypatch.setattr(ReportChooser, "ask_session", classmethod(lambda cls, parent, names: 0))
    monkeypatch.setattr(ReportChooser, "ask_file", classmethod(lambda cls, parent, suggested: str(target)))
    infos: list[str] = []
    monkeypatch.setattr(meetings, "show_info", lambda parent, title, text: infos.append(text))
    controller = window.features.get(MeetingsController)
    assert controller.session_report() == target
    qtbot.waitUntil(lambda: bool(infos), timeout=10_000)
    assert infos == ["Saved report.csv."]
    assert target.read_text(encoding="utf-8-sig").startswith("record,provision,meeting")
