"""bundles/ keeps SQL on the bundle file only (issue 16 item 5): the workspace is reached through
store/ functions that take a Workspace, never through its raw connection."""

from __future__ import annotations

import re
from pathlib import Path

BUNDLES = Path(__file__).resolve().parents[2] / "src" / "briefing_app" / "bundles"


def test_bundles_never_touch_the_workspace_connection() -> None:
    offenders = []
    for path in sorted(BUNDLES.glob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            # the reader's own hardened connection to the bundle copy is `self.conn` / `bundle.conn`
            if re.search(r"(?<!self)(?<!bundle)(?<!opened)\.conn\b", line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []


def test_only_the_reader_and_the_writer_of_bundle_files_open_sqlite_connections() -> None:
    opening = sorted(p.name for p in BUNDLES.glob("*.py") if "sqlite3.connect(" in p.read_text(encoding="utf-8"))
    assert opening == ["export.py", "reader.py"]
