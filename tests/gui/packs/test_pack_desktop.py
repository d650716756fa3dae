"""Desktop conventions of the pack UI: Open PDF / Show in folder after an export, save dialogs that
start in the documents folder and remember the last one per kind, Ctrl+P prints the previewed pack
(Ctrl+E exports), a real "Folder:" label, and closing with unsaved profile edits asks first."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QFormLayout, QLabel

from briefing_app.domain.enums import Severity
from briefing_app.domain.models import Delegation
from briefing_app.packs.batch import Overrides
from briefing_app.store.packs_store import load_profile
from briefing_app.ui import file_dialogs
from briefing_app.ui.desktop import Desktop
from briefing_app.ui.packs import PacksController
from briefing_app.ui.packs.asks import PackFileChooser, UnsavedProfile
from briefing_app.ui.packs.batch_dialog import BatchChoice, BatchExportDialog
from briefing_app.ui.packs.exported import BatchDone
from briefing_app.ui.packs.printing import PrintDialogs
from tests.gui.packs.conftest import preview_ready

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")


def _open(window, delegation_id, qtbot):
    dialog = window.features.get(PacksController).export_pack(delegation_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: preview_ready(dialog), timeout=20000)
    return dialog


def test_after_saving_the_pdf_can_be_opened_or_shown_in_its_folder(pack_window, qtbot, tmp_path, monkeypatch):
    window, fx = pack_window
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(PackFileChooser, "ask_save", classmethod(lambda cls, parent, suggested: str(target)))
    handed: list[tuple[str, Path]] = []
    monkeypatch.setattr(Desktop, "open_file", classmethod(lambda cls, path: handed.append(("open", path)) or True))
    monkeypatch.setattr(Desktop, "show_in_folder", classmethod(lambda cls, path: handed.append(("show", path)) or True))
    dialog = _open(window, fx.kenya.id, qtbot)
    assert dialog.exported.isHidden()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.jobs and target.is_file(), timeout=20000)
    assert not dialog.exported.isHidden() and "Saved out.pdf" in dialog.exported.message.text()
    dialog.exported.open_button.click()
    dialog.exported.show_button.click()
    assert handed == [("open", target), ("show", target)]


def test_save_dialog_starts_in_documents_then_in_the_folder_last_used(pack_window, qtbot, tmp_path, monkeypatch):
    window, fx = pack_window
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: documents)
    asked: list[str] = []
    chosen = tmp_path / "chosen" / "kenya.pdf"
    chosen.parent.mkdir()

    def fake_save(parent, title, start, filters):
        asked.append(start)
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    dialog = _open(window, fx.kenya.id, qtbot)
    assert PackFileChooser.ask_save(dialog, "briefing-ke-full-2026-01-01.pdf") == str(chosen)
    PackFileChooser.ask_save(dialog, "again.pdf")
    assert asked == [str(documents / "briefing-ke-full-2026-01-01.pdf"), str(chosen.parent / "again.pdf")]
    assert file_dialogs.start_folder("bundles") == documents  # each kind remembers its own folder


def test_the_suggested_name_follows_the_file_name_scheme(pack_window, qtbot, monkeypatch):
    window, fx = pack_window
    suggested: list[str] = []
    monkeypatch.setattr(PackFileChooser, "ask_save", classmethod(lambda cls, parent, name: suggested.append(name) or ""))
    dialog = _open(window, fx.kenya.id, qtbot)
    dialog.save_button.click()
    assert suggested == ["briefing-ke-full-2026-01-01.pdf"]


def test_ctrl_p_prints_the_previewed_pack_and_ctrl_e_exports(pack_window, qtbot, tmp_path, monkeypatch):
    window, fx = pack_window
    assert window.registry.action("packs.print").shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert window.registry.action("packs.export").shortcut() == QKeySequence("Ctrl+E")
    out = tmp_path / "printed.pdf"
    asked: list[int] = []

    def to_file(cls, parent, printer: QPrinter, pages: int) -> bool:
        asked.append(pages)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(PrintDialogs, "ask", classmethod(to_file))
    controller = window.features.get(PacksController)
    dialog = controller.export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    controller.print_pack()  # asked before the preview is ready: prints once it is
    qtbot.waitUntil(lambda: out.is_file() and not dialog.jobs, timeout=30000)
    assert asked == [dialog.last.pages]
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == dialog.last.pages
    assert dialog.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_batch_dialog_folder_label_is_a_real_mnemonic(qtbot, tmp_path) -> None:
    dialog = BatchExportDialog([Delegation(name="Kenya", iso_code="KE")], str(tmp_path))
    qtbot.addWidget(dialog)
    form = dialog.findChild(QFormLayout)
    label = form.labelForField(form.itemAt(0, QFormLayout.ItemRole.FieldRole).layout())
    assert isinstance(label, QLabel) and label.text() == "&Folder:" and label.buddy() is dialog.folder


def test_batch_starts_in_documents_and_reports_with_a_folder_button(pack_window, qtbot, tmp_path, monkeypatch):
    window, fx = pack_window
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: tmp_path / "Docs")
    offered: list[str] = []
    folder = tmp_path / "batch"
    monkeypatch.setattr(BatchExportDialog, "ask", classmethod(
        lambda cls, delegations, start, parent: offered.append(start) or BatchChoice([fx.kenya.id], folder, Overrides())))
    reports: list[Path] = []
    monkeypatch.setattr(BatchDone, "show", classmethod(lambda cls, parent, title, text, where: reports.append(where)))
    controller = window.features.get(PacksController)
    controller.workers = 1
    controller.export_batch()
    qtbot.waitUntil(lambda: bool(reports), timeout=30000)
    assert offered == [str(tmp_path / "Docs" / "Briefing packs")] and reports == [folder]
    controller.export_batch()
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=30000)
    assert offered[1] == str(folder)  # remembered


@pytest.mark.parametrize("answer", ["cancel", "save", "discard"])
def test_closing_with_unsaved_profile_edits_asks_first(pack_window, qtbot, monkeypatch, answer):
    window, fx = pack_window
    asked: list[str] = []
    monkeypatch.setattr(UnsavedProfile, "ask", classmethod(lambda cls, parent, name: asked.append(name) or answer))
    dialog = _open(window, fx.kenya.id, qtbot)
    dialog.editor.severity.setCurrentIndex(dialog.editor.severity.findData("low"))
    dialog.close()
    assert asked == ["Default"]
    assert dialog.isVisible() is (answer == "cancel")
    saved = load_profile(window.workspace, fx.kenya.id).min_severity
    assert saved is (Severity.LOW if answer == "save" else Severity.HIGH)
    qtbot.waitUntil(lambda: not dialog.jobs, timeout=20000)


def test_closing_without_edits_asks_nothing(pack_window, qtbot, monkeypatch):
    window, fx = pack_window
    monkeypatch.setattr(UnsavedProfile, "ask", classmethod(lambda cls, parent, name: pytest.fail("asked")))
    dialog = _open(window, fx.kenya.id, qtbot)
    dialog.reject()
    assert not dialog.isVisible()


def test_export_dialog_mnemonics_are_distinct(pack_window, qtbot) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton

    window, fx = pack_window
    dialog = _open(window, fx.kenya.id, qtbot)
    texts = [b.text() for b in dialog.findChildren(QAbstractButton)]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    keys = [m.group(1).lower() for t in texts for m in [re.search(r"&([^&\s])", t)] if m]
    assert "p" in keys and len(keys) == len(set(keys)), sorted(keys)
