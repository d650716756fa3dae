"""Shared fixtures. Tests never touch $HOME: BRIEFING_HOME points into a temp folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from briefing_app.workarounds import install_workarounds  # noqa: E402

install_workarounds()  # as the app and the CLI do, before Qt or reportlab is imported

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from briefing_app.demo import Corpus, install_demo, load_corpus  # noqa: E402
from briefing_app.store.workspace import Workspace  # noqa: E402

_CORPUS: Corpus | None = None


def demo_corpus() -> Corpus:
    """The demo corpus, parsed once per test session."""
    global _CORPUS  # noqa: PLW0603 (parsed once per session, lazily)
    if _CORPUS is None:
        _CORPUS = load_corpus()
    return _CORPUS


class FixedClock:
    """A deterministic clock: each call advances one second."""

    def __init__(self, start: int = 0) -> None:
        self.tick = start

    def __call__(self) -> str:
        self.tick += 1
        minutes, seconds = divmod(self.tick, 60)
        hours, minutes = divmod(minutes, 60)
        return f"2026-01-01T{hours:02d}:{minutes:02d}:{seconds:02d}Z"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BRIEFING_HOME", str(home))
    monkeypatch.delenv("BRIEFING_DB", raising=False)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """An empty workspace (schema only) with a fixed clock."""
    ws = Workspace.open(tmp_path / "empty.sqlite", clock=FixedClock())
    yield ws
    ws.close()


@pytest.fixture
def demo_workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A fresh workspace holding the demo corpus."""
    ws = Workspace.open(tmp_path / "demo.sqlite", clock=FixedClock())
    install_demo(ws, demo_corpus())
    yield ws
    ws.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


AKN_XSD = Path(__file__).resolve().parents[1].parent / "shared" / "standards" / "akn" / "akomantoso30.xsd"


@pytest.fixture(scope="session")
def akn_schema():
    """The OASIS Akoma Ntoso 3.0 schema, loaded once per test session (about a second with lxml)."""
    from lxml import etree

    path = next((p for p in (AKN_XSD, Path("/work/shared/standards/akn/akomantoso30.xsd")) if p.exists()), None)
    assert path is not None, f"the Akoma Ntoso schema is missing: expected {AKN_XSD}"
    return etree.XMLSchema(etree.parse(str(path)))
