"""The main window: navigator, provision view and tabs, other views, menus, status bar, settings.

Extension point: packages `briefing_app.ui.packs`, `briefing_app.ui.bundles` and
`briefing_app.ui.drafts` each provide `install(window)`, called once the window is built. They
connect and enable the menu places created in ui/menus.py (`window.action_export_pack`, …) and use
`window.workspace`, `window.workspace_path`, `window.undo_stack`, `window.select_provision(id)`,
`window.current_provision_id()` and, after writing through their own connection,
`window.workspace_changed.emit()` so every view reloads (an external write that should be
undoable pushes its own QUndoCommand on `window.undo_stack`). Nobody else edits this module.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from briefing_app import __version__
from briefing_app.domain.views import SearchHit, SearchKind
from briefing_app.store.errors import StoreError
from briefing_app.store.workspace import Workspace
from briefing_app.ui import jobs
from briefing_app.ui.editor import Editor
from briefing_app.ui.evidence_page import EvidencePage
from briefing_app.ui.matrix_page import MatrixPage
from briefing_app.ui.menus import build_menus
from briefing_app.ui.messages import FileChooser, show_error
from briefing_app.ui.navigator import Navigator
from briefing_app.ui.organizations_page import OrganizationsPage
from briefing_app.ui.provision_panel import ProvisionPanel
from briefing_app.ui.record_actions import RecordActions
from briefing_app.ui.record_pages import ConcernsPage, DelegationsPage
from briefing_app.ui.rich import tooltip
from briefing_app.ui.search_dialog import SearchDialog
from briefing_app.ui.settings import app_settings, recent_files, remember_file

EXTENSIONS = ("briefing_app.ui.packs", "briefing_app.ui.bundles", "briefing_app.ui.drafts")
PAGES = (("&Provisions", "provisions"), ("All &concerns", "concerns"), ("&Delegations", "delegations"),
         ("Position &matrix", "matrix"), ("&Sources and cases", "evidence"), ("&Organizations", "organizations"))


class MainWindow(QMainWindow):
    workspace_changed = Signal()

    # menu places filled by other packages (see ui/menus.py)
    action_import_draft: QAction
    action_import_bundle: QAction
    action_export_bundle: QAction
    action_export_pack: QAction
    action_compare_versions: QAction
    action_review_draft: QAction
    action_undo_import: QAction
    action_check_workspace: QAction
    recent_menu: QMenu
    action_undo: QAction
    action_redo: QAction
    action_search: QAction
    page_actions: list[QAction]
    record_menu_actions: list[QAction]

    def __init__(self, workspace: Workspace | None, settings: QSettings | None = None,
                 extensions: tuple[str, ...] | None = None) -> None:
        super().__init__()
        self.settings = settings or app_settings()
        self.workspace: Workspace | None = None
        self._stale: set[str] = set()
        self.undo_stack = QUndoStack(self)
        self.editor = Editor(self.undo_stack, self)
        self.record_actions = RecordActions(self.editor, self)
        self.navigator = Navigator()
        self.panel = ProvisionPanel(self.record_actions)
        self.concerns_page = ConcernsPage(self.record_actions)
        self.delegations_page = DelegationsPage(self.record_actions)
        self.matrix_page = MatrixPage(self.record_actions)
        self.evidence_page = EvidencePage(self.record_actions)
        self.organizations_page = OrganizationsPage(self.record_actions)
        self.pages: dict[str, ConcernsPage | DelegationsPage | MatrixPage | EvidencePage | OrganizationsPage] = {
            "concerns": self.concerns_page, "delegations": self.delegations_page, "matrix": self.matrix_page,
            "evidence": self.evidence_page, "organizations": self.organizations_page}
        self.search_dialog = SearchDialog(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.panel.text_pane)
        self.splitter.addWidget(self.panel.tabs)
        self.splitter.setSizes([360, 480, 520])
        self.splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.sidebar = QToolBar("Views")
        self.sidebar.setObjectName("views_toolbar")
        self.sidebar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, self.sidebar)
        build_menus(self)
        tab_chain([self.navigator.tree, self.panel.text_pane.browser, self.panel.tabs])
        self._build_status_bar()
        self._connect()
        self.set_workspace(workspace)
        self._restore_settings()
        install_extensions(self, EXTENSIONS if extensions is None else extensions)

    # -- construction ------------------------------------------------------------------------------
    def page_names(self) -> tuple[tuple[str, str], ...]:
        return PAGES

    def _build_status_bar(self) -> None:
        self.path_label, self.counts_label, self.saved_label = QLabel(), QLabel(), QLabel()
        for label in (self.path_label, self.counts_label, self.saved_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.saved_label)

    def _connect(self) -> None:
        self.navigator.provision_selected.connect(self.show_provision)
        self.navigator.version_changed.connect(self._version_changed)
        self.panel.compare_requested.connect(lambda _id: self.action_compare_versions.trigger())
        self.concerns_page.go_to_provision.connect(self.select_provision)
        self.search_dialog.jump.connect(self.jump_to_hit)
        self.editor.changed.connect(self.refresh_after_edit)
        self.workspace_changed.connect(self.refresh_all)
        self.stack.currentChanged.connect(lambda _i: self._show_stale_page())

    # -- workspace ---------------------------------------------------------------------------------
    @property
    def workspace_path(self) -> Path | None:
        return self.workspace.path if self.workspace is not None else None

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Show another workspace (the caller closes the previous one)."""
        self.workspace = workspace
        self.editor.set_workspace(workspace)
        self.search_dialog.set_workspace(workspace)
        name = workspace.path.name if workspace is not None else "no database"
        self.setWindowTitle(f"Briefing Desk — {name}")
        if workspace is not None:
            remember_file(self.settings, str(workspace.path.resolve()))
        self._fill_recent_menu()
        self.navigator.set_workspace(workspace, load=False)
        self.panel.set_workspace(workspace)
        self.show_provision("")
        self.refresh_all()

    def open_path(self, path: str, *, create: bool = False) -> bool:
        """Open (or with `create`, make) a workspace file; on failure the current one stays open."""
        try:
            workspace = Workspace.open(path, create=create)
        except StoreError as error:
            show_error(self, "Cannot open workspace", str(error))
            return False
        previous = self.workspace
        self.set_workspace(workspace)
        if previous is not None:
            previous.close()
        return True

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
            show_error(self, "New database", f"{path} already exists; use File → Open to open it.")
            return
        self.open_path(path, create=True)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent_files(self.settings):
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    # -- navigation --------------------------------------------------------------------------------
    def show_page(self, name: str) -> None:
        index = [page for _label, page in PAGES].index(name)
        self.stack.setCurrentIndex(index)
        self.page_actions[index].setChecked(True)

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()][1]

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
        self.matrix_page.version_id = version_id
        self._stale.add("matrix")
        self._show_stale_page()

    def refresh_after_edit(self) -> None:
        """After an edit, undo or redo: badges, the open provision, the visible page, the status."""
        self.navigator.refresh_counts()
        self.show_provision(self.panel.provision_id)
        self._mark_stale()
        self._refresh_status()

    def refresh_all(self) -> None:
        """Reload everything from the database (external writes: imports, new drafts)."""
        self.navigator.refresh()
        self.show_provision(self.panel.provision_id)
        for view in self.pages.values():
            view.ws = self.workspace
        self.matrix_page.version_id = self.navigator.model.version_id
        self._mark_stale()
        self._refresh_status()

    def _mark_stale(self) -> None:
        """Reload the visible view now and the hidden ones when they are next shown."""
        self._stale = set(self.pages)
        self._show_stale_page()

    def _show_stale_page(self) -> None:
        page = self.current_page()
        if page in self._stale:
            self._stale.discard(page)
            self.pages[page].refresh()

    def _refresh_status(self) -> None:
        ws = self.workspace
        if ws is None:
            self.path_label.setText("No database open")
            self.counts_label.setText("")
            self.saved_label.setText("")
            return
        self.path_label.setText(str(ws.path.resolve()) + ("  (demo data)" if ws.is_demo else ""))
        self.path_label.setToolTip(tooltip("Demo data. " + ws.get_meta("demo_notice")) if ws.is_demo else "")
        counts = ws.counts()
        self.counts_label.setText(
            f"{counts['provisions']} provisions · {counts['concerns']} concerns · "
            f"{counts['amendments']} amendments · {counts['delegations']} delegations · "
            f"{counts['positions']} positions")
        self.saved_label.setText(f"Saved {self.editor.saved_at}" if self.editor.saved_at else "All changes saved")

    # -- settings and lifecycle --------------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 820)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        self.matrix_page.restore_include_amendments(str(self.settings.value("matrix/amendments")) == "true")
        page = str(self.settings.value("window/page", "provisions"))
        self.show_page(page if page in [p for _l, p in PAGES] else "provisions")

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/page", self.current_page())
        self.settings.setValue("matrix/amendments", "true" if self.matrix_page.amendments_box.isChecked() else "false")
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        jobs.drain()
        self.search_dialog.close()
        super().closeEvent(event)

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("About Briefing Desk")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"Briefing Desk {__version__}\n\nTreaty analysis and tailored briefing packs for "
                    "civil-society advocates. Works offline; your workspace is one SQLite file.")
        box.exec()


def install_extensions(window: MainWindow, names: tuple[str, ...]) -> list[str]:
    """Import each feature package that exists and call its `install(window)`; returns those installed."""
    installed = []
    for name in names:
        if importlib.util.find_spec(name) is None:
            continue
        install = getattr(importlib.import_module(name), "install", None)
        if callable(install):
            install(window)
            installed.append(name)
    return installed


def tab_chain(widgets: list[QWidget]) -> None:
    """Set the tab order through the given widgets."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
