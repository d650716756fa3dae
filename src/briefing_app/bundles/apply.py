"""Import a bundle: open hardened, validate, plan, then (unless a dry run) back up and write the whole
merge in one transaction. Undo restores the snapshot taken just before.

Any refusal happens before the first write; any failure during the write rolls everything back
and removes the snapshot it had just taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing_app.bundles import backups
from briefing_app.bundles.errors import BundleError, UndoError
from briefing_app.bundles.format import MAX_SECONDS, SPECS
from briefing_app.bundles.manifest import Manifest
from briefing_app.bundles.plan import MergePlan, plan_merge
from briefing_app.bundles.reader import OpenBundle
from briefing_app.bundles.validate import validate
from briefing_app.domain.merge import Outcome, row_hash
from briefing_app.domain.models import RECORD_TABLES
from briefing_app.domain.progress import CancelToken, ProgressFn, no_progress
from briefing_app.store import sync_store
from briefing_app.store.workspace import Workspace

BATCH = 1000


@dataclass(frozen=True, slots=True)
class ImportReport:
    file_name: str
    manifest: Manifest
    summary: dict[str, dict[str, int]]  # table -> outcome -> count
    applied: bool  # False for a dry run, or when nothing would change
    would_change: bool = True  # False: importing writes nothing (everything is here already)
    import_id: int | None = None
    backup: Path | None = None

    @property
    def totals(self) -> dict[str, int]:
        result = {o.value: 0 for o in Outcome}
        for counts in self.summary.values():
            for outcome, n in counts.items():
                result[outcome] += n
        return result

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file_name, "bundle_id": self.manifest.bundle_id,
                "organization": self.manifest.organization, "created_at": self.manifest.created_at,
                "description": self.manifest.description, "applied": self.applied,
                "tables": self.summary, "totals": self.totals}


def preview(ws: Workspace, path: Path, *, progress: ProgressFn = no_progress,
            cancel: CancelToken | None = None, max_seconds: float = MAX_SECONDS) -> ImportReport:
    return import_bundle(ws, path, dry_run=True, progress=progress, cancel=cancel, max_seconds=max_seconds)


def import_bundle(ws: Workspace, path: Path, *, dry_run: bool = False, progress: ProgressFn = no_progress,
                  cancel: CancelToken | None = None, max_seconds: float = MAX_SECONDS,
                  previewed: Manifest | None = None) -> ImportReport:
    """Check and merge the bundle at `path`; raises BundleError (workspace untouched) when refused.

    `previewed`: the manifest the user confirmed; a file changed since then is refused.
    """
    with OpenBundle(Path(path), cancel=cancel, max_seconds=max_seconds) as bundle:
        if previewed is not None and (bundle.manifest.bundle_id, bundle.manifest.content_digest) != (
                previewed.bundle_id, previewed.content_digest):
            raise BundleError(bundle.name, "the file changed after the preview; check it again.")
        content = validate(bundle, ws.conn, progress=progress, cancel=cancel)
        plan = plan_merge(bundle, content, ws.conn)
        if dry_run or not plan.has_changes:
            return ImportReport(bundle.name, bundle.manifest, plan.summary(), applied=False,
                                would_change=plan.has_changes)
        if cancel is not None:
            cancel.check()
        snapshot = backups.snapshot(ws)
        try:
            import_id = _write(ws, bundle, plan, snapshot, progress, cancel)
        except BaseException:
            snapshot.unlink(missing_ok=True)
            raise
    backups.rotate(ws)
    return ImportReport(plan.file_name, plan.manifest, plan.summary(), True, True, import_id, snapshot)


def _write(ws: Workspace, bundle: OpenBundle, plan: MergePlan, snapshot: Path, progress: ProgressFn,
           cancel: CancelToken | None) -> int:
    conn = ws.conn
    manifest = plan.manifest
    provenance = sync_store.Provenance(manifest.organization, manifest.bundle_id, manifest.created_at)
    total = max(1, sum(1 for _ in plan.log()))
    done = 0
    with ws.transaction():
        sync_store.defer_foreign_keys(conn)
        import_id = sync_store.add_import(
            conn, bundle_id=manifest.bundle_id, organization=manifest.organization, file_name=plan.file_name,
            bundle_created_at=manifest.created_at, imported_at=ws.clock(), backup_file=str(snapshot),
            summary=plan.summary())
        conflicts: list[tuple[str, str, str, dict[str, Any] | None, str, str]] = []
        for table, spec in SPECS.items():
            decisions = plan.rows.get(table, {})
            taken: list[tuple[str, str]] = []
            batch: list[tuple[object, ...]] = []
            for _number, row in bundle.rows(spec):
                key = spec.key_of(row)
                decision = decisions[key]
                if decision.takes_theirs or decision.outcome is Outcome.CONFLICT:
                    if row_hash(row) != plan.content.hashes[table][key]:
                        raise RuntimeError(f"{bundle.name}: {table} row {key} changed while importing")
                if decision.takes_theirs:
                    batch.append(row)
                    taken.append((key, plan.content.hashes[table][key]))
                elif decision.outcome is Outcome.CONFLICT and (table, key) not in plan.queued:
                    conflicts.append((table, key, str(decision.conflict), dict(zip(spec.columns, row, strict=True)),
                                      plan.content.hashes[table][key], manifest.organization))
                if len(batch) >= BATCH:
                    sync_store.upsert_rows(conn, table, spec.columns, batch)
                    done += len(batch)
                    batch = []
                    progress(done, total, f"Merging {table}")
                    if cancel is not None:
                        cancel.check()
            sync_store.upsert_rows(conn, table, spec.columns, batch)
            done += len(batch)
            if cancel is not None:
                cancel.check()
            sync_store.set_bases(conn, table, taken, provenance)
            sync_store.set_bases(conn, table, plan.stale_bases.get(table, []), None)
            if spec.is_link:
                sync_store.forget_link_tombstones(conn, table, (k for k, _h in taken))
            else:
                deleted_here = sync_store.local_tombstones(conn, table)
                sync_store.forget_tombstones(conn, [(table, {"id": k}) for k, _h in taken if k in deleted_here])
        for table, decisions in plan.deletions.items():
            if SPECS[table].is_link:  # removed here too, at their time (never later than now)
                removed_at, now = plan.content.removed_at[table], ws.clock()
                sync_store.remove_links(conn, table, [(k, min(removed_at[k], now)) for k, d in decisions.items()
                                                      if d.outcome is Outcome.TOMBSTONE])
                continue
            for key, decision in decisions.items():
                if decision.outcome is Outcome.TOMBSTONE:
                    if ws.get(RECORD_TABLES[table], key) is not None:  # gone already with a parent
                        ws.delete(RECORD_TABLES[table], key)
                elif decision.outcome is Outcome.CONFLICT and (table, key) not in plan.queued:
                    conflicts.append((table, key, str(decision.conflict), None,
                                      plan.content.tombstones[table][key], manifest.organization))
            if cancel is not None:
                cancel.check()
        sync_store.queue_conflicts(conn, import_id, conflicts)
        sync_store.log_outcomes(conn, import_id, ((o.table, o.key, o.decision.outcome.value) for o in plan.log()
                                                  if o.decision.outcome is not Outcome.UNCHANGED))
        progress(total, total, "Saving")
        sync_store.set_after_digest(conn, import_id, workspace_digest(ws))
    return import_id


def workspace_digest(ws: Workspace) -> str:
    """Fingerprint of the shareable content (not sync state): tells whether anything changed since."""
    return sync_store.fingerprint(ws.conn, [(table, spec.columns) for table, spec in SPECS.items()])


def undo_last_import(ws: Workspace, *, force: bool = False) -> sync_store.ImportEntry:
    """Restore the snapshot taken before the last import; refuses when the workspace changed since,
    unless `force` (those later changes would be lost)."""
    entry = sync_store.last_import(ws.conn)
    if entry is None:
        raise UndoError("There is no import to undo.", reason=UndoError.NOTHING)
    backup = Path(entry.backup_file)
    if not backup.is_file():
        raise UndoError(f"The backup taken before importing {entry.file_name} is gone ({backup.name}); "
                        "the import cannot be undone.", reason=UndoError.BACKUP_GONE)
    if not force and workspace_digest(ws) != entry.after_digest:
        raise UndoError(f"The workspace changed after importing {entry.file_name}; undoing the import would "
                        "also discard those changes. Undo anyway with --force.", reason=UndoError.CHANGED_SINCE)
    backups.restore(ws, backup)
    return entry
