"""View → National implementation on the demo: laws per state, sections mapped to articles with
concerns and cases, our analysis of those articles, and edits that one undo takes back."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from briefing_app.domain.enums import LawStage
from briefing_app.domain.models import Concern, Delegation, NationalLaw, NationalProvision, Provision
from briefing_app.store.workspace import Workspace
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.status import StatusController, install
from briefing_app.ui.status.dialogs import (
    ARTICLES_LINK,
    CONCERNS_LINK,
    NationalLawDialog,
    NationalSectionDialog,
)
from briefing_app.ui.status.national_page import section_html
from tests.gui.conftest import content_dump


@pytest.fixture
def window(qtbot: QtBot, demo_workspace: Workspace) -> MainWindow:
    win = MainWindow(demo_workspace, features=(install,))
    qtbot.addWidget(win)
    return win


def _state(ws: Workspace, iso: str) -> Delegation:
    return next(d for d in ws.find(Delegation) if d.iso_code == iso)


def test_national_page_is_ctrl_8_and_shows_nigerias_section_24_with_concern_and_cases(window: MainWindow) -> None:
    action = window.registry.action("page.national")
    assert action.shortcut().toString() == "Ctrl+8"
    action.trigger()
    page = window.features.get(StatusController).national.page
    assert page.select_state(_state(window.workspace, "NG").id)
    assert [law.title for law in page.model.rows] == ["Cybercrimes (Prohibition, Prevention, etc.) Act 2015"]
    first = page.details[0]
    assert first.section.number == "24(1)(b)" and len(first.concerns) == 1 and len(first.cases) == 5
    assert "Cyberstalking" in page.detail.toPlainText() and "Documented cases" in page.detail.toPlainText()


def test_kenyan_bill_sections_show_our_amendments_on_the_articles_they_implement(window: MainWindow) -> None:
    window.registry.show_page("national")
    page = window.features.get(StatusController).national.page
    page.select_state(_state(window.workspace, "KE").id)
    assert page.details[0].articles[0].number == "7"
    text = page.detail.toPlainText()
    assert "Our analysis of the articles it implements" in text and "Amendment:" in text


def test_section_html_escapes_user_text(demo_workspace: Workspace) -> None:
    from briefing_app.store.status_store import SectionDetail

    detail = SectionDetail(NationalProvision(law_id="l", number="<b>1</b>", text="x<y & </p>"), (), (), ())
    html = section_html(detail)
    assert "&lt;b&gt;1&lt;/b&gt;" in html and "x&lt;y &amp; &lt;/p&gt;" in html


def test_law_and_section_with_articles_and_concern_are_added_and_undone(window: MainWindow, monkeypatch) -> None:
    ws = window.workspace
    window.registry.show_page("national")
    controller = window.features.get(StatusController)
    page = controller.national.page
    brazil = _state(ws, "BR")
    assert page.select_state(brazil.id) and not page.model.rows
    before = content_dump(ws.conn)

    def law(cls, parent, ws_, record):
        dialog = cls(parent, ws_, record)
        dialog.set_value("title", "Projeto de Lei 1234/2027")
        dialog.set_value("stage", LawStage.IN_COMMITTEE)
        dialog.set_value("url", "https://example.org/pl-1234")
        assert not dialog.problems()
        return dialog.edited()

    monkeypatch.setattr(NationalLawDialog, "ask", classmethod(law))
    assert controller.national.add_law()
    assert [law.stage for law in page.model.rows] == [LawStage.IN_COMMITTEE]
    article = next(p for p in ws.find(Provision) if p.number == "7" and p.heading == "Illegal access")
    concern = ws.find(Concern)[0]

    def section(cls, parent, ws_, record, document_id, links):
        dialog = cls(parent, ws_, record, document_id, links)
        assert dialog.problems() == ["What it says (our words) is required.", "Give the section a number or a heading."]
        dialog.set_value("number", "2")
        dialog.set_value("text", "Access without right, with no intent required.")
        dialog.checklists[ARTICLES_LINK].set_checked([article.id])
        dialog.checklists[CONCERNS_LINK].set_checked([concern.id])
        return dialog.edited()

    monkeypatch.setattr(NationalSectionDialog, "ask", classmethod(section))
    assert controller.national.add_section()
    saved = ws.find(NationalProvision, law_id=page.model.rows[0].id)
    assert len(saved) == 1
    assert ws.linked(ARTICLES_LINK, left_id=saved[0].id) == [article.id]
    assert ws.linked(CONCERNS_LINK, right_id=saved[0].id) == [concern.id]
    assert page.details[0].concerns[0].id == concern.id
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert content_dump(ws.conn) == before
    assert not ws.find(NationalLaw, delegation_id=brazil.id)


def test_new_concern_on_a_section_links_it_there_and_to_the_article(window: MainWindow, monkeypatch) -> None:
    from briefing_app.domain.enums import Severity
    from briefing_app.ui.dialogs import ConcernDialog

    ws = window.workspace
    window.registry.show_page("national")
    controller = window.features.get(StatusController)
    page = controller.national.page
    page.select_state(_state(ws, "KE").id)
    section = page.details[0]
    assert section.section.number == "3"
    before = content_dump(ws.conn)

    def fill(cls, parent, ws_, concern, provision_id):
        assert provision_id == section.articles[0].id
        dialog = cls(parent, ws_, concern, provision_id)
        dialog.set_value("title", "The bill criminalises access with no intent or harm, beyond Art. 7")
        dialog.set_value("severity", Severity.HIGH)
        return dialog.edited()

    monkeypatch.setattr(ConcernDialog, "ask", classmethod(fill))
    assert controller.national.new_concern()
    concern = next(c for c in ws.find(Concern) if c.title.startswith("The bill criminalises"))
    assert ws.linked(CONCERNS_LINK, left_id=concern.id) == [section.section.id]
    assert ws.linked("concern_provisions", left_id=concern.id) == [section.articles[0].id]
    assert page.details[0].concerns[0].id == concern.id
    window.undo_stack.undo()
    assert content_dump(ws.conn) == before
