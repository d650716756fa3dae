"""Draft import in the GUI: structure review, mapping correction, background save, compare and review views."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from briefing_app.domain.carry_plan import CarryState
from briefing_app.domain.mapping import MatchKind
from briefing_app.domain.models import Position, Version
from briefing_app.drafts import importer
from briefing_app.drafts.importer import plan_import
from briefing_app.drafts.parse import parse_text
from briefing_app.store import queries
from briefing_app.store.drafts_store import carries_into
from briefing_app.store.workspace import Workspace
from briefing_app.ui import drafts as drafts_feature
from briefing_app.ui import drafts as ui_drafts
from briefing_app.ui import messages
from briefing_app.ui.drafts import DraftsController
from briefing_app.ui.drafts.import_dialogs import ImportOptions, MappingDialog, SplitDialog, StructureDialog
from briefing_app.ui.main_window import MainWindow
from tests.conftest import FixedClock
from tests.drafts.conftest import FIXTURES, Rev1, fixture_text, import_rev1
from tests.gui.conftest import content_dump

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")


@pytest.fixture
def rev1(tmp_path: Path) -> Rev1:
    ws = Workspace.open(tmp_path / "drafts.sqlite", clock=FixedClock())
    yield import_rev1(ws)
    ws.close()


@pytest.fixture
def window(qtbot, rev1: Rev1) -> MainWindow:
    win = MainWindow(rev1.ws, features=(drafts_feature.install,))
    qtbot.addWidget(win)
    return win


def _versions(rev1: Rev1) -> list[str]:
    return [v.label for v in queries.versions_of(rev1.ws, rev1.document.id)]


def _answer_import(monkeypatch: pytest.MonkeyPatch, rev1: Rev1, source: Path, *, mapping=None) -> list[str]:
    """Patch the three questions of the import flow; returns the list error messages land in."""
    errors: list[str] = []
    monkeypatch.setattr(ui_drafts.DraftFileChooser, "ask", classmethod(lambda cls, parent, folder="": str(source)))
    monkeypatch.setattr(StructureDialog, "ask", classmethod(
        lambda cls, parent, ws, parsed, name, document_id="": ImportOptions(rev1.document.id, "Rev.2", "2024-01", None)))
    if mapping is not None:
        monkeypatch.setattr(MappingDialog, "ask", classmethod(lambda cls, parent, plan: mapping(plan)))
    monkeypatch.setattr(ui_drafts, "show_error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: errors.append(text))  # report_failure
    return errors


def test_menu_places_are_enabled_once_installed(window: MainWindow) -> None:
    for key in ("drafts.import", "drafts.compare", "drafts.review"):
        assert window.registry.action(key).isEnabled()


def test_import_runs_in_background_and_opens_the_review(qtbot, monkeypatch, window: MainWindow, rev1: Rev1) -> None:
    window.select_provision(rev1.articles["1"].id)
    amendments = rev1.ws.counts()["amendments"]
    _answer_import(monkeypatch, rev1, FIXTURES / "rev2.md", mapping=lambda plan: set(plan.mapping.pairs))
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start(5)
    window.registry.action("drafts.import").trigger()
    qtbot.waitUntil(lambda: window.features.get(DraftsController).review is not None and window.features.get(DraftsController).review.isVisible(), timeout=10000)
    heartbeat.stop()
    assert _versions(rev1) == ["Rev.1", "Rev.2"]
    assert ticks, "the GUI thread kept running while the import worked"
    review = window.features.get(DraftsController).review
    titles = {row.title: row.state for row in review.model.rows}
    assert titles["Require dishonest intent"] == CarryState.POSSIBLY_ADOPTED.value
    assert titles["Open-ended offences from other conventions"] == CarryState.ORPHANED.value
    assert "Child sexual abuse material" in titles
    assert "Imported Rev.2" in window.statusBar().currentMessage()
    assert rev1.ws.counts()["amendments"] > amendments  # the carried copies are rows of their own …
    qtbot.waitUntil(lambda: f"· {amendments} amendments" in window.counts_label.text())  # … not amendments


def test_import_is_one_undo_step(qtbot, monkeypatch, window: MainWindow, rev1: Rev1) -> None:
    before = content_dump(rev1.ws.conn)
    _answer_import(monkeypatch, rev1, FIXTURES / "rev2.md", mapping=lambda plan: set(plan.mapping.pairs))
    window.registry.action("drafts.import").trigger()
    qtbot.waitUntil(lambda: _versions(rev1) == ["Rev.1", "Rev.2"] and window.undo_stack.count() == 1, timeout=10000)
    after = content_dump(rev1.ws.conn)
    rev2 = queries.versions_of(rev1.ws, rev1.document.id)[1].id
    carried = {c.carried_id for c in carries_into(rev1.ws, rev2) if c.record_table == "positions"}
    stances = [p for p in rev1.ws.find(Position) if p.id in carried and p.amendment_id and not p.provision_id]
    assert len(stances) == 3  # the stances on carried amendments, written by the import job
    assert window.undo_stack.undoText() == "Import draft Rev.2"
    window.undo_stack.undo()
    assert _versions(rev1) == ["Rev.1"] and content_dump(rev1.ws.conn) == before
    assert all(rev1.ws.get(Position, p.id) is None for p in stances)
    window.undo_stack.redo()
    assert content_dump(rev1.ws.conn) == after
    assert [rev1.ws.get(Position, p.id) for p in stances] == stances


def test_hostile_file_shows_a_message_and_saves_nothing(qtbot, monkeypatch, window: MainWindow, rev1: Rev1,
                                                       tmp_path: Path) -> None:
    before = content_dump(rev1.ws.conn)
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\xff" * 5000)
    errors = _answer_import(monkeypatch, rev1, junk)
    window.registry.action("drafts.import").trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "looks binary" in errors[0] and "Nothing was saved" in errors[0]
    assert content_dump(rev1.ws.conn) == before


def test_cancelled_mapping_review_saves_nothing(qtbot, monkeypatch, window: MainWindow, rev1: Rev1) -> None:
    before = content_dump(rev1.ws.conn)
    asked: list[bool] = []

    def cancel(plan):
        asked.append(True)

    _answer_import(monkeypatch, rev1, FIXTURES / "rev2.md", mapping=cancel)
    window.registry.action("drafts.import").trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    qtbot.waitUntil(lambda: not window.features.get(DraftsController).jobs, timeout=10000)
    assert content_dump(rev1.ws.conn) == before


def test_structure_dialog_shows_tree_unplaced_lines_and_needs_a_label(qtbot, rev1: Rev1) -> None:
    parsed = parse_text(fixture_text("rev2.md"))
    dialog = StructureDialog(None, rev1.ws, parsed, "rev2.md", rev1.document.id)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 3  # preamble and two chapters
    chapter = dialog.tree.topLevelItem(1)
    assert (chapter.text(0), chapter.text(1)) == ("Chapter I", "General provisions")
    assert chapter.child(3).text(0) == "Article 4"
    assert dialog.unplaced.topLevelItem(0).text(1) == "Draft Convention on Countering Cybercrime (Rev.2)"
    assert not dialog.next_button.isEnabled()
    dialog.label_edit.setText("Rev.2")
    assert dialog.next_button.isEnabled()
    assert dialog.against_box.currentText() == "Rev.1"
    options = dialog.options()
    assert (options.document, options.label, options.against) == (rev1.document.id, "Rev.2", "Rev.1")
    dialog.document_box.setCurrentIndex(dialog.document_box.count() - 1)
    dialog.new_title.setText("")
    assert not dialog.next_button.isEnabled()


def test_mapping_dialog_corrections_reclassify_and_give_pairs(qtbot, monkeypatch, rev1: Rev1) -> None:
    plan = plan_import(rev1.ws, parse_text(fixture_text("rev2.md")), document=rev1.document.id, label="Rev.2")
    dialog = MappingDialog(None, plan)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    deleted_row = rows["Article 8. Offences relating to other conventions"]
    assert dialog.table.item(deleted_row, 3).text() == "deleted"
    split_row = rows["Article 4. Illegal access and interception"]
    assert dialog.split_buttons[split_row].text() == "Article 6"
    assert "Article 9. Child sexual abuse material" in dialog.new_label.text()
    combo = dialog.combos[deleted_row]
    combo.setCurrentIndex(combo.findText("Article 9. Child sexual abuse material"))
    assert dialog.table.item(deleted_row, 3).text() == "changed (renumbered)"
    assert dialog.new_label.text() == "New in this draft: none."
    pairs = dialog.pairs()
    new9 = next(p for p in plan.provisions if p.label == "Article 9")
    assert (rev1.articles["8"].id, new9.id) in pairs
    assert {pair for pair in plan.mapping.pairs if pair[0] != rev1.articles["8"].id} <= pairs
    misuse_row = rows["Article 7. Misuse of devices"]
    new9_label = "Article 9. Child sexual abuse material"
    monkeypatch.setattr(SplitDialog, "ask", classmethod(
        lambda cls, parent, name, choices, checked: [value for label, value in choices if label == new9_label]))
    dialog.split_buttons[misuse_row].click()
    assert (dialog.split_buttons[misuse_row].text(), dialog.kind_items[misuse_row].text()) == ("Article 9", "split")
    split_combo = dialog.combos[split_row]
    split_combo.setCurrentIndex(0)
    assert dialog.table.item(split_row, 3).text() == MatchKind.DELETED.value
    assert not dialog.split_buttons[split_row].isEnabled()


def test_compare_and_review_views_show_changes_plainly(qtbot, window: MainWindow, rev1: Rev1) -> None:
    from briefing_app.drafts.importer import apply_import

    result = apply_import(rev1.ws, plan_import(rev1.ws, parse_text(fixture_text("rev2.md")),
                                               document=rev1.document.id, label="Rev.2"))
    window.workspace_changed.emit()
    new8 = next(p for p in queries.provisions_of(rev1.ws, result.version.id) if p.label == "Article 8")
    window.select_provision(new8.id)
    window.registry.action("drafts.compare").trigger()
    compare = window.features.get(DraftsController).compare
    assert compare is not None and compare.isVisible()
    assert compare.current() is not None and compare.current().new.id == new8.id
    assert "dishonest intent" in compare.new_side.toPlainText()
    assert "dishonest" not in compare.old_side.toPlainText()
    assert "without right and with dishonest intent" in compare.inline.toPlainText()
    labels = [compare.model.rows[r].label for r in range(len(compare.model.rows))]
    assert labels[0] == "Article 9 → Article 4" and "Article 8" in labels
    compare.show_unchanged.setChecked(True)
    assert len(compare.model.rows) > len(labels)
    window.registry.action("drafts.review").trigger()
    review = window.features.get(DraftsController).review
    assert review is not None and review.version_box.currentData() == result.version.id
    waiting = len(review.model.rows)
    orphan = next(r for r, item in enumerate(review.model.rows) if item.state == CarryState.ORPHANED.value)
    review.table.selectRow(orphan)
    assert "Offences relating to other conventions" in review.detail.toPlainText()
    review.resolve_button.click()
    assert len(review.model.rows) == waiting - 1
    assert CarryState.RESOLVED in {c.state for c in carries_into(rev1.ws, result.version.id)}


def test_models_pass_qtmodeltester(qtmodeltester, window: MainWindow, rev1: Rev1) -> None:
    from briefing_app.drafts.importer import apply_import

    apply_import(rev1.ws, plan_import(rev1.ws, parse_text(fixture_text("rev2.md")),
                                      document=rev1.document.id, label="Rev.2"))
    window.registry.action("drafts.compare").trigger()
    window.registry.action("drafts.review").trigger()
    assert window.features.get(DraftsController).compare.model.rowCount() > 0 and window.features.get(DraftsController).review.model.rowCount() > 0
    qtmodeltester.check(window.features.get(DraftsController).compare.model)
    qtmodeltester.check(window.features.get(DraftsController).review.model)


def test_markup_in_a_draft_is_shown_as_text(qtbot, window: MainWindow, rev1: Rev1) -> None:
    from briefing_app.drafts.importer import apply_import

    hostile = fixture_text("rev2.md").replace("Misuse of devices", "<b>Misuse</b> <img src=/etc/passwd>")
    apply_import(rev1.ws, plan_import(rev1.ws, parse_text(hostile), document=rev1.document.id, label="Rev.2"))
    window.registry.action("drafts.compare").trigger()
    compare = window.features.get(DraftsController).compare
    row = next(r for r, c in enumerate(compare.model.rows) if c.new is not None and "Misuse" in c.heading)
    compare.table.selectRow(row)
    assert "<b>Misuse</b> <img src=/etc/passwd>" in compare.inline.toPlainText()
    assert "<img" not in compare.inline.toHtml().replace("&lt;img", "")
    assert rev1.ws.find(Version, label="Rev.2")


def test_cancelling_the_save_reports_cancelled_not_failed(qtbot, monkeypatch, window: MainWindow, rev1: Rev1) -> None:
    before = content_dump(rev1.ws.conn)
    errors = _answer_import(monkeypatch, rev1, FIXTURES / "rev2.md", mapping=lambda plan: set(plan.mapping.pairs))
    real_apply = importer.apply_import
    started = threading.Event()

    def slow_apply(ws, plan, pairs=None, *, progress, cancel):
        def waiting_progress(done: int, total: int, message: str) -> None:
            progress(done, total, message)
            started.set()
            while not cancel.cancelled:
                time.sleep(0.005)
        return real_apply(ws, plan, pairs, progress=waiting_progress, cancel=cancel)

    monkeypatch.setattr(importer, "apply_import", slow_apply)  # looked up when the save starts
    window.registry.action("drafts.import").trigger()
    qtbot.waitUntil(lambda: any(job.title.startswith("Saving") for job in window.features.get(DraftsController).jobs) and started.is_set(),
                    timeout=10000)
    next(job for job in window.features.get(DraftsController).jobs if job.title.startswith("Saving")).cancel()
    qtbot.waitUntil(lambda: not window.features.get(DraftsController).jobs, timeout=10000)
    assert "Import cancelled" in window.statusBar().currentMessage()
    assert errors == [] and content_dump(rev1.ws.conn) == before and _versions(rev1) == ["Rev.1"]


def test_review_detail_shows_a_redline_of_old_and_new_and_the_why_column_wraps(qtbot, window: MainWindow,
                                                                                 rev1: Rev1) -> None:
    from briefing_app.drafts.importer import apply_import
    from briefing_app.drafts.review import review_items
    from briefing_app.ui.drafts.review_view import ReviewDialog, item_html
    from briefing_app.ui.rich import DELETE_COLOUR, INSERT_COLOUR

    plan = plan_import(rev1.ws, parse_text(fixture_text("rev2.md")), document=rev1.document.id, label="Rev.2")
    version = apply_import(rev1.ws, plan).version
    item = next(i for i in review_items(rev1.ws, version.id)
                if i.title == "Access offence lacks a public-interest exception")
    html = item_html(rev1.ws, item)
    assert "What changed since the previous draft" in html
    assert f"color:{DELETE_COLOUR}; text-decoration:line-through" in html or f"color:{INSERT_COLOUR}" in html
    dialog = ReviewDialog(window, rev1.ws, window.select_provision)
    qtbot.addWidget(dialog)
    dialog.fill_versions(version.id)
    dialog.resize(900, 600)
    dialog.show()
    table = dialog.table
    why = table.model().columnCount() - 1
    from PySide6.QtCore import Qt
    assert table.wordWrap() and table.model().headerData(why, Qt.Orientation.Horizontal) == "Why"
    assert table.columnWidth(why) >= 200  # the other columns leave room for the reason
    assert table.rowHeight(0) >= table.verticalHeader().minimumSectionSize()


@pytest.mark.parametrize("answer", ["new-document", None])
def test_a_different_treaty_is_offered_as_a_new_document(qtbot, monkeypatch, window: MainWindow, rev1: Rev1,
                                                         tmp_path: Path, answer) -> None:
    from briefing_app.ui.drafts.import_dialogs import UnrelatedDraftQuestion
    from tests.cli.test_draft_commands import OTHER_TREATY

    other = tmp_path / "Fisheries convention.txt"
    other.write_text(OTHER_TREATY, encoding="utf-8")
    asked: list[float] = []
    mapped: list[object] = []
    _answer_import(monkeypatch, rev1, other, mapping=lambda plan: mapped.append(plan) or set())
    monkeypatch.setattr(UnrelatedDraftQuestion, "ask",
                        classmethod(lambda cls, parent, plan: asked.append(plan.continuity) or answer))
    before = content_dump(rev1.ws.conn)
    window.registry.action("drafts.import").trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert asked[0] < 0.3
    if answer is None:
        qtbot.wait(200)
        assert content_dump(rev1.ws.conn) == before and not mapped
        return
    qtbot.waitUntil(lambda: len(queries.documents(rev1.ws)) == 2, timeout=10000)
    qtbot.waitUntil(lambda: not window.features.get(DraftsController).jobs, timeout=10000)
    fisheries = next(d for d in queries.documents(rev1.ws) if d.id != rev1.document.id)
    assert fisheries.title == "Fisheries convention"
    assert [v.label for v in queries.versions_of(rev1.ws, fisheries.id)] == ["Rev.2"]
    assert _versions(rev1) == ["Rev.1"] and not mapped  # nothing was mapped onto the cybercrime draft
