"""Linux desktop integration (issue #18): the app's .desktop file, icons, AppStream metainfo and the
MIME type of *.briefing bundles, kept in resources/desktop/ and installed for the user by
`briefing-app install-desktop` under $XDG_DATA_HOME (~/.local/share). No Qt: it only copies files
and asks the system's caches to refresh when their tools are there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from briefing_app import paths

APP_ID = "org.briefingdesk.BriefingDesk"
BUNDLE_MIME = "application/x-briefing-bundle"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def desktop_dir() -> Path:
    return paths.resource_path("desktop")


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME")
    return Path(value) if value else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """What the installed .desktop file runs: the frozen executable, else this installation's
    `briefing-app` script (or Python on the package when there is none)."""
    if paths.is_frozen():
        return [sys.executable]
    script = Path(sys.executable).parent / "briefing-app"
    if script.is_file():
        return [str(script)]
    found = shutil.which("briefing-app")
    return [found] if found else [sys.executable, "-m", "briefing_app"]


def desktop_entry(command: list[str]) -> str:
    """The .desktop file with Exec= running `command` on the opened file (%f)."""
    text = (desktop_dir() / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = " ".join(_desktop_quote(part) for part in command) + " %f"
    return "".join(f"Exec={exec_line}\n" if line.startswith("Exec=") else line
                   for line in text.splitlines(keepends=True))


def _desktop_quote(part: str) -> str:
    """Quoting of the Desktop Entry specification's Exec key (a reserved character means quotes)."""
    if part and not any(c in part for c in " \t\n\"'\\><~|&;$*?#()`%"):
        return part
    escaped = part.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped.replace("%", "%%")}"'


@dataclass(frozen=True, slots=True)
class Installed:
    files: tuple[Path, ...]
    refreshed: tuple[str, ...]  # the cache tools that ran


def planned_files(root: Path) -> dict[Path, Path | None]:
    """target → source (None: the .desktop file, written with this installation's command)."""
    source = desktop_dir()
    files: dict[Path, Path | None] = {
        root / "applications" / f"{APP_ID}.desktop": None,
        root / "mime" / "packages" / f"{APP_ID}.xml": source / f"{APP_ID}.mime.xml",
        root / "metainfo" / f"{APP_ID}.metainfo.xml": source / f"{APP_ID}.metainfo.xml",
        root / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": source / f"{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        relative = Path("hicolor") / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        files[root / "icons" / relative] = source / "icons" / relative
    return files


def install_desktop(root: Path | None = None, command: list[str] | None = None) -> Installed:
    """Copy the desktop files under `root` (default $XDG_DATA_HOME) and refresh the caches."""
    root = root or data_home()
    written = []
    for target, source in planned_files(root).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(desktop_entry(command or launch_command()), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    return Installed(tuple(written), _refresh_caches(root))


def uninstall_desktop(root: Path | None = None) -> Installed:
    root = root or data_home()
    removed = [target for target in planned_files(root) if target.exists()]
    for target in removed:
        target.unlink()
    return Installed(tuple(removed), _refresh_caches(root))


def _refresh_caches(root: Path) -> tuple[str, ...]:
    tools = (("update-mime-database", [str(root / "mime")]),
             ("update-desktop-database", [str(root / "applications")]),
             ("gtk-update-icon-cache", ["-f", "-t", "-q", str(root / "icons" / "hicolor")]))
    ran = []
    for tool, args in tools:
        if shutil.which(tool):
            subprocess.run([tool, *args], capture_output=True, timeout=60, check=False)
            ran.append(tool)
    return tuple(ran)

