"""Empty lists and tables say what would fill them instead of showing a bare grid under its headers
(ui/labels.py EmptyState): in every view and the bundle dialogs, on an empty workspace; the grid
comes back as soon as there is a row."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from briefing_app.domain.models import Organization
from briefing_app.store.workspace import Workspace
from briefing_app.ui import status
from briefing_app.ui.labels import EmptyState
from briefing_app.ui.main_window import MainWindow
from tests.gui.conftest import Treaty


def _says(area: EmptyState, *words: str) -> bool:
    return area.empty and area.note.isVisibleTo(area) and all(w in area.note.text() for w in words)


def test_every_view_of_an_empty_workspace_says_what_fills_it(qtbot: QtBot, tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "empty.sqlite") as ws:
        window = MainWindow(ws, features=(status.install,))
        qtbot.addWidget(window)
        pages = {"concerns": window.concerns_page.table_area, "delegations": window.delegations_page.table_area,
                 "sources": window.evidence_page.sources.table_area, "cases": window.evidence_page.cases.table_area,
                 "organizations": window.organizations_page.table_area}
        for key in ("concerns", "delegations", "evidence", "organizations"):
            window.registry.show_page(key)
        assert _says(window.navigator.tree_area, "No treaty text yet", "Import draft…")
        assert _says(pages["concerns"], "No concerns yet", "New concern on this provision…")
        assert _says(pages["delegations"], "No delegations yet", "Add delegation…")
        assert not window.delegations_page.detail.isVisibleTo(window.delegations_page)  # no "Choose a delegation" under nothing
        assert _says(pages["sources"], "No sources yet", "Add source…")
        assert _says(pages["cases"], "No evidence cases yet", "Add case…")
        assert _says(pages["organizations"], "No organizations yet", "Add organization…")
        window.registry.show_page("matrix")
        assert _says(window.matrix_page.table_area, "No articles yet", "No delegations yet")
        controller = window.features.get(status.StatusController)
        window.registry.show_page("status")
        assert _says(controller.status_page.table_area, "No treaty yet", "Import draft…")
        window.registry.show_page("national")
        assert _says(controller.national.page.table_area, "No states yet")
        window.registry.show_page("uptake")
        assert _says(controller.uptake.page.table_area, "compares two versions")

        ws.insert(Organization(name="Access Now"))  # one row: the table is back
        window.refresh_all()
        window.registry.show_page("organizations")
        assert not pages["organizations"].empty and pages["organizations"].content is window.organizations_page.table
        window.organizations_page.filter_edit.setText("nothing matches this")  # filtered away: still the table
        assert not pages["organizations"].empty
        window.close()


def test_views_with_records_show_their_tables(qtbot: QtBot, window: MainWindow) -> None:
    for key in ("concerns", "delegations", "matrix"):
        window.registry.show_page(key)
    assert not window.navigator.tree_area.empty and window.navigator.tree.isVisibleTo(window.navigator)
    assert not window.concerns_page.table_area.empty and window.concerns_page.table.isVisibleTo(window.concerns_page)
    assert not window.delegations_page.table_area.empty and window.delegations_page.detail.isVisibleTo(window.delegations_page)
    assert not window.matrix_page.table_area.empty and window.matrix_page.table.isVisibleTo(window.matrix_page)


def test_national_implementation_names_the_state_without_laws(qtbot: QtBot, treaty: Treaty) -> None:
    window = MainWindow(treaty.ws, features=(status.install,))
    qtbot.addWidget(window)
    window.registry.show_page("national")
    page = window.features.get(status.StatusController).national.page
    assert page.state_box.count() > 0
    assert _says(page.table_area, f"No laws or bills recorded for {page.current_state().name}", "Add law…")
    window.close()


def test_bundle_dialogs_on_an_empty_workspace_say_what_would_arrive(qtbot: QtBot, tmp_path: Path) -> None:
    from briefing_app.bundles import coalition
    from briefing_app.ui.bundles.coalition_view import CoalitionDialog
    from briefing_app.ui.bundles.conflict_view import ConflictDialog
    from briefing_app.ui.bundles.provenance_view import ProvenanceDialog

    with Workspace.open(tmp_path / "empty.sqlite") as ws:
        conflicts = ConflictDialog(None, ws, lambda: None)
        qtbot.addWidget(conflicts)
        assert _says(conflicts.area, "Nothing waits for a decision", "Import bundle…")
        assert not conflicts.fields.isVisibleTo(conflicts.area)  # no empty Field/Mine/Theirs grid
        contributions = ProvenanceDialog(None, ws)
        qtbot.addWidget(contributions)
        assert _says(contributions.area, "No concerns here yet", "Import bundle…")
        contributions.kind.setCurrentIndex(contributions.kind.findData("sources"))
        assert _says(contributions.area, "No sources here yet")
        folder = CoalitionDialog(None, ws, lambda: None, lambda _path: None)
        qtbot.addWidget(folder)
        assert _says(folder.offers_area, "No coalition folder yet", "Choose…")
        coalition.set_folder(ws, tmp_path, 15)
        folder.show_offers([])
        assert _says(folder.offers_area, "Nothing new from partners", "Sync now")
        assert folder.offers.count() == 0  # no fake row to select and "import"
