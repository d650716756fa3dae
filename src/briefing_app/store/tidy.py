"""Nothing readable left behind after a delete (issue #13): every connection runs with
`secure_delete = ON` (store/connection.py), so SQLite zeroes freed cells and pages; `tidy` then
removes what deletes still leave elsewhere: FTS5 keeps a deleted row's words in index segments until
they are merged (optimize rewrites them), freed pages are handed back (incremental vacuum where the
file allows it), and the WAL, which holds old page images, is checkpointed and truncated.
"""

from __future__ import annotations

from briefing_app.store.schema import FTS_COLUMNS
from briefing_app.store.workspace import Workspace


def tidy(ws: Workspace) -> None:
    """Run between transactions on a writable workspace (the app does on quit and on lock, the CLI
    after a command that changed something)."""
    if ws.read_only or ws.leased_to or ws.conn.in_transaction:
        return
    with ws.transaction() as conn:
        for table in FTS_COLUMNS:
            conn.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('optimize')")
    ws.conn.execute("PRAGMA incremental_vacuum").fetchall()  # one page per step: run it to the end
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
