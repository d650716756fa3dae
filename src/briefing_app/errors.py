"""The one error taxonomy: a `UserError` is a failure the user can act on, anything else is our bug.

Every layer's user-facing errors derive from `UserError` (store, bundles, drafts, packs, demo,
CLI). The GUI shows them as plain-text messages and everything else as a crash report with a log
file (ui/failures.py); the CLI prints them as one line with exit code 1. Code that must branch on
a particular failure tests `reason`, never the message text. Qt-free and I/O-free: every layer
may import it.
"""

from __future__ import annotations


class UserError(Exception):
    """A failure the user can act on; str(error) is the message for them (plain text).

    `reason` is a stable machine-readable code ("" when nobody needs to branch on it); subclasses
    set a default, a raise site may give a more precise one.
    """

    reason: str = ""

    def __init__(self, message: str = "", *, reason: str = "") -> None:
        super().__init__(message)
        if reason:
            self.reason = reason


def is_user_error(error: BaseException) -> bool:
    """User errors, and the operating system's refusals (permissions, disk full, missing file),
    which are the environment's fault and are shown as their message."""
    return isinstance(error, UserError | OSError)
