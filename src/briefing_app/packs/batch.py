"""Packs for many delegations at once, on every core: a process pool whose workers open the
workspace read-only, build and write the PDFs; the caller's process alone writes the export log.

Workers start with "spawn" (safe beside Qt's threads, and what Windows/macOS use anyway).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path

from briefing_app.domain.enums import Severity
from briefing_app.domain.models import Delegation
from briefing_app.domain.progress import Cancelled, CancelToken, ProgressFn, no_progress
from briefing_app.domain.tailoring import PackProfile, PackTemplate
from briefing_app.packs.build import build_pack, pack_file_name, pack_stem, write_atomically
from briefing_app.packs.gather import Common, read_common
from briefing_app.store.cipher import Key
from briefing_app.store.packs_store import load_profile, record_export
from briefing_app.store.workspace import Workspace, WorkspaceFile
from briefing_app.workarounds import install_workarounds


@dataclass(frozen=True, slots=True)
class Overrides:
    """Settings that replace each delegation's saved profile for this batch (None: keep)."""

    template: PackTemplate | None = None
    min_severity: Severity | None = None
    complete: bool = False  # every qualifying provision and concern (not briefing-sized)
    language: str | None = None

    def apply(self, profile: PackProfile) -> PackProfile:
        if self.language is not None:
            profile = replace(profile, language=self.language)
        if self.template is not None:
            profile = replace(profile, template=self.template)
        if self.min_severity is not None:
            profile = replace(profile, min_severity=self.min_severity)
        if self.complete:
            profile = replace(profile, complete=True)
        return profile


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One delegation's outcome; `error` is empty on success."""

    delegation_id: str
    delegation_name: str
    file_name: str
    pages: int = 0
    sha256: str = ""
    warnings: tuple[str, ...] = ()
    error: str = ""
    profile: PackProfile | None = None
    data_version: str = ""


def file_stems(delegations: Sequence[Delegation]) -> dict[str, str]:
    """A distinct file-name stem per delegation (`briefing-ke`); the worker adds the template and
    date of the pack it built (packs.build.pack_file_name), as a single export does."""
    stems: dict[str, str] = {}
    taken: set[str] = set()
    for d in delegations:
        stem = pack_stem(d)
        if stem in taken:
            stem = f"{stem}-{d.id[:8]}"
        taken.add(stem)
        stems[d.id] = stem
    return stems


def open_read_only(path: Path, key: Key | None = None) -> Workspace:
    return Workspace.open_read_only(path, key=key)


_WORKER: dict[str, object] = {}


def _worker_init(db: str, key: str) -> None:
    """`key`: an encrypted workspace's key as hex ("" for a plain one), sent through the pool's
    pipe, never on a command line."""
    install_workarounds()  # a spawned process starts from scratch
    _WORKER["ws"] = open_read_only(Path(db), Key.from_hex(key) if key else None)


def _build_one(delegation_id: str, folder: str, stem: str, overrides: Overrides) -> BatchItem:
    """Runs in a worker process: build one pack and write it; errors come back as data."""
    ws = _WORKER["ws"]
    assert isinstance(ws, Workspace)
    return _export(ws, delegation_id, Path(folder), stem, overrides, _WORKER)


def _export(ws: Workspace, delegation_id: str, folder: Path, stem: str, overrides: Overrides,
            cache: dict[str, object]) -> BatchItem:
    delegation = ws.get(Delegation, delegation_id)
    name = delegation.name if delegation else delegation_id
    target = folder / f"{stem}.pdf"
    try:
        profile = overrides.apply(load_profile(ws, delegation_id))
        key = f"common:{profile.version_id}"
        common = cache.get(key)
        if not isinstance(common, Common):
            common = cache[key] = read_common(ws, profile.version_id)
        result = build_pack(ws, profile, common=common)
        target = folder / pack_file_name(result.plan, stem)
        write_atomically(target, result.pdf)
    except Exception as error:  # one bad pack must not sink the batch; reported per delegation
        return BatchItem(delegation_id, name, target.name, error=f"{type(error).__name__}: {error}")
    return BatchItem(delegation_id, name, target.name, result.pages, result.sha256, result.warnings,
                     profile=profile, data_version=result.data_version)


def export_batch(ws: Workspace, delegation_ids: Sequence[str], out_dir: Path, *,
                 overrides: Overrides = Overrides(), workers: int | None = None,
                 progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> list[BatchItem]:
    """Write one pack per delegation into `out_dir` and log each written file in `ws`.

    `workers` defaults to the number of cores; 1 builds in this process. Cancel stops handing out
    work; packs already written stay written and logged, then Cancelled is raised.
    """
    token = cancel or CancelToken()
    delegations = [d for d in (ws.get(Delegation, i) for i in delegation_ids) if d is not None]
    stems = file_stems(delegations)
    out_dir.mkdir(parents=True, exist_ok=True)
    count = workers or os.cpu_count() or 1
    done: list[BatchItem] = []

    def finish(item: BatchItem) -> None:
        if not item.error and item.profile is not None:
            record_export(ws, profile=item.profile, delegation_name=item.delegation_name,
                          file_name=item.file_name, sha256=item.sha256, pages=item.pages,
                          data_version=item.data_version)
        done.append(item)
        progress(len(done), len(delegations), item.delegation_name)

    if count <= 1 or len(delegations) <= 1:
        cache: dict[str, object] = {}
        for d in delegations:
            token.check()
            finish(_export(ws, d.id, out_dir, stems[d.id], overrides, cache))
        return done
    _run_pool(ws.file, delegations, stems, out_dir, overrides, min(count, len(delegations)), token, finish)
    return done


def _run_pool(db: WorkspaceFile, delegations: Sequence[Delegation], stems: dict[str, str], out_dir: Path,
              overrides: Overrides, workers: int, token: CancelToken,
              finish: Callable[[BatchItem], None]) -> None:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_init,
                             initargs=(str(db.path), db.key.hex() if db.key else "")) as pool:
        queue = list(reversed(delegations))
        running: set[Future[BatchItem]] = set()
        while queue or running:
            while queue and len(running) < workers * 2 and not token.cancelled:
                d = queue.pop()
                running.add(pool.submit(_build_one, d.id, str(out_dir), stems[d.id], overrides))
            if not running:
                break
            finished, running = wait(running, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in finished:
                finish(future.result())
        if token.cancelled:
            raise Cancelled()
