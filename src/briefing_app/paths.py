"""Where the app keeps its files. Overridable (flag or environment) so tests never touch $HOME.

BRIEFING_HOME sets the data folder; BRIEFING_DB (or --db) names the workspace file.
"""

from __future__ import annotations

import os
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


def resources_dir() -> Path:
    """Bundled resources: inside the package when installed as a wheel, else the repo's resources/."""
    packaged = Path(__file__).parent / "resources"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "resources"
