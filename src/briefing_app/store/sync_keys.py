"""SQL for the partner keyring (table sync_partner_keys, store/sync_schema.py): which public keys
this workspace trusts for which partner organization."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_app.store.workspace import Workspace


@dataclass(frozen=True, slots=True)
class PartnerKey:
    fingerprint: str
    organization: str
    signing_key: str  # '' until the key file or a first signed bundle brought it
    age_recipient: str
    added_at: str
    source: str  # 'file' or 'fingerprint'


_COLUMNS = "fingerprint, organization, signing_key, age_recipient, added_at, source"


def partner_keys(ws: Workspace) -> list[PartnerKey]:
    rows = ws.conn.execute(f"SELECT {_COLUMNS} FROM sync_partner_keys ORDER BY organization, added_at")
    return [PartnerKey(*row) for row in rows]


def key_by_fingerprint(ws: Workspace, fingerprint: str) -> PartnerKey | None:
    row = ws.conn.execute(f"SELECT {_COLUMNS} FROM sync_partner_keys WHERE fingerprint = ?",
                          (fingerprint,)).fetchone()
    return None if row is None else PartnerKey(*row)


def add_key(ws: Workspace, key: PartnerKey) -> None:
    """Add or replace the entry for this fingerprint."""
    with ws.transaction():
        ws.conn.execute(f"INSERT OR REPLACE INTO sync_partner_keys ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
                        (key.fingerprint, key.organization, key.signing_key, key.age_recipient, key.added_at, key.source))


def fill_in_keys(ws: Workspace, fingerprint: str, signing_key: str, age_recipient: str) -> None:
    """A key trusted by fingerprint alone learns its public keys from the first bundle it signed."""
    with ws.transaction():
        ws.conn.execute("UPDATE sync_partner_keys SET signing_key = ?, age_recipient = ? WHERE fingerprint = ? "
                        "AND signing_key = ''", (signing_key, age_recipient, fingerprint))


def remove_key(ws: Workspace, fingerprint: str) -> bool:
    with ws.transaction():
        return ws.conn.execute("DELETE FROM sync_partner_keys WHERE fingerprint = ?", (fingerprint,)).rowcount > 0
