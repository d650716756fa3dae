"""View → National implementation (Ctrl+8): laws and bills per state, their sections mapped to
treaty articles with concerns and cases; every edit one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from briefing_app.domain.models import NationalLaw, NationalProvision
from briefing_app.store import queries, status_store
from briefing_app.ui.commands import Delete, Insert, Link, Step, Unlink, Update, link_changes
from briefing_app.ui.messages import Confirm
from briefing_app.ui.services import Services
from briefing_app.ui.status.base import FeatureBase

if TYPE_CHECKING:
    from briefing_app.ui.status.national_page import NationalImplementationPage


class NationalController(FeatureBase):
    def __init__(self, services: Services) -> None:
        super().__init__(services)
        self._page: NationalImplementationPage | None = None

    def build_page(self) -> QWidget:
        from briefing_app.ui.status.national_page import NationalImplementationPage

        self._page = NationalImplementationPage({
            "add_law": self.add_law, "edit_law": self.edit_law, "delete_law": self.delete_law,
            "add_section": self.add_section, "edit_section": self.edit_section,
            "delete_section": self.delete_section, "new_concern": self.new_concern})
        return self._page

    @property
    def page(self) -> NationalImplementationPage:
        self.services.registry.page("national").widget  # noqa: B018  (builds the page on first use)
        assert self._page is not None
        return self._page

    def refresh(self) -> None:
        self.page.set_workspace(self.services.workspace)

    def add_law(self) -> bool:
        from briefing_app.ui.status.dialogs import NationalLawDialog

        state = self.page.current_state()
        if self.services.workspace is None or state is None:
            return False
        edited = NationalLawDialog.ask(self.services.window, self.services.ws,
                                       NationalLaw(delegation_id=state.id, title=""))
        if edited is None:
            return False
        return self.save_edited(self.tr("Add law of {name}").format(name=state.name), None, edited, {})

    def edit_law(self) -> bool:
        from briefing_app.ui.status.dialogs import NationalLawDialog

        law = self.page.current_law()
        if law is None or self.services.workspace is None:
            return False
        edited = NationalLawDialog.ask(self.services.window, self.services.ws, law)
        return edited is not None and self.save_edited(self.tr("Edit law"), law, edited, {})

    def delete_law(self) -> bool:
        law = self.page.current_law()
        if law is None or not Confirm.ask(
                self.services.window, self.tr("Delete"),
                self.tr("Delete {title} and its sections?\n\nYou can undo this with Edit → Undo.").format(
                    title=law.title)):
            return False
        return self.apply(self.tr("Delete law"), [Delete(law)])

    def _section_links(self, section_id: str) -> dict[str, list[str]]:
        from briefing_app.ui.status.dialogs import ARTICLES_LINK, CASES_LINK, CONCERNS_LINK

        ws = self.services.ws
        return {ARTICLES_LINK: ws.linked(ARTICLES_LINK, left_id=section_id),
                CASES_LINK: ws.linked(CASES_LINK, left_id=section_id),
                CONCERNS_LINK: ws.linked(CONCERNS_LINK, right_id=section_id)}

    def _edit_section(self, old: NationalProvision | None, section: NationalProvision) -> bool:
        from briefing_app.ui.status.dialogs import CONCERNS_LINK, NationalSectionDialog

        ws = self.services.ws
        documents = queries.documents(ws)
        before = self._section_links(section.id) if old is not None else {}
        edited = NationalSectionDialog.ask(self.services.window, ws, section,
                                           documents[0].id if documents else "", before)
        if edited is None:
            return False
        concerns = edited.links.pop(CONCERNS_LINK, [])
        was = before.pop(CONCERNS_LINK, [])
        steps: list[Step] = [Insert(edited.record) if old is None else Update(old, edited.record)]
        for link, ids in edited.links.items():
            steps += link_changes(link, section.id, before.get(link, []), ids)
        # a concern is the left side of its link to a national provision
        steps += [Unlink(CONCERNS_LINK, c, section.id) for c in was if c not in concerns]
        steps += [Link(CONCERNS_LINK, c, section.id) for c in concerns if c not in was]
        text = self.tr("Add section") if old is None else self.tr("Edit section")
        return self.apply(text, steps)

    def add_section(self) -> bool:
        law = self.page.current_law()
        if law is None or self.services.workspace is None:
            return False
        position = status_store.next_position(self.services.ws, law.id)
        return self._edit_section(None, NationalProvision(law_id=law.id, position=position))

    def edit_section(self) -> bool:
        detail = self.page.current_section()
        if detail is None or self.services.workspace is None:
            return False
        return self._edit_section(detail.section, detail.section)

    def new_concern(self) -> bool:
        """A new concern about the selected section ("the bill criminalises X beyond Art. 7"), linked
        to the articles it implements unless the user unticks them; one undo step."""
        from briefing_app.domain.models import Concern
        from briefing_app.ui.dialogs import ConcernDialog
        from briefing_app.ui.status.dialogs import CONCERNS_LINK

        detail = self.page.current_section()
        if detail is None or self.services.workspace is None:
            return False
        anchor = detail.articles[0].id if detail.articles else ""
        edited = ConcernDialog.ask(self.services.window, self.services.ws, Concern(title=""), anchor)
        if edited is None:
            return False
        concern = edited.record
        steps: list[Step] = [*(Insert(r) for r in edited.new_records), Insert(concern)]
        for link, ids in edited.links.items():
            steps += link_changes(link, concern.id, [], ids)
        steps.append(Link(CONCERNS_LINK, concern.id, detail.section.id))
        from briefing_app.ui.status.national_page import section_label

        return self.apply(self.tr("Add concern on {label}").format(label=section_label(detail.section)), steps)

    def delete_section(self) -> bool:
        from briefing_app.ui.status.national_page import section_label

        detail = self.page.current_section()
        if detail is None or not Confirm.ask(
                self.services.window, self.tr("Delete"),
                self.tr("Delete {label}?\n\nYou can undo this with Edit → Undo.").format(
                    label=section_label(detail.section))):
            return False
        return self.apply(self.tr("Delete section"), [Delete(detail.section)])
