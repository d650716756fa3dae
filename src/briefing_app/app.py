"""Composition root of the desktop app: paths, workspace, QApplication, main window — wiring only."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(db: Path | None = None, demo: bool = False) -> int:
    """Start the desktop app; returns the process exit code."""
    print(
        "The Briefing Desk window is not available in this build yet.\n"
        "Use the command line meanwhile:  briefing-app info  |  briefing-app search WORDS\n"
        "(briefing-app --help lists every command)",
        file=sys.stderr,
    )
    return 1
