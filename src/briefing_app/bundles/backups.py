"""Snapshots of the workspace before each import, taken with SQLite's online backup API.

Never a filesystem copy of the live file (its WAL may hold committed pages). Old snapshots are
thinned to the last `keep`; restoring copies a snapshot back page by page.
"""

from __future__ import annotations

import time
from pathlib import Path

from briefing_app import paths
from briefing_app.store.connection import connect_snapshot
from briefing_app.store.workspace import Workspace

KEEP_KEY = "backups.keep"
DEFAULT_KEEP = 10


def keep_count(ws: Workspace) -> int:
    value = ws.get_meta(KEEP_KEY, str(DEFAULT_KEEP))
    return max(1, int(value)) if value.isdigit() else DEFAULT_KEEP


def snapshot(ws: Workspace) -> Path:
    """Write a consistent copy of the workspace into the backups folder and return its path."""
    folder = paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / f"{ws.path.stem}.{time.time_ns()}.backup.sqlite"
    dest = connect_snapshot(target)
    try:
        ws.conn.backup(dest)
    except BaseException:
        dest.close()
        target.unlink(missing_ok=True)
        raise
    dest.close()
    target.chmod(0o600)
    return target


def snapshots(ws: Workspace) -> list[Path]:
    """This workspace's snapshots, oldest first."""
    found = paths.backups_dir().glob(f"{ws.path.stem}.*.backup.sqlite")
    return sorted(found, key=lambda p: int(p.name.split(".")[-3]) if p.name.split(".")[-3].isdigit() else 0)


def rotate(ws: Workspace, keep: int | None = None) -> list[Path]:
    """Delete all but the newest `keep` snapshots (default: the workspace's setting); return the deleted."""
    count = keep_count(ws) if keep is None else max(1, keep)
    old = snapshots(ws)[:-count]
    for path in old:
        path.unlink(missing_ok=True)
    return old


def restore(ws: Workspace, backup: Path) -> None:
    """Make the workspace exactly the snapshot (the connection must not be inside a transaction)."""
    source = connect_snapshot(backup, read_only=True)
    try:
        source.backup(ws.conn)
    finally:
        source.close()
