"""Why a bundle was refused: one message naming the file, and the table and row when there is one."""

from __future__ import annotations

import sqlite3

from briefing_app.bundles.format import MAX_VALUE_BYTES
from briefing_app.errors import UserError


class BundleError(UserError):
    """The bundle cannot be used; str(error) is a one-line message for the user. The workspace is unchanged."""

    def __init__(self, file_name: str, problem: str, *, table: str = "", row: int | None = None,
                 key: str = "") -> None:
        where = ""
        if table:
            where = f", table {table}"
            if row is not None:
                where += f", row {row}"
            if key:
                where += f" (id {key[:80]})"
        super().__init__(f"{file_name}{where}: {problem}")
        self.file_name = file_name
        self.problem = problem
        self.table = table
        self.row = row


class BundleTooNewError(BundleError):
    """The bundle was made by a newer Briefing Desk."""


class ExportError(UserError):
    """A bundle cannot be written as asked; `reason`: NO_ORGANIZATION, EMPTY_SELECTION, DISK_FULL or
    BAD_RECIPIENT."""

    NO_ORGANIZATION = "no-organization"
    BAD_RECIPIENT = "bad-recipient"
    EMPTY_SELECTION = "empty-selection"
    DISK_FULL = "disk-full"


class UndoError(UserError):
    """The last import cannot be undone; `reason` says why: NOTHING, BACKUP_GONE or CHANGED_SINCE
    (the workspace changed after the import: `--force` / "Undo anyway" may still restore it)."""

    NOTHING = "nothing-to-undo"
    BACKUP_GONE = "backup-gone"
    CHANGED_SINCE = "changed-since-import"


def sqlite_problem(error: sqlite3.Error) -> str:
    """A user-facing reason for an error SQLite raised while reading a bundle."""
    text = str(error).lower()
    if "too big" in text:
        return f"a value is larger than the {MAX_VALUE_BYTES // 1_000_000} MB limit for one field."
    if "not authorized" in text or "prohibited" in text:
        return "the bundle tried something a bundle may not do; it was refused."
    if "malformed database schema" in text:
        return f"the bundle's schema is refused (SQLite reports: {error})."
    if "malformed" in text or "corrupt" in text or "not a database" in text or "disk i/o" in text:
        return "the file is damaged (SQLite reports: " + str(error) + ")."
    return f"the file could not be read (SQLite reports: {error})."
