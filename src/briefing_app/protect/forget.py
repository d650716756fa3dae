"""Forget a workspace (issue #13): its file, WAL and shared-memory files, its backups and any
conversion leftovers are overwritten and removed, and its key is dropped from this process. The
window also drops it from the recent files and settings (ui/protect)."""

from __future__ import annotations

from pathlib import Path

from briefing_app import paths
from briefing_app.bundles.backups import snapshots_of
from briefing_app.bundles.sweep import sweep_stale_copies
from briefing_app.protect import os_keyring
from briefing_app.store import cipher
from briefing_app.store.convert import overwrite


def leftovers(path: Path) -> list[Path]:
    """Every file that belongs to the workspace at `path`, the file itself first."""
    found = [path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]
    found += sorted(path.parent.glob(f".{path.name}.*.converting*"))
    found += snapshots_of(path)
    return [p for p in found if p.exists()]


def forget_workspace(path: Path) -> list[Path]:
    """Overwrite and remove the workspace's files (close it first); returns what was removed.
    Private bundle copies that no running import uses are removed too."""
    removed = leftovers(path)
    for file in removed:
        overwrite(file)
    sweep_stale_copies(paths.data_dir() / "tmp")
    cipher.KEYCHAIN.forget(path)
    os_keyring.forget(path)
    return removed
