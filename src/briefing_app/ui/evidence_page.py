"""Sources and cases view: every source and documented case, with how many concerns cite it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from briefing_app.domain.models import Case, Source
from briefing_app.store import queries, ui_queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.i18n import enum_label
from briefing_app.ui.record_actions import RecordActions
from briefing_app.ui.record_pages import TablePage
from briefing_app.ui.table_model import Column

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class SourcesTable(TablePage):
    def __init__(self, actions: RecordActions) -> None:
        self.cited: dict[str, int] = {}
        self.orgs: dict[str, str] = {}
        columns: list[Column[Source]] = [
            Column(translate("Pages", "Source"), lambda s: s.title),
            Column(translate("Pages", "Organization"), lambda s: self.orgs.get(s.organization_id or "", ""), width=140),
            Column(translate("Pages", "Date"), lambda s: s.date, width=95),
            Column(translate("Pages", "Web address"), lambda s: s.url, width=220),
            Column(translate("Pages", "Cited by"), lambda s: str(self.cited.get(s.id, 0)), lambda s: self.cited.get(s.id, 0), width=80),
            Column(translate("Pages", "Sensitivity"), lambda s: enum_label(s.sensitivity), width=90),
        ]
        super().__init__(translate("Pages", "Sources"), "sources", columns, actions, [
            (translate("Pages", "Add source…"), actions.add_source), (translate("Pages", "Edit…"), self.edit_current), (translate("Pages", "Delete"), self.delete_current)],
            empty_text=translate("Pages", "No sources yet. Add source… records a report, statement or article "
                                 "(title, organization, date, web address) that concerns and positions can cite."))
        self.layout_.addWidget(self.table_area, 1)

    def refresh(self, ws: Workspace | None) -> None:
        self.cited = ui_queries.citation_counts(ws, "concern_sources") if ws else {}
        self.orgs = {k: o.display_name for k, o in queries.organizations_by_id(ws).items()} if ws else {}
        self.model.set_rows(ws.find(Source, order_by="title") if ws else [])


class CasesTable(TablePage):
    def __init__(self, actions: RecordActions) -> None:
        self.cited: dict[str, int] = {}
        columns: list[Column[Case]] = [
            Column(translate("Pages", "Evidence case"), lambda c: c.title),
            Column(translate("Pages", "Country"), lambda c: c.country, width=110),
            Column(translate("Pages", "Law"), lambda c: c.law, width=220),
            Column(translate("Pages", "Date"), lambda c: c.date, width=95),
            Column(translate("Pages", "Cited by"), lambda c: str(self.cited.get(c.id, 0)), lambda c: self.cited.get(c.id, 0), width=80),
            Column(translate("Pages", "Sensitivity"), lambda c: enum_label(c.sensitivity), width=90),
        ]
        super().__init__(translate("Pages", "Evidence cases"), "cases", columns, actions, [
            (translate("Pages", "Add case…"), actions.add_case), (translate("Pages", "Edit…"), self.edit_current), (translate("Pages", "Delete"), self.delete_current)],
            empty_text=translate("Pages", "No evidence cases yet. Add case… records a documented case (country, law, "
                                 "what happened) that concerns can cite and packs can annex."))
        self.layout_.addWidget(self.table_area, 1)

    def refresh(self, ws: Workspace | None) -> None:
        self.cited = ui_queries.citation_counts(ws, "concern_cases") if ws else {}
        self.model.set_rows(ws.find(Case, order_by="title") if ws else [])


class EvidencePage(QWidget):
    def __init__(self, actions: RecordActions) -> None:
        super().__init__()
        self.ws: Workspace | None = None
        self.sources = SourcesTable(actions)
        self.cases = CasesTable(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.sources)
        splitter.addWidget(self.cases)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        self.sources.refresh(self.ws)
        self.cases.refresh(self.ws)
