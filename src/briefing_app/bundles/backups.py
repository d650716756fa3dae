"""Snapshots of the workspace before each import (and each restore), taken with SQLite's online
backup API; any of them can be restored.

Never a filesystem copy of the live file (its WAL may hold committed pages). Old snapshots are
thinned to the last `keep`; restoring copies a snapshot back page by page. An encrypted
workspace's snapshots are encrypted with its key (SQLCipher's backup refuses a plain target).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefing_app import paths
from briefing_app.bundles.errors import UndoError
from briefing_app.store import cipher, sync_queue, sync_store
from briefing_app.store.cipher import Key
from briefing_app.store.connection import connect_snapshot
from briefing_app.store.convert import convert, overwrite
from briefing_app.store.errors import StoreError
from briefing_app.store.schema import APPLICATION_ID
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
    dest = connect_snapshot(target, key=ws.key)
    try:
        sync_store.copy_workspace_into(ws, dest)
    except BaseException:
        dest.close()
        target.unlink(missing_ok=True)
        raise
    dest.close()
    target.chmod(0o600)
    return target


def snapshots(ws: Workspace) -> list[Path]:
    """This workspace's snapshots, oldest first."""
    return snapshots_of(ws.path)


def snapshots_of(workspace: Path) -> list[Path]:
    """The snapshots of the workspace file at `workspace`, oldest first."""
    found = paths.backups_dir().glob(f"{workspace.stem}.*.backup.sqlite")
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
    source = connect_snapshot(backup, read_only=True, key=ws.key)
    try:
        sync_store.copy_into_workspace(source, ws)
    finally:
        source.close()


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One snapshot of this workspace: when it was taken and, for import backups, what came after it."""

    path: Path
    taken_at: str  # UTC, from the snapshot's name
    size: int
    before_import: str  # the bundle whose import followed it ('' when none is recorded)


def list_backups(ws: Workspace) -> list[BackupInfo]:
    """This workspace's snapshots, newest first."""
    after = sync_queue.imports_by_backup(ws)
    found = []
    for path in reversed(snapshots(ws)):
        stamp = path.name.split(".")[-3]
        taken = datetime.fromtimestamp(int(stamp) / 1e9, UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if stamp.isdigit() else ""
        found.append(BackupInfo(path, taken, path.stat().st_size, after.get(str(path), "")))
    return found


def restore_backup(ws: Workspace, backup: Path) -> Path:
    """Make the workspace exactly `backup` (one of its own snapshots); returns the snapshot of the
    state just before, so a restore can itself be undone. Raises UndoError when `backup` is not a
    usable snapshot of this workspace; then nothing changed."""
    backup = Path(backup)
    if backup.resolve() not in {p.resolve() for p in snapshots(ws)}:
        raise UndoError(f"{backup.name} is not one of this workspace's backups (see briefing-app backups).",
                        reason=UndoError.BACKUP_GONE)
    unreadable: tuple[type[Exception], ...] = (*cipher.errors(), StoreError)
    try:
        check = connect_snapshot(backup, read_only=True, key=ws.key)
        try:
            ok = check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            app_id = int(check.execute("PRAGMA application_id").fetchone()[0])
        finally:
            check.close()
    except unreadable as error:
        raise UndoError(f"{backup.name} cannot be read ({error}); nothing was restored.") from error
    if not ok or app_id != APPLICATION_ID:
        raise UndoError(f"{backup.name} is damaged; nothing was restored.")
    safety = snapshot(ws)
    restore(ws, backup)
    sync_store.migrate(ws)  # a backup from before an upgrade
    return safety


def convert_backups(workspace: Path, old: Key | None, new: Key | None) -> int:
    """Give the workspace's snapshots the key its file now has (encrypt, decrypt or re-key them in
    place, see store/convert.py); one a key does not open (older than a passphrase change) is
    overwritten and removed rather than left readable with an old passphrase. Returns the count kept."""
    kept = 0
    for backup in snapshots_of(workspace):
        try:
            convert(backup, old, new, wal=False)
            kept += 1
        except StoreError:
            overwrite(backup)
    return kept
