"""Render the app icon's PNG sizes (freedesktop hicolor theme) from the one SVG we draw,
resources/desktop/org.briefingdesk.BriefingDesk.svg, into resources/desktop/icons/.

Run after changing the SVG: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/desktop_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from briefing_app.desktop_integration import APP_ID, ICON_SIZES, desktop_dir


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(out: Path | None = None) -> list[Path]:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert app is not None
    folder = out or desktop_dir() / "icons"
    svg = desktop_dir() / f"{APP_ID}.svg"
    written = []
    for size in ICON_SIZES:
        target = folder / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(svg, size).save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    return written


if __name__ == "__main__":
    for path in main():
        print(path)
