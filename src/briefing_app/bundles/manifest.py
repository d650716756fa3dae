"""The manifest table: what a bundle says about itself, checked key by key on import."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing_app.bundles.errors import BundleError, BundleTooNewError
from briefing_app.bundles.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST_KEYS,
    MAX_ROWS_PER_TABLE,
    MAX_SHORT_CHARS,
    NEWEST_FORMAT,
    SIGNATURE_KEYS,
    SIGNED_FORMAT,
    count_keys,
    is_uuid,
)
from briefing_app.store.migrations import latest_version

_TIMESTAMP = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")  # ASCII digits (bundle_rules)
_AGE_RECIPIENT = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
SIGNED_LABEL = b"briefing-desk-bundle signature v1\n"


def _base64_of(value: str, size: int) -> bool:
    try:
        return len(base64.b64decode(value, validate=True)) == size
    except (binascii.Error, ValueError):
        return False


@dataclass(frozen=True, slots=True)
class Manifest:
    bundle_id: str
    organization: str
    created_at: str
    app_version: str
    description: str
    content_digest: str
    counts: dict[str, int] = field(default_factory=dict)  # table (and "tombstones") -> rows
    schema_version: int = 0
    format_version: int = FORMAT_VERSION
    signer_key: str = ""  # format 3: base64 Ed25519 public key ('' = unsigned)
    age_recipient: str = ""  # format 3: the sender's age recipient, to encrypt replies to
    signature: str = ""  # format 3: base64 Ed25519 signature over signed_bytes()

    def rows(self) -> list[tuple[str, str]]:
        """(key, value) pairs as stored in the manifest table."""
        values = {
            "format": FORMAT_NAME, "format_version": str(self.format_version),
            "schema_version": str(self.schema_version), "bundle_id": self.bundle_id,
            "organization": self.organization, "created_at": self.created_at,
            "app_version": self.app_version, "description": self.description,
            "content_digest": self.content_digest,
        }
        if self.format_version >= SIGNED_FORMAT:
            values.update(signer_key=self.signer_key, age_recipient=self.age_recipient, signature=self.signature)
        return [*values.items(), *((f"rows.{t}", str(n)) for t, n in self.counts.items())]

    def signed_bytes(self) -> bytes:
        """What the signature covers: every manifest entry but the signature itself, sorted, as
        compact JSON; the content digest in it covers every row and tombstone."""
        items = sorted((k, v) for k, v in self.rows() if k != "signature")
        return SIGNED_LABEL + json.dumps(items, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _number(values: dict[str, str], key: str, name: str, ceiling: int) -> int:
    text = values[key]
    if not text.isdigit() or len(text) > 12 or int(text) > ceiling:
        raise BundleError(name, f"the manifest value {key} is not a number in range: {text[:40]!r}.",
                          table="manifest")
    return int(text)


def _text_values(rows: Sequence[tuple[object, ...]], name: str) -> dict[str, str]:
    """The manifest's entries, each short printable text."""
    values: dict[str, str] = {}
    for key, value in rows:
        if not isinstance(key, str) or not isinstance(value, str):
            raise BundleError(name, "the manifest holds a value that is not text.", table="manifest")
        if len(value) > MAX_SHORT_CHARS:
            raise BundleError(name, f"the manifest value {key[:40]!r} is too long.", table="manifest")
        if not value.isprintable():
            raise BundleError(name, f"the manifest value {key[:40]!r} contains control characters.",
                              table="manifest")
        values[key] = value
    return values


def _versions(values: dict[str, str], name: str) -> tuple[int, int]:
    """(format_version, schema_version) of a bundle of our format that this release can read."""
    if "format_version" not in values or "format" not in values:
        raise BundleError(name, "the manifest lacks format or format_version.", table="manifest")
    if values["format"] != FORMAT_NAME:
        raise BundleError(name, f"the manifest names the format {values['format'][:40]!r}, not {FORMAT_NAME}.",
                          table="manifest")
    format_version = _number(values, "format_version", name, 10**6)
    schema_version = _number(values, "schema_version", name, 10**6) if "schema_version" in values else 0
    if format_version > NEWEST_FORMAT or schema_version > latest_version():
        raise BundleTooNewError(name, "this bundle was made by a newer Briefing Desk (format "
                                      f"{format_version}, schema {schema_version}). Update Briefing Desk to import it.")
    return format_version, schema_version


def _check_keys(values: dict[str, str], expected: set[str], name: str) -> None:
    missing = sorted(expected - values.keys())
    extra = sorted(values.keys() - expected)
    if missing:
        raise BundleError(name, f"the manifest lacks {', '.join(missing)}.", table="manifest")
    if extra:
        raise BundleError(name, f"the manifest has unknown entries: {', '.join(k[:40] for k in extra[:3])}.",
                          table="manifest")


def _check_fields(values: dict[str, str], name: str) -> tuple[str, str, str]:
    """Checks the identifiers, time and digest; returns (signer_key, age_recipient, signature)."""
    if not is_uuid(values["bundle_id"]):
        raise BundleError(name, "the manifest's bundle_id is not a UUID.", table="manifest")
    if not _TIMESTAMP.match(values["created_at"]):
        raise BundleError(name, "the manifest's created_at is not a UTC timestamp.", table="manifest")
    if not re.fullmatch(r"[0-9a-f]{64}", values["content_digest"]):
        raise BundleError(name, "the manifest's content_digest is not a sha256 hex digest.", table="manifest")
    signer, recipient, signature = (values.get(k, "") for k in SIGNATURE_KEYS)
    if (signer, recipient, signature) != ("", "", "") and not (
            _base64_of(signer, 32) and _AGE_RECIPIENT.match(recipient) and _base64_of(signature, 64)):
        raise BundleError(name, "the manifest's signer_key, age_recipient or signature is malformed (all three "
                                "are needed for a signed bundle).", table="manifest")
    return signer, recipient, signature


def read_manifest(rows: Sequence[tuple[object, ...]], name: str) -> Manifest:
    values = _text_values(rows, name)
    format_version, schema_version = _versions(values, name)
    counted = count_keys(format_version)
    _check_keys(values, {*MANIFEST_KEYS, *counted, *(SIGNATURE_KEYS if format_version >= SIGNED_FORMAT else ())},
                name)
    signer, recipient, signature = _check_fields(values, name)
    counts = {key.removeprefix("rows."): _number(values, key, name, MAX_ROWS_PER_TABLE) for key in counted}
    return Manifest(bundle_id=values["bundle_id"], organization=values["organization"],
                    created_at=values["created_at"], app_version=values["app_version"],
                    description=values["description"], content_digest=values["content_digest"],
                    counts=counts, schema_version=schema_version, format_version=format_version,
                    signer_key=signer, age_recipient=recipient, signature=signature)
