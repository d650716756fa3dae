"""`backups [list]` and `backups restore N|FILE`: the workspace's snapshots, and putting one back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from briefing_app.bundles import backups
from briefing_app.cli.common import CliError, add_command, print_json, terminal_text, workspace


def register(commands: Any) -> None:
    group = add_command(commands, "backups", "List the workspace's backups (taken before each import and "
                                             "each restore), newest first.", run_list)
    group.add_argument("--json", action="store_true", help="machine-readable output")
    actions = group.add_subparsers(dest="backups_command", metavar="ACTION")
    add_command(actions, "list", "List the backups, newest first.", run_list).add_argument(
        "--json", action="store_true", help="machine-readable output")
    restore = add_command(actions, "restore", "Make the workspace exactly as it was in a backup (the current "
                                              "state is backed up first).", run_restore)
    restore.add_argument("which", metavar="N_OR_FILE", help="a number from `briefing-app backups` or a file name")


def run_list(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        found = backups.list_backups(ws)
    if getattr(args, "json", False):
        print_json([{"number": n, "file": b.path.name, "path": str(b.path), "taken_at": b.taken_at,
                     "bytes": b.size, "before_import": b.before_import} for n, b in enumerate(found, 1)])
        return 0
    if not found:
        print("No backups yet: one is taken before every bundle import.")
        return 0
    for number, b in enumerate(found, 1):
        before = f", before importing {b.before_import}" if b.before_import else ""
        print(terminal_text(f"{number:>3}  {b.taken_at}  {b.size / 1e6:7.1f} MB  {b.path.name}{before}"))
    print("Restore one with `briefing-app backups restore N`.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        found = backups.list_backups(ws)
        chosen = _choose(found, args.which)
        safety = backups.restore_backup(ws, chosen.path)
    print(terminal_text(f"Restored the backup of {chosen.taken_at} ({chosen.path.name}). "
                        f"The state before is backed up as {safety.name}."))
    return 0


def _choose(found: list[backups.BackupInfo], which: str) -> backups.BackupInfo:
    if which.isdigit() and 1 <= int(which) <= len(found):
        return found[int(which) - 1]
    named = [b for b in found if b.path.name == Path(which).name]
    if named:
        return named[0]
    raise CliError(f"no backup {which!r} (`briefing-app backups` lists {len(found)})")
