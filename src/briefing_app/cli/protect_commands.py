"""`encrypt`, `decrypt` and `change-passphrase`: a workspace and its backups, converted in place
(issue #13; protect/conversion.py). Passphrases come from files or the terminal, never arguments."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from briefing_app.bundles.backups import snapshots_of
from briefing_app.cli.common import CliError, add_command, workspace
from briefing_app.cli.passphrase import ask_new, key_for
from briefing_app.protect import conversion
from briefing_app.startup import resolve_path
from briefing_app.store import cipher

KEEP_SAFE = "Keep the passphrase safe: without it nobody, you included, can open the workspace or its backups."


def register(commands: Any) -> None:
    add_command(commands, "encrypt", "Encrypt the workspace and its backups in place with a passphrase "
                "(SQLCipher 4); the plain file is overwritten and removed.", run_encrypt)
    add_command(commands, "decrypt", "Turn an encrypted workspace and its backups back into plain files.",
                run_decrypt)
    change = add_command(commands, "change-passphrase", "Re-key an encrypted workspace and its backups under a "
                         "new passphrase.", run_change_passphrase)
    change.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                        help="the new passphrase, on the file's first line (default: asked twice on the terminal)")
    forget = add_command(commands, "forget", "Overwrite and remove the workspace with its WAL, backups and "
                         "conversion leftovers (the desktop app also drops it from its recent files).", run_forget)
    forget.add_argument("--yes", action="store_true", help="do it without asking")
    travel = add_command(commands, "travel-copy", "Write a new encrypted workspace holding only the chosen "
                         "documents and delegations for a trip; personal records only when asked.", run_travel_copy)
    travel.add_argument("--out", type=Path, required=True, metavar="FILE", help="the new workspace file")
    travel.add_argument("--document", action="append", default=[], metavar="ID_OR_TITLE",
                        help="a document with its versions, provisions, amendments and positions (repeatable)")
    travel.add_argument("--delegation", action="append", default=[], metavar="CODE_OR_NAME",
                        help="a delegation with its positions and contacts (repeatable)")
    travel.add_argument("--no-internal", action="store_true", help="leave internal records (strategy notes) out")
    travel.add_argument("--include-personal", action="store_true",
                        help="also personal records (contacts and notes marked personal)")
    travel.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                        help="the travel copy's passphrase, on the file's first line (default: asked twice)")
    add_command(commands, "tidy", "Overwrite what deleted records left behind: merge the search index, hand "
                "freed pages back, checkpoint and truncate the WAL.", run_tidy)


def _existing(args: argparse.Namespace) -> Path:
    path = resolve_path(args.db)[0]
    if not path.exists() or path.stat().st_size == 0:
        raise CliError(f"No workspace at {path}.")
    return path


def run_encrypt(args: argparse.Namespace) -> int:
    path = _existing(args)
    if cipher.is_encrypted(path):
        raise CliError(f"{path.name} is already encrypted (briefing-app change-passphrase changes its passphrase).")
    conversion.encrypt(path, ask_new(args))
    print(f"Encrypted {path} and {len(snapshots_of(path))} backup(s). {KEEP_SAFE}")
    return 0


def _key(path: Path, args: argparse.Namespace) -> cipher.Key:
    if not cipher.is_encrypted(path):
        raise CliError(f"{path.name} is not encrypted.")
    key = key_for(path, args)
    assert key is not None
    return key


def run_decrypt(args: argparse.Namespace) -> int:
    path = _existing(args)
    conversion.decrypt(path, _key(path, args))
    print(f"Decrypted {path} and {len(snapshots_of(path))} backup(s): anyone with the file can read it now.")
    return 0


def run_change_passphrase(args: argparse.Namespace) -> int:
    path = _existing(args)
    key = _key(path, args)
    conversion.change_passphrase(path, key, ask_new(args, "new_passphrase_file"))
    print(f"Changed the passphrase of {path} and {len(snapshots_of(path))} backup(s). {KEEP_SAFE}")
    return 0


def run_forget(args: argparse.Namespace) -> int:
    from briefing_app.protect.forget import forget_workspace, leftovers

    path = _existing(args)
    files = leftovers(path)
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("Forgetting cannot be undone: add --yes.")
        answer = input(f"Overwrite and remove {path} and {len(files) - 1} file(s) that belong to it? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was removed.")
            return 1
    removed = forget_workspace(path)
    print(f"Forgot {path}: {len(removed)} file(s) overwritten and removed.")
    return 0


def run_tidy(args: argparse.Namespace) -> int:
    from briefing_app.store.tidy import tidy

    with workspace(args) as ws:
        tidy(ws)
    print("Tidied: deleted records leave nothing readable in the workspace or its WAL.")
    return 0


def run_travel_copy(args: argparse.Namespace) -> int:
    from briefing_app.bundles.selection import Selection
    from briefing_app.bundles.travel import make_travel_copy
    from briefing_app.cli.lookup import find_delegation, find_document

    if not args.document and not args.delegation:
        raise CliError("Name what the trip needs: --document and/or --delegation (repeatable).")
    if args.out.exists():
        raise CliError(f"{args.out} already exists; choose a new file for the travel copy.")
    with workspace(args) as ws:
        selection = Selection(tuple(find_document(ws, d).id for d in args.document),
                              tuple(find_delegation(ws, d).id for d in args.delegation))
        key = cipher.new_key(ask_new(args, "new_passphrase_file"))
        copy = make_travel_copy(ws, args.out, key, selection, include_internal=not args.no_internal,
                                include_personal=args.include_personal)
    rows = ", ".join(f"{n} {t}" for t, n in copy.counts.items())
    print(f"Travel copy {copy.path} (encrypted): {rows}. After the trip, export a bundle from it and import "
          f"that here (it comes as {copy.organization!r}).")
    return 0
