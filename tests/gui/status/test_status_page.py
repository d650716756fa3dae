"""View → Treaty status on the demo: the table, the group filter, the chart, the map, reservations
edited with their articles, and the status import dialog (per-row errors, nothing half-written, undo)."""

from __future__ import annotations

import hashlib

import pytest
from pytestqt.qtbot import QtBot

from briefing_app.domain.enums import ReservationKind
from briefing_app.domain.models import Delegation, Provision, Reservation, StatusEvent
from briefing_app.store.packs_store import export_log
from briefing_app.store.workspace import Workspace
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.packs.log_view import ExportLogDialog
from briefing_app.ui.status import StatusController, install
from briefing_app.ui.status.dialogs import RESERVATION_LINK, ReservationDialog
from briefing_app.ui.status.import_dialog import StatusImportDialog
from briefing_app.ui.status.world_map import STAGE_COLOURS, MapState, WorldMap, outlines
from tests.gui.conftest import content_dump


@pytest.fixture
def status_window(qtbot: QtBot, demo_workspace: Workspace) -> MainWindow:
    window = MainWindow(demo_workspace, features=(install,))
    qtbot.addWidget(window)
    return window


def _controller(window: MainWindow) -> StatusController:
    return window.features.get(StatusController)


def _code(ws: Workspace, iso: str) -> Delegation:
    return next(d for d in ws.find(Delegation) if d.iso_code == iso)


def test_status_page_is_ctrl_7_and_lists_states_with_their_steps(status_window: MainWindow) -> None:
    action = status_window.registry.action("page.status")
    assert action.shortcut().toString() == "Ctrl+7"
    action.trigger()
    page = _controller(status_window).status_page
    rows = {r.name: r for r in page.model.rows}
    nigeria = rows[_code(status_window.workspace, "NG").name]
    assert (nigeria.stage_label, nigeria.status.signature.date) == ("signed", "2025-10")
    china = rows[_code(status_window.workspace, "CN").name]
    assert china.stage == "bound" and china.illustrative
    # the test clock says 2026-01-01: before the first (illustrative) instrument of June 2026
    assert page.chart.summary() == "0 of 40 instruments counted; 40 more needed."


def test_group_filter_keeps_only_members(status_window: MainWindow, demo_workspace: Workspace) -> None:
    status_window.registry.show_page("status")
    page = _controller(status_window).status_page
    everyone = len(page.model.rows)
    index = next(i for i in range(page.group_box.count()) if "African" in page.group_box.itemText(i))
    page.group_box.setCurrentIndex(index)
    names = {r.name for r in page.model.rows}
    assert 0 < len(names) < everyone
    assert _code(demo_workspace, "NG").name in names and _code(demo_workspace, "CN").name not in names


def test_map_colours_states_by_stage_and_lists_those_without_outline(qtbot: QtBot,
                                                                    status_window: MainWindow) -> None:
    status_window.registry.show_page("status")
    page = _controller(status_window).status_page
    assert "NG" in outlines() and "FR" in outlines()
    assert page.map.colour_at("NG") == STAGE_COLOURS["signed"]
    assert page.map.colour_at("CN") == STAGE_COLOURS["bound"]
    assert page.map.colour_at("US") == STAGE_COLOURS["none"]
    assert "European Union" in page.unmapped.text()
    alone = WorldMap()
    qtbot.addWidget(alone)
    alone.resize(720, 360)
    alone.set_states({"NG": MapState("Nigeria", "signed"), "BR": MapState("Brazil", "bound", illustrative=True)})
    image = alone.grab().toImage()
    assert image.pixelColor(alone.point(8.0, 9.5).toPoint()).rgb() == STAGE_COLOURS["signed"].rgb()
    assert alone.code_at(alone.point(8.0, 9.5)) == "NG" and alone.code_at(alone.point(-30.0, 0.0)) == ""
    brazil = [image.pixelColor(alone.point(-50.0 + dx / 4, -10.0).toPoint()).rgb() for dx in range(12)]
    assert STAGE_COLOURS["bound"].rgb() in brazil and any(c != STAGE_COLOURS["bound"].rgb() for c in brazil)


def test_reservation_added_with_its_articles_is_one_undo_step(status_window: MainWindow, monkeypatch) -> None:
    ws = status_window.workspace
    status_window.registry.show_page("status")
    page = _controller(status_window).status_page
    nigeria = _code(ws, "NG")
    assert page.select_delegation(nigeria.id)
    article = next(p for p in ws.find(Provision) if p.id.endswith("art11") or p.number == "11")
    before = content_dump(ws.conn)

    def fill(parent, ws_, record, linked):
        dialog = ReservationDialog(parent, ws_, record, linked)
        dialog.set_value("kind", ReservationKind.DECLARATION)
        dialog.set_value("summary", "Would apply Article 11 only with intent to commit an offence.")
        dialog.checklists[RESERVATION_LINK].set_checked([article.id])
        assert not dialog.problems()
        return dialog.edited()

    monkeypatch.setattr(ReservationDialog, "ask", classmethod(lambda cls, *a: fill(*a)))
    assert _controller(status_window).add_reservation()
    saved = [r for r in ws.find(Reservation) if r.delegation_id == nigeria.id]
    assert len(saved) == 1 and ws.linked(RESERVATION_LINK, left_id=saved[0].id) == [article.id]
    assert page.lines and "Art. 11" in page.lines[0].text
    status_window.undo_stack.undo()
    assert content_dump(ws.conn) == before


def test_reservation_dialog_refuses_a_withdrawal_before_it_was_made(qtbot: QtBot, demo_workspace: Workspace) -> None:
    dialog = ReservationDialog(None, demo_workspace, Reservation(document_id="d", delegation_id="x"), [])
    qtbot.addWidget(dialog)
    dialog.set_value("summary", "x")
    dialog.set_value("date", "2026-05-01")
    dialog.set_value("withdrawn_date", "2026-04-01")
    assert dialog.problems() == ["It cannot be withdrawn before it was made."]


TABLE = "Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a)\n" \
        "Nigeria\t25 Oct 2025\t3 Feb 2027\n" \
        "Atlantis\t25 Oct 2025\t\n" \
        "Kenya\t32 Oct 2025\t\n" \
        "South Africa\t26 Oct 2025\t12 Mar 2027 a\n"


def test_import_dialog_names_each_bad_row_and_imports_nothing(qtbot: QtBot, demo_workspace: Workspace) -> None:
    from briefing_app.store import queries

    document = queries.documents(demo_workspace)[0]
    dialog = StatusImportDialog(None, demo_workspace, document.id)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(TABLE)
    assert dialog.reread.isActive() and dialog.plan is None  # read once typing pauses
    dialog.read_text()
    assert dialog.column_map().signature == "Signature" and dialog.column_map().instrument.startswith("Ratification")
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(problems) == 2
    assert problems[0].startswith("line 3 (Atlantis): no delegation")
    assert problems[1].startswith("line 4 (Kenya)") and "calendar" in problems[1]
    assert not dialog.import_button.isEnabled()
    dialog.text.setPlainText("\n".join(line for line in TABLE.splitlines() if not line.startswith(("Atl", "Ken"))))
    dialog.read_text()
    assert dialog.plan is not None and dialog.plan.ok and dialog.import_button.isEnabled()


def test_import_through_the_controller_is_one_undo_step(status_window: MainWindow, monkeypatch) -> None:
    ws = status_window.workspace
    before = content_dump(ws.conn)
    clean = "\n".join(line for line in TABLE.splitlines() if not line.startswith(("Atl", "Ken")))

    def ask(cls, parent, ws_, document_id):
        dialog = cls(parent, ws_, document_id)
        dialog.text.setPlainText(clean)
        dialog.read_text()
        return dialog.plan

    monkeypatch.setattr(StatusImportDialog, "ask", classmethod(ask))
    assert _controller(status_window).import_status()
    za = _code(ws, "ZA")
    kinds = {e.kind.value for e in ws.find(StatusEvent) if e.delegation_id == za.id}
    assert kinds == {"signature", "accession"}
    page = _controller(status_window).status_page
    assert next(r for r in page.model.rows if r.delegation.id == za.id).stage_label == "accession"
    status_window.undo_stack.undo()
    assert content_dump(ws.conn) == before
    status_window.undo_stack.redo()
    assert {e.kind.value for e in ws.find(StatusEvent) if e.delegation_id == za.id} == kinds


def test_capital_pack_is_exported_for_the_chosen_state_and_addressee(qtbot: QtBot, status_window: MainWindow,
                                                                     tmp_path, monkeypatch) -> None:
    from pypdf import PdfReader

    from briefing_app.packs.capital_parts import Addressee
    from briefing_app.ui.status.base import PdfFileChooser
    from briefing_app.ui.status.capital_dialog import CapitalPackDialog

    ws = status_window.workspace
    status_window.registry.show_page("status")
    page = _controller(status_window).status_page
    page.select_delegation(_code(ws, "KE").id)

    def choose(cls, parent, ws_, current):
        dialog = cls(parent, ws_, current)
        assert dialog.state.currentText() == current.name == "Kenya"
        dialog.committee.setChecked(True)
        dialog.name.setText("the Departmental Committee on Communication")
        return dialog.choice()

    monkeypatch.setattr(CapitalPackDialog, "ask", classmethod(choose))
    target = tmp_path / "kenya"
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(PdfFileChooser, "ask", classmethod(
        lambda cls, parent, kind, name: asked.append((kind, name)) or str(target)))
    status_window.registry.action("status.capital_pack").trigger()
    path = target.with_suffix(".pdf")
    qtbot.waitUntil(path.exists, timeout=20000)
    assert asked == [("capital-packs", "capital-ke-committee.pdf")]  # a file name: the chooser picks the folder
    text = " ".join((p.extract_text() or "") for p in PdfReader(path).pages)
    assert "For the Departmental Committee on Communication, Kenya" in " ".join(text.split())
    assert Addressee.COMMITTEE.value == "committee"
    # #12: logged like an ordinary pack, with the file's SHA-256, and shown in the log viewer in words
    qtbot.waitUntil(lambda: bool(export_log(ws)), timeout=5000)
    [entry] = export_log(ws)
    assert entry.sha256 == hashlib.sha256(path.read_bytes()).hexdigest() and entry.file_name == "kenya.pdf"
    assert "kenya.pdf" in status_window.statusBar().currentMessage()
    log = ExportLogDialog(export_log(ws), status_window)  # what File → Export log… shows
    qtbot.addWidget(log)
    assert log.shown_files() == ["kenya.pdf"]
    assert log.proxy.index(0, 3).data() == "Capital pack (committee)"
    assert log.proxy.index(0, 2).data() == "the Departmental Committee on Communication"


def test_capital_pack_save_dialog_starts_in_documents_not_the_data_folder(qtbot: QtBot, status_window: MainWindow,
                                                                          tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from briefing_app.ui import file_dialogs
    from briefing_app.ui.status.base import PdfFileChooser

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: documents)
    started: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, title, start, filters: started.append(start) or ("", "")))
    assert PdfFileChooser.ask(status_window, "capital-packs", "capital-ke-ministry.pdf") == ""
    assert started == [str(documents / "capital-ke-ministry.pdf")]
    assert status_window.workspace.path.parent != documents


def test_a_step_recorded_by_hand_needs_a_source_or_the_illustrative_mark(qtbot: QtBot, status_window: MainWindow,
                                                                         monkeypatch) -> None:
    from briefing_app.domain.enums import StatusKind
    from briefing_app.domain.models import Source
    from briefing_app.ui.status.dialogs import StatusEventDialog

    ws = status_window.workspace
    status_window.registry.show_page("status")
    controller = _controller(status_window)
    page = controller.status_page
    kenya = _code(ws, "KE")
    page.select_delegation(kenya.id)
    before = content_dump(ws.conn)
    source = ws.find(Source)[0]

    def fill(cls, parent, ws_, event):
        dialog = cls(parent, ws_, event)
        assert dialog.value("kind") is StatusKind.SIGNATURE  # Kenya has not signed: the likely next step
        dialog.set_value("date", "2027-02")
        assert dialog.problems() == ["Name the source, or mark the step illustrative."]
        dialog.set_value("source_id", source.id)
        assert not dialog.problems()
        return dialog.result_record()

    monkeypatch.setattr(StatusEventDialog, "ask", classmethod(fill))
    assert controller.add_step()
    row = next(r for r in page.model.rows if r.delegation.id == kenya.id)
    assert (row.stage, row.status.signature.date) == ("signed", "2027-02")
    assert page.steps.count() == 1 and "signature 2027-02" in page.steps.item(0).text()
    page.steps.setCurrentRow(0)
    monkeypatch.setattr("briefing_app.ui.messages.Confirm.ask", classmethod(lambda cls, *a: True))
    assert controller.delete_step()
    assert next(r for r in page.model.rows if r.delegation.id == kenya.id).stage == "none"
    status_window.undo_stack.undo()
    status_window.undo_stack.undo()
    assert content_dump(ws.conn) == before


def test_entry_into_force_rule_edited_redraws_the_chart_and_undo_restores_it(status_window: MainWindow,
                                                                            monkeypatch) -> None:
    from briefing_app.ui.status.rule_dialog import RuleDialog

    ws = status_window.workspace
    status_window.registry.show_page("status")
    controller = _controller(status_window)
    before = content_dump(ws.conn)

    def edit(cls, parent, ws_, rule):
        dialog = cls(parent, ws_, rule)
        assert (dialog.required.value(), dialog.days.value()) == (40, 90)
        assert dialog.regional.checked() == list(rule.regional_organizations) != []
        dialog.required.setValue(3)
        return dialog.result_rule()

    monkeypatch.setattr(RuleDialog, "ask", classmethod(edit))
    assert controller.edit_rule()
    # China 2026-06-15, Russia 2026-08-20, Egypt "2026-09" (a month): the third instrument decides
    assert controller.status_page.chart.summary() == \
        "3 instruments reached; in force between 2026-11-30 and 2026-12-29."
    status_window.undo_stack.undo()
    assert content_dump(ws.conn) == before
    assert controller.status_page.chart.summary() == "0 of 40 instruments counted; 40 more needed."


def test_names_from_the_workspace_are_shown_as_plain_text(status_window: MainWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    ws = status_window.workspace
    evil = ws.insert(Delegation(name="<b>Evil</b><img src=/etc/passwd>", iso_code="XX"))
    status_window.registry.mark_stale()
    status_window.registry.show_page("status")
    page = _controller(status_window).status_page
    assert page.select_delegation(evil.id)
    assert page.steps_title.text() == "Steps of <b>Evil</b><img src=/etc/passwd>"
    for label in page.findChildren(QLabel):
        if evil.name in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")  # offscreen, window shown
def test_a_click_on_the_map_selects_the_state(qtbot: QtBot, status_window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    status_window.show()
    status_window.registry.show_page("status")
    page = _controller(status_window).status_page
    page.filter_edit.setText("Australia")
    qtbot.waitUntil(lambda: page.map.width() > 300)
    with qtbot.waitSignal(page.map.state_clicked) as clicked:
        qtbot.mouseClick(page.map, Qt.MouseButton.LeftButton, pos=page.map.point(8.0, 9.5).toPoint())
    assert clicked.args == ["NG"]
    assert page.current_delegation() is not None and page.current_delegation().iso_code == "NG"
    assert page.filter_edit.text() == ""


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")
def test_the_steps_and_reservations_titles_are_not_squeezed_beside_their_buttons(qtbot: QtBot,
                                                                                  status_window: MainWindow) -> None:
    """#15 walkthrough: "Reservations and declarations: select a state" wrapped onto five lines
    beside the three reservation buttons; each title now has its own line above its buttons."""
    from PySide6.QtWidgets import QApplication

    status_window.resize(1300, 720)
    status_window.show()
    qtbot.waitExposed(status_window)
    status_window.registry.show_page("status")
    QApplication.processEvents()
    page = _controller(status_window).status_page
    for title, button in ((page.reservations_title, page.buttons["add"]), (page.steps_title, page.buttons_steps["add_step"])):
        line = title.fontMetrics().height()
        assert title.height() <= 2 * line + 4, title.text()
        assert title.geometry().bottom() <= button.geometry().top()  # above its buttons, not beside them
