"""This computer's own keys for bundles: an Ed25519 signing key and an age (X25519) identity.

The only module that reads or writes private key files (issue 13 will encrypt them at rest: change
this module alone). They live in the data folder's `keys/` (mode 0700), one file each (mode 0600),
outside every workspace, in standard formats: PKCS#8 PEM for the signing key, an age identity file
(`age -d -i keys/age-identity.txt` decrypts a bundle sent to us). Created on first use.
"""

from __future__ import annotations

import base64
import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from briefing_app import paths

SIGNING_FILE = "signing-ed25519.pem"
AGE_FILE = "age-identity.txt"
_FINGERPRINT_LABEL = b"briefing-desk key v1\n"
_BASE32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I/O/0/1: nothing to mishear or misread


@dataclass(frozen=True, slots=True)
class PublicKeys:
    """What partners need from us: the signing key (base64 of its 32 bytes) and the age recipient."""

    signing_key: str
    age_recipient: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key, self.age_recipient)


def fingerprint(signing_key: str, age_recipient: str) -> str:
    """Twenty characters in five groups, short enough to read out on the phone (100 bits of SHA-256
    over both public keys, in an alphabet without look-alike characters)."""
    digest = hashlib.sha256(_FINGERPRINT_LABEL + signing_key.encode() + b"\n" + age_recipient.encode()).digest()
    number = int.from_bytes(digest[:13], "big") >> 4  # 100 bits
    chars = [_BASE32[(number >> (5 * i)) & 31] for i in reversed(range(20))]
    return "-".join("".join(chars[i:i + 4]) for i in range(0, 20, 4))


def normal_fingerprint(text: str) -> str:
    """A fingerprint as typed (any case, spaces or dashes) in its printed form, or '' when malformed."""
    raw = "".join(c for c in text.upper() if c not in " -")
    if len(raw) != 20 or any(c not in _BASE32 for c in raw):
        return ""
    return "-".join(raw[i:i + 4] for i in range(0, 20, 4))


class KeyStore:
    """Own keys in one folder (default: the data folder's keys/)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or paths.keys_dir()

    def exists(self) -> bool:
        """True once this computer has its keys (made by the first export, or by `keys show`)."""
        return (self.folder / SIGNING_FILE).is_file() and (self.folder / AGE_FILE).is_file()

    def signing_key(self) -> Ed25519PrivateKey:
        data = self._read_or_create(SIGNING_FILE, lambda: Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        key = serialization.load_pem_private_key(data, password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError(f"{self.folder / SIGNING_FILE} does not hold an Ed25519 key")
        return key

    def identity(self) -> x25519.Identity:
        data = self._read_or_create(AGE_FILE, lambda: (  # noqa: PLW0108 (a key is generated only when the file is missing)
            f"# Briefing Desk: decrypts bundles partners encrypted to you. Keep it secret.\n"
            f"{x25519.Identity.generate()}\n").encode())
        line = next(t for t in data.decode().splitlines() if t.startswith("AGE-SECRET-KEY-"))
        return x25519.Identity.from_str(line.strip())

    def public(self) -> PublicKeys:
        raw = self.signing_key().public_key().public_bytes(serialization.Encoding.Raw,
                                                           serialization.PublicFormat.Raw)
        return PublicKeys(base64.b64encode(raw).decode(), str(self.identity().to_public()))

    def _read_or_create(self, name: str, make: Callable[[], bytes]) -> bytes:
        path = self.folder / name
        if path.is_file():
            return path.read_bytes()
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.folder, 0o700)
        handle, temp = tempfile.mkstemp(prefix=f".{name}.", dir=self.folder)  # mode 0600
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(make())
                out.flush()
                os.fsync(out.fileno())
            os.link(temp, path)  # never replaces a key another process made meanwhile
        except FileExistsError:
            pass
        finally:
            os.unlink(temp)
        return path.read_bytes()
