"""The frozen app (issue #18 item 5): PyInstaller builds dist/briefing-desk/ (cached by the hash of
its inputs, packaging/frozen_build.py) and the executable runs on a fresh profile: --version,
info --json, a pack export (fonts carried), a batch export through its worker processes, the PDF
reader's helper process, and the window offscreen until shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app import __version__

pytestmark = pytest.mark.slow
pytest.importorskip("PyInstaller", reason="the `dist` extra (pip install -e '.[dist]') brings PyInstaller")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))
import frozen_build  # noqa: E402

sys.path.pop(0)


@pytest.fixture(scope="module")
def app_folder() -> Path:
    return frozen_build.build()


@pytest.fixture
def profile(tmp_path: Path) -> dict[str, str]:
    """A fresh user: HOME and the XDG folders in tmp, nothing inherited that points at the source tree."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("BRIEFING_", "PYTHON", "XDG_")) and k not in ("VIRTUAL_ENV",)}
    home = tmp_path / "home"
    for name in ("data", "config", "cache", "state"):
        (home / name).mkdir(parents=True)
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"), QT_QPA_PLATFORM="offscreen")
    return env


def _run(app_folder: Path, env: dict[str, str], *args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(frozen_build.executable(app_folder)), *args], capture_output=True, text=True,
                          env=env, timeout=timeout, check=False, cwd=env["HOME"])


def test_version(app_folder: Path, profile: dict[str, str]) -> None:
    done = _run(app_folder, profile, "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"briefing-desk {__version__}", done.stderr


def test_info_on_a_fresh_profile_creates_the_demo_workspace_in_the_data_folder(app_folder: Path,
                                                                              profile: dict[str, str]) -> None:
    done = _run(app_folder, profile, "info", "--json")
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert info["app_version"] == __version__ and info["demo"] is True
    assert info["counts"]["provisions"] > 100
    assert Path(info["workspace"]).is_relative_to(profile["XDG_DATA_HOME"])


def test_pack_export_embeds_the_fonts_the_app_carries(app_folder: Path, profile: dict[str, str]) -> None:
    out = Path(profile["HOME"]) / "kenya.pdf"
    done = _run(app_folder, profile, "pack", "--delegation", "KE", "--out", str(out))
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"DejaVuSans" in data
    assert (app_folder / "_internal" / "resources" / "fonts" / "DejaVuSans.ttf").is_file()


def test_batch_export_runs_its_worker_processes_frozen(app_folder: Path, profile: dict[str, str]) -> None:
    out = Path(profile["HOME"]) / "packs"
    done = _run(app_folder, profile, "pack", "--all", "--out-dir", str(out), "--jobs", "2",
                "--template", "talking-points")
    assert done.returncode == 0, done.stderr
    assert len(list(out.glob("*.pdf"))) >= 30


def test_pdf_reader_helper_process_runs_frozen(app_folder: Path, profile: dict[str, str], tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "draft.pdf"
    page = canvas.Canvas(str(pdf))
    page.drawString(72, 720, "Article 1. Scope of application")
    page.save()
    limits = json.dumps({"seconds": 60, "memory_mb": 1536, "pages": 10, "min_chars_per_page": 1})
    done = _run(app_folder, profile, "--helper-process", "pdf-worker", str(pdf), limits)
    assert done.returncode == 0, done.stderr
    pages = json.loads(done.stdout)["pages"]
    assert len(pages) == 1 and "Article 1" in "".join(row[0] for row in pages[0][2])


def test_window_starts_offscreen_until_shown(app_folder: Path, profile: dict[str, str]) -> None:
    env = {**profile, "BRIEFING_EXIT_WHEN_SHOWN": "1"}
    done = _run(app_folder, env, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "shown: " in done.stdout and "(visible; menus: File, Edit, View" in done.stdout
    assert "Traceback" not in done.stderr


def test_window_is_in_french_on_a_french_system(app_folder: Path, profile: dict[str, str]) -> None:
    """The UI catalogues travel compiled (the app folder has no lrelease to compile them)."""
    env = {**profile, "BRIEFING_EXIT_WHEN_SHOWN": "1", "LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8",
           "LANGUAGE": "fr"}
    done = _run(app_folder, env, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "menus: Fichier, " in done.stdout, done.stdout


def test_only_the_qt_modules_the_app_uses_are_in_the_folder(app_folder: Path) -> None:
    names = {path.name for path in app_folder.rglob("*")}
    unwanted = [name for name in names
                if name.startswith(("libQt6WebEngine", "libQt6Qml", "libQt6Quick", "libQt63D", "libQt6Multimedia",
                                    "libQt6Charts", "libQt6Designer", "QtWebEngine", "QtQml", "QtQuick"))]
    assert unwanted == []
    for needed in ("libQt6Widgets.so.6", "libQt6Pdf.so.6", "libQt6PdfWidgets.so.6", "libQt6PrintSupport.so.6"):
        assert sys.platform != "linux" or needed in names, needed


def test_install_desktop_from_the_frozen_app_launches_the_frozen_app(app_folder: Path, profile: dict[str, str]) -> None:
    if sys.platform != "linux":
        pytest.skip("Linux desktops only")
    done = _run(app_folder, profile, "install-desktop")
    assert done.returncode == 0, done.stderr
    entry = Path(profile["XDG_DATA_HOME"]) / "applications" / "org.briefingdesk.BriefingDesk.desktop"
    assert f"Exec={frozen_build.executable(app_folder)} %f" in entry.read_text(encoding="utf-8")
    icon = Path(profile["XDG_DATA_HOME"]) / "icons" / "hicolor" / "48x48" / "apps" / "org.briefingdesk.BriefingDesk.png"
    assert icon.is_file()


def test_bundle_export_and_import_run_frozen(app_folder: Path, profile: dict[str, str]) -> None:
    """Signing (cryptography) and the hardened bundle reader work from the app folder."""
    bundle = Path(profile["HOME"]) / "ours.briefing"
    done = _run(app_folder, profile, "bundle", "export", "--out", str(bundle), "--organization", "Our NGO")
    assert done.returncode == 0, done.stderr
    other = Path(profile["HOME"]) / "partner.sqlite"
    done = _run(app_folder, profile, "--db", str(other), "bundle", "import", str(bundle), "--json")
    assert done.returncode == 0, done.stderr
    with_partner = json.loads(_run(app_folder, profile, "--db", str(other), "info", "--json").stdout)
    assert with_partner["counts"]["concerns"] > 0
