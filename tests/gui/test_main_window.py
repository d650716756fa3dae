"""Main window workflows: browse a provision, search and jump, menus, settings, extensions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from briefing_app.store.workspace import Workspace
from briefing_app.ui import background
from briefing_app.ui import main_window as main_window_module
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.menus import Place
from briefing_app.ui.services import Services
from briefing_app.ui.settings import app_settings
from tests.gui.conftest import Treaty

# The offscreen platform cannot raise or size-hint top-level windows; it says so on each show().
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")


def _text(pane) -> str:
    return pane.plain_text()


def test_selecting_provision_shows_its_concerns_amendments_and_positions(window: MainWindow, treaty: Treaty) -> None:
    assert window.windowTitle() == "treaty.sqlite"
    assert window.select_provision(treaty.interception.id)
    panel = window.panel
    assert "Article 30" in _text(panel.text_pane) and "1. Each State Party" in _text(panel.text_pane)
    assert "Real-time interception without judicial authorisation" in _text(panel.concerns)
    assert "Joint NGO letter" in _text(panel.concerns) and "Prosecution of a journalist" in _text(panel.concerns)
    assert "Overbroad offence" not in _text(panel.concerns)
    assert "subject to prior judicial authorisation" in _text(panel.amendments)
    positions = _text(panel.positions)
    assert "Kenya" in positions and "undecided" in positions and "illustrative" in positions
    assert "Brazil" in positions and "opposes" in positions
    assert panel.tabs.tabText(0) == "&Concerns (1)"


def test_provision_view_notes_change_since_previous_version_when_text_differs(
        window: MainWindow, treaty: Treaty) -> None:
    window.select_provision(treaty.interception_p1.id)
    assert "Changed since Zero draft (there: Article 42)" in _text(window.panel.text_pane)
    window.select_provision(treaty.access.id)
    assert "Changed since" not in _text(window.panel.text_pane)


def test_search_jumps_to_concern_hit_when_enter_pressed(qtbot, window: MainWindow, treaty: Treaty) -> None:
    window.open_search()
    dialog = window.search_dialog
    dialog.query_edit.setText("authorisation")
    dialog.run_search()
    titles = [hit.title for hit in dialog.model.hits]
    assert "Real-time interception without judicial authorisation" in titles
    row = titles.index("Real-time interception without judicial authorisation")
    dialog.results.setCurrentIndex(dialog.model.index(row))
    with qtbot.waitSignal(dialog.jump):
        qtbot.keyClick(dialog.query_edit, "\r")
    assert window.current_provision_id() == treaty.interception_p1.id
    assert window.panel.tabs.currentIndex() == 0
    assert not dialog.isVisible()


def test_search_reports_bad_query_without_results(window: MainWindow) -> None:
    dialog = window.search_dialog
    dialog.query_edit.setText('"unbalanced')
    dialog.run_search()
    assert dialog.model.rowCount() == 0 and "Cannot search" in dialog.status.text()


def test_models_pass_modeltester_when_loaded(qtmodeltester, window: MainWindow, treaty: Treaty) -> None:
    window.select_provision(treaty.interception_p1.id)
    qtmodeltester.check(window.navigator.proxy, force_py=True)
    qtmodeltester.check(window.concerns_page.model, force_py=True)
    qtmodeltester.check(window.delegations_page.model, force_py=True)
    qtmodeltester.check(window.matrix_page.model, force_py=True)
    window.search_dialog.query_edit.setText("interception")
    window.search_dialog.run_search()
    qtmodeltester.check(window.search_dialog.model, force_py=True)


def test_window_menus_hold_its_own_actions_and_find_them_by_key(window: MainWindow) -> None:
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == ["File", "Edit", "View", "Tools", "Help"]
    assert window.registry.action("file.open") in menus["File"].actions()
    assert window.registry.action("edit.undo") is window.action_undo
    assert [p.key for p in window.registry.pages] == ["provisions", "concerns", "delegations", "matrix",
                                                      "evidence", "organizations"]
    assert not any(key.startswith(("drafts.", "bundles.", "packs.")) for key in window.registry.keys())
    assert QKeySequence("Ctrl+K") in window.action_search.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.Undo) in window.action_undo.shortcuts()


class _Notes(QObject):
    """A feature as a new one would be written: an action, a page, and services kept."""

    def __init__(self, services: Services) -> None:
        super().__init__(services.window)
        self.services = services
        self.triggered = 0
        self.refreshed: list[str] = []
        self.page = QLabel("notes page")
        services.registry.add_action("notes.tidy", Place.TOOLS, "&Tidy notes", self.tidy, tip="Tidy")
        services.registry.add_page("notes", "&Notes", self.page, self.refresh)

    def tidy(self) -> None:
        self.triggered += 1

    def refresh(self) -> None:
        ws = self.services.workspace
        self.refreshed.append(ws.path.name if ws else "")


def test_feature_registers_its_action_and_page_through_the_registry(qtbot, treaty: Treaty) -> None:
    win = MainWindow(treaty.ws, features=(_Notes,))
    qtbot.addWidget(win)
    notes = win.features.get(_Notes)
    tools = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Tools")
    view = next(a.menu() for a in win.menuBar().actions() if a.text() == "&View")
    tidy = win.registry.action("notes.tidy")
    assert tidy in tools.actions()
    tidy.trigger()
    assert notes.triggered == 1
    page = win.registry.page("notes")
    assert page.action in view.actions() and page.action in win.sidebar.actions()
    assert page.action.shortcut().toString() == "Ctrl+7"
    assert view.actions().index(page.action) < view.actions().index(win.registry.action("view.refresh"))
    page.action.trigger()
    assert win.current_page() == "notes" and win.stack.currentWidget() is notes.page
    assert notes.refreshed == ["treaty.sqlite"]  # shown after being stale: reloaded once
    win.services.workspace_changed.emit()
    assert notes.refreshed == ["treaty.sqlite", "treaty.sqlite"]
    with pytest.raises(ValueError, match="already registered"):
        win.registry.add_action("notes.tidy", Place.TOOLS, "Again")
    with pytest.raises(LookupError):
        win.features.get(QLabel)


def test_settings_persist_across_window_restart(qtbot, treaty: Treaty) -> None:
    first = MainWindow(treaty.ws, features=())
    qtbot.addWidget(first)
    first.resize(760, 560)
    first.select_provision(treaty.interception.id)  # the tabs pane shows only with a provision
    first.splitter.setSizes([250, 150, 180])
    first.show_page("delegations")
    first.close()
    second = MainWindow(treaty.ws, settings=app_settings(), features=())
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 560)
    assert second.current_page() == "delegations"
    second.select_provision(treaty.interception.id)
    assert second.splitter.saveState() == first.splitter.saveState()  # the same sizes when next laid out
    assert app_settings().value("files/last") == str(treaty.ws.path.resolve())
    assert [a.text() for a in second.recent_menu.actions()] == [str(treaty.ws.path.resolve())]


def test_open_recent_switches_workspace_and_failure_keeps_current(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    other = Workspace.open(tmp_path / "other.sqlite")
    other.close()
    assert window.open_path(str(tmp_path / "other.sqlite"))
    assert window.windowTitle() == "other.sqlite"
    assert window.workspace_path == tmp_path / "other.sqlite"
    errors: list[str] = []
    monkeypatch.setattr(main_window_module, "show_error", lambda _p, _t, text: errors.append(text))
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    assert not window.open_path(str(junk))
    assert errors and window.workspace_path == tmp_path / "other.sqlite"
    assert len(window.recent_menu.actions()) == 2
    window.workspace.close()


def test_new_database_starts_empty_when_chosen(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "fresh.sqlite"
    monkeypatch.setattr(main_window_module.FileChooser, "ask_new", classmethod(lambda cls, p, f="": str(target)))
    monkeypatch.setattr(main_window_module.NewPassphraseDialog, "ask_for_new_workspace",
                        classmethod(lambda cls, parent, path: None))  # the offer to encrypt it (#13): declined
    window.new_database()
    assert window.workspace_path == target and window.workspace.counts()["provisions"] == 0
    assert window.navigator.document_box.count() == 0
    assert "0 provisions" in window.counts_label.text()
    window.workspace.close()


def test_positions_tab_summarises_stances_on_provision_and_amendments(window: MainWindow, treaty: Treaty) -> None:
    window.select_provision(treaty.interception.id)
    text = _text(window.panel.positions)
    assert "On the provision: 1 ? undecided" in text
    assert "On its amendments: 1 ✖ opposes (Brazil)" in text


def test_window_without_database_says_so_and_disables_record_buttons(qtbot) -> None:
    win = MainWindow(None, features=())
    qtbot.addWidget(win)
    assert win.windowTitle() == "No workspace"
    assert win.path_label.text() == "No workspace open"
    assert not win.panel.concerns.buttons["Add concern…"].isEnabled()
    assert win.navigator.visible_provision_ids() == []


def test_search_hit_on_unlinked_concern_selects_it_in_concerns_view(window: MainWindow, treaty: Treaty) -> None:
    from briefing_app.domain.models import Concern

    loose = treaty.ws.insert(Concern(title="Unlinked worry about encryption"))
    window.search_dialog.query_edit.setText("encryption")
    window.search_dialog.run_search()
    window.search_dialog.jump_to_current()
    assert window.current_page() == "concerns"
    assert window.concerns_page.current().id == loose.id


def test_record_menu_items_follow_the_selection(window: MainWindow, treaty: Treaty) -> None:
    assert not any(a.isEnabled() for a in window.record_menu_actions)
    window.select_provision(treaty.access.id)
    assert all(a.isEnabled() for a in window.record_menu_actions)


def test_matrix_follows_version_when_search_jumps_to_older_draft(window: MainWindow, treaty: Treaty) -> None:
    window.show_page("matrix")
    assert [a.number for a in window.matrix_page.model.articles] == ["6", "7", "30"]
    window.select_provision(treaty.old_interception.id)
    window.show_page("matrix")
    assert [a.number for a in window.matrix_page.model.articles] == ["42", "6"]


def test_external_write_reloads_views_and_keeps_undo_steps(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    from briefing_app.domain.models import Concern
    from briefing_app.ui import dialogs

    window.select_provision(treaty.access.id)
    monkeypatch.setattr(dialogs.ConcernDialog, "ask",
                        classmethod(lambda cls, *a: dialogs.Edited(Concern(title="Mine"), {})))
    window.panel.add_concern()
    assert window.undo_stack.canUndo()
    with Workspace.open(treaty.ws.path) as other:  # e.g. a bundle import in a worker
        other.insert(Concern(title="Imported from a partner"))
        other.link("concern_provisions", other.find(Concern, title="Imported from a partner")[0].id,
                   treaty.access.id)
    window.workspace_changed.emit()
    assert "Imported from a partner" in _text(window.panel.concerns)
    assert window.undo_stack.canUndo()


def test_concerns_view_goes_to_the_provision_in_the_newest_version(window: MainWindow, treaty: Treaty) -> None:
    treaty.ws.link("concern_provisions", treaty.privacy.id, treaty.old_interception.id)
    window.show_page("concerns")
    page = window.concerns_page
    assert page.select_record(treaty.privacy.id)
    page.buttons["Go to provision"].click()
    assert window.current_page() == "provisions"
    assert window.current_provision_id() == treaty.interception_p1.id


def test_quit_has_a_shortcut_on_every_platform(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    quit_action = next(a for a in file_menu.actions() if a.text() == "&Quit")
    assert quit_action.shortcuts()


def test_closing_drains_background_reads_and_leaves_a_sound_file(qtbot, monkeypatch, treaty: Treaty) -> None:
    import threading

    from briefing_app.store.connection import integrity_problems
    from briefing_app.ui import background

    release = threading.Event()
    win = MainWindow(treaty.ws, features=())
    qtbot.addWidget(win)
    background.read_in_worker(treaty.ws.path, lambda ws: release.wait(5), lambda _r: None, "Slow read")
    threading.Timer(0.05, release.set).start()
    win.close()
    assert release.is_set()  # close waited for the worker
    qtbot.waitUntil(lambda: not background.RUNNING)
    assert integrity_problems(treaty.ws.conn) == []


def test_sources_and_cases_view_lists_citations_and_edits(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    from briefing_app.domain.models import Source
    from briefing_app.ui import dialogs

    window.show_page("evidence")
    sources = window.evidence_page.sources
    assert [(sources.proxy.index(r, 0).data(), sources.proxy.index(r, 4).data())
            for r in range(sources.proxy.rowCount())] == [("Joint NGO letter on the draft convention", "1")]
    assert window.evidence_page.cases.proxy.index(0, 4).data() == "1"
    new = Source(title="UN press release", url="https://example.org/press")
    monkeypatch.setattr(dialogs.SourceDialog, "ask", classmethod(lambda cls, p, ws, r: dialogs.Edited(new, {})))
    sources.buttons["Add source…"].click()
    assert sorted(sources.proxy.index(r, 0).data() for r in range(sources.proxy.rowCount())) == [
        "Joint NGO letter on the draft convention", "UN press release"]
    window.undo_stack.undo()
    assert sources.proxy.rowCount() == 1


def test_status_counts_of_a_large_workspace_arrive_from_a_worker(qtbot, monkeypatch, treaty: Treaty) -> None:
    monkeypatch.setattr(background, "ROWS_WORKER_ABOVE", 0)
    win = MainWindow(treaty.ws, features=())
    qtbot.addWidget(win)
    assert win.counts_label.text() == ""  # not counted on the GUI thread
    qtbot.waitUntil(lambda: "provisions" in win.counts_label.text(), timeout=5000)
    assert f"{treaty.ws.counts()['concerns']} concerns" in win.counts_label.text()
    qtbot.waitUntil(lambda: not background.RUNNING)


def test_set_negotiating_status_is_greyed_until_a_provision_is_chosen(qtbot, treaty: Treaty) -> None:
    """#15 walkthrough: Edit → Set negotiating status of this provision… was enabled on the Treaty
    status page with nothing chosen and answered "Choose a provision in the tree first."."""
    from briefing_app.ui import drafts

    window = MainWindow(treaty.ws, features=(drafts.install,))
    qtbot.addWidget(window)
    status = window.registry.action("drafts.set_status")
    assert status in window.record_menu_actions and not status.isEnabled()
    window.select_provision(treaty.access.id)
    assert status.isEnabled()
