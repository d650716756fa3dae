"""Help → Getting started, Keyboard shortcuts and About.

Getting started explains the app in a page and offers the three ways in (the demo workspace, a
draft, a partner's bundle) as buttons that run the real menu actions. The shortcut list is made
from the registered actions each time it opens, so it always lists what the menus really do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.cards import CardAction, CardSpec, CardStyle
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.menus import Place, Registry
from briefing_app.ui.rich import esc
from briefing_app.ui.services import Services


def first_steps() -> list[tuple[str, str, str]]:
    """(registry key, button text, what it does) for each way into an empty workspace."""
    translate = QCoreApplication.translate
    return [
        ("file.open_demo", translate("Help", "Open the demo workspace"),
         translate("Help", "The UN Convention against Cybercrime with civil-society concerns, amendments and "
                    "delegations' positions, to look around and try a pack. Your own workspace stays as it is.")),
        ("drafts.import", translate("Help", "Import a draft…"),
         translate("Help", "Start from a treaty text: a .txt, .md or .docx file, split into articles and paragraphs.")),
        ("bundles.import", translate("Help", "Import a bundle…"),
         translate("Help", "Start from the work a coalition partner shared with you as a .briefing file.")),
    ]


ACTION_PREFIX = "action:"  # a card command that runs a registered menu action: "action:drafts.import"


def welcome_cards(offered: list[str]) -> list[CardSpec]:
    """What an empty workspace shows instead of a provision: the ways in, as buttons."""
    translate = QCoreApplication.translate
    intro = translate("Help", "<h2>This workspace holds no treaty yet</h2><p>Briefing Desk follows a treaty through "
                       "its drafts: concerns and amendments per provision, delegations' positions, and a "
                       "briefing pack for each delegation. Begin with one of these:</p>")
    cards = [CardSpec(intro, style=CardStyle.TEXT)]
    for key, label, detail in first_steps():
        if key in offered:
            cards.append(CardSpec(f"<p>{esc(detail)}</p>", (CardAction(label, ACTION_PREFIX + key),),
                                  style=CardStyle.BOX, name=label.rstrip("…")))
    if "help.getting_started" in offered:
        tour = translate("Help", "A short tour of the views and of everyday work.")
        cards.append(CardSpec(f"<p>{esc(tour)}</p>",
                              (CardAction(translate("Help", "Getting started…"), ACTION_PREFIX + "help.getting_started"),),
                              style=CardStyle.BOX, name=translate("Help", "Getting started")))
    return cards


def getting_started_html() -> str:
    translate = QCoreApplication.translate
    return translate("Help", """
<h2>Getting started with Briefing Desk</h2>
<p>Briefing Desk follows a treaty through its drafts. For each provision you record the
<b>concerns</b> it raises and the <b>amendments</b> you recommend, you keep track of what each
<b>delegation</b> thinks, and you hand every delegation a <b>PDF briefing pack</b> made for it.
Everything stays in one workspace file on this computer; nothing goes online.</p>
<h3>The views</h3>
<ul>
<li><b>Provisions</b> (Ctrl+1): the treaty as a tree on the left, filtered as you type; the chosen
article in the middle; its concerns, amendments and positions on the right.</li>
<li><b>All concerns</b> (Ctrl+2), <b>Delegations</b> (Ctrl+3), <b>Position matrix</b> (Ctrl+4),
<b>Sources and cases</b> (Ctrl+5), <b>Organizations</b> (Ctrl+6).</li>
<li>After adoption: <b>Treaty status</b> (Ctrl+7) with entry into force, the map and reservations;
<b>National implementation</b> (Ctrl+8); <b>Was our ask adopted?</b> (Ctrl+9).</li>
</ul>
<h3>Everyday work</h3>
<ul>
<li>Add a concern, an amendment or a position with the buttons above each tab, or from the Edit
menu; change or delete one with the buttons on its card (or right-click it).</li>
<li>Every change is saved at once; Edit → Undo (Ctrl+Z) takes it back.</li>
<li>Records start <i>internal</i> where they could hurt someone: internal and personal records never go
into a pack, and personal ones never leave this computer.</li>
<li>File → Export briefing pack… makes a delegation's PDF; File → Export bundle… shares your work
with partners, File → Import bundle… merges theirs after showing what would change.</li>
<li>Edit → Search (Ctrl+F) finds provisions, concerns and amendments.</li>
</ul>
<p>Help → Keyboard shortcuts lists every shortcut.</p>
<h3>Where to begin</h3>
""")


class GettingStartedDialog(Dialog):
    """The getting-started page with buttons for the first steps the window offers."""

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started"))
        self.registry = registry
        text = QTextBrowser()
        text.setAccessibleName(self.tr("Getting started"))
        text.setOpenLinks(False)
        steps = [(key, label, detail) for key, label, detail in first_steps() if key in registry.keys()]
        text.setHtml(getting_started_html() + "".join(
            f"<p><b>{label}</b> — {detail}</p>" for _key, label, detail in steps))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.step_buttons: dict[str, QPushButton] = {}
        for key, label, _detail in steps:
            button = buttons.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _c=False, k=key: self.run_step(k))
            self.step_buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def run_step(self, key: str) -> None:
        self.accept()
        self.registry.action(key).trigger()


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    menu: str
    action: str
    keys: str


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _menu_path(action: QAction) -> str:
    """"Edit" or "File → Open recent" for an action shown in a menu; "" when in none."""
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            names = [_plain(owner.title())]
            parent = owner.menuAction()
            while parent is not None:
                outer = next((m for m in parent.associatedObjects() if isinstance(m, QMenu)), None)
                if outer is None:
                    break
                names.insert(0, _plain(outer.title()))
                parent = outer.menuAction()
            return " → ".join(names)
    return ""


def _on_a_keyboard(sequence: QKeySequence) -> bool:
    """Leave out the platform's extra bindings to keys laptops lack (F13 and up, the "Copy" key…)."""
    key = sequence[0].key() if sequence.count() else Qt.Key.Key_unknown  # type: ignore[index]
    return key < Qt.Key.Key_F13


def shortcut_rows(registry: Registry) -> list[ShortcutRow]:
    """Every registered action with a shortcut, in menu order (File, Edit, View, Tools, Help)."""
    order = {name: n for n, name in enumerate(registry.menus)}
    rows = []
    for key in registry.keys():
        action = registry.action(key)
        if not action.shortcuts():
            continue
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
                         if _on_a_keyboard(s))
        rows.append(ShortcutRow(_menu_path(action), _plain(action.text()), keys))
    return sorted(rows, key=lambda r: order.get(r.menu.split(" → ")[0], len(order)))


class ShortcutsDialog(Dialog):
    """Help → Keyboard shortcuts: a table made from the window's actions when it opens."""

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(registry)
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Shortcut"), self.tr("Action"), self.tr("Menu")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, item in enumerate(rows):
            for column, value in enumerate((item.keys, item.action, item.menu)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        note = QLabel(self.tr("Text fields also take the usual editing keys; Tab and Shift+Tab move between "
                              "fields; the Menu key or Shift+F10 opens a card's actions."))
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, 560)


class HelpController(QObject):
    def __init__(self, services: Services) -> None:
        super().__init__(services.window)
        self.services = services
        add = services.registry.add_action
        add("help.getting_started", Place.HELP, self.tr("&Getting started"), self.show_getting_started,
            shortcut=QKeySequence.StandardKey.HelpContents)
        add("help.shortcuts", Place.HELP, self.tr("&Keyboard shortcuts"), self.show_shortcuts, shortcut="Ctrl+/")
        add("help.about", Place.HELP, self.tr("&About Briefing Desk"), self.show_about)

    def show_getting_started(self) -> None:
        GettingStartedDialog(self.services.registry, self.services.window).exec()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.services.registry, self.services.window).exec()

    def show_about(self) -> None:
        from briefing_app.ui.about import AboutDialog  # reads the licence list when first asked

        AboutDialog(self.services.window).exec()


def install(services: Services) -> HelpController:
    """Help → Getting started (F1), Keyboard shortcuts (Ctrl+/), About."""
    return HelpController(services)
