"""Signed and encrypted bundles: round trips, the keyring's verdicts, tampering and wrong keys refused,
older formats still read, and the private keys kept outside the workspace with owner-only modes."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from briefing_app.bundles import keyring
from briefing_app.bundles.apply import ImportReport, import_bundle
from briefing_app.bundles.errors import BundleError
from briefing_app.bundles.export import export_bundle
from briefing_app.bundles.format import SIGNED_FORMAT
from briefing_app.bundles.keystore import KeyStore
from briefing_app.bundles.signing import REQUIRE_TRUSTED_KEY, Trust
from briefing_app.store import sync_keys
from briefing_app.store.workspace import Workspace
from tests.bundles.builders import build_sample, open_ws
from tests.helpers import logical_dump
from tests.security.hostile import changed_rows, downgrade, execute, manifest_change


class Two:
    """A (with its own keys) exports; B (other keys) imports."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.keys_a, self.keys_b = KeyStore(tmp / "keys-a"), KeyStore(tmp / "keys-b")
        self.a = open_ws(tmp / "a.sqlite")
        self.sample = build_sample(self.a)
        self.b = open_ws(tmp / "b.sqlite", start=5000)

    def export(self, name: str = "a.briefing", **options: object) -> Path:
        return export_bundle(self.a, self.tmp / name, organization="Privacy Coalition", keys=self.keys_a,
                             **options).path  # type: ignore[arg-type]

    def key_file(self) -> Path:
        path = self.tmp / "a.briefing-key"
        path.write_text(keyring.key_file_text("Privacy Coalition", self.keys_a.public()), encoding="utf-8")
        return path


@pytest.fixture
def two(tmp_path: Path) -> Two:
    pair = Two(tmp_path)
    yield pair
    pair.a.close()
    pair.b.close()


def _preview(ws: Workspace, path: Path, keys: KeyStore) -> ImportReport:
    return import_bundle(ws, path, dry_run=True, keys=keys)


def test_signed_bundle_from_an_unknown_key_names_its_fingerprint(two: Two) -> None:
    report = _preview(two.b, two.export(), two.keys_b)
    assert report.signature.trust is Trust.UNKNOWN_KEY
    assert report.signature.fingerprint == two.keys_a.public().fingerprint
    assert "signed by an unknown key " + two.keys_a.public().fingerprint in \
        report.signature.describe(report.manifest.organization)


def test_key_added_from_its_file_makes_the_bundle_trusted(two: Two) -> None:
    keyring.add_key_file(two.b, two.key_file(), expected_fingerprint=two.keys_a.public().fingerprint.lower())
    report = _preview(two.b, two.export(), two.keys_b)
    assert report.signature.trust is Trust.TRUSTED
    assert report.signature.describe("Privacy Coalition") == \
        f"signed by Privacy Coalition, key {two.keys_a.public().fingerprint}, trusted"


def test_key_trusted_by_phone_fingerprint_learns_its_keys_from_the_first_signed_bundle(two: Two) -> None:
    printed = two.keys_a.public().fingerprint.replace("-", " ")
    keyring.trust_fingerprint(two.b, "privacy coalition", printed)
    report = import_bundle(two.b, two.export(), keys=two.keys_b)
    assert report.applied and report.signature.trust is Trust.TRUSTED
    [entry] = sync_keys.partner_keys(two.b)
    assert (entry.signing_key, entry.age_recipient) == (two.keys_a.public().signing_key,
                                                        two.keys_a.public().age_recipient)


def test_key_trusted_for_another_organization_does_not_vouch_for_this_one(two: Two) -> None:
    keyring.add_key_file(two.b, two.key_file(), organization="Press Freedom Desk")
    report = _preview(two.b, two.export(), two.keys_b)
    assert report.signature.trust is Trust.OTHER_ORGANIZATION and not report.signature.trusted


def test_own_key_is_recognised(two: Two) -> None:
    report = _preview(two.b, two.export(), two.keys_a)
    assert report.signature.trust is Trust.OWN_KEY and report.signature.trusted


def test_a_key_file_whose_fingerprint_differs_from_the_phone_is_refused(two: Two) -> None:
    with pytest.raises(keyring.KeyringError, match="does not match the key file"):
        keyring.add_key_file(two.b, two.key_file(), expected_fingerprint="AAAA-BBBB-CCCC-DDDD-EEEE")
    tampered = two.key_file()
    text = tampered.read_text().replace(two.keys_a.public().age_recipient, two.keys_b.public().age_recipient)
    tampered.write_text(text)
    with pytest.raises(keyring.KeyringError, match="it was changed"):
        keyring.add_key_file(two.b, tampered)
    assert sync_keys.partner_keys(two.b) == []


@pytest.mark.parametrize(("change", "message"), [
    # a row changed with the digest made to match, but not signed again: the signature catches it
    ("UPDATE concerns SET title = 'forged'", "signature does not match"),
    ("UPDATE manifest SET value = 'a forged line' WHERE key = 'description'", "signature does not match"),
    ("UPDATE manifest SET value = 'Press Freedom Desk' WHERE key = 'organization'", "signature does not match"),
])
def test_any_change_after_signing_is_refused_and_the_workspace_stays_as_it_was(two: Two, change: str,
                                                                               message: str) -> None:
    bundle = two.export()
    changed_rows(change, keys=None)(bundle)  # the forger has no key: the old signature stays
    dump, size = logical_dump(two.b.conn), two.b.path.stat().st_size
    with pytest.raises(BundleError, match=message):
        import_bundle(two.b, bundle, keys=two.keys_b)
    assert logical_dump(two.b.conn) == dump and two.b.path.stat().st_size == size


def test_a_signature_made_with_another_key_than_the_one_named_is_refused(two: Two) -> None:
    bundle = two.export()
    other = two.export("other.briefing", description="another bundle")
    conn = sqlite3.connect(other)
    signature = conn.execute("SELECT value FROM manifest WHERE key = 'signature'").fetchone()[0]
    conn.close()
    execute(bundle, f"UPDATE manifest SET value = '{signature}' WHERE key = 'signature'")
    with pytest.raises(BundleError, match="signature does not match"):
        import_bundle(two.b, bundle, keys=two.keys_b)
    manifest_change("UPDATE manifest SET value = 'Other Coalition' WHERE key = 'organization'")(bundle)
    report = _preview(two.b, bundle, two.keys_b)  # signed again, by the attacker's key: not trusted
    assert report.signature.trust is Trust.UNKNOWN_KEY


@pytest.mark.parametrize("signer", ["attacker", "unsigned", "another trusted partner"])
def test_a_bundle_claiming_a_trusted_partner_without_its_key_is_refused(two: Two, signer: str) -> None:
    """Whoever names a partner whose key is trusted here would otherwise change that partner's rows
    without asking; only that key speaks for it."""
    keyring.add_key_file(two.b, two.key_file())
    bundle = two.export()
    if signer == "attacker":  # their own key, the partner's name
        manifest_change("UPDATE manifest SET value = 'privacy  COALITION' WHERE key = 'organization'")(bundle)
    elif signer == "unsigned":
        execute(bundle, "UPDATE manifest SET value = '' WHERE key IN ('signer_key', 'age_recipient', 'signature')")
    else:  # signed by a key trusted for someone else
        sync_keys.remove_key(two.b, two.keys_a.public().fingerprint)
        keyring.add_key_file(two.b, two.key_file(), organization="Another Partner")
        path = two.tmp / "pc.briefing-key"
        path.write_text(keyring.key_file_text("Privacy Coalition", KeyStore(two.tmp / "keys-pc").public()),
                        encoding="utf-8")
        keyring.add_key_file(two.b, path)
    dump = logical_dump(two.b.conn)
    with pytest.raises(BundleError, match="claims to come from .*whose key you trust"):
        import_bundle(two.b, bundle, keys=two.keys_b)
    assert logical_dump(two.b.conn) == dump


def test_require_trusted_refuses_unknown_and_unsigned_bundles_but_takes_trusted_ones(two: Two) -> None:
    bundle = two.export()
    two.b.set_meta(REQUIRE_TRUSTED_KEY, "1")
    dump = logical_dump(two.b.conn)
    with pytest.raises(BundleError, match="only bundles signed by a trusted partner key"):
        import_bundle(two.b, bundle, keys=two.keys_b)
    execute(bundle, "UPDATE manifest SET value = '' WHERE key IN ('signer_key', 'age_recipient', 'signature')")
    with pytest.raises(BundleError, match="this one is unsigned"):
        import_bundle(two.b, bundle, keys=two.keys_b)
    assert logical_dump(two.b.conn) == dump
    keyring.add_key_file(two.b, two.key_file())
    assert import_bundle(two.b, two.export("again.briefing"), keys=two.keys_b).applied


@pytest.mark.parametrize("version", [1, 2, 3])
def test_older_formats_are_still_read(two: Two, version: int) -> None:
    bundle = two.export()
    downgrade(bundle, version)
    if version < SIGNED_FORMAT:  # as an older release wrote it: unsigned
        report = import_bundle(two.b, bundle, keys=two.keys_b)
        assert report.signature.trust is Trust.UNSIGNED
    else:  # signed again by whoever made it (here: the test's "attacker" key)
        report = import_bundle(two.b, bundle, keys=two.keys_b)
        assert report.signature.trust is Trust.UNKNOWN_KEY
    assert report.applied and report.manifest.format_version == version
    assert "status_events" not in report.manifest.counts


def test_encrypted_bundle_reveals_nothing_and_opens_only_for_its_recipient(two: Two) -> None:
    bundle = two.export(recipients=[two.keys_b.public().age_recipient])
    raw = bundle.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1\n")
    assert two.sample.concern.title.encode() not in raw and b"SQLite format 3" not in raw
    third = KeyStore(two.tmp / "keys-c")
    third.public()
    with open_ws(two.tmp / "c.sqlite") as c:
        with pytest.raises(BundleError, match="encrypted for other recipients"):
            import_bundle(c, bundle, keys=third)
        with pytest.raises(BundleError, match="no key to open it"):
            import_bundle(c, bundle, keys=KeyStore(two.tmp / "no-keys"))
    report = import_bundle(two.b, bundle, keys=two.keys_b)
    assert report.applied and report.encrypted and report.signature.trust is Trust.UNKNOWN_KEY


def test_private_keys_live_outside_the_workspace_with_owner_only_modes(two: Two) -> None:
    two.export()
    folder = two.keys_a.folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = sorted(folder.iterdir())
    assert [p.name for p in files] == ["age-identity.txt", "signing-ed25519.pem"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)
    secret = files[0].read_text().split("AGE-SECRET-KEY-")[1].strip()
    assert secret.encode() not in two.a.path.read_bytes()
    assert KeyStore(folder).public() == two.keys_a.public()  # the same key every time
    assert os.listdir(two.tmp / "keys-a") == os.listdir(folder)
