"""Position matrix with "Include amendments": a column per amendment, cells editable like articles."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from briefing_app.domain.enums import Stance
from briefing_app.domain.models import Amendment, Position
from briefing_app.store import queries
from briefing_app.ui import dialogs
from briefing_app.ui.dialogs import Edited
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.matrix_page import MatrixPage
from tests.gui.conftest import Treaty

_H = Qt.Orientation.Horizontal


@pytest.fixture
def matrix(window: MainWindow) -> MatrixPage:
    window.show_page("matrix")
    page = window.matrix_page
    page.amendments_box.setChecked(True)
    return page


def _cell(page: MatrixPage, delegation: str, header: str):
    model = page.model
    names = [d.name for d in model.delegations]
    headers = [model.headerData(c, _H) for c in range(model.columnCount())]
    return model.index(names.index(delegation), headers.index(header))


def test_toggle_adds_a_column_per_amendment_after_its_article(matrix: MatrixPage, treaty: Treaty) -> None:
    model = matrix.model
    assert [model.headerData(c, _H) for c in range(model.columnCount())] == ["6", "7", "30", "30 A1"]
    assert matrix.title.text() == "2 delegations × 3 articles and 1 amendment"
    brazil = _cell(matrix, "Brazil", "30 A1")
    assert brazil.data() == "✖"
    tip = brazil.data(Qt.ItemDataRole.AccessibleTextRole)
    assert tip == "Brazil on Amendment 30 A1 to Article 30: Require judicial authorisation: opposes"
    assert model.headerData(3, _H, Qt.ItemDataRole.FontRole).italic()
    matrix.amendments_box.setChecked(False)
    assert [model.headerData(c, _H) for c in range(model.columnCount())] == ["6", "7", "30"]
    assert matrix.title.text() == "2 delegations × 3 articles"


def test_click_on_amendment_cell_records_a_position_on_the_amendment(monkeypatch, window: MainWindow,
                                                                     matrix: MatrixPage, treaty: Treaty) -> None:
    seen: list[tuple[Position, str]] = []

    def fill(cls, parent, ws, record, provision):
        seen.append((record, provision.id))
        return Edited(dataclasses.replace(record, stance=Stance.SUPPORTS, version_id=provision.version_id), {})

    monkeypatch.setattr(dialogs.PositionDialog, "ask", classmethod(fill))
    matrix.table.clicked.emit(_cell(matrix, "Kenya", "30 A1"))
    template, provision_id = seen[0]
    assert (template.delegation_id, template.amendment_id, template.provision_id) == (
        treaty.kenya.id, treaty.safeguards.id, None)
    assert provision_id == treaty.interception_p1.id
    on_amendment = [p for p in queries.positions_of_delegation(treaty.ws, treaty.kenya.id) if p.amendment_id]
    assert [(p.amendment_id, p.stance) for p in on_amendment] == [(treaty.safeguards.id, Stance.SUPPORTS)]
    assert _cell(matrix, "Kenya", "30 A1").data() == "✔"
    assert _cell(matrix, "Kenya", "30").data() == "?◇"  # the article cell keeps its own (illustrative) position
    matrix.table.clicked.emit(_cell(matrix, "Brazil", "30 A1"))
    assert seen[1][0].stance is Stance.OPPOSES and seen[1][0].amendment_id == treaty.safeguards.id
    assert _cell(matrix, "Brazil", "30 A1").data() == "✔"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert _cell(matrix, "Kenya", "30 A1").data() == "" and _cell(matrix, "Brazil", "30 A1").data() == "✖"


def test_article_cells_stay_editable_with_amendment_columns(monkeypatch, matrix: MatrixPage, treaty: Treaty) -> None:
    monkeypatch.setattr(dialogs.PositionDialog, "ask", classmethod(
        lambda cls, parent, ws, record, provision: Edited(dataclasses.replace(record, stance=Stance.OPPOSES), {})))
    matrix.table.clicked.emit(_cell(matrix, "Brazil", "6"))
    assert [(p.provision_id, p.stance) for p in queries.positions_of_delegation(treaty.ws, treaty.brazil.id)
            if p.provision_id] == [(treaty.rights.id, Stance.OPPOSES)]


def test_amendments_to_other_versions_stay_out(matrix: MatrixPage, window: MainWindow, treaty: Treaty) -> None:
    treaty.ws.insert(Amendment(provision_id=treaty.old_interception.id, title="Old draft amendment"))
    window.refresh_all()
    model = matrix.model
    assert [model.headerData(c, _H) for c in range(model.columnCount())] == ["6", "7", "30", "30 A1"]


def test_matrix_with_amendments_passes_modeltester(qtmodeltester, matrix: MatrixPage) -> None:
    qtmodeltester.check(matrix.model, force_py=True)


def test_include_amendments_choice_survives_a_restart(qtbot, matrix: MatrixPage, window: MainWindow,
                                                      treaty: Treaty) -> None:
    from briefing_app.ui.settings import app_settings

    window.close()
    second = MainWindow(treaty.ws, settings=app_settings(), features=())
    qtbot.addWidget(second)
    assert second.matrix_page.amendments_box.isChecked()
    second.show_page("matrix")
    assert second.matrix_page.model.amendment_count() == 1
    second.matrix_page.amendments_box.setChecked(False)
    second.close()
    third = MainWindow(treaty.ws, settings=app_settings(), features=())
    qtbot.addWidget(third)
    assert not third.matrix_page.amendments_box.isChecked()


def test_position_dialog_opens_on_the_amendment_of_the_clicked_column(qtbot, monkeypatch, matrix: MatrixPage,
                                                                      treaty: Treaty) -> None:
    opened: list[dialogs.PositionDialog] = []

    def run(self):
        opened.append(self)

    monkeypatch.setattr(dialogs.PositionDialog, "run", run)
    matrix.table.clicked.emit(_cell(matrix, "Kenya", "30 A1"))
    dialog = opened[0]
    qtbot.addWidget(dialog)
    assert dialog.value("amendment_id") == treaty.safeguards.id
    assert dialog.value("delegation_id") == treaty.kenya.id
    assert treaty.ws.find(Position, delegation_id=treaty.kenya.id, amendment_id=treaty.safeguards.id) == []
