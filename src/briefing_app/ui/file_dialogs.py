"""File dialogs that open where the user last saved or opened that kind of file, and the first
time in their documents folder (never the hidden data folder the workspace lives in).

Every kind of file has its own remembered folder ("packs", "pack-batches", "bundles", …): call
`FileDialogs.ask_save(parent, kind, title, file_name, filters)` (or `ask_open`, `ask_folder`);
tests monkeypatch those classmethods or read `start_folder(kind)`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from briefing_app.ui.settings import app_settings


def documents_folder() -> Path:
    """The user's documents folder (the home folder when the platform names none that exists)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def _key(kind: str) -> str:
    return f"folders/{kind}"


def start_folder(kind: str, settings: QSettings | None = None, subfolder: str = "") -> Path:
    """Where a dialog for `kind` opens: the folder last used for it while it still exists, else
    the documents folder (or its `subfolder`, which may not exist yet: a folder to create)."""
    value = (settings or app_settings()).value(_key(kind), "")
    folder = Path(str(value)) if value else None
    if folder is not None and folder.is_dir():
        return folder
    return documents_folder() / subfolder if subfolder else documents_folder()


def remember_folder(kind: str, folder: Path, settings: QSettings | None = None) -> None:
    (settings or app_settings()).setValue(_key(kind), str(folder))


class FileDialogs:
    """The platform's file dialogs, starting in the remembered folder of each kind."""

    @classmethod
    def ask_save(cls, parent: QWidget | None, kind: str, title: str, file_name: str, filters: str) -> Path | None:
        """The chosen file (None: cancelled); its folder becomes the kind's folder."""
        chosen = QFileDialog.getSaveFileName(parent, title, str(start_folder(kind) / file_name), filters)[0]
        if not chosen:
            return None
        remember_folder(kind, Path(chosen).parent)
        return Path(chosen)

    @classmethod
    def ask_open(cls, parent: QWidget | None, kind: str, title: str, filters: str) -> Path | None:
        chosen = QFileDialog.getOpenFileName(parent, title, str(start_folder(kind)), filters)[0]
        if not chosen:
            return None
        remember_folder(kind, Path(chosen).parent)
        return Path(chosen)

    @classmethod
    def ask_folder(cls, parent: QWidget | None, kind: str, title: str, start: Path | None = None) -> Path | None:
        """A folder (None: cancelled), starting at `start` or the kind's folder; remembered."""
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start or start_folder(kind)))
        if not chosen:
            return None
        remember_folder(kind, Path(chosen))
        return Path(chosen)
