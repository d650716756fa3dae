"""The pack UI: export dialog with search, profile editor and live QtPdf preview; save with the
export log; batch export on a process pool with progress and cancel; the export-log viewer."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from briefing_app.domain.enums import Severity
from briefing_app.domain.models import Delegation
from briefing_app.domain.tailoring import PackProfile, PackTemplate
from briefing_app.packs.batch import Overrides
from briefing_app.packs.build import build_pack, save_pack
from briefing_app.store.packs_store import export_log, load_profile
from briefing_app.ui import failures as failures_ui
from briefing_app.ui import messages
from briefing_app.ui.packs import PacksController
from briefing_app.ui.packs.batch_dialog import BatchChoice, BatchExportDialog
from briefing_app.ui.packs.export_dialog import PackFileChooser
from briefing_app.ui.packs.exported import BatchDone
from tests.gui.packs.conftest import preview_ready

# The offscreen platform says so for every shown top-level window; nothing to fix in the app.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")


def test_install_enables_export_and_adds_batch_and_log_to_file_menu(pack_window) -> None:
    window, _ = pack_window
    assert window.registry.action("packs.export").isEnabled()
    menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in menu.actions()]
    start = texts.index("Export briefing &pack…")
    assert texts[start + 1:start + 4] == [
        "Print &briefing pack…", "Export packs for &several delegations…", "Pack export &log…"]


def test_preview_shows_the_chosen_delegations_pack_when_picked(pack_window, qtbot) -> None:
    window, fx = pack_window
    dialog = window.features.get(PacksController).export_pack()
    qtbot.addWidget(dialog)
    dialog.search.setText("ken")
    visible = [dialog.delegations.item(r).text() for r in range(dialog.delegations.count())
               if not dialog.delegations.item(r).isHidden()]
    assert visible == ["Kenya (KE)"]
    dialog.select_delegation(fx.kenya.id)
    qtbot.waitUntil(lambda: preview_ready(dialog), timeout=20000)
    assert dialog.preview.document.pageCount() == dialog.last.pages >= 4
    assert "For the delegation of Kenya" in dialog.preview.document.getAllText(0).text()
    assert dialog.preview.status.text().startswith(f"{dialog.last.pages} pages · 2 provisions")

    dialog.editor.template.setCurrentIndex(dialog.editor.template.findData("talking-points"))
    qtbot.waitUntil(lambda: preview_ready(dialog) and dialog.last.plan.profile.template is PackTemplate.TALKING_POINTS,
                    timeout=20000)
    assert dialog.preview.document.pageCount() == 1


def test_profile_edits_are_saved_per_delegation_when_asked(pack_window, qtbot) -> None:
    window, fx = pack_window
    dialog = window.features.get(PacksController).export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    dialog.editor.severity.setCurrentIndex(dialog.editor.severity.findData("low"))
    row = next(r for r in range(dialog.editor.provisions.rowCount())
               if dialog.editor.provisions.item(r, 0).text().startswith("Article 28"))
    dialog.editor.choice_of(row).setCurrentIndex(2)
    dialog.editor.date.setText("not a date")
    dialog.save_profile_button.click()
    saved = load_profile(window.workspace, fx.kenya.id)
    assert saved.min_severity is Severity.LOW and saved.excluded == (fx.art28.lineage_id,)
    assert saved.pack_date == ""
    assert load_profile(window.workspace, fx.brazil.id).min_severity is Severity.HIGH
    qtbot.waitUntil(lambda: not dialog.jobs, timeout=20000)


def test_save_writes_the_pdf_and_logs_the_export(pack_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    window, fx = pack_window
    target = tmp_path / "out" / "kenya-pack"
    monkeypatch.setattr(PackFileChooser, "ask_save", classmethod(lambda cls, parent, suggested: str(target)))
    dialog = window.features.get(PacksController).export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: preview_ready(dialog), timeout=20000)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.jobs and dialog.save_button.isEnabled(), timeout=20000)
    written = tmp_path / "out" / "kenya-pack.pdf"
    assert written.read_bytes() == dialog.last.pdf  # deterministic: same bytes as the preview
    [entry] = export_log(window.workspace, fx.kenya.id)
    assert entry.file_name == "kenya-pack.pdf" and "Saved kenya-pack.pdf" in window.statusBar().currentMessage()


def test_batch_export_runs_off_the_gui_thread_on_a_pool(pack_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    window, _ = pack_window
    ids = [d.id for d in window.workspace.find(Delegation)]
    folder = tmp_path / "batch"
    monkeypatch.setattr(BatchExportDialog, "ask", classmethod(
        lambda cls, delegations, start, parent: BatchChoice(ids, folder, Overrides(template=PackTemplate.BRIEF))))
    reports: list[str] = []
    monkeypatch.setattr(BatchDone, "show", classmethod(lambda cls, parent, title, text, where: reports.append(text)))
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start(10)
    window.features.get(PacksController).workers = 2
    window.registry.action("packs.export_several").trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=60000)
    heartbeat.stop()
    assert reports[0].startswith(f"3 packs written to {folder}")
    assert sorted(p.name for p in folder.iterdir()) == [
        "briefing-br-brief-2026-01-01.pdf", "briefing-ke-brief-2026-01-01.pdf", "briefing-no-brief-2026-01-01.pdf"]
    assert len(ticks) > 5  # the GUI kept ticking while the pool worked
    assert len(export_log(window.workspace)) == 3


def test_cancelled_batch_reports_cancelled_not_failed(pack_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    window, _ = pack_window
    failures: list[str] = []
    monkeypatch.setattr(failures_ui.CrashReport, "show", classmethod(lambda cls, p, t, text, d: failures.append(text)))
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: failures.append(text))
    window.features.get(PacksController).workers = 1
    ids = [d.id for d in window.workspace.find(Delegation)]
    job = window.features.get(PacksController).start_batch(BatchChoice(ids, tmp_path / "never", Overrides()))
    job.cancel()
    qtbot.waitUntil(lambda: not window.features.get(PacksController).jobs, timeout=20000)
    assert failures == []
    assert "Pack export cancelled" in window.statusBar().currentMessage()


def test_export_log_viewer_lists_and_filters_exports(pack_window, qtbot, qtmodeltester, tmp_path: Path) -> None:
    window, fx = pack_window
    for delegation, name in ((fx.kenya, "k.pdf"), (fx.brazil, "b.pdf"), (fx.kenya, "k2.pdf")):
        save_pack(window.workspace, build_pack(window.workspace, PackProfile(delegation_id=delegation.id)),
                  tmp_path / name)
    dialog = window.features.get(PacksController).show_log()
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert sorted(dialog.shown_files()) == ["b.pdf", "k.pdf", "k2.pdf"]
    dialog.delegation.setCurrentIndex(dialog.delegation.findData("Kenya"))
    assert sorted(dialog.shown_files()) == ["k.pdf", "k2.pdf"]
    assert dialog.proxy.index(0, 6).data() and len(dialog.proxy.index(0, 6).data()) == 16


def test_choosing_another_version_lists_its_provisions_and_keeps_pins(pack_window, qtbot) -> None:
    from briefing_app.domain.enums import ProvisionKind
    from briefing_app.domain.models import Provision, Version

    window, fx = pack_window
    ws = window.workspace
    final = ws.find(Version)[0]
    zero = ws.insert(Version(document_id=final.document_id, label="Zero draft", seq=1))
    ws.insert(Provision(version_id=zero.id, kind=ProvisionKind.ARTICLE, number="17", heading="Old article",
                        lineage_id=fx.art28.lineage_id))
    dialog = window.features.get(PacksController).export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    row = next(r for r in range(dialog.editor.provisions.rowCount())
               if dialog.editor.provisions.item(r, 0).text().startswith("Article 28"))
    dialog.editor.choice_of(row).setCurrentIndex(1)
    dialog.editor.version.setCurrentIndex(dialog.editor.version.findData(zero.id))
    assert [dialog.editor.provisions.item(r, 0).text() for r in range(dialog.editor.provisions.rowCount())] == [
        "Article 17: Old article"]
    profile = dialog.editor.profile()
    assert profile.version_id == zero.id and profile.pinned == (fx.art28.lineage_id,)
    qtbot.waitUntil(lambda: preview_ready(dialog) and dialog.last.plan.profile.version_id == zero.id, timeout=20000)
    assert "Zero draft" in dialog.preview.document.getAllText(0).text()


def test_ticked_issuers_name_the_pack_and_internal_organisations_are_not_offered(pack_window, qtbot) -> None:
    window, fx = pack_window
    dialog = window.features.get(PacksController).export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    names = [dialog.editor.issuers.item(r).text() for r in range(dialog.editor.issuers.count())]
    assert names == ["Coalition for Rights Online"]  # the internal organisation is not offered
    dialog.editor.issuers.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: preview_ready(dialog) and dialog.last.plan.profile.issuer_ids != (), timeout=20000)
    assert dialog.last.plan.issuers == ("Coalition for Rights Online",)


def test_preview_shows_font_warnings_as_plain_text(qtbot) -> None:
    from briefing_app.ui.packs.preview import PackPreview

    preview = PackPreview()
    qtbot.addWidget(preview)
    preview.show_pdf(b"%PDF-1.4 not really", "1 pages", ("No font for CJK text <b>x</b>",))
    assert not preview.warnings.isHidden()
    assert preview.warnings.text() == "Warning: No font for CJK text <b>x</b>"
    assert preview.warnings.textFormat() == Qt.TextFormat.PlainText
    preview.show_pdf(b"%PDF-1.4 not really", "1 pages", ())
    assert preview.warnings.isHidden()


def test_every_pack_dialog_widget_has_an_accessible_name(pack_window, qtbot) -> None:
    from briefing_app.store import queries
    from tests.gui.helpers import unnamed_widgets

    window, fx = pack_window
    dialog = window.features.get(PacksController).export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    batch = BatchExportDialog(queries.delegations(window.workspace), "", window)
    qtbot.addWidget(batch)
    log = window.features.get(PacksController).show_log()
    qtbot.addWidget(log)
    assert unnamed_widgets(dialog) == [] and unnamed_widgets(batch) == [] and unnamed_widgets(log) == []
    qtbot.waitUntil(lambda: not dialog.jobs, timeout=20000)


def test_checking_a_file_names_the_export_it_came_from(pack_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    from briefing_app.ui.packs import log_view

    window, fx = pack_window
    given = tmp_path / "given.pdf"
    save_pack(window.workspace, build_pack(window.workspace, PackProfile(delegation_id=fx.kenya.id)), given)
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(given.read_bytes() + b"\n")
    shown: list[str] = []
    monkeypatch.setattr(log_view, "show_info", lambda parent, title, text: shown.append(text))
    dialog = window.features.get(PacksController).show_log()
    qtbot.addWidget(dialog)
    for path in (given, changed):
        monkeypatch.setattr(log_view.PdfChooser, "ask", classmethod(lambda cls, parent, p=path: str(p)))
        dialog.check_file()
    assert "Kenya, Full pack (Default)" in shown[0] and "saved as given.pdf" in shown[0]
    assert shown[1].startswith("No export in this workspace's log has this file's SHA-256")


def test_edits_elsewhere_refresh_the_list_and_the_preview(pack_window, qtbot) -> None:
    window, fx = pack_window
    dialog = window.features.get(PacksController).export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: preview_ready(dialog), timeout=20000)
    window.workspace.update(replace(fx.kenya, name="Republic of Kenya"))
    window.workspace.insert(Delegation(name="Chile", iso_code="CL"))
    window.workspace_changed.emit()
    names = [dialog.delegations.item(r).text() for r in range(dialog.delegations.count())]
    assert "Chile (CL)" in names and dialog.current_delegation_id() == fx.kenya.id
    qtbot.waitUntil(lambda: preview_ready(dialog) and dialog.last.plan.delegation.name == "Republic of Kenya", timeout=20000)


def test_the_complete_pack_is_asked_for_per_export_in_both_dialogs(pack_window, qtbot, tmp_path: Path) -> None:
    window, fx = pack_window
    batch = BatchExportDialog([fx.kenya], str(tmp_path))
    qtbot.addWidget(batch)
    assert not batch.overrides().complete
    batch.complete.setChecked(True)
    assert batch.overrides().complete
    dialog = window.features.get(PacksController).export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    assert not dialog.editor.profile().complete
    dialog.editor.complete.setChecked(True)
    assert dialog.editor.profile().complete
    dialog.save_profile_button.click()  # a saved profile does not keep it: the next export is briefing-sized
    assert not load_profile(window.workspace, fx.kenya.id).complete
    qtbot.waitUntil(lambda: not dialog.jobs, timeout=20000)


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["2 packs written to {folder}.", "Failed: Kenya: disk full"]),
    ("fr", ["2 dossiers écrits dans {folder}.", "Échec\u00a0: Kenya\u00a0: disk full"]),
    ("es", ["2 dosieres escritos en {folder}.", "Error: Kenya: disk full"]),
])
def test_batch_report_is_written_in_the_ui_language(pack_window, qapp, tmp_path: Path, monkeypatch,
                                                     language: str, expected: list[str]) -> None:
    from briefing_app.packs.batch import BatchItem
    from briefing_app.ui import i18n

    window, _ = pack_window
    reports: list[str] = []
    monkeypatch.setattr(BatchDone, "show", classmethod(lambda cls, parent, title, text, where: reports.append(text)))
    items = [BatchItem("d1", "Brazil", "a.pdf", 3), BatchItem("d2", "Norway", "b.pdf", 4),
             BatchItem("d3", "Kenya", "c.pdf", error="disk full")]
    if language != "en":
        i18n.install_translations(qapp, language, cache=tmp_path / "cache")
    try:
        window.features.get(PacksController)._batch_done(items, tmp_path)
    finally:
        i18n.remove_translations(qapp)
    assert reports[0].splitlines() == [line.format(folder=tmp_path) for line in expected]
