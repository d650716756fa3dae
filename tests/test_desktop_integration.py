"""Linux desktop integration (issue #18 item 3): the files in resources/desktop/ validate with the
desktop's own tools, and `briefing-app install-desktop` puts them where the desktop looks."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app import desktop_integration as desktop
from briefing_app.cli import main

DESKTOP = desktop.desktop_dir()


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian: .ci/run installs it)")
    return found


def test_metainfo_validates_with_appstreamcli() -> None:
    done = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", "--pedantic",
                           str(DESKTOP / f"{desktop.APP_ID}.metainfo.xml")],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Validation was successful" in done.stdout


def test_desktop_file_validates_as_shipped_and_as_installed(tmp_path: Path) -> None:
    tool = _tool("desktop-file-validate")
    installed = tmp_path / f"{desktop.APP_ID}.desktop"
    installed.write_text(desktop.desktop_entry(["/opt/Briefing Desk/briefing-desk"]), encoding="utf-8")
    for path in (DESKTOP / f"{desktop.APP_ID}.desktop", installed):
        done = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0 and done.stdout == "", done.stdout
    assert 'Exec="/opt/Briefing Desk/briefing-desk" %f\n' in installed.read_text(encoding="utf-8")


def test_every_icon_size_is_there_and_that_size() -> None:
    for size in desktop.ICON_SIZES:
        png = DESKTOP / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{desktop.APP_ID}.png"
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n", png
        assert struct.unpack(">II", header[16:24]) == (size, size), png


def test_install_desktop_puts_the_files_under_xdg_data_home_and_the_mime_type_is_known(
        tmp_path: Path, monkeypatch, capsys) -> None:
    if sys.platform != "linux":
        pytest.skip("Linux desktops only")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["install-desktop"]) == 0
    assert "Installed" in capsys.readouterr().out
    share = tmp_path / "share"
    entry = (share / "applications" / f"{desktop.APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" %f") and "briefing" in exec_line
    assert "MimeType=application/x-briefing-bundle;" in entry
    for size in desktop.ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{desktop.APP_ID}.png").is_file()
    assert (share / "metainfo" / f"{desktop.APP_ID}.metainfo.xml").is_file()
    if shutil.which("update-mime-database"):  # the compiled database maps *.briefing to our type
        globs = (share / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-briefing-bundle:*.briefing" in globs
    assert main(["install-desktop", "--uninstall"]) == 0
    assert not (share / "applications" / f"{desktop.APP_ID}.desktop").exists()
    assert not (share / "mime" / "packages" / f"{desktop.APP_ID}.xml").exists()


def test_install_desktop_into_an_unwritable_place_is_a_clear_error(tmp_path: Path, monkeypatch, capsys) -> None:
    if sys.platform != "linux":
        pytest.skip("Linux desktops only")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["install-desktop"]) == 1
    assert "cannot write the desktop files" in capsys.readouterr().err
    assert blocker.read_text() == "not a folder"



def test_metainfo_names_this_version_as_its_newest_release() -> None:
    import xml.etree.ElementTree as ET

    from briefing_app import __version__

    root = ET.parse(DESKTOP / f"{desktop.APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == desktop.APP_ID
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    changelog = (Path(__file__).resolve().parents[1] / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{__version__}] - {releases[0].get('date')}" in changelog
