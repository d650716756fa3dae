"""What the main window offers its feature packages: one typed object, built once by MainWindow.

A feature's `install(services)` (ui/features.py) keeps this object and reaches the window only
through it: the open workspace, the undo stack, navigation, settings, background jobs, failure
reports, and `registry` for its menu actions and pages. Nothing sets attributes on the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, SignalInstance
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from briefing_app.store.workspace import Workspace
from briefing_app.ui.failures import report_failure
from briefing_app.ui.jobs import JobsWithProgress
from briefing_app.ui.menus import Registry
from briefing_app.ui.messages import show_error


@dataclass(frozen=True, slots=True)
class Services:
    """`window` is the parent for a feature's dialogs; `workspace_changed` is emitted after writes
    the views cannot know of (imports, new drafts, resolved conflicts) and makes every view reload;
    `workspace_replaced` fires after another file was opened (views reset)."""

    window: QMainWindow
    settings: QSettings
    undo_stack: QUndoStack
    registry: Registry
    jobs: JobsWithProgress
    workspace_changed: SignalInstance
    workspace_replaced: SignalInstance
    current_workspace: Callable[[], Workspace | None]
    select_provision: Callable[[str], bool]
    current_provision_id: Callable[[], str]
    close_workspace: Callable[[], None] = lambda: None
    """Close the open workspace (the window shows none), e.g. to convert its file."""
    open_path: Callable[[str], bool] = lambda _path: False
    """Open a workspace file (asking for its passphrase when encrypted); False when it was not opened."""

    @property
    def workspace(self) -> Workspace | None:
        return self.current_workspace()

    @property
    def ws(self) -> Workspace:
        """The open workspace, for code that only runs while one is open (a feature's dialogs)."""
        ws = self.current_workspace()
        if ws is None:
            raise LookupError("no workspace is open")
        return ws

    @property
    def workspace_path(self) -> Path | None:
        ws = self.current_workspace()
        return ws.path if ws is not None else None

    def require_workspace(self, title: str) -> Workspace | None:
        """The open workspace, or None after telling the user to open one first."""
        ws = self.current_workspace()
        if ws is None:
            show_error(self.window, title, QCoreApplication.translate("Messages", "Open or create a workspace first."))
        return ws

    def status(self, text: str, timeout_ms: int = 15000) -> None:
        self.window.statusBar().showMessage(text, timeout_ms)

    def report_failure(self, title: str, error: BaseException, trace: str = "", *, outcome: str = "") -> None:
        """User errors as a message, bugs as a crash report (ui/failures.py)."""
        report_failure(self.window, title, error, trace, outcome=outcome)
