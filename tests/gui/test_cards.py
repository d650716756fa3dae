"""Record cards: actions are buttons and a context menu, never hyperlinks; only web sources are links."""

from __future__ import annotations

import dataclasses
import re

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolButton

from briefing_app.domain.models import Concern
from briefing_app.ui import dialogs, messages
from briefing_app.ui.cards import Card, CardList
from briefing_app.ui.main_window import MainWindow
from tests.gui.conftest import Treaty
from tests.gui.helpers import unnamed_widgets


@pytest.fixture
def window(window: MainWindow, treaty: Treaty) -> MainWindow:
    window.select_provision(treaty.interception.id)
    return window


def _views(window: MainWindow) -> list[CardList]:
    panel = window.panel
    window.show_page("delegations")
    window.delegations_page.select_record(window.delegations_page.model.rows[0].id)
    return [panel.text_pane.view, panel.concerns.view, panel.amendments.view, panel.positions.view,
            window.delegations_page.detail.view]


def test_cards_hold_no_action_links_only_web_links(window: MainWindow) -> None:
    for view in _views(window):
        hrefs = re.findall(r'href="([^"]*)"', view.html())
        assert all(h.startswith(("http://", "https://")) for h in hrefs), (view.accessibleName(), hrefs)
        assert view.cards, view.accessibleName()


def test_concern_card_offers_its_actions_as_named_buttons(window: MainWindow, treaty: Treaty) -> None:
    [card] = window.panel.concerns.view.cards
    assert [b.text() for b in card.buttons] == ["Edit…", "Delete", "Add note…"]
    assert card.buttons[0].accessibleName() == "Edit (concern “Real-time interception without judicial authorisation”)"
    rows = [child.label.plain_text() for child in card.children_cards]
    assert rows == ["Source: Joint NGO letter on the draft convention (2024-01-22)",
                    "Evidence case: Prosecution of a journalist under a cybercrime law — XX"]
    assert all([b.text() for b in row.buttons] == ["Edit…", "Delete"] for row in card.children_cards)
    assert unnamed_widgets(window) == []


def test_delete_button_on_a_card_deletes_after_asking(monkeypatch, window: MainWindow, treaty: Treaty) -> None:
    monkeypatch.setattr(messages.Confirm, "ask", classmethod(lambda cls, *a, **k: True))
    button = window.panel.concerns.view.button_for(f"delete:concerns:{treaty.privacy.id}")
    assert isinstance(button, QToolButton)
    button.click()
    assert treaty.ws.get(Concern, treaty.privacy.id) is None
    assert "No concerns recorded" in window.panel.concerns.plain_text()


def test_card_context_menu_runs_the_same_actions_and_copies_text(monkeypatch, window: MainWindow,
                                                                 treaty: Treaty) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs.ConcernDialog, "ask", classmethod(lambda cls, p, ws, c, *a: asked.append(c.id)))
    [card] = window.panel.concerns.view.cards
    commands: list[str] = []
    card.triggered.connect(commands.append)
    menu = card.menu()
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels == ["Edit…", "Delete", "Add note…", "&Copy", "Select &all"]
    next(a for a in menu.actions() if a.text() == "Edit…").trigger()
    assert commands == [f"edit:concerns:{treaty.privacy.id}"] and asked == [treaty.privacy.id]
    next(a for a in menu.actions() if a.text() == "&Copy").trigger()
    assert "Real-time interception without judicial authorisation" in QGuiApplication.clipboard().text()
    source_row = card.children_cards[0]
    row_menu = [a.text() for a in source_row.menu().actions() if not a.isSeparator()]
    assert row_menu[:2] == ["Edit…", "Delete"]


def test_hostile_text_in_a_card_stays_text(window: MainWindow, treaty: Treaty) -> None:
    hostile = '<a href="delete:concerns:x">click</a><img src="/etc/passwd">'
    treaty.ws.update(dataclasses.replace(treaty.privacy, title=hostile))
    window.panel.refresh()
    [card] = window.panel.concerns.view.cards
    assert isinstance(card, Card)
    assert card.label.plain_text().startswith(hostile)
    assert 'href="delete:' not in window.panel.concerns.view.html()
