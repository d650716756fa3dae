"""Organizations view: the NGOs, coalitions and others whose concerns and amendments we record."""

from __future__ import annotations

from briefing_app.domain.models import Organization
from briefing_app.store import ui_queries
from briefing_app.ui.record_actions import RecordActions
from briefing_app.ui.record_pages import TablePage
from briefing_app.ui.table_model import Column


class OrganizationsPage(TablePage):
    def __init__(self, actions: RecordActions) -> None:
        self.usage: dict[str, tuple[int, int, int]] = {}

        def used(slot: int) -> Column[Organization]:
            header = ("Concerns", "Amendments", "Supports")[slot]
            return Column(header, lambda o: str(self.usage.get(o.id, (0, 0, 0))[slot]),
                          lambda o: self.usage.get(o.id, (0, 0, 0))[slot], width=95)

        columns: list[Column[Organization]] = [
            Column("Organization", lambda o: o.name),
            Column("Short name", lambda o: o.short_name, width=120),
            Column("Kind", lambda o: o.kind.value, width=100),
            Column("Country", lambda o: o.country, width=90),
            Column("Coalition", lambda o: "member" if o.coalition_member else "", width=80),
            used(0), used(1), used(2),
            Column("Sensitivity", lambda o: o.sensitivity.value, width=90),
        ]
        super().__init__("Organizations", "organizations", columns, actions, [
            ("Add organization…", actions.add_organization), ("Edit…", self.edit_current),
            ("Delete", self.delete_current)])
        self.layout_.addWidget(self.table, 1)

    def refresh(self) -> None:
        ws = self.ws
        self.usage = ui_queries.organization_usage(ws) if ws else {}
        self.model.set_rows(ws.find(Organization, order_by="name") if ws else [])
