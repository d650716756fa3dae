"""The main window's menu bar (File / Edit / View / Tools / Help) and the one registration API
through which everything adds to it: menu actions in named places, and pages (a View entry with
Ctrl+N, a sidebar button and a place in the central stack).

The window registers its own pages and actions through the same `Registry` as the feature
packages do (ui/features.py); nothing here knows the window's class.

Registrations are ranked (`ranked(n)`: the window's own 0, each feature its place in the feature
list): a menu lists a place's actions by rank, then in registration order, so a feature installed
after the first paint (ui/window_start.py) lands where it would have at start. Asking for what is
not registered yet (`action`, `keys`, `actions_at`, `page`) or opening a menu first runs
`complete`, which finishes such installs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QToolBar, QWidget

Shortcut = QKeySequence.StandardKey | str | None
MAX_PAGE_SHORTCUT = 9  # Ctrl+1 … Ctrl+9


class Place(Enum):
    """Where a registered action goes; each place is a section of one menu, in registration order."""

    FILE_OPEN = "file.open"  # New workspace…, Open…, Open recent
    FILE_IMPORT = "file.import"
    FILE_EXPORT = "file.export"
    FILE_WORKSPACE = "file.workspace"  # Lock now, Forget this workspace…: this workspace as a whole
    FILE_QUIT = "file.quit"  # Quit only: the last entry of File, as on every desktop
    EDIT_HISTORY = "edit.history"  # Undo, Redo
    EDIT_CLIPBOARD = "edit.clipboard"  # Cut, Copy, Paste, Delete, Select all (ui/edit_actions.py)
    EDIT_FIND = "edit.find"
    EDIT_RECORD = "edit.record"  # New … on this provision
    EDIT_NEW = "edit.new"  # New delegation, source, …
    VIEW_PAGES = "view.pages"  # filled by add_page only
    VIEW_WINDOWS = "view.windows"  # after the pages: Compare versions…, Review after new draft…
    VIEW_REFRESH = "view.refresh"
    TOOLS = "tools"  # exchange with partners: imports, conflicts, keys, backups, coalition folder
    TOOLS_ROOM = "tools.room"  # in the negotiating room: floor mode
    TOOLS_PROTECT = "tools.protect"  # encryption and locking of this workspace
    HELP = "help"


_MENUS = ((QT_TRANSLATE_NOOP("Menus", "&File"), (Place.FILE_OPEN, Place.FILE_IMPORT, Place.FILE_EXPORT, Place.FILE_WORKSPACE,
                                                   Place.FILE_QUIT)),
          (QT_TRANSLATE_NOOP("Menus", "&Edit"),
           (Place.EDIT_HISTORY, Place.EDIT_CLIPBOARD, Place.EDIT_FIND, Place.EDIT_RECORD, Place.EDIT_NEW)),
          (QT_TRANSLATE_NOOP("Menus", "&View"), (Place.VIEW_PAGES, Place.VIEW_WINDOWS, Place.VIEW_REFRESH)),
          (QT_TRANSLATE_NOOP("Menus", "&Tools"), (Place.TOOLS, Place.TOOLS_ROOM, Place.TOOLS_PROTECT)),
          (QT_TRANSLATE_NOOP("Menus", "&Help"), (Place.HELP,)))


class Page:
    """A registered page: `refresh()` reloads it from the workspace when it is shown after a change.

    A page given as a factory is built when first shown (or its `widget` first asked for): views
    that are not on screen cost nothing at start-up.
    """

    def __init__(self, key: str, content: QWidget | Callable[[], QWidget], action: QAction,
                 refresh: Callable[[], None], stack: QStackedWidget) -> None:
        self.key = key
        self.action = action
        self.refresh = refresh
        self._stack = stack
        self._build = None if isinstance(content, QWidget) else content
        self.slot: QWidget = content if isinstance(content, QWidget) else QWidget()  # what the stack holds
        stack.addWidget(self.slot)

    @property
    def built(self) -> bool:
        return self._build is None

    @property
    def widget(self) -> QWidget:
        if self._build is not None:
            build, self._build = self._build, None
            placeholder, widget = self.slot, build()
            index = self._stack.indexOf(placeholder)
            current = self._stack.currentWidget() is placeholder
            self._stack.insertWidget(index, widget)
            self.slot = widget
            if current:
                self._stack.setCurrentWidget(widget)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return self.slot


class Registry:
    """Menus, actions and pages of one main window. Keys are unique ("packs.export", "page.matrix");
    tests and features find actions by key instead of window attributes."""

    def __init__(self, window: QMainWindow, stack: QStackedWidget, sidebar: QToolBar) -> None:
        self.window = window
        self.stack = stack
        self.sidebar = sidebar
        self.menus: dict[str, QMenu] = {}
        self._ends: dict[Place, QAction] = {}
        self._actions: dict[str, QAction] = {}
        self._placed: dict[Place, list[tuple[int, QAction]]] = {}  # (rank, action), in menu order
        self._ranks: dict[str, int] = {}
        self._rank = 0
        self.complete: Callable[[], None] = lambda: None
        """Finishes the features installed after the first paint; lookups of what is missing call it."""
        self.pages: list[Page] = []
        self._stale: set[str] = set()
        self._page_group = QActionGroup(window)
        stack.currentChanged.connect(lambda _index: self.refresh_if_stale())
        bar = window.menuBar()
        for title, places in _MENUS:
            english = str(title)  # QT_TRANSLATE_NOOP gives the text back (typed object)
            menu = bar.addMenu(QCoreApplication.translate("Menus", english))
            menu.aboutToShow.connect(self._open_menu)
            self.menus[english.replace("&", "")] = menu  # keyed by the English title
            for place in places:  # each section ends in a separator (Qt hides doubled and trailing ones)
                self._ends[place] = menu.addSeparator()

    def _open_menu(self) -> None:
        self.complete()  # a menu opened before the features installed after the first paint lists them

    # -- actions -----------------------------------------------------------------------------------
    def add_action(self, key: str, place: Place, text: str, handler: Callable[[], object] | None = None, *,
                   shortcut: Shortcut = None, tip: str = "") -> QAction:
        """A new action at the end of `place`; `handler` runs when it is triggered."""
        action = self._make(key, text, handler, shortcut, tip)
        self._insert(place, action)
        return action

    def add_existing(self, key: str, place: Place, action: QAction) -> QAction:
        """Place an action made elsewhere (the undo stack's Undo/Redo) under a key."""
        self._remember(key, action)
        self._insert(place, action)
        return action

    def add_submenu(self, key: str, place: Place, title: str) -> QMenu:
        menu = QMenu(title, self.window)
        self._remember(key, menu.menuAction())
        self._insert(place, menu.menuAction())
        return menu

    def action(self, key: str) -> QAction:
        if key not in self._actions:
            self.complete()
        return self._actions[key]

    def keys(self) -> list[str]:
        """Every registered key, by rank (the order of the feature list), then registration."""
        self.complete()
        return self.keys_so_far()

    def shortcut_action(self, pressed: QKeySequence) -> QAction | None:
        """The registered action with the shortcut `pressed`, if any."""
        for action in self._actions.values():
            if any(shortcut.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for shortcut in action.shortcuts()):
                return action
        return None

    def keys_so_far(self) -> list[str]:
        """The keys registered until now (the first paint needs no feature installed after it)."""
        return sorted(self._actions, key=lambda key: self._ranks[key])  # stable: registration order within a rank

    @contextmanager
    def ranked(self, rank: int) -> Iterator[None]:
        """Registrations inside rank `rank` (a feature's place in the feature list, plus one)."""
        before, self._rank = self._rank, rank
        try:
            yield
        finally:
            self._rank = before

    # -- pages -------------------------------------------------------------------------------------
    def add_page(self, key: str, label: str, widget: QWidget | Callable[[], QWidget], refresh: Callable[[], None],
                 *, tip: str = "") -> Page:
        """A page in the central stack with its View entry (Ctrl+N by position) and sidebar button;
        `widget` may be a factory called when the page is first shown."""
        number = len(self.pages) + 1
        shortcut = f"Ctrl+{number}" if number <= MAX_PAGE_SHORTCUT else None
        action = self._make(f"page.{key}", label, None, shortcut, tip)
        action.setCheckable(True)
        action.triggered.connect(lambda _checked=False: self.show_page(key))
        self._page_group.addAction(action)
        self._insert(Place.VIEW_PAGES, action)
        self.sidebar.addAction(action)
        page = Page(key, widget, action, refresh, self.stack)
        self.pages.append(page)
        self._stale.add(key)
        return page

    def page(self, key: str) -> Page:
        for _attempt in range(2):
            for page in self.pages:
                if page.key == key:
                    return page
            self.complete()
        raise KeyError(key)

    def show_page(self, key: str) -> None:
        page = self.page(key)
        self.stack.setCurrentWidget(page.widget)  # builds a lazy page
        page.action.setChecked(True)

    def mark_stale(self, *keys: str) -> None:
        """The data changed (for these pages, or all): reload the visible page now and the others
        when they are next shown."""
        self._stale |= set(keys) if keys else {page.key for page in self.pages}
        self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        current = self.stack.currentWidget()
        for page in self.pages:
            if page.slot is current and page.key in self._stale:
                self._stale.discard(page.key)
                page.refresh()

    def current_page(self) -> Page:
        current = self.stack.currentWidget()
        return next(page for page in self.pages if page.slot is current)

    # -- plumbing ----------------------------------------------------------------------------------
    def _make(self, key: str, text: str, handler: Callable[[], object] | None, shortcut: Shortcut,
              tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(key)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        if handler is not None:
            action.triggered.connect(lambda _checked=False: handler())
        self._remember(key, action)
        return action

    def _remember(self, key: str, action: QAction) -> None:
        if key in self._actions:
            raise ValueError(f"an action is already registered as {key!r}")
        self._actions[key] = action
        self._ranks[key] = self._rank

    def actions_at(self, place: Place) -> list[QAction]:
        """The actions placed at `place`, in order (the window's and the features')."""
        self.complete()
        return [action for _rank, action in self._placed.get(place, [])]

    def _insert(self, place: Place, action: QAction) -> None:
        """At the end of the actions of `place` with this rank or a lower one."""
        placed = self._placed.setdefault(place, [])
        index = next((i for i, (rank, _a) in enumerate(placed) if rank > self._rank), len(placed))
        before = placed[index][1] if index < len(placed) else self._ends[place]
        placed.insert(index, (self._rank, action))
        for owner in self._ends[place].associatedObjects():
            if isinstance(owner, QMenu):
                owner.insertAction(before, action)

def standard_shortcut(action: QAction, key: QKeySequence.StandardKey, fallback: str) -> None:
    """The platform's key for `key`, or `fallback` where the platform defines none (Quit on some)."""
    action.setShortcuts(key)
    if not action.shortcuts():
        action.setShortcut(QKeySequence(fallback))
