"""The main window's record views — All concerns, Delegations, Position matrix, Sources and cases,
Organizations — registered as pages at start and each built, with its module imported, when it is
first shown (issue #17 item 1). Their labels keep the translation context "MainWindow".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from briefing_app.store.workspace import Workspace
from briefing_app.ui.menus import Registry
from briefing_app.ui.record_actions import RecordActions

if TYPE_CHECKING:
    from briefing_app.ui.evidence_page import EvidencePage
    from briefing_app.ui.matrix_page import MatrixPage
    from briefing_app.ui.organizations_page import OrganizationsPage
    from briefing_app.ui.record_pages import ConcernsPage, DelegationsPage

    RecordPage = ConcernsPage | DelegationsPage | MatrixPage | EvidencePage | OrganizationsPage

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class RecordViews:
    def __init__(self, registry: Registry, records: RecordActions, settings: QSettings,
                 select_provision: Callable[[str], bool]) -> None:
        self.registry = registry
        self.records = records
        self.settings = settings
        self.select_provision = select_provision
        self.built: dict[str, RecordPage] = {}
        self.ws: Workspace | None = None
        self.matrix_version = ""  # the version the navigator shows: the matrix's
        labels = {"concerns": translate("MainWindow", "All &concerns"),
                  "delegations": translate("MainWindow", "&Delegations"),
                  "matrix": translate("MainWindow", "Position &matrix"),
                  "evidence": translate("MainWindow", "&Sources and cases"),
                  "organizations": translate("MainWindow", "&Organizations")}
        for key, label in labels.items():
            registry.add_page(key, label, partial(self._build, key), partial(self._reload, key))

    def page(self, key: str) -> RecordPage:
        self.registry.page(key).widget  # noqa: B018  (builds the page on first use)
        return self.built[key]

    def set_workspace(self, ws: Workspace | None) -> None:
        """The pages built so far show `ws` when next shown (they reload then)."""
        self.ws = ws
        for page in self.built.values():
            page.ws = ws

    def _build(self, key: str) -> QWidget:
        page: RecordPage
        if key == "concerns":
            from briefing_app.ui.record_pages import ConcernsPage

            page = ConcernsPage(self.records)
            page.go_to_provision.connect(self.select_provision)
        elif key == "delegations":
            from briefing_app.ui.record_pages import DelegationsPage

            page = DelegationsPage(self.records)
        elif key == "matrix":
            from briefing_app.ui.matrix_page import MatrixPage

            page = MatrixPage(self.records)
            page.restore_include_amendments(str(self.settings.value("matrix/amendments")) == "true")
        elif key == "evidence":
            from briefing_app.ui.evidence_page import EvidencePage

            page = EvidencePage(self.records)
        else:
            from briefing_app.ui.organizations_page import OrganizationsPage

            page = OrganizationsPage(self.records)
        page.ws = self.ws
        self.built[key] = page
        return page

    def _reload(self, key: str) -> None:
        page = self.page(key)
        page.ws = self.ws
        if key == "matrix":
            page.version_id = self.matrix_version  # type: ignore[union-attr]
        page.refresh()
