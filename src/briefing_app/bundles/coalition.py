"""A coalition folder: a folder that a sync engine (Syncthing, Nextcloud, a network share) keeps in
step between organizations. Each organization writes its own signed bundle there; each reads the
others' bundles from it.

Nothing is imported from the folder without the user's say unless its signature is trusted:
`sync_folder(..., auto=True)` imports only bundles signed by a key in the keyring for the
organization they name; every other bundle is offered (preview first, then the usual import).
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.bundles.errors import BundleError, ExportError
from briefing_app.bundles.format import SUFFIX
from briefing_app.store import sync_queue
from briefing_app.store.workspace import Workspace

if TYPE_CHECKING:  # the import, export and key code load when a sync runs (the app's start-up stays light)
    from briefing_app.bundles.apply import ImportReport
    from briefing_app.bundles.export import ExportResult
    from briefing_app.bundles.keystore import KeyStore

FOLDER_KEY = "sync.coalition_folder"  # workspace setting: the shared folder's path
INTERVAL_KEY = "sync.coalition_minutes"  # how often the app publishes and looks (0: only on request)
PUBLISHED_KEY = "sync.coalition_published"  # content fingerprint of what we last wrote there
AUTO_KEY = "sync.coalition_auto"  # '1': the app's schedule imports bundles signed by trusted keys
DEFAULT_MINUTES = 15
MAX_OFFERS = 200  # bundles looked at per scan (a folder is no place for thousands)


class CoalitionError(ExportError):
    """The coalition folder is not set, missing or not writable."""


@dataclass(frozen=True, slots=True)
class Offer:
    """A partner's bundle in the folder: what importing it would do, or why it cannot be used."""

    path: Path
    report: ImportReport | None  # None: refused (see problem)
    problem: str = ""

    @property
    def trusted(self) -> bool:
        from briefing_app.bundles.signing import Trust

        return self.report is not None and self.report.signature.trust is Trust.TRUSTED

    @property
    def worth_importing(self) -> bool:
        return self.report is not None and self.report.would_change


@dataclass
class SyncResult:
    published: ExportResult | None = None
    imported: list[ImportReport] | None = None
    offers: list[Offer] | None = None


def folder_of(ws: Workspace) -> Path:
    value = ws.get_meta(FOLDER_KEY)
    if not value:
        raise CoalitionError("no coalition folder is set (briefing-app coalition folder PATH).")
    folder = Path(value)
    if not folder.is_dir():
        raise CoalitionError(f"the coalition folder {folder} does not exist (is the sync engine running?).")
    return folder


def set_folder(ws: Workspace, folder: Path, minutes: int = DEFAULT_MINUTES) -> None:
    if not folder.is_dir():
        raise CoalitionError(f"{folder} is not a folder.")
    ws.set_meta(FOLDER_KEY, str(folder.resolve()))
    ws.set_meta(INTERVAL_KEY, str(max(0, minutes)))


def own_file_name(organization: str) -> str:
    """Our bundle's name in the folder: the organization as a plain file name (one file, replaced)."""
    ascii_name = unicodedata.normalize("NFKD", organization).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-").lower()[:60] or "organization"
    return f"{slug}{SUFFIX}"


def publish(ws: Workspace, *, keys: KeyStore | None = None, force: bool = False) -> ExportResult | None:
    """Write our signed bundle (public and coalition rows) into the folder; None when nothing changed
    since the last time (unless `force`)."""
    from briefing_app.bundles.apply import workspace_digest
    from briefing_app.bundles.export import ORGANIZATION_KEY, export_bundle

    folder = folder_of(ws)
    out = folder / own_file_name(ws.get_meta(ORGANIZATION_KEY) or "organization")
    state = workspace_digest(ws)
    if not force and state == ws.get_meta(PUBLISHED_KEY) and out.is_file():
        return None  # rewriting it would make every partner see a "new" bundle
    result = export_bundle(ws, out, keys=keys, description="coalition folder")
    ws.set_meta(PUBLISHED_KEY, state)
    return result


def offers(ws: Workspace, *, keys: KeyStore | None = None) -> list[Offer]:
    """Partners' bundles in the folder, newest first, each checked (dry run) against the workspace;
    our own and those already imported are left out."""
    from briefing_app.bundles.apply import preview
    from briefing_app.bundles.export import ORGANIZATION_KEY
    from briefing_app.bundles.keystore import KeyStore

    folder = folder_of(ws)
    keys = keys or KeyStore()
    own = keys.public().fingerprint if keys.exists() else ""
    imported = sync_queue.imported_bundle_ids(ws)
    found: list[Offer] = []
    ours = own_file_name(ws.get_meta(ORGANIZATION_KEY) or "organization")
    candidates = sorted((p for p in folder.glob(f"*{SUFFIX}")
                         if p.is_file() and not p.name.startswith(".") and p.name != ours),
                        key=lambda p: p.stat().st_mtime, reverse=True)[:MAX_OFFERS]
    for path in candidates:
        try:
            report = preview(ws, path, keys=keys)
        except BundleError as error:
            found.append(Offer(path, None, str(error)))
            continue
        if report.signature.fingerprint == own or report.manifest.bundle_id in imported:
            continue
        found.append(Offer(path, report))
    return found


def sync_folder(ws: Workspace, *, keys: KeyStore | None = None, auto: bool = False,
                publish_first: bool = True) -> SyncResult:
    """Publish ours (when changed), then import partners' bundles that are trusted (with `auto`) and
    return the rest as offers."""
    from briefing_app.bundles.apply import import_bundle
    from briefing_app.bundles.keystore import KeyStore

    keys = keys or KeyStore()
    result = SyncResult(publish(ws, keys=keys) if publish_first else None, [], [])
    assert result.imported is not None and result.offers is not None
    for offer in offers(ws, keys=keys):
        if auto and offer.trusted and offer.worth_importing and offer.report is not None:
            try:
                result.imported.append(import_bundle(ws, offer.path, keys=keys, previewed=offer.report.manifest,
                                                     require_trusted=True))
            except BundleError as error:  # changed since the preview (the sync engine wrote a newer one)
                result.offers.append(Offer(offer.path, None, str(error)))
        elif offer.report is None or offer.worth_importing:
            result.offers.append(offer)
    return result


def due(ws: Workspace, last_run: float, now: float | None = None) -> bool:
    """Is a scheduled publish-and-look due (the app's timer asks once a minute)?"""
    minutes = ws.get_meta(INTERVAL_KEY, str(DEFAULT_MINUTES))
    interval = int(minutes) * 60 if minutes.isdigit() else DEFAULT_MINUTES * 60
    return bool(ws.get_meta(FOLDER_KEY)) and interval > 0 and (now or time.time()) - last_run >= interval
