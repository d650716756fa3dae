"""Search in a large workspace runs in a worker (#17 item 6: a common word held the GUI thread
140 ms at 1M concerns); the GUI thread receives the 50 hits and shows them. Checked on a generated
workspace with the worker threshold lowered: same hits as the search on the GUI thread, none shown
before the job delivers them, stale results dropped, errors and Enter handled."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from briefing_app.store.search import search
from briefing_app.store.workspace import Workspace
from briefing_app.ui import background
from briefing_app.ui.search_dialog import SearchDialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = importlib.util.spec_from_file_location("bench_synthetic", ROOT / "benchmarks" / "synthetic.py")
    assert spec is not None and spec.loader is not None
    synthetic = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synthetic)
    return synthetic.build_synthetic_workspace(tmp_path_factory.mktemp("search") / "gen.sqlite", provisions=400,
                                               concerns=3000, delegations=5, seed=3)


@pytest.fixture
def dialog(qtbot, generated: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(background, "ROWS_WORKER_ABOVE", 0)  # as a workspace of a million concerns
    ws = Workspace.open(generated)
    found = SearchDialog()
    qtbot.addWidget(found)
    found.set_workspace(ws)
    yield found
    qtbot.waitUntil(lambda: not background.RUNNING, timeout=5000)
    ws.close()


def _titles(dialog: SearchDialog) -> list[str]:
    return [hit.title for hit in dialog.model.hits]


def test_the_worker_returns_the_same_bounded_hits_as_the_gui_thread_search(qtbot, dialog: SearchDialog) -> None:
    expected = search(dialog.ws, "judicial authorisation", limit=50)
    assert len(expected) == 50  # a common query: the cap is what bounds the GUI thread's work
    dialog.query_edit.setText("judicial authorisation")
    dialog.run_search()
    assert dialog.searching is not None and dialog.model.rowCount() == 0  # the work is in the job
    qtbot.waitUntil(lambda: dialog.searching is None, timeout=5000)
    assert dialog.model.hits == expected
    assert dialog.results.currentIndex().row() == 0 and "50 results" in dialog.status.text()


def test_a_result_for_text_typed_over_is_dropped(qtbot, dialog: SearchDialog) -> None:
    dialog.query_edit.setText("interception")
    dialog.run_search()
    dialog.query_edit.setText("kaloqui")
    dialog.run_search()
    qtbot.waitUntil(lambda: not background.RUNNING, timeout=5000)
    assert _titles(dialog) == [hit.title for hit in search(dialog.ws, "kaloqui", limit=50)]


def test_a_bad_query_from_the_worker_is_reported_without_results(qtbot, dialog: SearchDialog) -> None:
    dialog.query_edit.setText('"unbalanced')
    dialog.run_search()
    qtbot.waitUntil(lambda: dialog.searching is None, timeout=5000)
    assert dialog.model.rowCount() == 0 and "Cannot search" in dialog.status.text()


def test_enter_before_the_hits_arrive_jumps_to_the_first_when_they_do(qtbot, dialog: SearchDialog) -> None:
    first = search(dialog.ws, "interception", limit=50)[0]
    dialog.query_edit.setText("interception")
    with qtbot.waitSignal(dialog.jump, timeout=5000) as jumped:
        dialog.jump_to_current()  # the debounce timer is running: the search starts now, in the job
    assert jumped.args == [first]


def test_enter_after_the_box_is_cleared_mid_search_waits_for_nothing(qtbot, dialog: SearchDialog) -> None:
    dialog.query_edit.setText("interception")
    dialog.run_search()
    dialog.query_edit.setText("")
    dialog.run_search()  # the running search is now for text typed over: nothing is awaited
    assert dialog.searching is None
    dialog.jump_to_current()  # no hits: Enter does nothing, now or when the old job ends
    qtbot.waitUntil(lambda: not background.RUNNING, timeout=5000)
    assert dialog.model.rowCount() == 0 and not dialog._jump_when_shown
