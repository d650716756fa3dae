"""Bundles in the desktop app: export dialog, preview before import (menu and drag-and-drop), refusals,
jobs off the GUI thread with cancel, conflicts side by side, undo, check, contributions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QUndoCommand
from PySide6.QtWidgets import QLabel

from briefing_app.bundles import coalition, keyring
from briefing_app.bundles.apply import ImportReport, import_bundle
from briefing_app.bundles.export import export_bundle
from briefing_app.bundles.keystore import KeyStore
from briefing_app.domain.models import Concern
from briefing_app.store import sync_store
from briefing_app.ui import bundles as bundles_feature
from briefing_app.ui import bundles as ui_bundles
from briefing_app.ui import messages
from briefing_app.ui.bundles import BundlesController
from briefing_app.ui.bundles.backups_view import BackupsDialog
from briefing_app.ui.bundles.conflict_view import ConflictDialog
from briefing_app.ui.bundles.dialogs import INTERNAL_WARNING, ExportChoice, ExportDialog, ImportPreviewDialog
from briefing_app.ui.bundles.keys_view import FingerprintInput, KeyFileChooser, KeysDialog
from briefing_app.ui.bundles.provenance_view import ProvenanceDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.messages import Confirm
from tests.bundles.builders import SECRET_CONCERN, build_sample, open_ws, partner_bundle_in
from tests.gui.conftest import Treaty
from tests.helpers import logical_dump

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")


@pytest.fixture
def window(qtbot: Any, treaty: Treaty) -> MainWindow:
    win = MainWindow(treaty.ws, features=(bundles_feature.install,))
    qtbot.addWidget(win)
    return win


@pytest.fixture
def partner_bundle(tmp_path: Path) -> Path:
    return partner_bundle_in(tmp_path / "partner", "Partner NGO")


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(ui_bundles, "show_error", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(messages, "show_error", lambda _p, _t, text: shown.append(text))  # report_failure
    monkeypatch.setattr(ui_bundles, "show_info", lambda _p, _t, text: shown.append(text))
    return shown


def _wait_idle(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.features.get(BundlesController).jobs, timeout=20000)


def _drop(window: MainWindow, path: Path) -> bool:
    """Hand a drop of `path` to the window's event filter (offscreen Qt delivers no drops without a drag)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    return window.features.get(BundlesController).eventFilter(window, drop)


def test_install_enables_the_bundle_menu_places_and_adds_conflicts_and_contributions(window: MainWindow) -> None:
    for key in ("bundles.import", "bundles.export", "bundles.undo_import", "bundles.check", "bundles.conflicts",
                "bundles.contributions"):
        action = window.registry.action(key)
        assert action.isEnabled() and action.associatedObjects(), key
    assert window.acceptDrops()


def test_dropping_a_bundle_shows_the_preview_then_imports_off_the_gui_thread(
        qtbot: Any, window: MainWindow, partner_bundle: Path, treaty: Treaty, errors: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    previews: list[ImportReport] = []
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, parent, report: previews.append(report)
                                                                or True))
    window.undo_stack.push(QUndoCommand("an edit before the import"))
    ticks = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(window.features.get(BundlesController).jobs != []))
    heartbeat.start(1)
    assert not _drop(window, partner_bundle.with_suffix(".pdf"))
    with qtbot.waitSignal(window.workspace_changed, timeout=20000):
        assert _drop(window, partner_bundle)
    _wait_idle(qtbot, window)
    heartbeat.stop()
    assert errors == []
    assert previews and previews[0].summary["concerns"]["new"] == 1
    assert any(ticks), "the GUI kept ticking while a bundle job ran"
    assert sync_store.contributors(treaty.ws, "concerns") == [("Partner NGO", 1)]
    assert window.undo_stack.count() == 0


def test_refused_bundle_shows_the_reason_and_leaves_the_workspace_unchanged(
        qtbot: Any, window: MainWindow, tmp_path: Path, treaty: Treaty, errors: list[str]) -> None:
    junk = tmp_path / "junk.briefing"
    junk.write_bytes(b"<html>not a bundle</html>" * 40)
    before = logical_dump(treaty.ws.conn)
    window.features.get(BundlesController).start_preview(junk)
    _wait_idle(qtbot, window)
    assert len(errors) == 1 and "refused" in errors[0] and "not a SQLite file" in errors[0]
    assert logical_dump(treaty.ws.conn) == before


def test_cancelled_import_reports_cancelled_not_failed(qtbot: Any, window: MainWindow, partner_bundle: Path,
                                                       treaty: Treaty, errors: list[str]) -> None:
    before = logical_dump(treaty.ws.conn)
    job = window.features.get(BundlesController).start_preview(partner_bundle)
    assert job is not None
    job.cancel()
    with qtbot.waitSignal(job.cancelled, timeout=20000):
        pass
    _wait_idle(qtbot, window)
    assert errors == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert logical_dump(treaty.ws.conn) == before


def test_export_dialog_warns_about_internal_rows_and_writes_the_chosen_file(
        qtbot: Any, window: MainWindow, tmp_path: Path, treaty: Treaty, errors: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = ExportDialog(window, treaty.ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.warning.isVisible()
    dialog.internal.setChecked(True)
    assert dialog.warning.isVisible() and dialog.warning.text() == INTERNAL_WARNING
    assert dialog.warning.textFormat() == Qt.TextFormat.PlainText
    dialog.some.setChecked(True)
    dialog.authors.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.choice().selection.concern_organization_ids == (treaty.article19.id,)
    choice = ExportChoice(dialog.choice().selection, False, "Our NGO", "for Kenya")
    out = tmp_path / "ours"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, parent, ws: choice))
    monkeypatch.setattr(ui_bundles.BundleFileChooser, "ask_save", classmethod(lambda cls, parent, folder: str(out)))
    window.registry.action("bundles.export").trigger()
    _wait_idle(qtbot, window)
    assert (tmp_path / "ours.briefing").is_file()
    assert errors and "Wrote ours.briefing" in errors[0]
    assert treaty.ws.get_meta("sync.organization") == "Our NGO"


def test_conflict_view_shows_both_versions_and_take_theirs_for_all_remaining(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_ws(tmp_path / "a.sqlite") as a, open_ws(tmp_path / "b.sqlite", start=500) as b:
        sample = build_sample(a)
        import_bundle(b, export_bundle(a, tmp_path / "1.briefing", organization="Partner").path)
        for ws, who in ((a, "A"), (b, "B")):
            ws.update(replace(ws.require(Concern, sample.concern.id), title=f"<b>{who}</b> wording"))
        import_bundle(b, export_bundle(a, tmp_path / "2.briefing", organization="Org A").path)
        changed = []
        dialog = ConflictDialog(None, b, lambda: changed.append(1))
        qtbot.addWidget(dialog)
        assert dialog.list.count() == 1
        titles = {dialog.fields.item(r, 0).text(): r for r in range(dialog.fields.rowCount())}
        row = titles["title"]
        assert dialog.fields.item(row, 1).text() == "<b>B</b> wording"
        assert dialog.fields.item(row, 2).text() == "<b>A</b> wording"
        assert "Org A" in dialog.source.text() and dialog.source.textFormat() == Qt.TextFormat.PlainText
        dialog.fields.item(row, 3).setText("Merged wording")
        dialog.merge.click()
        assert b.require(Concern, sample.concern.id).title == "Merged wording"
        assert changed == [1] and dialog.list.count() == 0


def test_undo_import_from_the_menu_restores_the_earlier_state(
        qtbot: Any, window: MainWindow, partner_bundle: Path, treaty: Treaty, errors: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = logical_dump(treaty.ws.conn)
    with open_ws(treaty.ws.path) as other:
        import_bundle(other, partner_bundle)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *args: True))
    with qtbot.waitSignal(window.workspace_changed, timeout=20000):
        window.registry.action("bundles.undo_import").trigger()
    _wait_idle(qtbot, window)
    assert errors == []
    assert logical_dump(treaty.ws.conn) == before


def test_check_workspace_reports_success(window: MainWindow, errors: list[str]) -> None:
    window.registry.action("bundles.check").trigger()
    assert errors == ["Integrity and foreign-key checks passed."]


def test_contributions_dialog_filters_by_organization(qtbot: Any, tmp_path: Path, partner_bundle: Path) -> None:
    with open_ws(tmp_path / "mine.sqlite") as ws:
        ws.insert(Concern(title="My own concern"))
        import_bundle(ws, partner_bundle)
        dialog = ProvenanceDialog(None, ws)
        qtbot.addWidget(dialog)
        shown = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
        assert shown == {"No judicial authorisation"}
        dialog.organization.setCurrentIndex(dialog.organization.count() - 1)
        assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["My own concern"]
        assert SECRET_CONCERN not in shown
        assert all(label.textFormat() == Qt.TextFormat.PlainText for label in dialog.findChildren(QLabel))


def test_item_models_of_the_bundle_views_pass_modeltester(qtmodeltester: Any, qtbot: Any, tmp_path: Path,
                                                          partner_bundle: Path) -> None:
    with open_ws(tmp_path / "mine.sqlite") as ws:
        report = import_bundle(ws, partner_bundle, dry_run=True)
        preview_dialog = ImportPreviewDialog(None, report)
        provenance = ProvenanceDialog(None, ws)
        conflicts = ConflictDialog(None, ws, lambda: None)
        for dialog in (preview_dialog, provenance, conflicts):
            qtbot.addWidget(dialog)
        assert preview_dialog.table.rowCount() == len(report.summary) + 1
        for model in (preview_dialog.table.model(), provenance.table.model(), conflicts.fields.model(),
                      conflicts.list.model()):
            qtmodeltester.check(model)


def test_preview_names_kinds_of_records_in_words_not_table_names(qtbot: Any, tmp_path: Path,
                                                                  partner_bundle: Path) -> None:
    """#15 walkthrough: the preview listed "status_events", "entry_into_force_rules"."""
    with open_ws(tmp_path / "mine.sqlite") as ws:
        report = import_bundle(ws, partner_bundle, dry_run=True)
        dialog = ImportPreviewDialog(None, report)
        qtbot.addWidget(dialog)
        shown = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        assert shown[-1] == "Total" and len(shown) == len(report.summary) + 1
        assert not [name for name in shown if "_" in name or not name[0].isupper()], shown
        assert "Concerns" in shown and dialog.table.horizontalHeaderItem(0).text() == "Records"
        if "status_events" in report.summary:
            assert "Status steps" in shown


def test_preview_names_the_signer_and_says_whether_the_key_is_trusted(qtbot: Any, tmp_path: Path,
                                                                      partner_bundle: Path) -> None:
    with open_ws(tmp_path / "mine.sqlite") as ws:
        report = import_bundle(ws, partner_bundle, dry_run=True, keys=KeyStore(tmp_path / "my-keys"))
        dialog = ImportPreviewDialog(None, report)
        qtbot.addWidget(dialog)
        label = dialog.findChild(QLabel, "signature")
        assert label is not None and label.textFormat() == Qt.TextFormat.PlainText
        assert label.text() == f"Signature: signed by an unknown key {report.signature.fingerprint}: compare it " \
                               f"with {report.manifest.organization} (by phone) before you trust it"


def test_coalition_folder_dialog_lists_a_partners_bundle_and_previews_it_on_request(
        qtbot: Any, window: MainWindow, tmp_path: Path, errors: list[str]) -> None:
    folder = tmp_path / "coalition"
    folder.mkdir()
    with open_ws(tmp_path / "partner.sqlite") as partner:  # another computer: its own keys
        build_sample(partner)
        export_bundle(partner, folder / "partner-ngo.briefing", organization="Partner NGO",
                      keys=KeyStore(tmp_path / "partner-keys"))
    window.workspace.set_meta("sync.organization", "Our Desk")
    window.workspace.set_meta(coalition.FOLDER_KEY, str(folder))
    controller = window.features.get(BundlesController)
    assert controller.coalition is not None
    previewed: list[Path] = []
    controller.coalition.import_one = previewed.append
    controller.coalition.show()
    dialog = controller.coalition.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: errors or (dialog.offers.count() == 1
                                       and "partner-ngo.briefing" in dialog.offers.item(0).text()), timeout=20000)
    assert errors == []
    _wait_idle(qtbot, window)
    assert "signed by an unknown key" in dialog.offers.item(0).text()
    assert (folder / "our-desk.briefing").is_file()  # ours was published on the way
    dialog.offers.setCurrentRow(0)
    dialog.import_button.click()
    assert previewed == [folder / "partner-ngo.briefing"]
    dialog.close()


def test_restore_a_backup_from_the_tools_menu_returns_the_earlier_state(
        qtbot: Any, window: MainWindow, partner_bundle: Path, monkeypatch: pytest.MonkeyPatch,
        errors: list[str]) -> None:
    before = logical_dump(window.workspace.conn)
    assert import_bundle(window.workspace, partner_bundle).applied
    offered: list[list[Any]] = []
    monkeypatch.setattr(BackupsDialog, "ask", classmethod(lambda cls, parent, found: offered.append(found)
                                                          or found[0]))
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *args: True))
    window.registry.action("bundles.restore_backup").trigger()
    qtbot.waitUntil(lambda: logical_dump(window.workspace.conn) == before, timeout=20000)
    [found] = offered
    assert len(found) == 1 and found[0].before_import == partner_bundle.name and errors == []


def test_partner_keys_dialog_adds_trusts_removes_and_sets_the_policy(qtbot: Any, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    partner = KeyStore(tmp_path / "partner-keys")
    key_file = tmp_path / "partner.briefing-key"
    key_file.write_text(keyring.key_file_text("Partner NGO", partner.public()), encoding="utf-8")
    with open_ws(tmp_path / "mine.sqlite") as ws:
        dialog = KeysDialog(None, ws, KeyStore(tmp_path / "my-keys"))
        qtbot.addWidget(dialog)
        own = dialog.findChild(QLabel, "own-fingerprint")
        assert own is not None and KeyStore(tmp_path / "my-keys").public().fingerprint in own.text()
        empty = dialog.findChild(QLabel, "no-partner-keys")
        assert empty is not None and not empty.isHidden() and dialog.list.isHidden()
        assert not dialog.remove_button.isEnabled()
        monkeypatch.setattr(KeyFileChooser, "ask_open", classmethod(lambda cls, parent: str(key_file)))
        dialog.add_file()
        assert dialog.list.count() == 1 and "Partner NGO" in dialog.list.item(0).text()
        assert empty.isHidden() and not dialog.list.isHidden()
        monkeypatch.setattr(FingerprintInput, "ask", classmethod(lambda cls, parent: ("Press Desk",
                                                                                      "aaaa bbbb cccc dddd eeee")))
        dialog.trust_fingerprint()
        assert dialog.list.count() == 2
        dialog.list.setCurrentRow(0)
        assert dialog.remove_button.isEnabled()
        dialog.remove()
        assert dialog.list.count() == 1
        dialog.require.setChecked(True)
        assert ws.get_meta("sync.require_trusted") == "1"
