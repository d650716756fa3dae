"""The app icon's PNG sizes come from the one SVG we draw (scripts/desktop_icons.py, issue #18 item 3)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QImage

from briefing_app import desktop_integration as desktop


def test_icons_are_rendered_from_the_svg(qapp, tmp_path: Path) -> None:
    """scripts/desktop_icons.py makes each size from the one SVG (the checked-in PNGs are its output)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    try:
        import desktop_icons
    finally:
        sys.path.pop(0)
    written = desktop_icons.main(tmp_path)
    assert len(written) == len(desktop.ICON_SIZES)
    big = QImage(str(written[-1]))
    assert big.width() == 512 and big.pixelColor(256, 256).alpha() == 255  # the page, opaque
    assert big.pixelColor(0, 0).alpha() == 0  # outside the rounded tile
