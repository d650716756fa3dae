"""Write a bundle: a fresh SQLite file holding only the chosen rows, replaced atomically at the end.

Withheld rows are never written (not inserted-then-deleted), secure_delete is on and the file is
VACUUMed, so no freed page can hold withheld text. The file has no triggers, views or FTS tables.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyrage
from pyrage import x25519

from briefing_app import __version__
from briefing_app.bundles.errors import ExportError
from briefing_app.bundles.format import (
    FORMAT_VERSION,
    LINK_SPECS,
    MANIFEST_DDL,
    SPECS,
    TOMBSTONES_DDL,
    Digest,
    insert_sql,
)
from briefing_app.bundles.keystore import KeyStore
from briefing_app.bundles.manifest import Manifest
from briefing_app.bundles.selection import Selection, allowed_sensitivities, choose_rows
from briefing_app.bundles.signing import sign
from briefing_app.domain.merge import row_hash
from briefing_app.domain.progress import CancelToken, ProgressFn, no_progress
from briefing_app.store import cipher, sync_store, sync_tombstones
from briefing_app.store.migrations import latest_version
from briefing_app.store.schema import APPLICATION_ID
from briefing_app.store.workspace import Workspace, utc_now

ORGANIZATION_KEY = "sync.organization"


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    manifest: Manifest
    withheld: dict[str, int]  # table -> rows left out (sensitivity, or a reference to a row left out)


def export_bundle(ws: Workspace, out: Path, *, selection: Selection | None = None, include_internal: bool = False,
                  description: str = "", organization: str | None = None, progress: ProgressFn = no_progress,
                  cancel: CancelToken | None = None, now: str | None = None, keys: KeyStore | None = None,
                  recipients: Sequence[str] = ()) -> ExportResult:
    """Write the bundle to `out` (replacing it only once complete) and return what went in.

    The bundle is signed with this computer's key (`keys`, default: the data folder's); with
    `recipients` (age recipients, `age1…`) it is encrypted so that only they can read it.
    Raises ExportError when no organization is named: partners refuse a bundle without one."""
    sender = ws.get_meta(ORGANIZATION_KEY) if organization is None else organization
    if not sender.strip():
        raise ExportError("name your organization first (it goes into the bundle, and partners refuse a "
                          "bundle that does not say who made it)", reason=ExportError.NO_ORGANIZATION)
    chosen_selection = selection or Selection()
    chosen = choose_rows(ws, chosen_selection, include_internal)
    if not chosen_selection.whole and not any(chosen.values()):
        raise ExportError("the selection holds no shareable rows (nothing matched, or all of it is internal "
                          "or personal); no bundle was written", reason=ExportError.EMPTY_SELECTION)
    totals = sync_store.tables_with_rows(ws)
    out = Path(out)
    handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        manifest, hashes = _write(ws, temp, chosen, include_internal, description, sender.strip(),
                                  now or utc_now(), keys or KeyStore(), progress, cancel)
        if recipients:
            _encrypt(temp, recipients)
        os.replace(temp, out)
    except BaseException as error:
        temp.unlink(missing_ok=True)
        if _disk_full(error):
            raise ExportError(f"the disk is full: {out.name} could not be written to {out.parent} (nothing was "
                              "written; free some space or choose another place)",
                              reason=ExportError.DISK_FULL) from error
        raise
    with ws.transaction():
        for table, items in hashes.items():
            sync_store.add_missing_bases(ws, table, items)
    withheld = {t: totals[t] - len(chosen[t]) for t in SPECS if totals[t] - len(chosen[t])}
    return ExportResult(out, manifest, withheld)


def _disk_full(error: BaseException) -> bool:
    """ENOSPC from the file system, or SQLite's SQLITE_FULL while it wrote the bundle file."""
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return isinstance(error, cipher.errors()) and getattr(error, "sqlite_errorname", "") == "SQLITE_FULL"


def _encrypt(path: Path, recipients: Sequence[str]) -> None:
    """Replace the finished file by its age encryption to `recipients` (same folder, then renamed)."""
    try:
        keys = [x25519.Recipient.from_str(r.strip()) for r in recipients]
    except pyrage.RecipientError as error:
        raise ExportError(f"not an age recipient key: {error}", reason=ExportError.BAD_RECIPIENT) from None
    sealed = path.with_name(path.name + ".age")
    try:
        pyrage.encrypt_file(str(path), str(sealed), keys)
        with sealed.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(sealed, path)
    finally:
        sealed.unlink(missing_ok=True)


def _write(ws: Workspace, path: Path, chosen: dict[str, set[str]], include_internal: bool, description: str,
           organization: str, now: str, keys: KeyStore, progress: ProgressFn,
           cancel: CancelToken | None) -> tuple[Manifest, dict[str, list[tuple[str, str]]]]:
    tombstones = _tombstones(ws, include_internal, chosen)
    version = FORMAT_VERSION
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("secure_delete = ON", "journal_mode = OFF", "synchronous = OFF",
                       f"application_id = {APPLICATION_ID}", f"user_version = {version}"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("BEGIN")
        for ddl in (MANIFEST_DDL, TOMBSTONES_DDL, *(s.ddl for s in SPECS.values())):
            conn.execute(ddl)
        digest = Digest()
        hashes: dict[str, list[tuple[str, str]]] = {}
        counts: dict[str, int] = {}
        total = sum(len(chosen_keys) for chosen_keys in chosen.values())
        done = 0
        for table, spec in SPECS.items():
            wanted = chosen[table]
            batch: list[tuple[object, ...]] = []
            hashes[table] = []
            for row in sync_store.iter_rows(ws, table, spec.columns):
                key = spec.key_of(row)
                if key not in wanted:
                    continue
                batch.append(row)
                hashes[table].append((key, row_hash(row)))
                if len(batch) >= 1000:
                    conn.executemany(insert_sql(spec), batch)
                    done += len(batch)
                    batch = []
                    progress(done, total, f"Writing {table}")
                    if cancel is not None:
                        cancel.check()
            conn.executemany(insert_sql(spec), batch)
            done += len(batch)
            digest.add_all(table, hashes[table])
            counts[table] = len(hashes[table])
        conn.executemany("INSERT INTO tombstones (table_name, row_id, deleted_at, last_hash) VALUES (?, ?, ?, ?)",
                         tombstones)
        digest.add_all("tombstones", ((f"{t[0]} {t[1]}", row_hash(t)) for t in tombstones))
        counts["tombstones"] = len(tombstones)
        manifest = Manifest(bundle_id=str(uuid.uuid4()), organization=organization, created_at=now,
                            app_version=__version__, description=description, content_digest=digest.hexdigest(),
                            counts=counts, schema_version=latest_version(), format_version=version)
        manifest = sign(manifest, keys)
        conn.executemany("INSERT INTO manifest (key, value) VALUES (?, ?)", manifest.rows())
        conn.execute("COMMIT")
        progress(total, total, "Compacting")
        conn.execute("VACUUM")
    finally:
        conn.close()
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
    return manifest, hashes


def _tombstones(ws: Workspace, include_internal: bool, chosen: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """Deletions that may travel, only while the row is still gone: of records whose sensitivity may,
    and of links whose two ends both go in this bundle."""
    found: list[tuple[str, ...]] = list(sync_tombstones.tombstones_for_export(ws, allowed_sensitivities(include_internal)))
    for removal in sync_tombstones.link_tombstones_for_export(ws):
        spec = LINK_SPECS[removal[0]]
        ends = zip((target for _column, target in spec.references), removal[1].split(" "), strict=True)
        if all(end in chosen[target] for target, end in ends):
            found.append(removal)
    present = {table: sync_store.existing_keys(ws, table) for table in {t[0] for t in found}}
    return [t for t in found if t[1] not in present[t[0]]]
