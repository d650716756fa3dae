"""The lazy provision tree: model consistency, lazy loading, filter and facets."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from briefing_app.domain.enums import Severity, Stance
from briefing_app.domain.views import ProvisionCounts
from briefing_app.store import queries, ui_queries
from briefing_app.ui import background
from briefing_app.ui.navigator import Navigator
from briefing_app.ui.provision_model import ID_ROLE, ProvisionTreeModel
from tests.gui.conftest import Treaty


def test_tree_model_passes_modeltester_when_fully_expanded(qtmodeltester, treaty: Treaty) -> None:
    model = ProvisionTreeModel()
    model.set_version(treaty.ws, treaty.adopted.id)
    model.index_of(treaty.interception_p1.id)
    qtmodeltester.check(model, force_py=True)


def test_tree_loads_children_only_when_expanded_when_version_opens(treaty: Treaty) -> None:
    model = ProvisionTreeModel()
    model.set_version(treaty.ws, treaty.adopted.id)
    top = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert top == ["Chapter II — Criminalization", "Chapter IV — Procedural measures"]
    chapter = model.index(0, 0)
    assert model.rowCount(chapter) == 0 and model.hasChildren(chapter) and model.canFetchMore(chapter)
    model.fetchMore(chapter)
    assert [model.index(r, 0, chapter).data() for r in range(model.rowCount(chapter))] == [
        "Article 6 — Respect for human rights", "Article 7 — Illegal access"]


def test_tree_shows_count_badges_including_paragraphs_when_article_has_concerns(treaty: Treaty) -> None:
    model = ProvisionTreeModel()
    model.set_version(treaty.ws, treaty.adopted.id)
    article = model.index_of(treaty.interception.id)
    assert article.siblingAtColumn(1).data() == "1"
    assert article.siblingAtColumn(2).data() == "1"
    assert article.data(ID_ROLE) == treaty.interception.id


def _visible(nav: Navigator) -> set[str]:
    return set(nav.visible_provision_ids())


def test_filter_text_narrows_tree_when_typed(qtbot, treaty: Treaty) -> None:
    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_workspace(treaty.ws)
    nav.filter_edit.setText("interception")
    qtbot.waitUntil(lambda: treaty.interception.id in _visible(nav))
    visible = _visible(nav)
    assert treaty.access.id not in visible and treaty.rights.id not in visible
    assert treaty.interception_p1.id in visible
    assert nav.match_label.text() == "3 provisions found"  # the article and its two paragraphs
    nav.filter_edit.clear()
    nav.apply_filter()
    assert treaty.chapter.id in _visible(nav)


def test_facets_narrow_tree_when_severity_or_stance_chosen(qtbot, treaty: Treaty) -> None:
    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_workspace(treaty.ws)
    nav.severity_box.setCurrentIndex(nav.severity_box.findData(Severity.CRITICAL))
    visible = _visible(nav)
    assert treaty.interception_p1.id in visible and treaty.chapter.id not in visible
    nav.severity_box.setCurrentIndex(0)
    nav.delegation_box.setCurrentIndex(nav.delegation_box.findData(treaty.kenya.id))
    nav.stance_box.setCurrentIndex(nav.stance_box.findData(Stance.UNDECIDED))
    visible = _visible(nav)
    assert treaty.interception.id in visible and treaty.rights.id not in visible
    nav.stance_box.setCurrentIndex(nav.stance_box.findData(Stance.SUPPORTS))
    assert _visible(nav) == set()


def test_facets_combine_category_organization_and_amendments(qtbot, treaty: Treaty) -> None:
    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_workspace(treaty.ws)
    nav.category_box.setCurrentIndex(nav.category_box.findData("criminalization"))
    assert treaty.access.id in _visible(nav) and treaty.interception.id not in _visible(nav)
    nav.category_box.setCurrentIndex(0)
    nav.organization_box.setCurrentIndex(nav.organization_box.findData(treaty.article19.id))
    assert {treaty.access.id, treaty.interception_p1.id} <= _visible(nav)
    nav.amendments_check.setChecked(True)
    assert treaty.interception_p1.id in _visible(nav) and treaty.access.id not in _visible(nav)


def test_select_provision_switches_version_when_in_other_version(qtbot, treaty: Treaty) -> None:
    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_workspace(treaty.ws)
    with qtbot.waitSignal(nav.provision_selected) as blocker:
        assert nav.select_provision(treaty.old_interception.id)
    assert blocker.args == [treaty.old_interception.id]
    assert nav.version_box.currentText() == "Zero draft"


def _all_levels(ws, version_id: str) -> dict[str, ProvisionCounts]:
    """Every level of the version counted with ui_queries.level_counts, in one call and one by one."""
    tree = ui_queries.outline(ws, version_id)
    parents = list(tree.children)
    together = ui_queries.level_counts(ws, version_id, parents)
    apart: dict[str, ProvisionCounts] = {}
    for parent in parents:
        apart.update(ui_queries.level_counts(ws, version_id, [parent]))
    assert together == apart
    return together


def test_badge_counts_count_each_concern_once_per_subtree_on_demo_corpus(demo_workspace) -> None:
    ws = demo_workspace
    for document in queries.documents(ws):
        for version in queries.versions_of(ws, document.id):
            counts = _all_levels(ws, version.id)
            assert counts
            for provision in queries.provisions_of(ws, version.id):
                subtree = queries.subtree_ids(ws, provision.id)
                concerns = queries.concerns_for(ws, subtree)
                expected = ProvisionCounts(len(concerns), len(queries.amendments_for(ws, subtree)),
                                           max((c.severity.rank for c in concerns), default=0))
                assert counts.get(provision.id, ProvisionCounts()) == expected


def _python_badge_counts(ws, tree: ui_queries.Outline) -> dict[str, ProvisionCounts]:
    """The badge count the tree used before SQL did it (#17 item 6): Python over every concern link
    of the workspace and the outline's paths. Kept here as the reference the SQL must equal."""
    rank = {s.value: s.rank for s in Severity}
    concerns: dict[str, set[str]] = {}
    worst: dict[str, int] = {}
    amendments: dict[str, int] = {}
    for concern_id, provision_id, severity in ws.conn.execute(
            "SELECT cp.concern_id, cp.provision_id, c.severity FROM concern_provisions cp "
            "JOIN concerns c ON c.id = cp.concern_id"):
        if provision_id in tree.parent:
            for node in tree.path(provision_id):
                concerns.setdefault(node, set()).add(concern_id)
                worst[node] = max(worst.get(node, 0), rank[severity])
    for provision_id, count in ws.conn.execute("SELECT provision_id, count(*) FROM amendments GROUP BY 1"):
        if provision_id in tree.parent:
            for node in tree.path(provision_id):
                amendments[node] = amendments.get(node, 0) + count
    return {pid: ProvisionCounts(len(concerns.get(pid, ())), amendments.get(pid, 0), worst.get(pid, 0))
            for pid in concerns.keys() | amendments.keys()}


def test_sql_badges_equal_the_python_count_on_a_generated_workspace(tmp_path) -> None:
    import importlib.util
    from pathlib import Path

    from briefing_app.domain.models import Concern, Provision
    from briefing_app.store.workspace import Workspace

    source = Path(__file__).resolve().parents[2] / "benchmarks" / "synthetic.py"
    spec = importlib.util.spec_from_file_location("bench_synthetic", source)
    assert spec is not None and spec.loader is not None
    synthetic = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synthetic)
    path = synthetic.build_synthetic_workspace(tmp_path / "gen.sqlite", provisions=800, concerns=3000,
                                               delegations=5, seed=11)
    with Workspace.open(path) as ws:
        version = queries.versions_of(ws, queries.documents(ws)[0].id)[0]
        paragraphs = [p for p in queries.provisions_of(ws, version.id) if p.parent_id and p.kind.is_paragraph_level]
        linked = ws.conn.execute("SELECT concern_id, provision_id FROM concern_provisions LIMIT 200").fetchall()
        parent_of = {p.id: p.parent_id for p in paragraphs}
        extra = [(c, para) for c, art in linked for para, up in parent_of.items() if up == art][:300]
        ws.insert_links("concern_provisions", extra)  # a concern on an article and its paragraph counts once
        lone = ws.insert(Concern(title="only on a paragraph", severity=Severity.CRITICAL))
        ws.insert_links("concern_provisions", [(lone.id, paragraphs[-1].id)])
        stray = ws.insert(Provision(version_id=version.id, kind=paragraphs[0].kind, number="9",
                                    parent_id=paragraphs[0].parent_id, position=99))
        assert extra
        expected = _python_badge_counts(ws, ui_queries.outline(ws, version.id))
        counts = _all_levels(ws, version.id)
        assert counts == expected
        assert stray.id not in counts and counts[paragraphs[-1].id] == ProvisionCounts(1, 0, 4)
        top = ui_queries.level_counts(ws, version.id, [None])
        assert top == {pid: c for pid, c in expected.items() if ws.get(Provision, pid).parent_id is None}


def test_badges_of_large_version_arrive_from_worker(qtbot, monkeypatch, treaty: Treaty) -> None:
    monkeypatch.setattr(background, "WORKER_ABOVE", 0)
    model = ProvisionTreeModel()
    with qtbot.waitSignal(model.counts_ready, timeout=5000):
        model.set_version(treaty.ws, treaty.adopted.id)
    assert model.rowCount() == 0 or model.counts_known(treaty.chapter.id)
    qtbot.waitUntil(lambda: model.rowCount() == 2)  # the top level, read in a worker
    assert model.counts_known(model.index(0, 0).data(ID_ROLE))
    article = model.index_of(treaty.interception.id)  # its level is counted in a worker once loaded
    qtbot.waitUntil(lambda: article.siblingAtColumn(1).data() == "1")
    qtbot.waitUntil(lambda: not background.RUNNING)


def test_filter_of_large_version_runs_in_worker_and_keeps_only_latest(qtbot, monkeypatch, treaty: Treaty) -> None:
    monkeypatch.setattr(background, "WORKER_ABOVE", 0)
    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_workspace(treaty.ws)
    qtbot.waitUntil(lambda: not background.RUNNING)
    with qtbot.waitSignal(nav.filter_applied, timeout=5000):
        nav.filter_edit.setText("access")
        nav.apply_filter()
        nav.filter_edit.setText("interception")
        nav.apply_filter()
    qtbot.waitUntil(lambda: not background.RUNNING)
    assert nav.match_label.text() == "3 provisions found"
    assert treaty.interception.id in _visible(nav) and treaty.access.id not in _visible(nav)


def test_filter_ignores_case_in_any_script_and_reuses_texts(qtbot, treaty: Treaty) -> None:
    from briefing_app.domain.models import Provision as P

    treaty.ws.insert(P(version_id=treaty.adopted.id, kind=treaty.access.kind, number="99",
                       heading="ПЕРЕХВАТ данных", parent_id=treaty.chapter.id, position=9))
    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_workspace(treaty.ws)
    assert nav.model.texts is None
    nav.filter_edit.setText("перехват")
    nav.apply_filter()
    assert nav.match_label.text() == "1 provision found"
    texts = nav.model.texts
    assert texts is not None
    nav.filter_edit.setText("ARTICLE 7")
    nav.apply_filter()
    assert nav.model.texts is texts and treaty.access.id in _visible(nav)


def test_gui_keeps_ticking_while_a_large_filter_runs(qtbot, monkeypatch, treaty: Treaty) -> None:
    import threading

    from PySide6.QtCore import QTimer

    monkeypatch.setattr(background, "WORKER_ABOVE", 0)
    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_workspace(treaty.ws)
    qtbot.waitUntil(lambda: not background.RUNNING)
    ticked = threading.Event()
    real = ui_queries.facet_matches

    def slow_facets(*args, **kwargs):
        assert ticked.wait(5), "the GUI thread did not tick while the filter was running"
        return real(*args, **kwargs)

    monkeypatch.setattr(ui_queries, "facet_matches", slow_facets)
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: (ticks.append(1), len(ticks) >= 3 and ticked.set()))
    heartbeat.start(1)
    with qtbot.waitSignal(nav.filter_applied, timeout=10000):
        nav.severity_box.setCurrentIndex(nav.severity_box.findData(Severity.CRITICAL))
    heartbeat.stop()
    qtbot.waitUntil(lambda: not background.RUNNING)
    assert len(ticks) >= 3 and treaty.interception_p1.id in _visible(nav)


def test_worker_read_broken_by_environment_is_reported(qtbot, monkeypatch, treaty: Treaty) -> None:
    from briefing_app.store.errors import StoreUnavailableError

    shown: list[str] = []
    monkeypatch.setattr(background, "show_error", lambda _p, _t, text: shown.append(text))

    def locked(_ws):
        raise StoreUnavailableError("the workspace is locked by another program.")

    background.read_in_worker(treaty.ws.path, locked, lambda _r: None, "Filtering provisions")
    qtbot.waitUntil(lambda: bool(shown) and not background.RUNNING)
    assert shown == ["Filtering provisions failed: the workspace is locked by another program."]


def test_large_version_is_usable_before_its_outline_arrives(qtbot, qtmodeltester, monkeypatch, treaty: Treaty) -> None:
    monkeypatch.setattr(background, "WORKER_ABOVE", 0)
    nav = Navigator()
    qtbot.addWidget(nav)
    with qtbot.waitSignal(nav.model.outline_ready, timeout=5000):
        nav.set_workspace(treaty.ws)
        assert nav.model.large and not nav.model.outline.parent
        assert nav.select_provision(treaty.interception_p1.id)  # paths come from the store meanwhile
        access = nav.model.index_of(treaty.access.id)
        assert nav.model.hasChildren(access)  # an article may have paragraphs until the outline says
    assert not nav.model.hasChildren(nav.model.index_of(treaty.access.id))
    assert nav.current_provision_id() == treaty.interception_p1.id
    qtbot.waitUntil(lambda: not background.RUNNING)
    qtmodeltester.check(nav.model, force_py=True)


def _shown_rows(nav: Navigator) -> tuple[list[str], list[str]]:
    """Ids of the rows the tree shows, split into what the filter found and grey context rows."""
    found, context = [], []

    def walk(parent) -> None:
        for row in range(nav.proxy.rowCount(parent)):
            index = nav.proxy.index(row, 0, parent)
            (context if nav.proxy.is_context(index) else found).append(index.data(ID_ROLE))
            walk(index)

    from PySide6.QtCore import QModelIndex
    walk(QModelIndex())
    return found, context


def test_filter_count_counts_what_the_tree_shows_when_a_chapter_matches(qtbot, treaty: Treaty) -> None:
    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_workspace(treaty.ws)
    nav.filter_edit.setText("criminalization")
    nav.apply_filter()
    found, context = _shown_rows(nav)
    assert set(found) == {treaty.chapter.id, treaty.rights.id, treaty.access.id}
    assert context == []
    assert nav.match_label.text() == f"{len(found)} provisions found"
    assert "Matching the filter themselves: 1 provision." in nav.match_label.toolTip()


def test_chapters_leading_to_a_match_are_grey_italic_context_and_not_counted(qtbot, treaty: Treaty) -> None:
    from PySide6.QtCore import Qt

    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_workspace(treaty.ws)
    nav.filter_edit.setText("interception")
    nav.apply_filter()
    found, context = _shown_rows(nav)
    assert context == [treaty.interception.parent_id]
    assert nav.match_label.text() == f"{len(found)} provisions found"
    chapter = nav.proxy.mapFromSource(nav.model.index_of(treaty.interception.parent_id))
    assert chapter.data(Qt.ItemDataRole.FontRole).italic()
    article = nav.proxy.mapFromSource(nav.model.index_of(treaty.interception.id))
    assert article.data(Qt.ItemDataRole.FontRole) is None


def test_filter_keeps_the_open_provision_when_it_hides_it(qtbot, treaty: Treaty) -> None:
    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_workspace(treaty.ws)
    assert nav.select_provision(treaty.rights.id)
    emitted: list[str] = []
    nav.provision_selected.connect(emitted.append)
    nav.filter_edit.setText("interception")
    nav.apply_filter()
    assert emitted == []  # the panel keeps Article 6; no other article slips in
    assert not nav.tree.selectionModel().hasSelection()
    assert nav.match_label.text() == "3 provisions found; Article 6, open on the right, is not among them"
    nav.filter_edit.clear()
    nav.apply_filter()
    assert emitted == [] and nav.current_provision_id() == treaty.rights.id
    assert nav.tree.selectionModel().isSelected(nav.tree.currentIndex())


def test_filter_keeps_the_open_provision_selected_when_it_still_matches(qtbot, treaty: Treaty) -> None:
    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_workspace(treaty.ws)
    assert nav.select_provision(treaty.access.id)
    emitted: list[str] = []
    nav.provision_selected.connect(emitted.append)
    for text in ("criminalization", "access", ""):
        nav.filter_edit.setText(text)
        nav.apply_filter()
        assert nav.current_provision_id() == treaty.access.id, text
    assert emitted == []


def test_main_window_panel_stays_on_its_article_when_the_filter_hides_it(window, treaty: Treaty) -> None:
    window.select_provision(treaty.access.id)  # Article 7; the filter leaves only its sibling Article 6
    window.navigator.filter_edit.setText("human rights")
    window.navigator.apply_filter()
    assert window.panel.provision_id == treaty.access.id
    assert window.navigator.current_provision_id() == ""


def test_small_version_of_a_large_workspace_reads_its_badges_in_a_worker(qtbot, monkeypatch, treaty: Treaty) -> None:
    monkeypatch.setattr(background, "ROWS_WORKER_ABOVE", 0)  # a workspace with many concerns
    model = ProvisionTreeModel()
    with qtbot.waitSignal(model.counts_ready, timeout=5000):
        model.set_version(treaty.ws, treaty.adopted.id)
        assert model.large and model.rowCount() == 2  # the top level at once, the rest on its way
    article = model.index_of(treaty.interception.id)  # the level it opens is counted in a worker
    qtbot.waitUntil(lambda: article.siblingAtColumn(1).data() == "1")
    qtbot.waitUntil(lambda: not background.RUNNING)


def test_refresh_counts_drops_a_badge_whose_last_concern_went_and_keeps_other_levels(treaty: Treaty) -> None:
    model = ProvisionTreeModel()
    model.set_version(treaty.ws, treaty.adopted.id)
    access = model.index_of(treaty.access.id)
    interception = model.index_of(treaty.interception.id)
    assert access.siblingAtColumn(1).data() == "1" and interception.siblingAtColumn(1).data() == "1"
    treaty.ws.unlink("concern_provisions", treaty.overbroad.id, treaty.access.id)
    model.refresh_counts()
    assert access.siblingAtColumn(1).data() == ""  # recounted: no stale badge
    assert interception.siblingAtColumn(1).data() == "1"
    assert model.index(0, 0).siblingAtColumn(1).data() == ""  # Chapter II had only that concern


def test_large_version_reads_its_top_level_and_badges_off_the_gui_thread(qtbot, monkeypatch, treaty: Treaty) -> None:
    import threading

    monkeypatch.setattr(background, "WORKER_ABOVE", 0)
    real_children, real_counts = queries.children_of, ui_queries.level_counts
    threads: list[tuple[str, bool]] = []

    def children_of(ws, version_id, parent_id):
        threads.append(("children", threading.current_thread() is threading.main_thread()))
        return real_children(ws, version_id, parent_id)

    def level_counts(ws, version_id, parents):
        threads.append(("counts", threading.current_thread() is threading.main_thread()))
        return real_counts(ws, version_id, parents)

    monkeypatch.setattr(queries, "children_of", children_of)
    monkeypatch.setattr(ui_queries, "level_counts", level_counts)
    model = ProvisionTreeModel()
    with qtbot.waitSignals([model.outline_ready, model.counts_ready], timeout=5000):
        model.set_version(treaty.ws, treaty.adopted.id)
        assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())  # on its way
    qtbot.waitUntil(lambda: model.rowCount() == 2 and not background.RUNNING)
    assert ("children", False) in threads and ("counts", False) in threads
    assert ("children", True) not in threads and ("counts", True) not in threads
    assert model.counts_known(treaty.chapter.id) and model.index(0, 0).siblingAtColumn(1).data() == "1"
