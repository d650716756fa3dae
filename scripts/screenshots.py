"""Render the main views of the demo workspace to docs/screenshots/*.png (offscreen, fixed font).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from briefing_app.demo import install_demo  # noqa: E402
from briefing_app.domain.enums import ProvisionKind  # noqa: E402
from briefing_app.domain.models import Provision  # noqa: E402
from briefing_app.store import queries  # noqa: E402
from briefing_app.store.workspace import Workspace  # noqa: E402
from briefing_app.ui.i18n import install_translations  # noqa: E402
from briefing_app.ui.main_window import MainWindow  # noqa: E402

SIZE = (1440, 880)


def article(ws: Workspace, heading: str) -> Provision:
    """The latest version's article with this heading."""
    document = queries.documents(ws)[0]
    version = queries.latest_version(ws, document.id)
    assert version is not None
    return next(p for p in queries.provisions_of(ws, version.id)
                if p.kind is ProvisionKind.ARTICLE and p.heading == heading)


def save(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(out / name))
    print(out / name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    install_translations(app)
    font, style = app.font(), app.style().name()
    app.setStyle("Fusion")
    app.setFont(QFont("DejaVu Sans", 10))
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        ws = Workspace.open(Path(tmp) / "demo.sqlite")
        install_demo(ws)
        window = MainWindow(ws, features=())
        window.resize(*SIZE)
        window.show()
        window.select_provision(article(ws, "Interception of content data").id)
        window.panel.tabs.setCurrentIndex(0)
        save(window, args.out, "main-concerns.png")
        window.select_provision(article(ws, "Respect for human rights").id)
        window.panel.tabs.setCurrentIndex(1)
        save(window, args.out, "amendments-redline.png")
        window.show_page("matrix")
        window.matrix_page.amendments_box.setChecked(True)
        save(window, args.out, "position-matrix.png")
        window.show_page("delegations")
        page = window.delegations_page
        noted = [r for r in range(page.proxy.rowCount())
                 if "⚠ INTERNAL" in _detail_after_select(page, r)]
        page.select_row(noted[0] if noted else 0)
        save(window, args.out, "delegations.png")
        window.show_page("evidence")
        save(window, args.out, "sources-and-cases.png")
        window.show_page("provisions")
        window.open_search()
        window.search_dialog.query_edit.setText("interception")
        window.search_dialog.run_search()
        save(window.search_dialog, args.out, "search.png")
        window.search_dialog.hide()
        window.close()
        ws.close()
    app.setStyle(style)
    app.setFont(font)
    return 0


def _detail_after_select(page: object, row: int) -> str:
    page.select_row(row)  # type: ignore[attr-defined]
    return str(page.detail.plain_text())  # type: ignore[attr-defined]


if __name__ == "__main__":
    raise SystemExit(main())
