"""Plumbing shared by CLI command modules: opening the workspace, output helpers, errors."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from briefing_app.errors import UserError
from briefing_app.startup import open_workspace, resolve_path
from briefing_app.store.workspace import Workspace


class CliError(UserError):
    """A usage problem found by a command itself (bad option value); printed as one line, exit code 1."""


@contextmanager
def workspace(args: argparse.Namespace) -> Iterator[Workspace]:
    """Open the workspace named by --db / BRIEFING_DB / the default (asking for an encrypted one's
    passphrase, cli/passphrase.py); errors become CliError."""
    from briefing_app.cli.passphrase import key_for

    try:
        ws = open_workspace(args.db, demo=args.demo, key=key_for(resolve_path(args.db)[0], args))
    except OSError as error:
        raise CliError(str(error)) from error
    try:
        yield ws
    finally:
        ws.close()


_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def terminal_text(text: str) -> str:
    """Text from the workspace (or a partner's bundle) made safe for one terminal line: control
    characters and line breaks become spaces, bidi overrides are dropped."""
    return "".join("" if c in _BIDI_CONTROLS else " " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
                   for c in text)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def add_command(commands: Any, name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
    """Create a sub-command that also accepts --db/--demo after its name."""
    from briefing_app.cli import add_workspace_options

    parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text, description=help_text)
    add_workspace_options(parser)
    parser.set_defaults(handler=handler)
    return parser
