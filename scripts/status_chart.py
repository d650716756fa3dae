"""Render the entry-into-force chart of the demo workspace to docs/screenshots/eif-chart.png.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/status_chart.py
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from briefing_app.demo import install_demo
from briefing_app.status.overview import entry_into_force_of
from briefing_app.store import queries, status_store
from briefing_app.store.workspace import Workspace
from briefing_app.ui.status.eif_chart import EntryIntoForceChart
from briefing_app.workarounds import install_workarounds

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "eif-chart.png"


def main() -> int:
    install_workarounds()
    app = QApplication(sys.argv)
    app.setFont(QFont("DejaVu Sans", 9))
    with tempfile.TemporaryDirectory() as folder, Workspace.open(Path(folder) / "demo.sqlite") as ws:
        install_demo(ws)
        document = queries.documents(ws)[0]
        today = dt.date(2026, 11, 1)
        chart = EntryIntoForceChart()
        chart.resize(640, 280)
        instruments = [e for e in status_store.events_of(ws, document.id) if e.kind.is_instrument]
        chart.set_result(entry_into_force_of(ws, document.id, on=today), today,
                         illustrative=any(e.illustrative for e in instruments))
        chart.grab().save(str(OUT))
    print(OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
