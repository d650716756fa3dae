"""Report files written atomically: a failed write leaves the old file and no temporary file."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path


def write_atomically(path: Path, rows: Sequence[Sequence[str]]) -> None:
    """Write CSV rows (UTF-8 with BOM, so spreadsheets read accents) to `path` via a temp file and rename."""
    target = Path(path)
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or Path("."))
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out).writerows(rows)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
