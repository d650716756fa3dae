"""Private bundle copies a killed import left behind (tens of MB each) are removed: on every start
and before each bundle is opened. Kept free of heavy imports: the app's start-up calls it.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

STALE_SECONDS = 24 * 3600


def _owner_alive(folder: Path) -> bool | None:
    """Is the process that made this private copy (`bundle-<pid>-…`) still running? None: unknown."""
    parts = folder.name.split("-")
    if len(parts) < 3 or not parts[1].isdigit():
        return None
    try:
        os.kill(int(parts[1]), 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, but belongs to someone else
        return True
    return True


def sweep_stale_copies(folder: Path) -> list[Path]:
    """Remove private copies a killed import left behind: those whose process is gone, and any older
    than a day. Called on every start (startup.open_workspace) and before each bundle is opened."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for leftover in folder.glob("bundle-*"):
        try:
            alive = _owner_alive(leftover)
            old = time.time() - leftover.stat().st_mtime > STALE_SECONDS
            if (alive is False or (alive is None and old)) and leftover.name != f"bundle-{os.getpid()}":
                shutil.rmtree(leftover, ignore_errors=True)
                removed.append(leftover)
        except OSError:
            continue
    return removed
