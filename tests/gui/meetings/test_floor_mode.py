"""Floor mode typed with the keyboard: a meeting's worth of entries, completion, undo, edits."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from briefing_app.domain.enums import Confidence, InterventionStance, ProposalStatus, Stance
from briefing_app.domain.models import Intervention, Meeting, Position, Proposal
from briefing_app.store.workspace import Workspace
from briefing_app.ui import meetings
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.meetings import MeetingsController
from briefing_app.ui.meetings.floor_window import FloorWindow
from tests.conftest import FixedClock
from tests.meetings_builders import STATES, Room, build_room

# The offscreen platform cannot raise or grab a completion popup; it says so and still shows it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def room(tmp_path: Path) -> Iterator[tuple[Workspace, Room]]:
    ws = Workspace.open(tmp_path / "room.sqlite", clock=FixedClock())
    yield ws, build_room(ws)
    ws.close()


@pytest.fixture
def floor(qtbot, room: tuple[Workspace, Room]) -> Iterator[FloorWindow]:
    ws, _ = room
    window = MainWindow(ws, features=(meetings.install,))
    qtbot.addWidget(window)
    controller = window.features.get(MeetingsController)
    opened = controller.start_floor()
    assert opened is not None
    yield opened
    controller.close_floor()
    window.close()


def type_line(qtbot, floor: FloorWindow, text: str) -> None:
    """Type like a person: key by key into the line, then Enter."""
    floor.line.clear()
    qtbot.keyClicks(floor.line, text)
    qtbot.keyClick(floor.line, Qt.Key.Key_Return)


def meeting_lines(count: int, seed: int = 11) -> list[str]:
    """A plausible meeting: stances on articles and paragraphs, groups, proposals and backing."""
    rng = random.Random(seed)
    codes = [code for code, _ in STATES]
    stances = ["sup", "opp", "und", "?", "+", "-", "prop"]
    lines = []
    for n in range(count):
        who = rng.choice(codes)
        where = f"{rng.randint(1, 20)}" + (f".{rng.randint(1, 3)}" if rng.random() < 0.5 else "")
        roll = rng.random()
        if roll < 0.08:
            lines.append(f"{who} {where} prop replace 'may' with 'shall' entry {n}")
        elif roll < 0.12:
            lines.append(f"{who}/African Group {where} {rng.choice(stances)}")
        elif roll < 0.15:
            lines.append(f"{who} for 12 states gen sup closing remarks {n}")
        else:
            lines.append(f"{who} {where} {rng.choice(stances)} note {n}")
    return lines


@pytest.mark.slow
def test_a_meeting_of_200_entries_typed_key_by_key_is_stored_and_reaches_the_matrix(
        qtbot, floor: FloorWindow, room: tuple[Workspace, Room]) -> None:
    ws, built = room
    lines = meeting_lines(210)
    for line in lines:
        type_line(qtbot, floor, line)
        assert floor.line.text() == "", floor.preview.text()
    stored = ws.find(Intervention, order_by="seq")
    assert [i.line for i in stored] == lines
    assert [i.seq for i in stored] == list(range(1, 211))
    assert floor.model.rowCount() == 210
    assert {i.meeting_id for i in stored} == {floor.meeting.id}
    positions = {p.id: p for p in ws.find(Position)}
    recorded = [i for i in stored if i.position_id]
    assert all(positions[i.position_id or ""].confidence is Confidence.HEARD_IN_ROOM for i in recorded)
    assert all(i.position_id is None for i in stored if i.stance is InterventionStance.ASKS)
    group = built.delegations["African Group"].id
    assert all(positions[i.position_id].delegation_id == group for i in recorded if i.on_behalf_id)  # type: ignore[index]
    assert ws.find(Proposal) and all(p.sponsor_id for p in ws.find(Proposal))
    floor.close()
    main = floor.services.window
    assert isinstance(main, MainWindow)
    main.navigator.select_provision(built.provisions["1"].id)
    main.show_page("matrix")
    matrix = main.matrix_page.model
    names = [d.name for d in matrix.delegations]
    headers = [matrix.headerData(c, Qt.Orientation.Horizontal) for c in range(matrix.columnCount())]
    last: dict[tuple[str, str], Stance] = {}
    for intervention in recorded:
        position = positions[intervention.position_id or ""]
        article = intervention.locator.split("(")[0]
        last[(position.delegation_id, article)] = position.stance
    by_id = {d.id: d.name for d in ws.find(type(built.delegations["KE"]))}
    for (delegation, article), stance in last.items():
        cell = matrix.index(names.index(by_id[delegation]), headers.index(article))
        assert matrix.cell(cell)[2] is not None and matrix.cell(cell)[2].stance is stance  # type: ignore[union-attr]
        assert cell.data().endswith("ʰ")


def test_completion_on_codes_names_and_provision_numbers(qtbot, floor: FloorWindow) -> None:
    line = floor.line
    qtbot.keyClicks(line, "ken")
    assert line.suggestions() == ["KE — Kenya"]
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert line.text() == "KE " and line.hasFocus() or line.text() == "KE "
    qtbot.keyClicks(line, "14.")
    assert line.suggestions()[:3] == ["14.1 — Article 14(1)", "14.2 — Article 14(2)", "14.3 — Article 14(3)"]
    qtbot.keyClicks(line, "2 op")
    assert line.suggestions() == ["opp — opposes"]
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert line.text() == "KE 14.2 opp "
    line.clear()
    qtbot.keyClicks(line, "south")
    assert line.suggestions() == ["ZA — South Africa"]
    line.clear()
    qtbot.keyClicks(line, "s")
    assert {"SA — Saudi Arabia", "ZA — South Africa", "CH — Switzerland"} <= set(line.suggestions())
    line.clear()
    qtbot.keyClicks(line, "KE/afr")
    assert line.suggestions() == ["African Group"]
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert line.text() == "KE/African Group "


def test_enter_records_even_while_suggestions_show(qtbot, floor: FloorWindow, room: tuple[Workspace, Room]) -> None:
    ws, _ = room
    qtbot.keyClicks(floor.line, "KE 14 sup ke")  # the note's last word matches nothing: no popup
    qtbot.keyClick(floor.line, Qt.Key.Key_Return)
    assert [i.line for i in ws.find(Intervention)] == ["KE 14 sup ke"]


def test_undo_takes_back_the_last_entry_with_its_position_and_proposal_and_redo_restores_it(
        qtbot, floor: FloorWindow, room: tuple[Workspace, Room]) -> None:
    ws, _ = room
    type_line(qtbot, floor, "KE 14 sup")
    type_line(qtbot, floor, "EG 6.2 prop delete 'may'")
    assert len(ws.find(Proposal)) == 1 and len(ws.find(Position)) == 2
    qtbot.keyClick(floor.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [i.line for i in ws.find(Intervention)] == ["KE 14 sup"]
    assert ws.find(Proposal) == [] and len(ws.find(Position)) == 1
    assert floor.model.rowCount() == 1 and "Taken back" in floor.preview.text()
    floor.redo_action.trigger()
    assert [i.line for i in ws.find(Intervention, order_by="seq")] == ["KE 14 sup", "EG 6.2 prop delete 'may'"]
    assert len(ws.find(Proposal)) == 1 and floor.model.rowCount() == 2
    assert QKeySequence(QKeySequence.StandardKey.Undo) in floor.undo_action.shortcuts()


def test_a_refused_line_stays_for_correction_and_points_at_the_word(qtbot, floor: FloorWindow,
                                                                   room: tuple[Workspace, Room]) -> None:
    ws, _ = room
    type_line(qtbot, floor, "XX 14 sup")
    assert floor.line.text() == "XX 14 sup" and floor.line.selectedText() == "XX"
    assert "No delegation or group is called or coded ‘XX’" in floor.preview.text()
    assert ws.find(Intervention) == []


def test_editing_an_entry_keeps_its_place_and_replaces_its_position(qtbot, floor: FloorWindow,
                                                                    room: tuple[Workspace, Room]) -> None:
    ws, _ = room
    type_line(qtbot, floor, "KE 14 sup")
    type_line(qtbot, floor, "ZA 15 opp")
    first = ws.find(Intervention, order_by="seq")[0]
    floor.table.selectRow(0)
    qtbot.keyClick(floor.line, Qt.Key.Key_F2)
    assert floor.line.text() == "KE 14 sup" and "Editing entry 1" in floor.mode_label.text()
    floor.line.clear()
    type_line(qtbot, floor, "KE 14 opp too broad")
    edited = ws.require(Intervention, first.id)
    assert (edited.seq, edited.spoken_at, edited.stance) == (1, first.spoken_at, InterventionStance.OPPOSES)
    assert ws.get(Position, first.position_id or "") is None
    assert ws.require(Position, edited.position_id or "").stance is Stance.OPPOSES
    assert floor.model.rows[0].intervention.note == "too broad"
    qtbot.keyClick(floor.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.require(Intervention, first.id).stance is InterventionStance.SUPPORTS


def test_taking_back_an_entry_whose_proposal_others_backed_is_refused(qtbot, floor: FloorWindow,
                                                                       room: tuple[Workspace, Room]) -> None:
    ws, _ = room
    type_line(qtbot, floor, "EG 6.2 prop delete 'may'")
    type_line(qtbot, floor, "KE sup #1")
    floor.table.selectRow(0)
    qtbot.keyClick(floor.line, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert "tabled proposal #1, which 1 later entry names" in floor.preview.text()
    assert len(ws.find(Intervention)) == 2
    floor.table.selectRow(1)
    qtbot.keyClick(floor.line, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [i.line for i in ws.find(Intervention)] == ["EG 6.2 prop delete 'may'"]
    assert ws.find(Proposal)[0].status is ProposalStatus.SUPPORTED  # promotion is not undone by a later delete


def test_the_agenda_and_a_bare_number_switch_provision(qtbot, floor: FloorWindow) -> None:
    assert floor.provision_label.text().startswith("Article 14 — Heading 14")
    qtbot.keyClick(floor.line, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert floor.provision_label.text().startswith("Article 15")
    qtbot.keyClick(floor.line, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert floor.provision_label.text().startswith("Article 6(2)")
    assert floor.agenda_label.text().startswith("3 of 6 on the agenda")
    type_line(qtbot, floor, "19.3")
    assert floor.provision_label.text().startswith("Article 19(3)")
    assert floor.agenda_label.text().startswith("Off the agenda")


def test_a_later_position_stays_current_and_floor_mode_says_so(qtbot, floor: FloorWindow,
                                                              room: tuple[Workspace, Room]) -> None:
    ws, built = room
    ws.insert(Position(delegation_id=built.delegations["KE"].id, provision_id=built.provisions["14"].id,
                       stance=Stance.SUPPORTS, date="2024-12-01"))
    type_line(qtbot, floor, "KE 14 opp")
    assert "a later position stays current (supports, 2024-12-01" in floor.preview.text()
    assert ws.find(Intervention)[0].position_id is None


def test_the_side_panel_shows_what_the_delegation_said_before(qtbot, floor: FloorWindow,
                                                              room: tuple[Workspace, Room]) -> None:
    ws, built = room
    type_line(qtbot, floor, "KE 14 opp delete 'may'")
    qtbot.keyClicks(floor.line, "KE 15 sup")
    qtbot.waitUntil(lambda: floor.side.speaker_id == built.delegations["KE"].id)
    assert floor.side.title.text() == "Kenya said before"
    assert floor.side.history.item(0).text().startswith("12th meeting (2024-08-03) · Article 14 · opposes")


def test_another_meeting_can_be_added_and_chosen_from_floor_mode(qtbot, floor: FloorWindow,
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  room: tuple[Workspace, Room]) -> None:
    ws, built = room
    from briefing_app.ui.meetings import dialogs

    monkeypatch.setattr(dialogs.MeetingDialog, "ask", classmethod(
        lambda cls, parent, ws_, meeting: Meeting(**{**{f: getattr(meeting, f) for f in meeting.__dataclass_fields__},
                                                     "agenda": "7, 8"})))
    floor.new_meeting_button.click()
    assert floor.meeting.number == 13 and floor.provision_label.text().startswith("Article 7")
    type_line(qtbot, floor, "KE sup")
    (made,) = ws.find(Intervention)
    assert made.meeting_id == floor.meeting.id and ws.require(Meeting, made.meeting_id).source_id
