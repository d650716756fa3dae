"""Work functions the pack UI runs as background jobs (no widgets). Previews and saved packs are
built on a read-only connection of their own; a saved pack's export-log row is handed back and
written by the GUI's workspace; a batch holds the write lease for its log (ui/jobs.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing_app.domain.progress import CancelToken, ProgressFn
from briefing_app.domain.tailoring import PackProfile
from briefing_app.packs.batch import BatchItem, Overrides, export_batch
from briefing_app.packs.build import PackResult, build_pack, write_atomically
from briefing_app.store.workspace import Workspace, WorkspaceFile


@dataclass(frozen=True, slots=True)
class Saved:
    result: PackResult
    path: Path


def preview(file: WorkspaceFile, profile: PackProfile, progress: ProgressFn, token: CancelToken) -> PackResult:
    progress(0, 0, "Laying out the pack…")
    with file.open_read_only() as ws:
        token.check()
        return build_pack(ws, profile)


def save(file: WorkspaceFile, profile: PackProfile, target: Path, progress: ProgressFn,
         token: CancelToken) -> Saved:
    """Build and write the PDF atomically; the caller records it in the export log."""
    progress(0, 0, f"Writing {target.name}…")
    with file.open_read_only() as ws:
        result = build_pack(ws, profile)
    token.check()
    write_atomically(target, result.pdf)
    return Saved(result, target)


def batch(ids: list[str], folder: Path, overrides: Overrides, workers: int | None, ws: Workspace,
          progress: ProgressFn, token: CancelToken) -> list[BatchItem]:
    """One pack per delegation on a process pool; `ws` (the write lease) records each in the log."""
    progress(0, len(ids), "Starting workers…")
    return export_batch(ws, ids, folder, overrides=overrides, workers=workers, progress=progress, cancel=token)
