"""Edit → Cut, Copy, Paste, Delete and Select all, acting on the focused widget.

Text fields do what text fields do; a card's text copies (the selection, else the whole card) and a
card's Delete asks to delete its record; a table copies its selected rows as tab-separated text and
Delete asks to delete the current record (its page's `delete_current`). Items that do not apply
to the focused widget are greyed out while the menu is open; the shortcuts stay live and do nothing
where nothing applies (a table's selection can change without a focus change).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from briefing_app.ui.cards import Card, CardLabel, CardList
from briefing_app.ui.menus import Place, Registry

Verb = str  # "cut", "copy", "paste", "delete", "select_all"
VERBS: tuple[Verb, ...] = ("cut", "copy", "paste", "delete", "select_all")


def _ancestor(widget: QWidget | None, kind: type) -> QWidget | None:
    while widget is not None and not isinstance(widget, kind):
        widget = widget.parentWidget()
    return widget


def _text_field(widget: QWidget) -> QLineEdit | QTextEdit | QPlainTextEdit | None:
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return None


def _delete_command(card: Card) -> str | None:
    return next((a.command for a in card.spec.actions if a.command.startswith("delete:")), None)


def _rows_as_text(view: QAbstractItemView) -> str:
    """Selected rows (else the current one), one line each, columns separated by tabs."""
    model = view.model()
    rows = sorted({index.row() for index in view.selectionModel().selectedIndexes()}
                  or ({view.currentIndex().row()} if view.currentIndex().isValid() else set()))
    parent = view.currentIndex().parent()
    hidden = getattr(view, "isColumnHidden", lambda _c: False)
    return "\n".join("\t".join(str(model.index(row, column, parent).data() or "")
                               for column in range(model.columnCount(parent)) if not hidden(column))
                     for row in rows)


def available(widget: QWidget | None) -> dict[Verb, Callable[[], object] | None]:
    """What each verb would do to `widget` (None: does not apply)."""
    found: dict[Verb, Callable[[], object] | None] = dict.fromkeys(VERBS)
    if widget is None or not isValid(widget):
        return found
    field = _text_field(widget)
    if field is not None:
        return _text_verbs(field)
    if isinstance(widget, CardLabel):
        found.update(copy=widget.copy, select_all=widget.select_all)
    card = _ancestor(widget, Card)
    if isinstance(card, Card):
        found["copy"] = found["copy"] or (lambda: QGuiApplication.clipboard().setText(card.plain_text()))
        command = _delete_command(card)
        if command is not None:
            found["delete"] = lambda: card.triggered.emit(command)
        return found
    view = _ancestor(widget, CardList)
    if isinstance(view, CardList):
        found["copy"] = lambda: QGuiApplication.clipboard().setText(view.plain_text())
        return found
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        if widget.currentIndex().isValid() or widget.selectionModel().hasSelection():
            found["copy"] = lambda: QGuiApplication.clipboard().setText(_rows_as_text(widget))
        if widget.selectionMode() in (QAbstractItemView.SelectionMode.ExtendedSelection,
                                      QAbstractItemView.SelectionMode.MultiSelection):
            found["select_all"] = widget.selectAll
        page: QWidget | None = widget.parentWidget()
        while page is not None and not callable(getattr(page, "delete_current", None)):
            page = page.parentWidget()
        if page is not None and widget.currentIndex().isValid():
            found["delete"] = page.delete_current  # type: ignore[attr-defined]
    return found


def _text_verbs(field: QLineEdit | QTextEdit | QPlainTextEdit) -> dict[Verb, Callable[[], object] | None]:
    if isinstance(field, QLineEdit):
        selected, writable = field.hasSelectedText(), not field.isReadOnly()
        remove: Callable[[], object] = field.del_
        has_text = bool(field.text())
    else:
        selected, writable = field.textCursor().hasSelection(), not field.isReadOnly()
        remove = lambda: field.textCursor().removeSelectedText()  # noqa: E731
        has_text = not field.document().isEmpty()
    pasteable = writable and bool(QGuiApplication.clipboard().text())
    return {"cut": field.cut if selected and writable else None,
            "copy": field.copy if selected else None,
            "paste": field.paste if pasteable else None,
            "delete": remove if selected and writable else None,
            "select_all": field.selectAll if has_text else None}


class EditActions(QObject):
    """The five Edit menu actions, enabled for what the focused widget offers."""

    def __init__(self, registry: Registry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        add = registry.add_action
        # Plain keys, not the platform's StandardKey lists: on X11 those add Ctrl+D to Delete (taken by
        # Compare versions) and keys no keyboard here has (F14, Shift+Del…).
        self.actions: dict[Verb, QAction] = {
            "cut": add("edit.cut", Place.EDIT_CLIPBOARD, self.tr("Cu&t"), lambda: self.run("cut"),
                       shortcut="Ctrl+X"),
            "copy": add("edit.copy", Place.EDIT_CLIPBOARD, self.tr("&Copy"), lambda: self.run("copy"),
                        shortcut="Ctrl+C"),
            "paste": add("edit.paste", Place.EDIT_CLIPBOARD, self.tr("&Paste"), lambda: self.run("paste"),
                         shortcut="Ctrl+V"),
            "delete": add("edit.delete", Place.EDIT_CLIPBOARD, self.tr("&Delete"), lambda: self.run("delete"),
                          shortcut="Del"),
            "select_all": add("edit.select_all", Place.EDIT_CLIPBOARD, self.tr("Select &all"),
                              lambda: self.run("select_all"), shortcut="Ctrl+A"),
        }
        menu = registry.menus["Edit"]
        menu.aboutToShow.connect(self.grey_out)
        menu.aboutToHide.connect(self.enable_all)

    def run(self, verb: Verb) -> None:
        handler = available(QApplication.focusWidget())[verb]
        if handler is not None:
            handler()

    def grey_out(self) -> None:
        """While the Edit menu is open: only what applies to the focused widget is enabled."""
        offered = available(QApplication.focusWidget())
        for verb, action in self.actions.items():
            action.setEnabled(offered[verb] is not None)

    def enable_all(self) -> None:
        if isValid(self):
            for action in self.actions.values():
                action.setEnabled(True)
