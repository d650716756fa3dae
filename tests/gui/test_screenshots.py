"""scripts/screenshots.py keeps working: it renders every documented view of the demo workspace."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

# Offscreen cannot raise windows or grab the keyboard for floor mode's completion popup; it says so.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support ((raise|propagateSizeHints)\(\)|grabbing the keyboard)")
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"
README = Path(__file__).resolve().parents[2] / "README.md"


def test_screenshot_script_renders_the_views_the_readme_shows(qapp, tmp_path: Path, capsys) -> None:
    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--out", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.glob("*.png"))
    assert written == ["akn-export.png", "amendments-redline.png", "bundle-signature-preview.png", "coalition-folder.png",
                       "delegations.png", "draft-compare.png", "draft-review.png", "empty-workspace.png", "floor-mode.png",
                       "import-structure.png", "interface-fr.png", "locked.png", "main-concerns.png", "matrix-from-meeting.png",
                       "national-implementation.png", "negotiating-text.png", "partner-keys.png",
                       "position-matrix.png", "proposals.png", "search.png",
                       "sources-and-cases.png", "treaty-status-fr.png", "treaty-status.png", "uptake.png"]
    for name in written:
        image = QImage(str(tmp_path / name))
        assert image.width() >= 600 and image.height() >= 400
        assert f"docs/screenshots/{name}" in README.read_text(encoding="utf-8")


def test_readme_screenshots_text_names_every_sidebar_view(qtbot, treaty) -> None:
    """Every view of the real window (its features' too: the after-adoption views), as the screenshots show."""
    from briefing_app.ui.features import DEFAULT_FEATURES
    from briefing_app.ui.main_window import MainWindow

    window = MainWindow(treaty.ws, features=DEFAULT_FEATURES)
    qtbot.addWidget(window)
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Screenshots"):text.index("## Run the tests")]
    for page in window.registry.pages:
        label, key = page.action.text().replace("&", ""), page.action.shortcut().toString()
        assert f"View → {label} ({key})" in section
