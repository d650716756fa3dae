"""Signed bundles: Ed25519 over the manifest (whose content digest covers every row), checked
against the partner keyring before anything is read into the workspace.

A bundle is unsigned, signed by a key the keyring does not know, signed by a key trusted for the
organization it names (or by this computer's own key), or signed by a key trusted for a different
organization. A signature that does not verify refuses the bundle: some byte of it was changed.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, replace
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from briefing_app.bundles.errors import BundleError
from briefing_app.bundles.keystore import KeyStore, PublicKeys, fingerprint
from briefing_app.bundles.manifest import Manifest
from briefing_app.domain.bundle_rules import same_organization
from briefing_app.store import sync_keys
from briefing_app.store.workspace import Workspace

REQUIRE_TRUSTED_KEY = "sync.require_trusted"  # workspace setting: '1' refuses bundles not trusted


class Trust(StrEnum):
    UNSIGNED = "unsigned"
    UNKNOWN_KEY = "unknown-key"
    TRUSTED = "trusted"
    OWN_KEY = "own-key"  # signed on this computer (another of your workspaces)
    OTHER_ORGANIZATION = "other-organization"  # the key is trusted, but for someone else


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    trust: Trust
    fingerprint: str = ""
    keyring_organization: str = ""  # who the keyring says the key belongs to

    @property
    def trusted(self) -> bool:
        return self.trust in (Trust.TRUSTED, Trust.OWN_KEY)

    def describe(self, organization: str) -> str:
        """One line for the preview and the CLI (organization: what the bundle claims)."""
        if self.trust is Trust.UNSIGNED:
            return "unsigned: nothing proves who made it"
        if self.trust is Trust.UNKNOWN_KEY:
            return (f"signed by an unknown key {self.fingerprint}: compare it with {organization} "
                    "(by phone) before you trust it")
        if self.trust is Trust.OTHER_ORGANIZATION:
            return (f"signed by key {self.fingerprint}, which you trust for {self.keyring_organization}, "
                    f"not for {organization}")
        if self.trust is Trust.OWN_KEY:
            return f"signed by this computer's own key {self.fingerprint}"
        return f"signed by {self.keyring_organization}, key {self.fingerprint}, trusted"


def sign(manifest: Manifest, keys: KeyStore) -> Manifest:
    """The manifest with our public keys and the signature over it."""
    public = keys.public()
    ready = replace(manifest, signer_key=public.signing_key, age_recipient=public.age_recipient, signature="")
    signature = keys.signing_key().sign(ready.signed_bytes())
    return replace(ready, signature=base64.b64encode(signature).decode())


def check_signature(ws: Workspace, manifest: Manifest, name: str, own: PublicKeys | None) -> SignatureCheck:
    """Verify the signature and look the key up; raises BundleError when it does not verify."""
    if not manifest.signature:
        return SignatureCheck(Trust.UNSIGNED)
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(manifest.signer_key))
    try:
        public.verify(base64.b64decode(manifest.signature), manifest.signed_bytes())
    except InvalidSignature:
        raise BundleError(name, "its signature does not match its content: the file was changed after it "
                                "was signed, or the signature is forged. It was refused.",
                          table="manifest") from None
    printed = fingerprint(manifest.signer_key, manifest.age_recipient)
    if own is not None and printed == own.fingerprint:
        return SignatureCheck(Trust.OWN_KEY, printed)
    entry = sync_keys.key_by_fingerprint(ws, printed)
    if entry is None:
        return SignatureCheck(Trust.UNKNOWN_KEY, printed)
    if not same_organization(entry.organization, manifest.organization):
        return SignatureCheck(Trust.OTHER_ORGANIZATION, printed, entry.organization)
    return SignatureCheck(Trust.TRUSTED, printed, entry.organization)


def requires_trusted(ws: Workspace) -> bool:
    return ws.get_meta(REQUIRE_TRUSTED_KEY) == "1"
