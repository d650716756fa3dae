"""The `briefing-app` entry point: the desktop window without the command line's parser, every
command through `briefing_app.cli` (issue #17 item 1).

`briefing-app` alone, or with only `--db PATH`, `--demo`, `--passphrase-file FILE` (also as
`--db=PATH`) and at most one *.briefing file, starts the window straight away: argparse, the
command modules and their helpers are not imported. Anything else (a command, --help, --version,
an abbreviated or misspelt option, a missing value) goes to `briefing_app.cli.main`, which parses it
exactly as before, so messages and exit codes stay the same.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

QT_LIBRARIES_HINT = (
    "On Debian/Ubuntu: sudo apt-get install libglib2.0-0 libgl1 libegl1 libx11-6 libxkbcommon0 "
    "libxkbcommon-x11-0 libdbus-1-3 libfontconfig1 libxcb-cursor0. The command-line tools work without "
    "them (briefing-app --help)."
)
BUNDLE_SUFFIX = ".briefing"
PASSPHRASE_ENV = "BRIEFING_PASSPHRASE_FILE"  # cli/passphrase.py reads the same variable
_VALUED = {"--db": "db", "--passphrase-file": "passphrase_file"}


class WindowOptions(NamedTuple):
    """What the window starts with; `briefing_app.cli` builds the same from its parsed options."""

    db: Path | None = None
    demo: bool = False
    passphrase_file: Path | None = None
    bundle: Path | None = None


def window_options(argv: Sequence[str]) -> WindowOptions | None:
    """The window's options when `argv` holds nothing else (the last of a repeated option wins, as
    with argparse), else None: `briefing_app.cli` parses it."""
    found: dict[str, object] = {}
    rest: list[str] = []
    items = iter(argv)
    for item in items:
        name, equals, value = item.partition("=")
        if item == "--demo":
            found["demo"] = True
        elif name in _VALUED:
            if not equals:
                value = next(items, "")
            if not value or (not equals and value.startswith("-")):
                return None  # argparse says what is missing
            found[_VALUED[name]] = Path(value)
        elif item.startswith("-"):
            return None
        else:
            rest.append(item)
    if len(rest) > 1 or (rest and not rest[0].lower().endswith(BUNDLE_SUFFIX)):
        return None
    bundle = Path(rest[0]).absolute() if rest else None
    return WindowOptions(bundle=bundle, **found)  # type: ignore[arg-type]


def _unlock_for_window(options: WindowOptions) -> int:
    """`briefing-app --db FILE --passphrase-file P`: unlock before the window starts (no dialog).
    0 when the window may start, 1 after a one-line error (wrong or unreadable passphrase)."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    file = options.passphrase_file or (Path(from_env) if from_env else None)
    if file is None or options.db is None:
        return 0  # the window asks for an encrypted workspace's passphrase itself
    from briefing_app.cli import one_line
    from briefing_app.cli.passphrase import read_passphrase
    from briefing_app.errors import UserError
    from briefing_app.protect.conversion import unlock
    from briefing_app.store import cipher

    try:
        if cipher.is_encrypted(options.db):
            unlock(options.db, read_passphrase(file))
    except UserError as error:
        print(f"briefing-app: error: {one_line(str(error))}", file=sys.stderr)
        return 1
    return 0


def start_window(options: WindowOptions) -> int:
    """The desktop window (with --db/--demo and a *.briefing file to preview); the exit code."""
    try:
        from briefing_app.app import run_gui
    except ImportError as error:  # Qt's shared libraries are missing on this system
        print(f"briefing-app: error: the desktop window cannot start ({error}). {QT_LIBRARIES_HINT}",
              file=sys.stderr)
        return 1
    try:  # a wrong --passphrase-file stops before the window (exit code 1)
        return _unlock_for_window(options) or run_gui(db=options.db, demo=options.demo, bundle=options.bundle)
    except Exception as error:  # before or after the window's own crash reports (ui/failures.py)
        import traceback

        from briefing_app.crashlog import where_logged

        traceback.print_exc()
        print(f"briefing-app: Briefing Desk stopped on an internal error: {type(error).__name__}: "
              f"{error}. {where_logged('Briefing Desk', error)}", file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    options = window_options(argv)
    if options is None:
        from briefing_app.cli import main as command_line

        return command_line(argv)
    from briefing_app.workarounds import install_workarounds

    install_workarounds()
    return start_window(options)
