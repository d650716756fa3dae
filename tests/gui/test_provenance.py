"""Records a partner's bundle brought say so on their cards; All concerns filters by contributor."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.bundles.apply import import_bundle
from briefing_app.bundles.export import export_bundle
from briefing_app.domain.enums import AmendmentAction, ProvisionKind, Severity
from briefing_app.domain.models import Amendment, Concern, Provision
from briefing_app.store.workspace import Workspace
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.table_model import RECORD_ROLE
from tests.conftest import FixedClock
from tests.gui.conftest import Treaty

CARD = "Contributed by Privacy Coalition (bundle partner.briefing, 2024-03-05)"


@pytest.fixture
def imported(tmp_path: Path, treaty: Treaty) -> tuple[Concern, Amendment]:
    """A partner copies our workspace, adds a concern and an amendment on Article 30(1), sends a bundle."""
    partner_path = tmp_path / "partner.sqlite"
    partner = Workspace.open(partner_path, clock=FixedClock())
    treaty.ws.conn.backup(partner.conn)
    concern = Concern(title="Interception data kept without limit", severity=Severity.HIGH)
    amendment = Amendment(provision_id=treaty.interception_p1.id, title="Limit retention",
                          action=AmendmentAction.INSERT, proposed_text=" for no longer than necessary")
    partner.insert_many([concern, amendment])
    partner.insert_links("concern_provisions", [(concern.id, treaty.interception_p1.id)])
    bundle = export_bundle(partner, tmp_path / "partner.briefing", organization="Privacy Coalition",
                           now="2024-03-05T09:00:00Z").path
    partner.close()
    assert import_bundle(treaty.ws, bundle).applied
    return concern, amendment


def test_cards_name_the_partner_bundle_a_record_came_from(imported, window: MainWindow, treaty: Treaty) -> None:
    window.workspace_changed.emit()
    window.select_provision(treaty.interception.id)
    concerns = window.panel.concerns.plain_text()
    assert CARD in concerns
    assert concerns.count("Contributed by") == 1  # our own concern carries no such line
    window.panel.tabs.setCurrentIndex(1)
    amendments = window.panel.amendments.plain_text()
    assert amendments.count(CARD) == 1 and "Limit retention" in amendments


def _titles(window: MainWindow) -> list[str]:
    proxy = window.concerns_page.proxy
    return sorted(proxy.index(r, 0).data(RECORD_ROLE).title for r in range(proxy.rowCount()))


def test_all_concerns_filter_by_contributor(imported, window: MainWindow, treaty: Treaty) -> None:
    concern, _amendment = imported
    window.workspace_changed.emit()
    window.show_page("concerns")
    box = window.concerns_page.contributor_box
    assert [box.itemText(i) for i in range(box.count())] == ["any", "our own", "Privacy Coalition (1)"]
    assert len(_titles(window)) == 3
    box.setCurrentIndex(2)
    assert _titles(window) == [concern.title]
    window.concerns_page.refresh()  # an edit elsewhere keeps the choice
    assert box.currentText() == "Privacy Coalition (1)" and _titles(window) == [concern.title]
    box.setCurrentIndex(1)
    assert _titles(window) == sorted([treaty.privacy.title, treaty.overbroad.title])
    box.setCurrentIndex(0)
    assert len(_titles(window)) == 3


def test_without_bundles_nothing_is_marked_and_the_filter_offers_no_partner(window: MainWindow,
                                                                            treaty: Treaty) -> None:
    window.select_provision(treaty.interception.id)
    assert "Contributed by" not in window.panel.concerns.plain_text()
    window.show_page("concerns")
    box = window.concerns_page.contributor_box
    assert [box.itemText(i) for i in range(box.count())] == ["any", "our own"]
    box.setCurrentIndex(1)
    assert len(_titles(window)) == 2


def test_a_hostile_partner_name_is_shown_as_text(window: MainWindow, treaty: Treaty) -> None:
    from briefing_app.store import sync_store

    hostile = '<img src="x"><a href="delete:concerns:x">Coalition</a>'
    with treaty.ws.transaction():
        sync_store.set_bases(treaty.ws, "concerns", [(treaty.privacy.id, "h")],
                             sync_store.Provenance(hostile, "no-such-bundle", "2024-04-01T00:00:00Z"))
    window.select_provision(treaty.interception.id)
    pane = window.panel.concerns
    assert f"Contributed by {hostile} (2024-04-01)" in pane.plain_text()
    assert 'href="delete:concerns:x"' not in pane.view.html()


def test_demo_corpus_is_a_contributor_of_its_own_and_not_our_work(qtbot, monkeypatch,
                                                                  demo_workspace: Workspace) -> None:
    from briefing_app.ui import dialogs
    from briefing_app.ui.dialogs import Edited

    window = MainWindow(demo_workspace, features=())
    qtbot.addWidget(window)
    window.show_page("concerns")
    box = window.concerns_page.contributor_box
    total = demo_workspace.counts()["concerns"]
    assert [box.itemText(i) for i in range(box.count())] == ["any", "our own", f"demo corpus ({total})"]
    box.setCurrentIndex(1)
    assert _titles(window) == []
    mine = Concern(title="Our own finding")
    monkeypatch.setattr(dialogs.ConcernDialog, "ask", classmethod(lambda cls, *a: Edited(mine, {})))
    provision = demo_workspace.find(Provision, kind=ProvisionKind.ARTICLE)[0]
    assert window.record_actions.add_concern(provision.id)
    assert _titles(window) == ["Our own finding"]
    box.setCurrentIndex(2)
    assert len(_titles(window)) == total
