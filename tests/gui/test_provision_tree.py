"""The lazy provision tree: model consistency, lazy loading, filter and facets."""

from __future__ import annotations

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
    assert nav.match_label.text() == "1 matching provision"
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


def test_badge_counts_count_each_concern_once_per_subtree_on_demo_corpus(demo_workspace) -> None:
    ws = demo_workspace
    for document in queries.documents(ws):
        for version in queries.versions_of(ws, document.id):
            counts = ui_queries.badge_counts(ws, ui_queries.outline(ws, version.id))
            assert counts
            for provision in queries.provisions_of(ws, version.id):
                subtree = queries.subtree_ids(ws, provision.id)
                concerns = queries.concerns_for(ws, subtree)
                expected = ProvisionCounts(len(concerns), len(queries.amendments_for(ws, subtree)),
                                           max((c.severity.rank for c in concerns), default=0))
                assert counts.get(provision.id, ProvisionCounts()) == expected


def test_badges_of_large_version_arrive_from_worker(qtbot, monkeypatch, treaty: Treaty) -> None:
    monkeypatch.setattr(background, "WORKER_ABOVE", 0)
    model = ProvisionTreeModel()
    with qtbot.waitSignal(model.counts_ready, timeout=5000):
        model.set_version(treaty.ws, treaty.adopted.id)
    assert model.index_of(treaty.interception.id).siblingAtColumn(1).data() == "1"
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
    assert nav.match_label.text() == "1 matching provision"
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
    assert nav.match_label.text() == "1 matching provision"
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
        raise StoreUnavailableError("the database is locked.")

    background.read_in_worker(treaty.ws.path, locked, lambda _r: None, "Filtering provisions")
    qtbot.waitUntil(lambda: bool(shown) and not background.RUNNING)
    assert shown == ["Filtering provisions failed: the database is locked."]


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
