"""Work functions the pack UI runs as background jobs (no widgets; each opens its own connection)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing_app.domain.progress import CancelToken, ProgressFn
from briefing_app.domain.tailoring import PackProfile
from briefing_app.packs.batch import BatchItem, Overrides, export_batch, open_read_only
from briefing_app.packs.build import PackResult, build_pack, save_pack
from briefing_app.store.workspace import Workspace


@dataclass(frozen=True, slots=True)
class Saved:
    result: PackResult
    path: Path


def preview(db: Path, profile: PackProfile, progress: ProgressFn, token: CancelToken) -> PackResult:
    """Build the pack on a read-only connection (the GUI's own connection stays on its thread)."""
    progress(0, 0, "Laying out the pack…")
    ws = open_read_only(db)
    try:
        token.check()
        return build_pack(ws, profile)
    finally:
        ws.close()


def save(db: Path, profile: PackProfile, target: Path, progress: ProgressFn, token: CancelToken) -> Saved:
    """Build, write atomically and log the export through a connection of this worker."""
    progress(0, 0, f"Writing {target.name}…")
    with Workspace.open(db, create=False) as ws:
        result = build_pack(ws, profile)
        token.check()
        save_pack(ws, result, target)
    return Saved(result, target)


def batch(db: Path, ids: list[str], folder: Path, overrides: Overrides, workers: int | None,
          progress: ProgressFn, token: CancelToken) -> list[BatchItem]:
    """One pack per delegation on a process pool; this worker thread writes the export log."""
    progress(0, len(ids), "Starting workers…")
    with Workspace.open(db, create=False) as ws:
        return export_batch(ws, ids, folder, overrides=overrides, workers=workers, progress=progress,
                            cancel=token)
