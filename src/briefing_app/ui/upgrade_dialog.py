"""Opening an older workspace: its schema upgrade runs in a worker behind a progress dialog.

At a million concerns a schema step (creating an index) takes seconds; run by `Workspace.open` it
would freeze the window that long. `upgrade_if_older` runs first: when the file needs steps, one
worker upgrades it on its own connection, the only writer (the window has not opened the file
yet), all steps in one transaction (store/migrations.upgrade). The window waits in a window-modal
dialog that says what is happening; Cancel rolls the transaction back, so the file is byte for
byte as it was, and the workspace is not opened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QWidget

from briefing_app.domain.progress import CancelToken, ProgressFn
from briefing_app.errors import UserError
from briefing_app.store.cipher import Key
from briefing_app.store.migrations import Migration
from briefing_app.store.workspace import Workspace
from briefing_app.ui.failures import report_failure
from briefing_app.ui.jobs import Job

SHOW_AFTER_MS = 300  # a quick upgrade (a small workspace) never shows the dialog


class SchemaUpgrade(QObject):
    """One upgrade of one file; `run()` returns when it has finished, failed or been cancelled."""

    def __init__(self, parent: QWidget | None, path: Path, steps: list[Migration], key: Key | None) -> None:
        super().__init__(parent)
        self.path = path
        self.steps = steps
        self._key = key
        self._parent = parent
        self.outcome = ""  # "done", "cancelled" or "failed"
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("schema_upgrade_dialog")
        self.dialog.setWindowTitle(self.tr("Updating the workspace"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setRange(0, len(steps) if len(steps) > 1 else 0)  # one step: a busy bar
        self.dialog.setValue(0)
        self._label(0)
        self.job: Job | None = None

    def _label(self, done: int) -> None:
        self.dialog.setLabelText(self.tr(
            "Updating {name} for this version of Briefing Desk (step {step} of {total}). This may take "
            "a while for a large workspace; Cancel leaves the file as it was.").format(
                name=self.path.name, step=done + 1, total=len(self.steps)))

    def run(self) -> bool:
        """True when the file is up to date and may be opened."""
        path, key = self.path, self._key

        def work(progress: ProgressFn, token: CancelToken) -> int:
            return Workspace.upgrade_file(path, key=key, should_stop=lambda: token.cancelled,
                                          on_step=lambda i, n, _step: progress(i, n, ""))

        loop = QEventLoop(self)
        job = self.job = Job(work, title=self.tr("Updating the workspace"), parent=self)
        job.progress.connect(self._progress)
        job.succeeded.connect(lambda _v: self._end("done"))
        job.cancelled.connect(lambda: self._end("cancelled"))
        job.failed.connect(self._failed)
        job.finished.connect(loop.quit)
        self.dialog.canceled.connect(self._cancel)
        QTimer.singleShot(SHOW_AFTER_MS, self._show_if_running)
        job.start()
        loop.exec()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        if self.outcome == "cancelled" and isinstance(self._parent, QMainWindow):
            self._parent.statusBar().showMessage(
                self.tr("{name} was not opened and is unchanged.").format(name=self.path.name), 10000)
        return self.outcome == "done"

    def _show_if_running(self) -> None:
        if self.job is not None and self.job.running and not self.outcome:
            self.dialog.show()

    def _progress(self, done: int, total: int, _text: str) -> None:
        if total > 1:
            self.dialog.setValue(done)
        self._label(done)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.dialog.setLabelText(self.tr("Cancelling: putting {name} back as it was…").format(name=self.path.name))

    def _end(self, outcome: str) -> None:
        self.outcome = outcome

    def _failed(self, error: BaseException, trace: str) -> None:
        self.outcome = "failed"
        report_failure(self._parent, self.tr("Cannot open workspace"), error, trace,
                       outcome=self.tr("{name} is unchanged.").format(name=self.path.name))


def upgrade_if_older(parent: QWidget | None, path: Path, key: Key | None = None) -> bool:
    """Before the window opens `path`: upgrade an older workspace in a worker behind a progress
    dialog. True when it may be opened now (nothing to do, upgraded, or a file `Workspace.open`
    will refuse with its own message); False when the upgrade was cancelled or failed."""
    try:
        steps = Workspace.pending_steps(path, key=key)
    except (UserError, OSError):
        return True  # not ours, too new, locked: opening says so
    if not steps:
        return True
    return SchemaUpgrade(parent, path, steps, key).run()
