"""The main window's status bar: the workspace's path (and the demo notice), its record counts
(counted in a worker once the workspace is large) and when the last change was saved.

Its texts keep the translation context "MainWindow", where they were written first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QMainWindow
from shiboken6 import isValid

from briefing_app.store.counts import current_counts
from briefing_app.store.workspace import Workspace
from briefing_app.ui import background
from briefing_app.ui.rich import tooltip

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class StatusLine(QObject):
    def __init__(self, window: QMainWindow, current: Callable[[], Workspace | None]) -> None:
        super().__init__(window)
        self._current = current
        self.path_label, self.counts_label, self.saved_label = QLabel(), QLabel(), QLabel()
        for label in (self.path_label, self.counts_label, self.saved_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addWidget(self.path_label, 1)
        window.statusBar().addPermanentWidget(self.counts_label)
        window.statusBar().addPermanentWidget(self.saved_label)

    def refresh(self, saved_at: str) -> None:
        """Show the open workspace (`saved_at`: when the last change was saved, "" for none yet)."""
        ws = self._current()
        if ws is None:
            self.path_label.setText(translate("MainWindow", "No workspace open"))
            self.counts_label.setText("")
            self.saved_label.setText("")
            return
        self.path_label.setText(str(ws.path.resolve()) + (translate("MainWindow", "  (demo data)") if ws.is_demo else ""))
        self.path_label.setToolTip(tooltip(translate("MainWindow", "Demo data. ") + ws.get_meta("demo_notice"))
                                   if ws.is_demo else "")
        if background.reads_in_worker(ws):  # count(*) reads every row: seconds at a million
            path = ws.path
            background.read_in_worker(path, current_counts, lambda counts: self.show_counts(path, counts),
                                      translate("MainWindow", "Counting records"))
        else:
            self.show_counts(ws.path, current_counts(ws))
        self.saved_label.setText(translate("MainWindow", "Saved {time}").format(time=saved_at) if saved_at
                                 else translate("MainWindow", "All changes saved"))

    def show_counts(self, path: Path, counts: dict[str, int]) -> None:
        ws = self._current()
        if not isValid(self.counts_label) or ws is None or ws.path != path:
            return  # another workspace was opened meanwhile
        parts = (translate("MainWindow", "%n provision(s)", "", counts["provisions"]),
                 translate("MainWindow", "%n concern(s)", "", counts["concerns"]),
                 translate("MainWindow", "%n amendment(s)", "", counts["amendments"]),
                 translate("MainWindow", "%n delegation(s)", "", counts["delegations"]),
                 translate("MainWindow", "%n position(s)", "", counts["positions"]))
        self.counts_label.setText(" · ".join(parts))
