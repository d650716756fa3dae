"""Storage errors split by fault (after qutebrowser's misc/sql.py).

`StoreUnavailableError` and its kin are the environment's fault (disk full, locked, corrupt, not a
database, too new): the UI shows their message. Anything else escaping the store is our bug.
"""

from __future__ import annotations

from briefing_app.errors import UserError

_ENVIRONMENT_CODES = {
    3: "permission denied",  # SQLITE_PERM
    5: "the workspace is busy (another program is using it)",  # SQLITE_BUSY
    6: "the workspace is locked by another program",  # SQLITE_LOCKED
    7: "out of memory",  # SQLITE_NOMEM
    8: "the workspace file is read-only",  # SQLITE_READONLY
    10: "a disk input/output error occurred",  # SQLITE_IOERR
    11: "the workspace file is damaged",  # SQLITE_CORRUPT
    13: "the disk is full",  # SQLITE_FULL
    14: "the workspace file cannot be opened",  # SQLITE_CANTOPEN
    26: "the file is not a workspace (not an SQLite file)",  # SQLITE_NOTADB
}


class StoreError(UserError):
    """Base of the store's errors a user can act on; str(error) is a one-line message for them."""


class StoreUnavailableError(StoreError):
    """The environment is at fault: disk, locks, permissions, damaged file."""


class NotAWorkspaceError(StoreError):
    """The file is SQLite but not a Briefing Desk workspace."""


class SchemaTooNewError(StoreError):
    """The workspace was written by a newer Briefing Desk."""


class WriteBusyError(StoreError):
    """A job holds the workspace's write lease (store/writer.py); the change was refused at once."""

    reason = "write-busy"


class IntegrityError(StoreError):
    """A write broke a rule of the data (missing reference, bad value, duplicate id)."""


def translate(error: Exception, context: str) -> StoreError | None:
    """Map a sqlite3 (or SQLCipher) error to a user-facing StoreError, or None when it is our bug."""
    from briefing_app.store.cipher import errors  # cipher's errors derive from StoreError

    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _ENVIRONMENT_CODES:
        return StoreUnavailableError(f"{context}: {_ENVIRONMENT_CODES[code & 0xFF]}.")
    if isinstance(error, errors("IntegrityError")):
        return IntegrityError(f"{context}: {error}.")
    return None
