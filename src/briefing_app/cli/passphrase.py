"""Passphrases on the command line (issue #13): read from a file (`--passphrase-file FILE` or
BRIEFING_PASSPHRASE_FILE), or asked on the terminal (three tries); never taken as an argument."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from briefing_app.cli.common import CliError
from briefing_app.protect.conversion import unlock
from briefing_app.store import cipher
from briefing_app.store.cipher import Key, WrongPassphraseError

ENV = "BRIEFING_PASSPHRASE_FILE"
TRIES = 3


def passphrase_file(args: argparse.Namespace) -> Path | None:
    given = getattr(args, "passphrase_file", None)
    if given is not None:
        return Path(given)
    from_env = os.environ.get(ENV)
    return Path(from_env) if from_env else None


def read_passphrase(path: Path) -> str:
    """The file's first line (its line ending removed); an empty passphrase is refused."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CliError(f"Cannot read the passphrase file {path}: {error}") from error
    line = text.split("\n", 1)[0].removesuffix("\r")
    if not line:
        raise CliError(f"The passphrase file {path} is empty.")
    return line


def _interactive() -> bool:
    return sys.stdin.isatty()


def ask_new(args: argparse.Namespace, file_option: str = "passphrase_file") -> str:
    """A new passphrase: from the file option (or the environment), else typed twice."""
    given = getattr(args, file_option, None)
    path = Path(given) if given is not None else (passphrase_file(args) if file_option == "passphrase_file" else None)
    if path is not None:
        return read_passphrase(path)
    if not _interactive():
        flag = "--" + file_option.replace("_", "-")
        raise CliError(f"No passphrase: give {flag} FILE (a file holding it on its first line).")
    first = getpass.getpass("New passphrase: ")
    if not first:
        raise CliError("The passphrase is empty; nothing was changed.")
    if getpass.getpass("The same passphrase again: ") != first:
        raise CliError("The two passphrases differ; nothing was changed.")
    return first


def key_for(path: Path, args: argparse.Namespace) -> Key | None:
    """The key to open the workspace at `path`: None for a plain one; a new key when a passphrase is
    given for a workspace that does not exist yet (it is created encrypted); else checked against the
    file, from the passphrase file, the OS keyring, or up to three tries on the terminal. WrongPassphraseError: nothing
    was opened or changed."""
    file = passphrase_file(args)
    if not cipher.is_encrypted(path):
        is_new = not path.exists() or path.stat().st_size == 0
        return cipher.new_key(read_passphrase(file)) if file is not None and is_new else None
    known = cipher.KEYCHAIN.get(path)
    if known is not None:
        return known
    if file is not None:
        return unlock(path, read_passphrase(file))
    from briefing_app.protect.conversion import unlock_from_keyring

    remembered = unlock_from_keyring(path)
    if remembered is not None:
        return remembered
    if not _interactive():
        raise CliError(f"{path.name} is encrypted: give --passphrase-file FILE (or set {ENV}).")
    for attempt in range(1, TRIES + 1):
        try:
            return unlock(path, getpass.getpass(f"Passphrase for {path.name}: "))
        except WrongPassphraseError:
            if attempt < TRIES:
                print("Wrong passphrase, try again.", file=sys.stderr)
    raise WrongPassphraseError(f"{TRIES} wrong passphrases for {path.name}; nothing was opened or changed.")
