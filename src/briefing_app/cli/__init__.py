"""The headless face of Briefing Desk: `briefing-app COMMAND`; with no command, the GUI starts.

Exit codes: 0 success, 1 failure (one-line reason on stderr), 2 usage error.
Each command group lives in its own module, listed in `command_modules()`. Those modules (and the
PDF, bundle and draft code they use) are imported only when a command is given: `briefing-app`
alone starts the window without them.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from briefing_app import __version__, launcher, paths
from briefing_app.cli.common import terminal_text
from briefing_app.crashlog import where_logged
from briefing_app.errors import UserError
from briefing_app.launcher import BUNDLE_SUFFIX
from briefing_app.workarounds import install_workarounds


def command_modules() -> list[ModuleType]:
    """The command groups, in the order `--help` lists them."""
    from briefing_app.cli import (
        backup_commands,
        bundle_commands,
        coalition_commands,
        desktop_commands,
        draft_commands,
        keys_commands,
        listing_commands,
        meeting_commands,
        pack_commands,
        protect_commands,
        status_commands,
        workspace_commands,
    )

    return [workspace_commands, listing_commands, draft_commands, bundle_commands, keys_commands,
            coalition_commands, backup_commands, pack_commands, status_commands, meeting_commands,
            protect_commands, desktop_commands]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=paths.program_name(),
        description="Briefing Desk: treaty analysis and tailored briefing packs for delegations. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_workspace_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(commands)
    return parser


def add_workspace_options(parser: argparse.ArgumentParser) -> None:
    """--db, --demo and --passphrase-file, accepted before or after the command name."""
    parser.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, metavar="PATH",
        help="workspace file (default: $BRIEFING_DB, else the per-user workspace with the demo corpus)",
    )
    parser.add_argument(
        "--demo", action="store_true", default=argparse.SUPPRESS,
        help="load the demo corpus when the workspace file is new",
    )
    parser.add_argument(
        "--passphrase-file", type=Path, default=argparse.SUPPRESS, metavar="FILE",
        help="an encrypted workspace's passphrase, on the file's first line (default: $BRIEFING_PASSPHRASE_FILE; "
        "else asked on the terminal); a new workspace named with it is created encrypted",
    )


def one_line(text: str) -> str:
    """A message for the terminal: one line, no control characters (it may quote a bundle)."""
    return " ".join(terminal_text(text).split())


def _window_options(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options when only --db/--demo and at most one *.briefing file are given (the window
    starts, and shows that bundle's import preview: how the desktop opens a double-clicked
    bundle), else None."""
    top = argparse.ArgumentParser(prog="briefing-app", add_help=False)
    add_workspace_options(top)
    args, rest = top.parse_known_args(argv)
    args.bundle = None
    if len(rest) == 1 and rest[0].lower().endswith(BUNDLE_SUFFIX) and not rest[0].startswith("-"):
        args.bundle = Path(rest[0]).absolute()
        return args
    return None if rest else args


def run_helper(argv: list[str]) -> int:
    """The frozen app's hidden helper processes (paths.helper_command): `--helper-process NAME ARGS`."""
    import importlib

    module = paths.HELPERS.get(argv[0]) if argv else None
    if module is None:
        print(f"briefing-app: error: no helper process {' '.join(argv[:1])!r}", file=sys.stderr)
        return 2
    return int(importlib.import_module(module).main(argv[1:]))


def start_window(args: argparse.Namespace) -> int:
    """No command: the desktop window (launcher.py starts it without this module when it can)."""
    return launcher.start_window(launcher.WindowOptions(
        db=args.db, demo=args.demo, passphrase_file=getattr(args, "passphrase_file", None),
        bundle=getattr(args, "bundle", None)))


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == [paths.HELPER_FLAG]:
        return run_helper(argv[1:])
    if argv == ["--version"]:  # as argparse would print it, without importing every command module
        print(f"{paths.program_name()} {__version__}")
        return 0
    install_workarounds()
    args = _window_options(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    if not hasattr(args, "demo"):
        args.demo = False
    if getattr(args, "command", None) is None:
        return start_window(args)
    try:
        return int(args.handler(args))
    except UserError as error:  # the user can act on it: its message, one line
        print(f"briefing-app: error: {one_line(str(error))}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print("briefing-app: cancelled", file=sys.stderr)
        return 130
    except Exception as error:  # our bug: one line for the user, the trace in the crash log (and on request)
        if os.environ.get("BRIEFING_DEBUG"):
            traceback.print_exc()
        where = where_logged(f"briefing-app {args.command}", error)
        print(f"briefing-app: internal error: {type(error).__name__}: {error}. {where}", file=sys.stderr)
        return 1
