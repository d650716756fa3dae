"""The export log shows names that may come from a partner's bundle as plain text, tooltips too."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing_app.store.packs_store import ExportEntry
from briefing_app.ui.packs.log_view import COLUMNS, ExportLogModel


def test_export_log_tooltips_show_markup_from_bundles_literally(qtmodeltester) -> None:
    hostile = '<b>Kenya</b><img src="/etc/passwd"> & <a href="x">link</a>'
    entry = ExportEntry(1, "d1", hostile, "Default", "{}", "full", "briefing-ke.pdf", "ab" * 32, 3,
                        "2026-01-01/x", "2026-01-02T00:00:00Z")
    model = ExportLogModel([entry])
    qtmodeltester.check(model)
    column = [name for _, name in COLUMNS].index("delegation_name")
    index = model.index(0, column)
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip and "<img" not in tip and "&lt;b&gt;Kenya&lt;/b&gt;" in tip
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == hostile  # a table cell is plain text already


def test_an_empty_export_log_says_how_to_make_a_pack(qtbot) -> None:
    """#15: no empty pane: with nothing exported the log says so and names the menu entries."""
    from PySide6.QtWidgets import QLabel

    from briefing_app.ui.packs.log_view import ExportLogDialog

    dialog = ExportLogDialog([])
    qtbot.addWidget(dialog)
    empty = dialog.findChild(QLabel, "no-exports")
    assert empty is not None and not empty.isHidden() and dialog.table.isHidden()
    assert "Export briefing pack" in empty.text() and "Ctrl+E" in empty.text()
    entry = ExportEntry(1, "d1", "Kenya", "Default", "{}", "full", "k.pdf", "ab" * 32, 3, "v", "2026-01-01T00:00:00Z")
    shown = ExportLogDialog([entry])
    qtbot.addWidget(shown)
    assert shown.findChild(QLabel, "no-exports").isHidden() and not shown.table.isHidden()
    assert shown.proxy.index(0, 3).data() == "Full pack"
