"""Where the app keeps its files. Overridable (flag or environment) so tests never touch $HOME.

BRIEFING_HOME sets the data folder; BRIEFING_DB (or --db) names the workspace file. Bundled
resources are found through `resource_path`, the same way in a source checkout, an installed wheel
and the frozen app (PyInstaller, packaging/briefing-desk.spec).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "briefing-desk"
WORKSPACE_FILE = "workspace.sqlite"


def data_dir() -> Path:
    override = os.environ.get("BRIEFING_HOME")
    return Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_workspace() -> Path:
    return data_dir() / WORKSPACE_FILE


def demo_workspace() -> Path:
    """The workspace File → Open the demo workspace opens (made with the demo corpus on first use)."""
    return data_dir() / "demo.sqlite"


def workspace_from_env() -> Path | None:
    value = os.environ.get("BRIEFING_DB")
    return Path(value) if value else None


def backups_dir() -> Path:
    return data_dir() / "backups"


def keys_dir() -> Path:
    """This computer's own signing and decryption keys (bundles/keystore.py), never in a workspace."""
    return data_dir() / "keys"


def temp_dir() -> Path:
    """Private scratch space (bundle copies); created with owner-only permissions."""
    path = data_dir() / "tmp"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def program_name() -> str:
    """The command as the user types it: the frozen app's executable, else the installed script."""
    return "briefing-desk" if is_frozen() else "briefing-app"


def is_frozen() -> bool:
    """True in the self-contained app PyInstaller builds (`./dev dist`)."""
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    """Bundled resources: next to the frozen app's modules, inside the package when installed as a
    wheel, else the repository's resources/."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    packaged = Path(__file__).parent / "resources"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """One bundled file or folder, e.g. resource_path("desktop", "briefing-desk.svg")."""
    return resources_dir().joinpath(*parts)


HELPER_FLAG = "--helper-process"  # hidden: the frozen app runs one of HELPERS instead of starting
HELPERS = {"pdf-worker": "briefing_app.drafts.pdf_worker"}


_HELPER_BOOT = ("import importlib, sys; sys.path.insert(0, sys.argv.pop(1)); "
                "sys.exit(importlib.import_module(sys.argv.pop(1)).main(sys.argv[1:]))")


def helper_command(name: str) -> list[str]:
    """The command that runs helper `name` (a module with main(argv)) in its own process: Python in
    isolated mode importing briefing_app from where this process did (isolated mode ignores
    PYTHONPATH, and another copy may be installed), or, frozen, the app's own executable with the
    hidden HELPER_FLAG (a frozen app has no interpreter to point at a module)."""
    if is_frozen():  # Windows: the console executable beside the windowed one, so stdout is a pipe
        console = Path(sys.executable).with_name("briefing-desk-cli.exe")
        return [str(console) if console.is_file() else sys.executable, HELPER_FLAG, name]
    return [sys.executable, "-I", "-c", _HELPER_BOOT, str(Path(__file__).resolve().parents[1]), HELPERS[name]]
