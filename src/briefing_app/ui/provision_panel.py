"""Centre and right panes: the selected provision, and its Concerns / Amendments / Positions tabs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from briefing_app.domain.models import Provision
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui import detail_html
from briefing_app.ui.cards import CardList, CardSpec
from briefing_app.ui.help import ACTION_PREFIX, welcome_cards
from briefing_app.ui.record_actions import RecordActions
from briefing_app.ui.rich import esc


class RichPane(QWidget):
    """Record cards (ui/cards.py) under an optional row of buttons; `link_activated(command)` when a
    card's button or menu item is chosen."""

    link_activated = Signal(str)

    def __init__(self, name: str, buttons: list[tuple[str, Callable[[], object]]] | None = None) -> None:
        super().__init__()
        self.view = CardList(name)
        self.view.triggered.connect(self.link_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        if buttons:
            row = QHBoxLayout()
            for label, handler in buttons:
                button = QPushButton(label)
                button.setAccessibleName(label.rstrip("…"))
                button.clicked.connect(lambda _c=False, h=handler: h())
                row.addWidget(button)
                self.buttons[label] = button
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.view)

    def set_cards(self, cards: list[CardSpec]) -> None:
        self.view.set_cards(cards)

    def set_html(self, html: str) -> None:
        self.view.set_html(html)

    def plain_text(self) -> str:
        return self.view.plain_text()


class ProvisionPanel(QWidget):
    """Shows one provision; `compare_requested` asks the window to compare with the previous version."""

    compare_requested = Signal(str)
    action_requested = Signal(str)  # a registered menu action to run (the empty workspace's first steps)

    def __init__(self, actions: RecordActions) -> None:
        super().__init__()
        self.records = actions
        self.offered_actions: Callable[[], list[str]] = list  # the window's registered action keys
        self.ws: Workspace | None = None
        self.provision_id = ""
        self.text_pane = RichPane(self.tr("Provision text"))
        self.concerns = RichPane(self.tr("Concerns"), [(self.tr("Add concern…"), self.add_concern)])
        self.amendments = RichPane(self.tr("Amendments"), [(self.tr("Add amendment…"), self.add_amendment)])
        self.positions = RichPane(self.tr("Positions"), [(self.tr("Add position…"), self.add_position)])
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Provision details"))
        self.tabs.addTab(self.concerns, self.tr("&Concerns"))
        self.tabs.addTab(self.amendments, self.tr("&Amendments"))
        self.tabs.addTab(self.positions, self.tr("&Positions"))
        for pane in (self.text_pane, self.concerns, self.amendments, self.positions):
            pane.link_activated.connect(self._link)
        self.set_enabled_buttons(False)

    def set_enabled_buttons(self, enabled: bool) -> None:
        for pane in (self.concerns, self.amendments, self.positions):
            for button in pane.buttons.values():
                button.setEnabled(enabled)

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.show_provision("")

    def show_provision(self, provision_id: str) -> None:
        self.provision_id = provision_id
        self.refresh()

    def refresh(self) -> None:
        ws = self.ws
        provision = ws.get(Provision, self.provision_id) if ws and self.provision_id else None
        self.set_enabled_buttons(provision is not None)
        self.tabs.setVisible(provision is not None)  # no empty half screen of tabs while nothing is chosen
        if ws is None or provision is None:
            self.provision_id = ""
            self._show_nothing_chosen(ws)
            return
        ids = queries.subtree_ids(ws, provision.id)
        self.text_pane.set_cards(detail_html.provision_cards(ws, provision))
        self.concerns.set_cards(detail_html.concerns_cards(ws, ids))
        self.amendments.set_cards(detail_html.amendments_cards(ws, ids))
        self.positions.set_cards(detail_html.positions_cards(ws, ids))
        self._set_counts(len(queries.concerns_for(ws, ids)), len(queries.amendments_for(ws, ids)),
                         len(queries.positions_for(ws, ids)))

    def _show_nothing_chosen(self, ws: Workspace | None) -> None:
        """No provision to show: say why, and on an empty workspace offer the ways in."""
        for pane in (self.concerns, self.amendments, self.positions):
            pane.set_html("")
        self._set_counts(0, 0, 0)
        if ws is None:
            self.text_pane.set_html(esc(self.tr("No workspace is open: File → Open… or File → New workspace…")))
        elif not queries.documents(ws):
            self.text_pane.set_cards(welcome_cards(self.offered_actions()))
        else:
            self.text_pane.set_html(esc(self.tr("Choose a provision in the tree on the left, or search with "
                                                "Ctrl+F.")))

    def _set_counts(self, concerns: int, amendments: int, positions: int) -> None:
        for index, (label, count) in enumerate(((self.tr("&Concerns"), concerns), (self.tr("&Amendments"), amendments),
                                                 (self.tr("&Positions"), positions))):
            self.tabs.setTabText(index, f"{label} ({count})" if count else label)

    def _link(self, href: str) -> None:
        if href == detail_html.COMPARE_LINK:
            self.compare_requested.emit(self.provision_id)
        elif href.startswith(ACTION_PREFIX):
            self.action_requested.emit(href.removeprefix(ACTION_PREFIX))
        else:
            self.records.handle_link(href)

    def add_concern(self) -> None:
        if self.provision_id:
            self.records.add_concern(self.provision_id)

    def add_amendment(self) -> None:
        if self.provision_id:
            self.records.add_amendment(self.provision_id)

    def add_position(self) -> None:
        if self.provision_id:
            self.records.add_position(self.provision_id)

    def add_note(self) -> None:
        if self.provision_id:
            self.records.add_note("provisions", self.provision_id)
