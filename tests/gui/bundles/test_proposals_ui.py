"""Tools → Resolve conflicts with proposals: only the changed fields, a redline of changed text,
Accept / Reject one item or all a bundle left, each decision one step on the undo stack."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from briefing_app.bundles.apply import import_bundle
from briefing_app.bundles.conflicts import open_conflicts
from briefing_app.bundles.export import export_bundle
from briefing_app.domain.models import Amendment, Case, Concern
from briefing_app.store.workspace import Workspace
from briefing_app.ui.bundles.conflict_view import ConflictDialog
from tests.bundles.builders import Sample, build_sample, open_ws
from tests.helpers import logical_dump

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")


@pytest.fixture
def proposed(tmp_path: Path) -> Iterator[tuple[Workspace, Sample]]:
    """A's workspace after B proposed a concern title (with markup in it), an amendment title and
    deleting a case, all rows A made."""
    with open_ws(tmp_path / "a.sqlite") as a, open_ws(tmp_path / "b.sqlite", start=5000) as b:
        sample = build_sample(a)
        import_bundle(b, export_bundle(a, tmp_path / "a.briefing", organization="A").path)
        b.update(replace(b.require(Concern, sample.concern.id), title="No <b>prior</b> judicial authorisation"))
        b.update(replace(b.require(Amendment, sample.amendment.id), title="Add an independent judge"))
        b.delete(Case, sample.case.id)
        assert import_bundle(a, export_bundle(b, tmp_path / "b.briefing", organization="B").path).applied
        yield a, sample


def _dialog(qtbot: Any, ws: Workspace, stack: QUndoStack, changed: list[int]) -> ConflictDialog:
    dialog = ConflictDialog(None, ws, lambda: changed.append(1), stack)
    qtbot.addWidget(dialog)
    return dialog


def _select(dialog: ConflictDialog, table: str) -> None:
    dialog.list.setCurrentRow(next(i for i, v in enumerate(dialog.views) if v.conflict.table == table))


def test_a_proposal_shows_only_its_changed_fields_and_a_redline_of_the_text(
        qtbot: Any, proposed: tuple[Workspace, Sample]) -> None:
    ws, _sample = proposed
    dialog = _dialog(qtbot, ws, QUndoStack(), [])
    _select(dialog, "concerns")
    shown = [dialog.fields.item(r, 0).text() for r in range(dialog.fields.rowCount())
             if not dialog.fields.isRowHidden(r)]
    assert shown == ["updated_at", "title"]
    assert dialog.take.text() == "Accept" and dialog.keep.text() == "Reject (keep mine)"
    assert dialog.accept_bundle.text() == "Accept all 3 from this bundle"
    assert "(b.briefing)" in dialog.source.text() and dialog.source.textFormat() == Qt.TextFormat.PlainText
    html = dialog.redline.toHtml()
    assert "line-through" not in html.split("title")[0]  # the field name comes first
    assert "&lt;b&gt;prior&lt;/b&gt;" in html  # bundle text stays text
    assert "underline" in html  # the insertion is marked
    assert dialog.redline.toPlainText().startswith("title: No <b>prior</b> judicial authorisation")
    dialog.only_changed.setChecked(False)
    assert not any(dialog.fields.isRowHidden(r) for r in range(dialog.fields.rowCount()))


def test_a_proposed_deletion_says_so(qtbot: Any, proposed: tuple[Workspace, Sample]) -> None:
    ws, _sample = proposed
    dialog = _dialog(qtbot, ws, QUndoStack(), [])
    _select(dialog, "cases")
    assert dialog.redline.toPlainText().startswith("They delete this row.")


def test_accept_is_one_undo_step_and_undo_asks_again(qtbot: Any, proposed: tuple[Workspace, Sample]) -> None:
    ws, sample = proposed
    stack, changed = QUndoStack(), []
    dialog = _dialog(qtbot, ws, stack, changed)
    before = logical_dump(ws.conn)
    _select(dialog, "concerns")
    dialog.take.click()
    assert ws.require(Concern, sample.concern.id).title == "No <b>prior</b> judicial authorisation"
    assert stack.count() == 1 and stack.undoText().startswith("Accept Proposal · concerns")
    assert dialog.list.count() == 2 and changed == [1]
    stack.undo()
    assert logical_dump(ws.conn) == before and dialog.list.count() == 3
    stack.redo()
    assert ws.require(Concern, sample.concern.id).title == "No <b>prior</b> judicial authorisation"


def test_reject_all_from_a_bundle_is_one_undo_step(qtbot: Any, proposed: tuple[Workspace, Sample]) -> None:
    ws, sample = proposed
    stack = QUndoStack()
    dialog = _dialog(qtbot, ws, stack, [])
    before_rows = {t: ws.get(c, i) for t, c, i in (("c", Concern, sample.concern.id), ("k", Case, sample.case.id))}
    dump = logical_dump(ws.conn)
    dialog.reject_bundle.click()
    assert open_conflicts(ws) == [] and dialog.list.count() == 0 and stack.count() == 1
    assert ws.get(Concern, sample.concern.id) == before_rows["c"] and ws.get(Case, sample.case.id) is not None
    stack.undo()
    assert logical_dump(ws.conn) == dump and len(open_conflicts(ws)) == 3


def test_accept_all_from_a_bundle_takes_every_proposal_and_undoes_together(
        qtbot: Any, proposed: tuple[Workspace, Sample]) -> None:
    ws, sample = proposed
    stack = QUndoStack()
    dialog = _dialog(qtbot, ws, stack, [])
    dump = logical_dump(ws.conn)
    dialog.accept_bundle.click()
    assert ws.get(Case, sample.case.id) is None
    assert ws.require(Amendment, sample.amendment.id).title == "Add an independent judge"
    assert stack.count() == 1 and stack.undoText() == "Accept 3 proposals and conflicts"
    stack.undo()
    assert logical_dump(ws.conn) == dump


def test_the_windows_edit_undo_takes_back_a_decision_made_in_the_dialog(
        qtbot: Any, proposed: tuple[Workspace, Sample]) -> None:
    from briefing_app.ui import bundles as bundles_feature
    from briefing_app.ui.main_window import MainWindow

    ws, sample = proposed
    window = MainWindow(ws, features=(bundles_feature.install,))
    qtbot.addWidget(window)
    dump = logical_dump(ws.conn)
    window.registry.action("bundles.conflicts").trigger()
    dialog = window.findChild(ConflictDialog)
    assert dialog is not None and dialog.undo_stack is window.undo_stack
    _select(dialog, "amendments")
    dialog.take.click()
    assert ws.require(Amendment, sample.amendment.id).title == "Add an independent judge"
    window.undo_stack.undo()
    assert logical_dump(ws.conn) == dump and dialog.list.count() == 3
    dialog.close()
