"""The one line of entry in floor mode: completion on codes, names, provision numbers and proposals.

Suggestions show while the word under the cursor is unfinished; Tab (or a click, or the arrows and
Enter) takes one, and Tab after a finished word adds the space. Enter with no suggestion chosen records the line, so typing fast never picks a
suggestion by accident. Esc clears the line (or cancels an edit).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from briefing_app.domain.completion import NOTHING, Completion, complete
from briefing_app.domain.lexicon import Lexicon


class EntryLine(QLineEdit):
    """`submitted(text)` on Enter; `cancelled` on Esc; `navigate(step)` on Alt+←/→ (agenda)."""

    submitted = Signal(str)
    cancelled = Signal()
    navigate = Signal(int)
    pick_entry = Signal(int)  # Ctrl+↑/↓: move the selection in the list of entries

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lexicon = Lexicon()
        self.completion: Completion = NOTHING
        self._swallow = False
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.setFont(font)
        self.setAccessibleName(self.tr("Capture line"))
        self.setPlaceholderText(self.tr("KE 14.2 opp delete 'may' — who, provision, stance, wording, note"))
        self.words = QStringListModel(self)
        self.suggester = QCompleter(self.words, self)
        self.suggester.setWidget(self)
        self.suggester.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.suggester.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.suggester.setMaxVisibleItems(10)
        self.suggester.activated.connect(self._chosen)
        self.textEdited.connect(self._suggest)

    def _popup(self) -> QAbstractItemView:
        popup = self.suggester.popup()
        assert popup is not None  # QCompleter makes its list view on construction
        return popup

    def set_lexicon(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.completion = NOTHING

    # -- completion --------------------------------------------------------------------------------
    def _suggest(self, _text: str = "") -> None:
        self.completion = complete(self.text(), self.cursorPosition(), self.lexicon)
        popup = self._popup()
        if not self.completion.suggestions or self.completion.exact:
            popup.hide()
            return
        self.words.setStringList([s.label for s in self.completion.suggestions])
        rect = self.cursorRect()
        rect.setWidth(max(360, popup.sizeHintForColumn(0) + 24))
        self.suggester.complete(rect)
        popup.setCurrentIndex(self.words.index(-1, 0))  # nothing chosen: Enter still records

    def suggestions(self) -> list[str]:
        """The labels on offer now (tests and accessibility)."""
        return [s.label for s in self.completion.suggestions] if not self.completion.exact else []

    def _chosen(self, label: str) -> None:
        chosen = next((s for s in self.completion.suggestions if s.label == label), None)
        if chosen is not None:
            self.accept_suggestion(chosen.text)
            # QCompleter passes the Enter or Tab that chose it on to the line: that one is spent
            self._swallow = True
            QTimer.singleShot(0, self._spent)

    def _spent(self) -> None:
        self._swallow = False

    def accept_suggestion(self, text: str) -> None:
        """Put `text` in place of the word being completed, followed by a space."""
        c = self.completion
        line = self.text()
        before = line[:c.start] + text + " "
        self.setText(before + line[c.end:].lstrip(" "))
        self.setCursorPosition(len(before))
        self.completion = NOTHING
        self._popup().hide()
        self.textEdited.emit(self.text())

    # -- keys --------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        """With the line empty, Ctrl+Z and Ctrl+Shift+Z belong to the window (take back, bring back an
        entry); while text is typed they undo and redo the typing, as in any text field."""
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and not self.text()
                and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))):
            event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        popup = self._popup()
        if self._swallow and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._swallow = False
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if popup.isVisible() and popup.currentIndex().isValid():
                self._chosen(popup.currentIndex().data())
                return
            popup.hide()
            self.submitted.emit(self.text())
            return
        if key == Qt.Key.Key_Escape:
            if popup.isVisible():
                popup.hide()
            else:
                self.cancelled.emit()
            return
        if mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.navigate.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        if mods & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.pick_entry.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next_child: bool) -> bool:  # noqa: N802 - Qt API
        """Tab takes the chosen (or first) suggestion and never leaves the line; Shift+Tab leaves it."""
        if not next_child:
            return super().focusNextPrevChild(next_child)
        if self._swallow:
            self._swallow = False
        elif self.completion.suggestions:
            popup = self._popup()
            index = popup.currentIndex()
            row = index.row() if popup.isVisible() and index.isValid() else 0
            self.accept_suggestion(self.completion.suggestions[row].text)
        return True
