"""Organizations view: the NGOs, coalitions and others whose concerns and amendments we record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing_app.domain.models import Organization
from briefing_app.store import ui_queries
from briefing_app.ui.i18n import enum_label
from briefing_app.ui.record_actions import RecordActions
from briefing_app.ui.record_pages import TablePage
from briefing_app.ui.table_model import Column

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class OrganizationsPage(TablePage):
    def __init__(self, actions: RecordActions) -> None:
        self.usage: dict[str, tuple[int, int, int]] = {}

        def used(slot: int) -> Column[Organization]:
            header = (translate("Pages", "Concerns"), translate("Pages", "Amendments"), translate("Pages", "Supports"))[slot]
            return Column(header, lambda o: str(self.usage.get(o.id, (0, 0, 0))[slot]),
                          lambda o: self.usage.get(o.id, (0, 0, 0))[slot], width=95)

        columns: list[Column[Organization]] = [
            Column(translate("Pages", "Organization"), lambda o: o.name),
            Column(translate("Pages", "Short name"), lambda o: o.short_name, width=120),
            Column(translate("Pages", "Kind"), lambda o: enum_label(o.kind), width=100),
            Column(translate("Pages", "Country"), lambda o: o.country, width=90),
            Column(translate("Pages", "Coalition"), lambda o: translate("Pages", "member") if o.coalition_member else "", width=80),
            used(0), used(1), used(2),
            Column(translate("Pages", "Sensitivity"), lambda o: enum_label(o.sensitivity), width=90),
        ]
        super().__init__(translate("Pages", "Organizations"), "organizations", columns, actions, [
            (translate("Pages", "Add organization…"), actions.add_organization), (translate("Pages", "Edit…"), self.edit_current),
            (translate("Pages", "Delete"), self.delete_current)],
            empty_text=translate("Pages", "No organizations yet. Add organization… records an NGO, coalition or other "
                                 "group; concerns and amendments then name who raised them."))
        self.layout_.addWidget(self.table_area, 1)

    def refresh(self) -> None:
        ws = self.ws
        self.usage = ui_queries.organization_usage(ws) if ws else {}
        self.model.set_rows(ws.find(Organization, order_by="name") if ws else [])
