"""The one way the GUI reports a failure: a UserError (or the system's OSError) is shown as its
plain-text message; anything else is our bug and becomes a crash report naming the log file that
holds its traceback (briefing_app/crashlog.py: in the data folder, so a user can send it)."""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from briefing_app.crashlog import where_logged, write_crash_log
from briefing_app.errors import is_user_error
from briefing_app.ui import messages


class CrashReport:
    """The message box for our bugs; tests monkeypatch `show`."""

    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(details)
        box.exec()


def describe_failure(title: str, error: BaseException, trace: str = "") -> str:
    """One line for a status bar or a pane: the user error's message, or for a bug its type and
    where the traceback was logged."""
    if is_user_error(error):
        return str(error)
    try:
        where = f"details in {write_crash_log(title, error, trace)}"
    except OSError:
        where = "no log file could be written"
    return f"internal error ({type(error).__name__}: {error}); {where}"


def report_failure(parent: QWidget | None, title: str, error: BaseException, trace: str = "", *,
                   outcome: str = "") -> None:
    """Show `error` to the user. `outcome` says what happened to their data ("Nothing was saved.");
    `trace` is the formatted traceback when the error crossed a thread (ui/jobs.py)."""
    if is_user_error(error):
        messages.show_error(parent, title, "\n\n".join(part for part in (str(error), outcome) if part))
        return
    where = where_logged(title, error, trace)
    text = (f"Briefing Desk ran into an internal error: {type(error).__name__}: {error}"
            + (f"\n\n{outcome}" if outcome else "")
            + f"\n\n{where} Please send that file with a note of what you were doing when it happened.")
    CrashReport.show(parent, title, text, trace or "".join(traceback.format_exception(error)))


def install_excepthook() -> Callable[[], None]:
    """Report exceptions that escape a slot or event handler (Qt prints and drops them otherwise) as
    crash reports; returns the function that puts the previous hook back."""
    previous = sys.excepthook
    reporting = False

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        nonlocal reporting
        previous(kind, error, trace)
        if reporting or not isinstance(error, Exception) or threading.current_thread() is not threading.main_thread():
            return
        reporting = True
        try:
            report_failure(None, QCoreApplication.translate("Messages", "Internal error"), error, "".join(traceback.format_exception(kind, error, trace)))
        finally:
            reporting = False

    sys.excepthook = hook

    def restore() -> None:
        sys.excepthook = previous

    return restore
