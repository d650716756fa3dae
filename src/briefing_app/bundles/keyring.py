"""The partner keyring: whose signing keys this workspace trusts, and whom bundles can be encrypted to.

Keys come from a partner's key file (`briefing-app keys export` writes ours: plain text, safe to
send by e-mail, checked by its fingerprint over the phone) or from a fingerprint read out on the
phone before any bundle arrived (the keys themselves then come with the first bundle it signed).
"""

from __future__ import annotations

import base64
import binascii
import re
from pathlib import Path

from briefing_app.bundles.keystore import PublicKeys, normal_fingerprint
from briefing_app.domain.bundle_rules import same_organization
from briefing_app.errors import UserError
from briefing_app.store import sync_keys
from briefing_app.store.sync_keys import PartnerKey
from briefing_app.store.workspace import Workspace

KEY_FILE_HEADER = "briefing-desk partner key v1"
KEY_FILE_SUFFIX = ".briefing-key"
_AGE_RECIPIENT = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
MAX_KEY_FILE_BYTES = 4096


class KeyringError(UserError):
    """A key file or fingerprint cannot be used (malformed, or it does not match)."""


def key_file_text(organization: str, keys: PublicKeys) -> str:
    """Our public keys as a partner key file."""
    return (f"{KEY_FILE_HEADER}\norganization: {organization}\nsigning-key: {keys.signing_key}\n"
            f"age-recipient: {keys.age_recipient}\nfingerprint: {keys.fingerprint}\n")


def read_key_file(path: Path) -> tuple[str, PublicKeys]:
    """(organization, keys) from a partner key file; KeyringError when it is not one."""
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise KeyringError(f"{path.name} is too large to be a partner key file.")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KeyringError(f"{path.name} cannot be read as a partner key file ({error}).") from None
    lines = text.splitlines()
    if not lines or lines[0].strip() != KEY_FILE_HEADER:
        raise KeyringError(f"{path.name} is not a Briefing Desk partner key file.")
    fields = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    organization = fields.get("organization", "").strip()
    keys = PublicKeys(fields.get("signing-key", "").strip(), fields.get("age-recipient", "").strip())
    if not organization or not organization.isprintable() or len(organization) > 200:
        raise KeyringError(f"{path.name} does not name its organization.")
    if not _valid(keys):
        raise KeyringError(f"{path.name} holds malformed keys.")
    if normal_fingerprint(fields.get("fingerprint", "")) != keys.fingerprint:
        raise KeyringError(f"{path.name}: the fingerprint written in the file does not match its keys; "
                           "it was changed.")
    return organization, keys


def _valid(keys: PublicKeys) -> bool:
    try:
        raw = base64.b64decode(keys.signing_key, validate=True)
    except (binascii.Error, ValueError):
        return False
    return len(raw) == 32 and _AGE_RECIPIENT.match(keys.age_recipient) is not None


def add_key_file(ws: Workspace, path: Path, *, organization: str | None = None,
                 expected_fingerprint: str = "") -> PartnerKey:
    """Trust the keys in a partner's key file for its organization (or `organization`); with
    `expected_fingerprint` (as read out on the phone) refuse a file whose keys do not match it."""
    named, keys = read_key_file(path)
    if expected_fingerprint and normal_fingerprint(expected_fingerprint) != keys.fingerprint:
        raise KeyringError(f"the fingerprint you were given ({expected_fingerprint}) does not match the key "
                           f"file ({keys.fingerprint}): do not trust this file.")
    entry = PartnerKey(keys.fingerprint, (organization or named).strip(), keys.signing_key, keys.age_recipient,
                       ws.clock(), "file")
    sync_keys.add_key(ws, entry)
    return entry


def trust_fingerprint(ws: Workspace, organization: str, printed: str) -> PartnerKey:
    """Trust the key with this fingerprint (read out on the phone) for `organization`."""
    normal = normal_fingerprint(printed)
    if not normal:
        raise KeyringError(f"{printed!r} is not a fingerprint (five groups of four letters and digits, "
                           "e.g. BJXD-SSJV-4J6D-P7KB-BXFY).")
    if not organization.strip():
        raise KeyringError("name the organization the key belongs to.")
    known = sync_keys.key_by_fingerprint(ws, normal)
    entry = PartnerKey(normal, organization.strip(), known.signing_key if known else "",
                       known.age_recipient if known else "", ws.clock(), known.source if known else "fingerprint")
    sync_keys.add_key(ws, entry)
    return entry


def recipients_for(ws: Workspace, organizations: list[str]) -> list[str]:
    """The age recipients of these partner organizations; KeyringError names any without one."""
    entries = sync_keys.partner_keys(ws)
    found: list[str] = []
    for organization in organizations:
        keys = [e.age_recipient for e in entries if same_organization(e.organization, organization)
                and e.age_recipient]
        if not keys:
            raise KeyringError(f"no key to encrypt to {organization}: add their key file first "
                               "(briefing-app keys add FILE).")
        found.extend(keys)
    return found


def trusts_organization(ws: Workspace, organization: str) -> bool:
    """Whether the keyring holds a key for this organization: then only that key speaks for it."""
    return any(same_organization(e.organization, organization) for e in sync_keys.partner_keys(ws))
