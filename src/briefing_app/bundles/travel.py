"""Travel copies (issue #13): a new encrypted workspace holding only what a trip needs (chosen
documents and delegations, through the bundle selection in bundles/selection.py), without personal
records unless asked, so that a seized laptop reveals little. Rows are copied exactly (ids and
timestamps kept); the copy names itself as its own organization ("… (travel copy)") so that after
the trip its bundle merges back through the ordinary import: new rows come in, changes to the home
workspace's rows wait as proposals to accept (`bundle pending` / Tools → Resolve conflicts…).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing_app.bundles.export import ORGANIZATION_KEY
from briefing_app.bundles.format import SPECS
from briefing_app.bundles.selection import Selection, choose_rows
from briefing_app.errors import UserError
from briefing_app.store import cipher, sync_store
from briefing_app.store.cipher import Key
from briefing_app.store.convert import overwrite
from briefing_app.store.workspace import Workspace, utc_now

TRAVEL_OF_KEY = "travel.copy_of"
BATCH = 1000


class TravelCopyError(UserError):
    """A travel copy cannot be made as asked; nothing was written."""

    reason = "travel-copy"


@dataclass(frozen=True, slots=True)
class TravelCopy:
    path: Path
    counts: dict[str, int]  # table -> rows copied
    organization: str  # the name its bundles carry


def travel_organization(home: str, day: str) -> str:
    return f"{home or 'Our organization'} (travel copy {day})"


def make_travel_copy(ws: Workspace, target: Path, key: Key, selection: Selection, *,
                     include_internal: bool = True, include_personal: bool = False) -> TravelCopy:
    """Write the chosen rows into a new workspace at `target`, encrypted under `key`. Refused when
    `target` exists or the selection is empty; a failure removes the partial file."""
    target = Path(target)
    if target.exists():
        raise TravelCopyError(f"{target.name} already exists; choose a new file for the travel copy.")
    if selection.whole:
        raise TravelCopyError("Choose the documents and delegations the trip needs (a travel copy of "
                              "everything would reveal everything).")
    chosen = choose_rows(ws, selection, include_internal, include_personal=include_personal)
    if not any(chosen.values()):
        raise TravelCopyError("Nothing matched the choice; no travel copy was written.")
    organization = travel_organization(ws.get_meta(ORGANIZATION_KEY), utc_now()[:10])
    try:
        with Workspace.open(target, key=key) as copy, copy.transaction():
            sync_store.defer_foreign_keys(copy)
            counts = {table: _copy_table(ws, copy, table, chosen[table]) for table in SPECS}
            copy.set_meta(ORGANIZATION_KEY, organization)
            copy.set_meta(TRAVEL_OF_KEY, ws.path.name)
    except BaseException:
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            overwrite(leftover)
        cipher.KEYCHAIN.forget(target)
        raise
    return TravelCopy(target, {t: n for t, n in counts.items() if n}, organization)


def _copy_table(ws: Workspace, copy: Workspace, table: str, wanted: set[str]) -> int:
    spec = SPECS[table]
    batch: list[tuple[object, ...]] = []
    copied = 0
    for row in sync_store.iter_rows(ws, table, spec.columns):
        if spec.key_of(row) in wanted:
            batch.append(row)
            if len(batch) >= BATCH:
                sync_store.upsert_rows(copy, table, spec.columns, batch)
                copied, batch = copied + len(batch), []
    if batch:
        sync_store.upsert_rows(copy, table, spec.columns, batch)
    return copied + len(batch)
