"""`briefing-app install-desktop`: the app in the desktop's menus, with its icon, and *.briefing
bundles opening in it (briefing_app/desktop_integration.py); `--uninstall` takes it all back.
`briefing-app open FILE`: the window with that bundle's import preview (in the window already open
on the workspace, when there is one)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from briefing_app.cli.common import CliError, add_command


def register(commands: Any) -> None:
    install = add_command(
        commands, "install-desktop",
        "Add Briefing Desk to this user's desktop menus (Linux): its .desktop file, icons, AppStream "
        "metainfo and the *.briefing file type, under $XDG_DATA_HOME (~/.local/share).", run_install)
    install.add_argument("--uninstall", action="store_true", help="remove what install-desktop added")
    opener = add_command(
        commands, "open",
        "Show a *.briefing bundle's import preview in the desktop window: in the window already open on "
        "the workspace (brought to the front), else in a new one.", run_open)
    opener.add_argument("file", type=Path, metavar="FILE", help="the *.briefing bundle")


def run_open(args: argparse.Namespace) -> int:
    from briefing_app.cli import start_window

    args.bundle = args.file.absolute()
    return start_window(args)


def run_install(args: argparse.Namespace) -> int:
    from briefing_app import desktop_integration as desktop

    if sys.platform != "linux":
        raise CliError("install-desktop is for Linux desktops; on Windows and macOS the installer "
                       "registers the app and its *.briefing files (README, 'The app folder').")
    try:
        done = desktop.uninstall_desktop() if args.uninstall else desktop.install_desktop()
    except OSError as error:
        raise CliError(f"cannot write the desktop files: {error}") from error
    verb = "Removed" if args.uninstall else "Installed"
    print(f"{verb} {len(done.files)} files under {desktop.data_home()}"
          + (f"; refreshed with {', '.join(done.refreshed)}" if done.refreshed else "") + ".")
    if not args.uninstall:
        print(f"Briefing Desk is in the Office menu; *.briefing files ({desktop.BUNDLE_MIME}) open its import preview.")
    return 0
