"""Record cards: a concern, an amendment, a position, a note… shown as a framed block of rich text
with its actions as buttons and in a context menu (right-click, or the Menu key on a button).

Views describe what to show as CardSpec data (ui/detail_html.py); a CardList turns it into widgets.
An action is a command string such as `edit:concerns:<id>` that the owner of the list runs
(RecordActions.handle_link), so the builders stay free of widgets and handlers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QGuiApplication, QTextDocumentFragment
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class CardStyle(Enum):
    BOX = "box"  # a framed record with its buttons underneath (a concern, an amendment)
    ROW = "row"  # one line inside a box or a list, buttons at its right (a note, a source, a contact)
    TEXT = "text"  # plain content without a frame (a heading, a legend, the provision text)


@dataclass(frozen=True, slots=True)
class CardAction:
    label: str  # the button text, e.g. "Edit…"
    command: str  # run by the CardList's owner, e.g. "edit:concerns:<id>"


@dataclass(frozen=True, slots=True)
class CardSpec:
    html: str  # rich text whose user parts went through rich.esc
    actions: tuple[CardAction, ...] = ()
    children: tuple[CardSpec, ...] = ()
    name: str = ""  # what a screen reader says for the card and its buttons ("concern Overbroad offence")
    style: CardStyle = CardStyle.BOX


def _open_web_link(url: str) -> None:
    """Only http(s) links are ever made into links (rich.external_link); anything else is ignored."""
    target = QUrl(url)
    if target.scheme() in ("http", "https"):
        QDesktopServices.openUrl(target)


class CardLabel(QLabel):
    """The card's text: selectable, web links open; its context menu is the card's."""

    def __init__(self, html: str) -> None:
        super().__init__(html)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(_open_web_link)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # the Card shows one with Copy

    def copy(self) -> None:
        """Copy the selection, or the whole text when nothing is selected (Edit → Copy, Ctrl+C)."""
        text = self.selectedText() or self.plain_text()
        QGuiApplication.clipboard().setText(text)

    def select_all(self) -> None:
        self.setSelection(0, len(self.text()))

    def plain_text(self) -> str:
        return QTextDocumentFragment.fromHtml(self.text()).toPlainText()


class Card(QFrame):
    """One record: its text, its buttons, its rows (notes, sources…) and a context menu of its actions."""

    triggered = Signal(str)

    def __init__(self, spec: CardSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        if spec.name:
            self.setAccessibleName(spec.name)
        self.label = CardLabel(spec.html)
        if spec.name:
            self.label.setAccessibleName(spec.name)
        self.buttons: list[QToolButton] = []
        for action in spec.actions:
            button = QToolButton()
            button.setText(action.label)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if spec.name:
                button.setAccessibleName(self.tr("{action} ({record})").format(
                    action=action.label.rstrip("…"), record=spec.name))
            button.clicked.connect(lambda _c=False, command=action.command: self.triggered.emit(command))
            self.buttons.append(button)
        self.children_cards = [Card(child) for child in spec.children]
        for child in self.children_cards:
            child.triggered.connect(self.triggered)
        self._lay_out()

    def _lay_out(self) -> None:
        style = self.spec.style
        layout = QVBoxLayout(self)
        if style is CardStyle.ROW:
            layout.setContentsMargins(0, 0, 0, 0)
            row = QHBoxLayout()
            row.addWidget(self.label, 1)
            for button in self.buttons:
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
        else:
            if style is CardStyle.BOX:
                self.setFrameShape(QFrame.Shape.StyledPanel)
                layout.setContentsMargins(8, 6, 8, 4)
            else:
                layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.label)
        layout.setSpacing(2)
        for child in self.children_cards:
            layout.addWidget(child)
        if style is not CardStyle.ROW and self.buttons:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            for button in self.buttons:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)

    def menu(self) -> QMenu:
        """The context menu: this record's actions, then Copy / Select all for its text."""
        menu = QMenu(self)
        for action in self.spec.actions:
            item = menu.addAction(action.label)
            item.triggered.connect(lambda _c=False, command=action.command: self.triggered.emit(command))
        if self.spec.actions:
            menu.addSeparator()
        copy = menu.addAction(self.tr("&Copy"))
        copy.triggered.connect(self.label.copy)
        select = menu.addAction(self.tr("Select &all"))
        select.triggered.connect(self.label.select_all)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu().exec(event.globalPos())
        event.accept()

    def plain_text(self) -> str:
        return "\n".join([self.label.plain_text(), *(c.plain_text() for c in self.children_cards)])

    def html(self) -> str:
        return "".join([self.spec.html, *(c.html() for c in self.children_cards)])

    def button_for(self, command: str) -> QToolButton | None:
        """The button running `command`, here or in a row (tests, and focus after an edit)."""
        for action, button in zip(self.spec.actions, self.buttons, strict=True):
            if action.command == command:
                return button
        return next((b for c in self.children_cards if (b := c.button_for(command)) is not None), None)


class CardList(QScrollArea):
    """A scrolling column of cards; `triggered(command)` when a button or menu item is chosen."""

    triggered = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cards: list[Card] = []
        self._body = QWidget()
        self._column = QVBoxLayout(self._body)
        self._column.setContentsMargins(6, 6, 6, 6)
        self._column.setSpacing(8)
        self._column.addStretch(1)
        self.setWidget(self._body)

    def set_cards(self, specs: Sequence[CardSpec]) -> None:
        """Show these cards instead of the current ones, keeping the scroll position."""
        position = self.verticalScrollBar().value()
        for card in self.cards:
            self._column.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        for spec in specs:
            card = Card(spec, self._body)
            card.triggered.connect(self.triggered)
            self._column.insertWidget(self._column.count() - 1, card)
            self.cards.append(card)
        self.verticalScrollBar().setValue(position)

    def set_html(self, html: str) -> None:
        """A single text block (a hint, an empty state)."""
        self.set_cards([CardSpec(html, style=CardStyle.TEXT)])

    def plain_text(self) -> str:
        return "\n".join(card.plain_text() for card in self.cards)

    def html(self) -> str:
        return "".join(card.html() for card in self.cards)

    def button_for(self, command: str) -> QToolButton | None:
        return next((b for card in self.cards if (b := card.button_for(command)) is not None), None)
