"""The licence page's data (resources/licences.toml): everything the app ships with is listed with a
licence, and the versions shown are the installed ones (issue #18 item 2)."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

from briefing_app.licences import load_licences

PYPROJECT = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


SHIPPED_EXTRAS = ("docx", "keyring")  # optional for a source install; the app folder carries them


def _with_dependencies(requirements: list[str]) -> set[str]:
    """The distributions these requirements install on this system, their own dependencies included."""
    from packaging.requirements import Requirement

    found: set[str] = set()
    pending = [Requirement(r) for r in requirements]
    while pending:
        requirement = pending.pop()
        name = _normal(requirement.name)
        if name in found or (requirement.marker is not None and not requirement.marker.evaluate({"extra": ""})):
            continue
        found.add(name)
        pending += [Requirement(r) for r in importlib.metadata.requires(requirement.name) or []]
    return found


def test_every_shipped_library_and_its_own_dependencies_are_listed() -> None:
    licences = load_licences()
    listed = {_normal(library.package) for library in licences.libraries if library.package}
    names = _normal(" ".join(library.name for library in licences.libraries))
    project = PYPROJECT["project"]
    wanted = _with_dependencies(project["dependencies"] + [
        r for extra in SHIPPED_EXTRAS for r in project["optional-dependencies"][extra]])
    wanted.discard("pip")  # sqlite-utils' `install` command wants it; the app never uses it, nor ships it
    assert {"keyring", "jaraco-classes", "more-itertools", "python-docx", "sqlcipher3-wheels"} <= wanted
    missing = sorted(w for w in wanted if w not in listed and not re.search(rf"(^|[^a-z0-9-]){re.escape(w)}($|[^a-z0-9-])", names))
    assert missing == []


def test_each_entry_has_a_licence_a_holder_and_a_link() -> None:
    licences = load_licences()
    assert licences.app_licence == PYPROJECT["project"]["license"]["text"]
    assert len(licences.libraries) >= 15
    for library in licences.libraries:
        assert library.licence and library.copyright and library.used_for, library.name
        assert library.url.startswith(("https://", "http://")), library.name


def test_versions_are_the_installed_ones() -> None:
    by_package = {library.package: library for library in load_licences().libraries if library.package}
    assert by_package["reportlab"].version() == importlib.metadata.version("reportlab")
    assert by_package["PySide6-Essentials"].version().startswith("6.")
    qt = by_package["PySide6-Essentials"]
    assert qt.licence == "LGPL-3.0-only" and "replace them" in qt.note
