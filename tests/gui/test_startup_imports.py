"""Start-up imports only what the first view needs (issue #17 item 1): the PDF engine, sqlite-utils
(one migration), the demo loader, the dialogs, the views not on screen and the meetings' capture
parser and session report wait until first used; the feature packages that add only menu actions
are imported after the window's first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from briefing_app.store.workspace import Workspace
from tests.gui.conftest import build_treaty

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from briefing_app.launcher import main  # the `briefing-app` entry point
def report():
    names = ("briefing_app.cli", "briefing_app.cli.common", "reportlab", "sqlite_utils", "briefing_app.cli.pack_commands", "briefing_app.meetings",
             "briefing_app.demo", "briefing_app.packs", "briefing_app.drafts.importer", "briefing_app.ui.dialogs", "briefing_app.ui.matrix_page",
             "briefing_app.ui.search_dialog", "briefing_app.bundles.apply", "briefing_app.ui.bundles.dialogs",
             "briefing_app.ui.meetings.floor_window", "briefing_app.ui.meetings.dialogs",
             "briefing_app.domain.meetings", "briefing_app.domain.capture", "briefing_app.store.meetings_store",
             "briefing_app.store.meetings_report_store", "briefing_app.ui.bundles.backups_view")
    print("loaded:" + ",".join(n for n in names + LATER if n in sys.modules), flush=True)
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "start"))
    window.start.finished.connect(installed)
def installed():
    print("later:" + ",".join(n for n in LATER if n in sys.modules), flush=True)
    app.quit()
LATER = {later!r}
QTimer.singleShot(0, report)
sys.exit(main(["--db", sys.argv[1]]))
"""


LATER = ("briefing_app.ui.drafts", "briefing_app.ui.bundles", "briefing_app.ui.packs", "briefing_app.ui.meetings",
         "briefing_app.ui.bundles.coalition_view", "briefing_app.store.provenance", "briefing_app.bundles.format")


def test_window_shows_without_importing_the_pdf_engine_sqlite_utils_or_hidden_views(tmp_path: Path) -> None:
    db = tmp_path / "treaty.sqlite"
    with Workspace.open(db) as ws:
        build_treaty(ws)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFING_HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", CHILD.replace("{later!r}", repr(LATER)), str(db)], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith(("loaded:", "later:"))]
    assert done.returncode == 0 and len(lines) == 2, done.stderr[-2000:]
    assert lines[0] == "loaded:"
    assert lines[1] == "later:" + ",".join(LATER)  # the features that add only menu actions: after the first paint
