"""One writer per workspace in this process (after Datasette's single write connection).

The thread that opened a workspace owns it (sqlite3 ties a connection to its thread): in the app,
the GUI thread, whose edits are short. A long write (bundle import, a new draft, batch pack export)
takes the owner's `WriteLease`: the job opens its own connection through the one factory in its
worker thread, and while the lease is out the owner's `transaction()` refuses at once with
WriteBusyError (rather than waiting on SQLite's busy timeout with the GUI frozen), its connection
set to `query_only` as a safety net. Readers use read-only connections (`Workspace.open_read_only`).
A job whose only write is small hands the data back and the owner writes it.
"""

from __future__ import annotations

import contextlib
import threading

from briefing_app.store import cipher
from briefing_app.store.errors import WriteBusyError
from briefing_app.store.workspace import Workspace


class WriteLease:
    """The right to write `owner`'s file, held by one job. Take and release it on the owner's thread;
    `open()` runs in the job's thread."""

    def __init__(self, owner: Workspace, title: str) -> None:
        if owner.read_only:
            raise ValueError("a read-only workspace has no writes to lease")
        if owner.leased_to:
            raise WriteBusyError(f"{owner.leased_to} is still saving; try again when it has finished.")
        if owner.conn.in_transaction:
            raise RuntimeError("the write lease is taken between the owner's transactions")
        self.owner = owner
        self.title = title
        self._file = owner.file
        self._thread = threading.get_ident()
        owner.conn.execute("PRAGMA query_only = ON")
        owner.leased_to = title
        self.released = False

    def open(self) -> Workspace:
        """The job's own writable connection (close it before the job ends)."""
        if self.released:
            raise RuntimeError("the write lease was already released")
        return self._file.open()

    def release(self) -> None:
        """Give the writes back to the owner; idempotent, and a no-op once the owner is closed."""
        if self.released:
            return
        if threading.get_ident() != self._thread:
            raise RuntimeError("release the write lease on the thread that took it")
        self.released = True
        self.owner.leased_to = ""
        with contextlib.suppress(*cipher.errors("ProgrammingError")):  # the owner was closed meanwhile: nothing to give back
            self.owner.conn.execute("PRAGMA query_only = OFF")
