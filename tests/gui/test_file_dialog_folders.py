"""#15 "save dialogs default to the user's documents folder (remembered per kind), not the hidden
data folder": every chooser that saves or opens a user's file (bundles, session reports, uptake
reports, capital packs) starts in the documents folder, then where that kind was last put."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from briefing_app.ui import file_dialogs
from briefing_app.ui.bundles import BundleFileChooser
from briefing_app.ui.meetings import ReportChooser
from briefing_app.ui.status.base import PdfFileChooser

SAVERS: dict[str, tuple[str, Callable[[str], str]]] = {
    "bundle": ("bundles", lambda name: BundleFileChooser.ask_save(None, name)),
    "session report": ("session-reports", lambda name: ReportChooser.ask_file(None, name)),
    "uptake report": ("uptake-reports", lambda name: PdfFileChooser.ask(None, "uptake-reports", name)),
    "capital pack": ("capital-packs", lambda name: PdfFileChooser.ask(None, "capital-packs", name)),
}


@pytest.mark.parametrize("what", sorted(SAVERS))
def test_save_dialogs_start_in_documents_then_in_the_folder_last_used(what: str, qapp, tmp_path: Path,
                                                                       monkeypatch) -> None:
    kind, ask = SAVERS[what]
    documents, elsewhere = tmp_path / "Documents", tmp_path / "elsewhere"
    documents.mkdir()
    elsewhere.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: documents)
    started: list[str] = []

    def fake_save(parent, title, start, filters):
        started.append(start)
        return str(elsewhere / "chosen.out"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    assert ask("first.out") == str(elsewhere / "chosen.out")
    ask("second.out")
    assert started == [str(documents / "first.out"), str(elsewhere / "second.out")]
    assert file_dialogs.start_folder(kind) == elsewhere
    others = {k for k, _ in SAVERS.values()} - {kind}
    assert all(file_dialogs.start_folder(k) == documents for k in others)  # each kind its own folder


def test_bundle_import_opens_in_documents_and_remembers_the_folder(qapp, tmp_path: Path, monkeypatch) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: documents)
    started: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda parent, title, start, filters: started.append(start) or (str(tmp_path / "in" / "x.briefing"), "")))
    (tmp_path / "in").mkdir()
    assert BundleFileChooser.ask_open(None) == str(tmp_path / "in" / "x.briefing")
    BundleFileChooser.ask_open(None)
    assert started == [str(documents), str(tmp_path / "in")]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: ("", "")))
    assert BundleFileChooser.ask_open(None) == ""  # cancelled
