"""Import a bundle: open hardened, validate, plan, then (unless a dry run) back up and write the whole
merge in one transaction. Undo restores the snapshot taken just before.

Any refusal happens before the first write; any failure during the write rolls everything back
and removes the snapshot it had just taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefing_app.bundles import backups, keyring
from briefing_app.bundles.errors import BundleError, UndoError
from briefing_app.bundles.export import ORGANIZATION_KEY
from briefing_app.bundles.format import MAX_SECONDS, SPECS, TableSpec
from briefing_app.bundles.keystore import KeyStore
from briefing_app.bundles.manifest import Manifest
from briefing_app.bundles.plan import MergePlan, plan_merge
from briefing_app.bundles.reader import OpenBundle
from briefing_app.bundles.signing import SignatureCheck, Trust, check_signature, requires_trusted
from briefing_app.bundles.validate import validate
from briefing_app.domain.bundle_rules import provenance_problem
from briefing_app.domain.merge import Decision, Outcome
from briefing_app.domain.models import ALL_RECORD_TABLES
from briefing_app.domain.progress import CancelToken, ProgressFn, no_progress
from briefing_app.store import sync_keys, sync_queue, sync_store, sync_tombstones
from briefing_app.store.sync_queue import ImportEntry, PendingConflict
from briefing_app.store.workspace import Workspace

BATCH = 5000


@dataclass(frozen=True, slots=True)
class ImportReport:
    file_name: str
    manifest: Manifest
    summary: dict[str, dict[str, int]]  # table -> outcome -> count
    applied: bool  # False for a dry run, or when nothing would change
    would_change: bool = True  # False: importing writes nothing (everything is here already)
    import_id: int | None = None
    backup: Path | None = None
    protected: tuple[tuple[str, str], ...] = ()  # (table, key) left alone: internal or personal here
    signature: SignatureCheck = SignatureCheck(Trust.UNSIGNED)
    encrypted: bool = False  # the file was encrypted to us

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
                "tables": self.summary, "totals": self.totals,
                "protected": [{"table": t, "id": k} for t, k in self.protected],
                "signature": {"trust": self.signature.trust.value, "fingerprint": self.signature.fingerprint,
                              "keyring_organization": self.signature.keyring_organization,
                              "text": self.signature.describe(self.manifest.organization)},
                "encrypted": self.encrypted}


def preview(ws: Workspace, path: Path, *, progress: ProgressFn = no_progress,
            cancel: CancelToken | None = None, max_seconds: float = MAX_SECONDS,
            keys: KeyStore | None = None) -> ImportReport:
    return import_bundle(ws, path, dry_run=True, progress=progress, cancel=cancel, max_seconds=max_seconds,
                         keys=keys)


def import_bundle(ws: Workspace, path: Path, *, dry_run: bool = False, progress: ProgressFn = no_progress,
                  cancel: CancelToken | None = None, max_seconds: float = MAX_SECONDS,
                  previewed: Manifest | None = None, now: datetime | None = None,
                  keys: KeyStore | None = None, require_trusted: bool = False) -> ImportReport:
    """Check and merge the bundle at `path`; raises BundleError (workspace untouched) when refused.

    `previewed`: the manifest the user confirmed; a file changed since then is refused.
    `now`: the import time timestamps are checked against (default: the system's UTC clock).
    `keys`: this computer's keys (decrypt, recognise our own signature); `require_trusted`: refuse
    a bundle not signed by a trusted key, as the workspace setting sync.require_trusted does.
    """
    keys = keys or KeyStore()
    identity = keys.identity() if keys.exists() else None
    with OpenBundle(Path(path), cancel=cancel, max_seconds=max_seconds, identity=identity) as bundle:
        if previewed is not None and (bundle.manifest.bundle_id, bundle.manifest.content_digest) != (
                previewed.bundle_id, previewed.content_digest):
            raise BundleError(bundle.name, "the file changed after the preview; check it again.")
        problem = provenance_problem(bundle.manifest.organization, ws.get_meta(ORGANIZATION_KEY))
        if problem:
            raise BundleError(bundle.name, f"refused: {problem}.", table="manifest")
        signature = check_signature(ws, bundle.manifest, bundle.name, keys.public() if keys.exists() else None)
        if (require_trusted or requires_trusted(ws)) and not signature.trusted:
            raise BundleError(bundle.name, "refused: only bundles signed by a trusted partner key are accepted "
                                           f"here, and this one is {signature.describe(bundle.manifest.organization)}.")
        if not signature.trusted and keyring.trusts_organization(ws, bundle.manifest.organization):
            raise BundleError(bundle.name, f"refused: it claims to come from {bundle.manifest.organization}, whose "
                                           "key you trust, but it is "
                                           f"{signature.describe(bundle.manifest.organization)}. Only their key "
                                           "speaks for them (if they changed computers, add their new key in "
                                           "Partner keys).", table="manifest")
        content = validate(bundle, ws, now=now or datetime.now(UTC), progress=progress, cancel=cancel)
        plan = plan_merge(bundle, content, ws)
        protected = tuple(plan.protected())
        encrypted = bundle.encrypted
        if dry_run or not plan.has_changes:
            return ImportReport(bundle.name, bundle.manifest, plan.summary(), applied=False,
                                would_change=plan.has_changes, protected=protected, signature=signature,
                                encrypted=encrypted)
        if cancel is not None:
            cancel.check()
        snapshot = backups.snapshot(ws)
        summary = plan.summary()  # once: it visits every decision
        try:
            import_id = _Writer(ws, bundle, plan, progress, cancel).write(snapshot, signature, summary)
        except BaseException:
            snapshot.unlink(missing_ok=True)
            raise
    backups.rotate(ws)
    return ImportReport(plan.file_name, plan.manifest, summary, True, True, import_id, snapshot, protected,
                        signature, encrypted)


class _Writer:
    """Carries a plan out inside one transaction: rows in batches (read again from the private copy,
    whose bytes must not have changed since validation), bases and provenance, deletions, then the
    queue and the log."""

    def __init__(self, ws: Workspace, bundle: OpenBundle, plan: MergePlan, progress: ProgressFn,
                 cancel: CancelToken | None) -> None:
        self.ws, self.bundle, self.plan = ws, bundle, plan
        self.progress, self.cancel = progress, cancel
        manifest = plan.manifest
        self.provenance = sync_store.Provenance(manifest.organization, manifest.bundle_id, manifest.created_at)
        self.pending: list[PendingConflict] = []
        self.total = max(1, plan.size)
        self.done = 0

    def write(self, snapshot: Path, signature: SignatureCheck, summary: dict[str, dict[str, int]]) -> int:
        manifest, plan = self.plan.manifest, self.plan
        with self.ws.transaction():
            sync_store.defer_foreign_keys(self.ws)
            if signature.trust is Trust.TRUSTED:  # a key trusted by fingerprint learns its public keys
                sync_keys.fill_in_keys(self.ws, signature.fingerprint, manifest.signer_key, manifest.age_recipient)
            import_id = sync_queue.add_import(
                self.ws, bundle_id=manifest.bundle_id, organization=manifest.organization,
                file_name=plan.file_name, bundle_created_at=manifest.created_at, imported_at=self.ws.clock(),
                backup_file=str(snapshot), summary=summary)
            for table, spec in SPECS.items():
                self._check_cancel()
                taken = self._rows(table, spec)
                self._record_bases(table, spec, taken)
            self.bundle.check_unchanged()  # so the rows just written are the rows validated
            for table, decisions in plan.deletions.items():
                self._check_cancel()
                self._deletions(table, decisions)
            sync_queue.queue_conflicts(self.ws, import_id, self.pending)
            sync_queue.log_outcomes(self.ws, import_id, plan.changed())
            self.progress(self.total, self.total, "Saving")
            sync_queue.set_after_digest(self.ws, import_id, _after_import(self.ws))
        return import_id

    def _check_cancel(self) -> None:
        if self.cancel is not None:
            self.cancel.check()

    def _rows(self, table: str, spec: TableSpec) -> list[tuple[str, str]]:
        """Write the rows taken from the bundle and queue those that ask; returns (key, hash) taken."""
        decisions = self.plan.rows.get(table, {})
        hashes = self.plan.content.hashes[table]
        taken: list[tuple[str, str]] = []
        batch: list[tuple[object, ...]] = []
        key_of = spec.key_of
        for _number, row in self.bundle.rows(spec):
            key = key_of(row)
            decision = decisions[key]
            takes = decision.takes_theirs
            if not (takes or decision.asks):
                continue
            if takes:
                batch.append(row)
                taken.append((key, hashes[key]))
            elif (table, key) not in self.plan.queued:
                self._queue(table, key, decision, dict(zip(spec.columns, row, strict=True)), hashes[key])
            if len(batch) >= BATCH:
                self._flush(table, spec, batch)
                batch = []
        self._flush(table, spec, batch)
        return taken

    def _flush(self, table: str, spec: TableSpec, batch: list[tuple[object, ...]]) -> None:
        sync_store.upsert_rows(self.ws, table, spec.columns, batch)
        self.done += len(batch)
        if batch:
            self.progress(self.done, self.total, f"Merging {table}")
            self._check_cancel()

    def _queue(self, table: str, key: str, decision: Decision, theirs: dict[str, Any] | None,
               their_hash: str) -> None:
        self.pending.append(PendingConflict(table, key, str(decision.conflict), theirs, their_hash,
                                            self.plan.sender))

    def _record_bases(self, table: str, spec: TableSpec, taken: list[tuple[str, str]]) -> None:
        """Rows taken now belong to (or stay with) the sender, and both sides agree on them; rows
        found unchanged record the sender's agreement too."""
        sender = self.plan.sender
        sync_store.take_bases(self.ws, sender, table, taken, self.provenance)  # and remembers these versions
        sync_store.set_partner_bases(self.ws, sender, table, self.plan.agreed.get(table, []))
        if spec.is_link:
            sync_tombstones.forget_link_tombstones(self.ws, table, (k for k, _h in taken))
        else:
            deleted_here = sync_tombstones.local_tombstones(self.ws, table)
            sync_tombstones.forget_tombstones(self.ws, [(table, {"id": k}) for k, _h in taken if k in deleted_here])

    def _deletions(self, table: str, decisions: dict[str, Decision]) -> None:
        their_last = self.plan.content.tombstones[table]
        for key, decision in decisions.items():
            if decision.asks and (table, key) not in self.plan.queued:
                self._queue(table, key, decision, None, their_last[key])
        gone = [key for key, d in decisions.items() if d.outcome is Outcome.TOMBSTONE]
        if SPECS[table].is_link:  # removed here too, at their time (never later than now)
            removed_at, now = self.plan.content.removed_at[table], self.ws.clock()
            sync_tombstones.remove_links(self.ws, table, [(k, min(removed_at[k], now)) for k in gone])
            return
        for key in gone:
            if self.ws.get(ALL_RECORD_TABLES[table], key) is not None:  # gone already with a parent
                self.ws.delete(ALL_RECORD_TABLES[table], key)


def workspace_digest(ws: Workspace) -> str:
    """Fingerprint of the shareable content (not sync state): tells whether anything changed since."""
    return sync_store.fingerprint(ws, [(table, spec.columns) for table, spec in SPECS.items()])


COUNTED = "changes:"  # an import's after_digest from schema 14 on: the change counter after it


def _after_import(ws: Workspace) -> str:
    """What undo compares with: the change counter (every row inserted, updated or deleted in a table
    users edit bumps it; store/sync_schema.CHANGE_COUNTED) instead of a fingerprint of every row."""
    return f"{COUNTED}{sync_queue.change_count(ws)}"


def _changed_since(ws: Workspace, entry: ImportEntry) -> bool:
    """Did anything change after this import? Imports recorded before the counter existed carry a
    fingerprint of the shareable rows instead, and are checked against it."""
    if entry.after_digest.startswith(COUNTED):
        return entry.after_digest != _after_import(ws)
    return entry.after_digest != workspace_digest(ws)


def undo_last_import(ws: Workspace, *, force: bool = False) -> ImportEntry:
    """Restore the snapshot taken before the last import; refuses when the workspace changed since,
    unless `force` (those later changes would be lost)."""
    entry = sync_queue.last_import(ws)
    if entry is None:
        raise UndoError("There is no import to undo.", reason=UndoError.NOTHING)
    backup = Path(entry.backup_file)
    if not backup.is_file():
        raise UndoError(f"The backup taken before importing {entry.file_name} is gone ({backup.name}); "
                        "the import cannot be undone.", reason=UndoError.BACKUP_GONE)
    if not force and _changed_since(ws, entry):
        raise UndoError(f"The workspace changed after importing {entry.file_name}; undoing the import would "
                        "also discard those changes. Undo anyway with --force.", reason=UndoError.CHANGED_SINCE)
    backups.restore(ws, backup)
    return entry
