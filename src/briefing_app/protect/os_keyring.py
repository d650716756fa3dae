"""The operating system's keyring for people who prefer it (issue #13, optional): an encrypted
workspace's passphrase kept by the `keyring` library (Windows Credential Locker, macOS Keychain,
Secret Service on Linux) under the workspace's path. Without the library or a usable backend
(`available()` False) nothing is stored and the app asks as before.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

SERVICE = "Briefing Desk workspace"


def _backend() -> Any | None:
    try:
        import keyring  # imported on first use (about 0.1 s)
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    return None if isinstance(backend, fail.Keyring) else keyring


def available() -> bool:
    return _backend() is not None


def _name(path: Path) -> str:
    return str(Path(path).resolve())


def remember(path: Path, passphrase: str) -> bool:
    """Store the passphrase; False when no keyring is usable or it refused."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _name(path), passphrase)
    except Exception:  # a locked or broken keyring: the app asks instead
        return False
    return True


def recall(path: Path) -> str | None:
    backend = _backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, _name(path))
    except Exception:  # a locked or broken keyring: the app asks instead
        return None
    return value if isinstance(value, str) and value else None


def forget(path: Path) -> None:
    backend = _backend()
    if backend is None:
        return
    with contextlib.suppress(Exception):  # nothing stored, or a keyring that refuses: nothing to remove
        backend.delete_password(SERVICE, _name(path))
