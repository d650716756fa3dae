"""The licences of what Briefing Desk ships with, read from resources/licences.toml: the data behind
Help → About → Licences (ui/about.py). No Qt: tests check the list headless."""

from __future__ import annotations

import importlib.metadata
import tomllib
from dataclasses import dataclass

from briefing_app import paths

LICENCES_FILE = "licences.toml"


@dataclass(frozen=True, slots=True)
class Library:
    name: str
    licence: str
    copyright: str
    url: str
    used_for: str
    package: str = ""  # the Python distribution whose installed version is shown
    note: str = ""

    def version(self) -> str:
        """The installed version, or "" (no package, or its metadata is not there)."""
        if not self.package:
            return ""
        try:
            return importlib.metadata.version(self.package)
        except importlib.metadata.PackageNotFoundError:
            return ""


@dataclass(frozen=True, slots=True)
class Licences:
    app_name: str
    app_licence: str
    app_copyright: str
    app_text: str
    libraries: tuple[Library, ...]


def load_licences() -> Licences:
    with paths.resource_path(LICENCES_FILE).open("rb") as handle:
        data = tomllib.load(handle)
    app = data["app"]
    return Licences(app["name"], app["licence"], app["copyright"], _flowing(app["text"]),
                    tuple(Library(**{**entry, "note": _flowing(entry.get("note", ""))}) for entry in data["library"]))


def _flowing(text: str) -> str:
    """The TOML's wrapped lines as one paragraph (the page wraps it to its width)."""
    return " ".join(text.split())
