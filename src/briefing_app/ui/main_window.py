"""The main window: navigator, provision view and tabs, other views, menus, status bar, settings.

It builds the `Services` (ui/services.py) the feature packages get, registers its own pages and
actions through the same `Registry` (ui/menus.py) they use, and installs the features of an
explicit list (ui/features.py). Features never set attributes on the window. At the app's start
(`start_later`) the features that add only menu actions are installed after the first paint
(ui/window_start.py); the record views (ui/record_views.py) are built when first shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from briefing_app import paths
from briefing_app.domain.views import SearchHit, SearchKind
from briefing_app.errors import UserError
from briefing_app.startup import open_workspace
from briefing_app.store.cipher import Key
from briefing_app.store.workspace import Workspace
from briefing_app.ui import jobs
from briefing_app.ui.edit_actions import EditActions
from briefing_app.ui.editor import Editor
from briefing_app.ui.features import DEFAULT_FEATURES, Feature, Features, before_show
from briefing_app.ui.focus import FocusKeeper
from briefing_app.ui.help import HelpController
from briefing_app.ui.jobs import JobsWithProgress
from briefing_app.ui.language_menu import LanguageMenu
from briefing_app.ui.menus import Place, Registry, standard_shortcut
from briefing_app.ui.messages import FileChooser, show_error
from briefing_app.ui.navigator import Navigator
from briefing_app.ui.protect.passphrase import NewPassphraseDialog, unlock_if_encrypted
from briefing_app.ui.provision_panel import ProvisionPanel
from briefing_app.ui.record_actions import RecordActions
from briefing_app.ui.record_views import RecordViews
from briefing_app.ui.services import Services
from briefing_app.ui.settings import app_settings, recent_files, remember_file
from briefing_app.ui.status_line import StatusLine
from briefing_app.ui.window_settings import restore_window, save_window
from briefing_app.ui.window_start import WindowStart

if TYPE_CHECKING:
    from briefing_app.ui.evidence_page import EvidencePage
    from briefing_app.ui.matrix_page import MatrixPage
    from briefing_app.ui.organizations_page import OrganizationsPage
    from briefing_app.ui.record_pages import ConcernsPage, DelegationsPage
    from briefing_app.ui.search_dialog import SearchDialog


class MainWindow(QMainWindow):
    workspace_changed = Signal()
    workspace_replaced = Signal()

    def __init__(self, workspace: Workspace | None, settings: QSettings | None = None,
                 features: Sequence[Feature] = DEFAULT_FEATURES, *, start_later: bool = False) -> None:
        """`start_later` (the app's start): the features that add only menu actions are installed
        after the first paint (ui/window_start.py); else everything is there when this returns."""
        super().__init__()
        self.settings = settings or app_settings()
        self.workspace: Workspace | None = None
        self.undo_stack = QUndoStack(self)
        self.editor = Editor(self.undo_stack, self)
        self.record_actions = RecordActions(self.editor, self)
        self.navigator = Navigator()
        self.panel = ProvisionPanel(self.record_actions)
        self._search_dialog: SearchDialog | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.panel.text_pane)
        self.splitter.addWidget(self.panel.tabs)
        self.splitter.setSizes([360, 480, 520])
        self.splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.sidebar = QToolBar(self.tr("Views"))
        self.sidebar.setObjectName("views_toolbar")
        self.sidebar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, self.sidebar)
        self.registry = Registry(self, self.stack, self.sidebar)
        self.registry.add_page("provisions", self.tr("&Provisions"), self.splitter, lambda: None)
        self.views = RecordViews(self.registry, self.record_actions, self.settings, self.select_provision)
        self._register_actions()
        self.panel.offered_actions = self.registry.keys_so_far
        tab_chain([self.navigator.tree, self.panel.text_pane.view, self.panel.tabs])
        self.status_line = StatusLine(self, lambda: self.workspace)
        self.path_label, self.counts_label, self.saved_label = (
            self.status_line.path_label, self.status_line.counts_label, self.status_line.saved_label)
        self._connect()
        self.set_workspace(workspace)
        self.services = Services(
            window=self, settings=self.settings, undo_stack=self.undo_stack, registry=self.registry,
            jobs=JobsWithProgress(self, lambda: self.workspace), workspace_changed=self.workspace_changed,
            workspace_replaced=self.workspace_replaced, current_workspace=lambda: self.workspace,
            select_provision=self.select_provision, current_provision_id=self.current_provision_id,
            close_workspace=self.close_workspace, open_path=self.open_path)
        self.installed_features = tuple(features)  # View → Language rebuilds the window with them
        self._features = Features()
        self.start = WindowStart(self)
        self.registry.complete = self.start.finish
        for rank, feature in enumerate(features, start=1):
            install = partial(self._install_feature, rank, feature)
            self.start.add(install) if start_later and not before_show(feature) else install()
        self.start.add(self._features_installed)
        with self.registry.ranked(len(features) + 1):
            self.help = HelpController(self.services)
        self.focus_keeper = FocusKeeper(self)
        restore_window(self)
        if start_later:
            self.start.after_first_paint()
        else:
            self.start.finish()

    @property
    def features(self) -> Features:
        """The installed features' controllers (all of them: the rest is installed first)."""
        self.start.finish()
        return self._features

    def _install_feature(self, rank: int, feature: Feature) -> None:
        with self.registry.ranked(rank):  # in the menus where the feature list puts it
            self._features.add(feature(self.services), rank)

    def _features_installed(self) -> None:
        # every "… this provision" item, the features' too (Set negotiating status…), follows the selection
        self.record_menu_actions = self.registry.actions_at(Place.EDIT_RECORD)
        for action in self.record_menu_actions:
            action.setEnabled(bool(self.panel.provision_id))
        self.panel.refresh()  # an empty workspace's first steps name the features' actions

    # -- construction ------------------------------------------------------------------------------
    @property
    def concerns_page(self) -> ConcernsPage:
        return cast("ConcernsPage", self.views.page("concerns"))

    @property
    def delegations_page(self) -> DelegationsPage:
        return cast("DelegationsPage", self.views.page("delegations"))

    @property
    def matrix_page(self) -> MatrixPage:
        return cast("MatrixPage", self.views.page("matrix"))

    @property
    def evidence_page(self) -> EvidencePage:
        return cast("EvidencePage", self.views.page("evidence"))

    @property
    def organizations_page(self) -> OrganizationsPage:
        return cast("OrganizationsPage", self.views.page("organizations"))

    @property
    def search_dialog(self) -> SearchDialog:
        """Built on first use (Edit → Search…)."""
        if self._search_dialog is None:
            from briefing_app.ui.search_dialog import SearchDialog

            self._search_dialog = SearchDialog(self)
            self._search_dialog.jump.connect(self.jump_to_hit)
            self._search_dialog.set_workspace(self.workspace)
        return self._search_dialog

    def _register_actions(self) -> None:
        add, panel, records = self.registry.add_action, self.panel, self.record_actions
        add("file.new", Place.FILE_OPEN, self.tr("&New workspace…"), self.new_database, shortcut=QKeySequence.StandardKey.New)
        add("file.open", Place.FILE_OPEN, self.tr("&Open…"), self.open_database, shortcut=QKeySequence.StandardKey.Open)
        add("file.open_demo", Place.FILE_OPEN, self.tr("Open the de&mo workspace"), self.open_demo,
            tip=self.tr("The UN Convention against Cybercrime with concerns, amendments and positions to explore"))
        self.recent_menu: QMenu = self.registry.add_submenu("file.recent", Place.FILE_OPEN, self.tr("Open &recent"))
        quit_action = add("file.quit", Place.FILE_QUIT, self.tr("&Quit"), self.close)
        standard_shortcut(quit_action, QKeySequence.StandardKey.Quit, "Ctrl+Q")

        self.action_undo: QAction = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.action_redo: QAction = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.registry.add_existing("edit.undo", Place.EDIT_HISTORY, self.action_undo)
        self.registry.add_existing("edit.redo", Place.EDIT_HISTORY, self.action_redo)
        self.edit_actions = EditActions(self.registry, self)
        self.action_search = add("edit.search", Place.EDIT_FIND, self.tr("&Search…"), self.open_search)
        self.action_search.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+K")])
        self.record_menu_actions = [
            add("edit.new_concern", Place.EDIT_RECORD, self.tr("New co&ncern on this provision…"), panel.add_concern,
                shortcut="Ctrl+Shift+C"),
            add("edit.new_amendment", Place.EDIT_RECORD, self.tr("New a&mendment to this provision…"), panel.add_amendment,
                shortcut="Ctrl+Shift+A"),
            add("edit.new_position", Place.EDIT_RECORD, self.tr("New pos&ition on this provision…"), panel.add_position,
                shortcut="Ctrl+Shift+O"),
            add("edit.new_note", Place.EDIT_RECORD, self.tr("New n&ote on this provision…"), panel.add_note,
                shortcut="Ctrl+Shift+N"),
        ]
        add("edit.new_delegation", Place.EDIT_NEW, self.tr("New de&legation…"), records.add_delegation)
        add("edit.new_source", Place.EDIT_NEW, self.tr("New sourc&e…"), records.add_source)
        add("edit.new_case", Place.EDIT_NEW, self.tr("New e&vidence case…"), records.add_case)
        add("edit.new_organization", Place.EDIT_NEW, self.tr("New organi&zation…"), records.add_organization)
        add("view.refresh", Place.VIEW_REFRESH, self.tr("Re&fresh"), self.refresh_all,
            shortcut=QKeySequence.StandardKey.Refresh)
        self.language_menu = LanguageMenu(self.registry, self.settings)

    def _connect(self) -> None:
        self.navigator.provision_selected.connect(self.show_provision)
        self.navigator.version_changed.connect(self._version_changed)
        self.panel.compare_requested.connect(self._compare_requested)
        self.panel.action_requested.connect(lambda key: self.registry.action(key).trigger())
        self.editor.changed.connect(self.refresh_after_edit)
        self.workspace_changed.connect(self.refresh_all)

    def _compare_requested(self, _provision_id: str) -> None:
        """The provision text's "compare" link runs View → Compare versions… when a feature offers it."""
        if "drafts.compare" in self.registry.keys():
            self.registry.action("drafts.compare").trigger()

    # -- workspace ---------------------------------------------------------------------------------
    @property
    def workspace_path(self) -> Path | None:
        return self.workspace.path if self.workspace is not None else None

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Show another workspace (the caller closes the previous one)."""
        self.workspace = workspace
        self.editor.set_workspace(workspace)
        if self._search_dialog is not None:
            self._search_dialog.set_workspace(workspace)
        # The platform appends the application's display name ("… — Briefing Desk"): name it once.
        self.setWindowTitle(workspace.path.name if workspace is not None else self.tr("No workspace"))
        if workspace is not None:
            remember_file(self.settings, str(workspace.path.resolve()))
        self._fill_recent_menu()
        self.navigator.set_workspace(workspace, load=False)
        self.panel.set_workspace(workspace)
        self.show_provision("")
        self.refresh_all()
        self.workspace_replaced.emit()

    def close_workspace(self) -> None:
        """Show no workspace and close the one that was open."""
        previous = self.workspace
        self.set_workspace(None)
        if previous is not None:
            previous.close()

    def open_path(self, path: str, *, create: bool = False, demo: bool = False, key: Key | None = None) -> bool:
        """Open (or with `create`, make, encrypted under `key` when given; with `demo`, make with the
        demo corpus) a workspace file; an encrypted one asks for its passphrase first; on failure the
        current one stays open."""
        if not unlock_if_encrypted(self, Path(path)):
            return False
        from briefing_app.ui.upgrade_dialog import upgrade_if_older  # lazily: start-up stays light

        if not upgrade_if_older(self, Path(path), key):  # an older schema: in a worker, behind a dialog
            return False
        try:
            workspace = (open_workspace(Path(path), demo=True) if demo
                         else Workspace.open(path, create=create, key=key))
        except (UserError, OSError) as error:  # store, corpus and file errors: the current one stays
            show_error(self, self.tr("Cannot open workspace"), str(error))
            return False
        previous = self.workspace
        self.set_workspace(workspace)
        if previous is not None:
            previous.close()
        return True

    def open_demo(self) -> None:
        """The demo workspace, a file of its own (made on first use), so the user's work stays apart."""
        path = paths.demo_workspace()
        if self.workspace_path is None or self.workspace_path.resolve() != path.resolve():
            self.open_path(str(path), demo=True)

    def open_database(self) -> None:
        folder = str(self.workspace_path.parent) if self.workspace_path else ""
        path = FileChooser.ask_open(self, folder)
        if path:
            self.open_path(path)

    def new_database(self) -> None:
        folder = str(self.workspace_path.parent) if self.workspace_path else ""
        path = FileChooser.ask_new(self, folder)
        if not path:
            return
        if Path(path).exists() and Path(path).stat().st_size > 0:
            show_error(self, self.tr("New workspace"),
                       self.tr("{path} already exists; use File → Open to open it.").format(path=path))
            return
        key = NewPassphraseDialog.ask_for_new_workspace(self, Path(path))
        if not isinstance(key, bool):  # False: cancelled
            self.open_path(path, create=True, key=key or None)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent_files(self.settings):
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    # -- navigation --------------------------------------------------------------------------------
    def show_page(self, name: str) -> None:
        self.registry.show_page(name)

    def current_page(self) -> str:
        return self.registry.current_page().key

    def current_provision_id(self) -> str:
        return self.panel.provision_id

    def show_provision(self, provision_id: str) -> None:
        """Show a provision in the centre and tabs (the tree selection is the caller's business)."""
        self.panel.show_provision(provision_id)
        for action in self.record_menu_actions:
            action.setEnabled(bool(self.panel.provision_id))

    def select_provision(self, provision_id: str) -> bool:
        """Show the Provisions view with this provision selected (switching version if needed)."""
        self.show_page("provisions")
        found = self.navigator.select_provision(provision_id)
        if found:
            self.show_provision(provision_id)
        return found

    def open_search(self) -> None:
        self.search_dialog.open_search()

    def jump_to_hit(self, hit: SearchHit) -> None:
        if hit.provision_id:
            self.select_provision(hit.provision_id)
            tab = {SearchKind.CONCERN: 0, SearchKind.AMENDMENT: 1}.get(hit.kind)
            if tab is not None:
                self.panel.tabs.setCurrentIndex(tab)
        elif hit.kind is SearchKind.CONCERN:
            self.show_page("concerns")
            self.concerns_page.select_record(hit.record_id)

    # -- refresh -----------------------------------------------------------------------------------
    def _version_changed(self, version_id: str) -> None:
        self.views.matrix_version = version_id
        self.registry.mark_stale("matrix")

    def refresh_after_edit(self) -> None:
        """After an edit, undo or redo: badges, the open provision, the visible page, the status."""
        self.navigator.refresh_counts()
        self.show_provision(self.panel.provision_id)
        self.registry.mark_stale()
        self._refresh_status()

    def refresh_all(self) -> None:
        """Reload everything from the database (external writes: imports, new drafts)."""
        self.navigator.refresh()
        self.show_provision(self.panel.provision_id)
        self.views.set_workspace(self.workspace)  # the pages reload when next shown
        self.views.matrix_version = self.navigator.model.version_id
        self.registry.mark_stale()
        self._refresh_status()

    def _refresh_status(self) -> None:
        self.status_line.refresh(self.editor.saved_at)

    # -- settings and lifecycle --------------------------------------------------------------------
    def save_settings(self) -> None:
        save_window(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A key no widget took before the features were all installed: maybe one of their shortcuts."""
        if not self.start.done:
            self.start.finish()
            action = self.registry.shortcut_action(QKeySequence(event.keyCombination()))
            if action is not None and action.isEnabled():
                action.trigger()
                return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.start.finish()
        self.save_settings()
        jobs.drain()
        if self._search_dialog is not None:
            self._search_dialog.close()
        super().closeEvent(event)


def tab_chain(widgets: list[QWidget]) -> None:
    """Set the tab order through the given widgets."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
