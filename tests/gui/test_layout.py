"""Layout a new user can read: the matrix legend wraps inside the window, and lists of names never
scroll sideways (long delegation names wrap)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListView

from briefing_app.domain.models import Delegation
from briefing_app.ui.bundles.dialogs import ExportDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.packs.batch_dialog import BatchExportDialog
from tests.gui.conftest import Treaty

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")

LONG = "Group of Latin American and Caribbean States"


def test_matrix_legend_stays_inside_a_narrow_window(qtbot, window: MainWindow) -> None:
    window.show_page("matrix")
    page = window.matrix_page
    assert page.minimumSizeHint().width() <= 640
    page.resize(640, 480)
    page.show()
    qtbot.waitExposed(page)
    legend = page.legend
    assert legend.geometry().right() <= page.width()
    text = legend.text()
    assert all(word in text for word in ("supports", "opposes", "undecided", "illustrative", "click a cell"))


def _fits(view: QListView, row: int) -> bool:
    rect = view.visualRect(view.model().index(row, 0))
    return rect.right() <= view.viewport().width()


def test_delegation_names_wrap_instead_of_scrolling_sideways(qtbot) -> None:
    names = [Delegation(name=LONG), Delegation(name="Democratic Republic of the Congo", iso_code="CD"),
             Delegation(name="Kenya", iso_code="KE")]
    dialog = BatchExportDialog(names, "/tmp", None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.minimumSizeHint())  # as narrow as the user can make it
    QApplication.processEvents()
    view = dialog.list
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff and view.wordWrap()
    assert all(_fits(view, row) for row in range(view.count()))
    if view.fontMetrics().horizontalAdvance(LONG) > view.viewport().width():
        assert view.visualRect(view.model().index(0, 0)).height() > view.fontMetrics().height() * 1.5


def test_bundle_export_lists_do_not_scroll_sideways(qtbot, treaty: Treaty) -> None:
    treaty.ws.insert(Delegation(name=LONG))
    dialog = ExportDialog(None, treaty.ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    lists = dialog.findChildren(QListView)
    assert lists
    for view in lists:
        assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        assert all(_fits(view, row) for row in range(view.model().rowCount()))


SESSION = "Reconvened concluding session of the Ad Hoc Committee on Cybercrime (New York)"
TITLE = "United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes"


def _text_room(combo) -> int:
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


def test_the_new_meeting_dialog_shows_the_whole_session_name(qtbot, treaty: Treaty) -> None:
    """#15 walkthrough: the Session combo cut "Reconvened concluding session of the Ad Hoc Commit"."""
    from briefing_app.domain.models import Meeting, Session
    from briefing_app.ui.meetings.dialogs import MeetingDialog

    session = treaty.ws.insert(Session(name=SESSION))
    dialog = MeetingDialog(None, treaty.ws, Meeting(session_id=session.id, number="1", date="2026-01-01"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    combo = dialog.editors["session_id"]
    assert combo.currentText() == SESSION
    assert _text_room(combo) >= combo.fontMetrics().horizontalAdvance(SESSION)
    assert combo.view().minimumWidth() >= combo.view().fontMetrics().horizontalAdvance(SESSION)
    assert SESSION in combo.toolTip()


def test_the_document_drop_down_shows_a_long_title_in_full(qtbot, window: MainWindow) -> None:
    """The navigator's Document box is as wide as its pane; its list and tooltip show the title."""
    from briefing_app.domain.models import Document

    window.workspace.insert(Document(title=TITLE))
    window.navigator.refresh()
    box = window.navigator.document_box
    row = box.findText(TITLE)
    assert row >= 0
    assert box.view().minimumWidth() >= box.view().fontMetrics().horizontalAdvance(TITLE)
    assert TITLE in str(box.itemData(row, Qt.ItemDataRole.ToolTipRole))
    box.setCurrentIndex(row)
    assert TITLE in box.toolTip()
    tip = str(box.itemData(row, Qt.ItemDataRole.ToolTipRole))
    window.workspace.insert(Document(title="<b>Bold</b> title"))
    window.navigator.refresh()
    assert "&lt;b&gt;" in str(box.itemData(box.findText("<b>Bold</b> title"), Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("<span>")  # shown literally (a title may come from a partner's bundle)


def test_partner_keys_dialog_without_keys_keeps_its_lines_together(qtbot, tmp_path) -> None:
    """#15 walkthrough: with no partner key the dialog's height went into gaps above and below
    each line; the empty list's message now sits in the list's place, text at its top."""
    from PySide6.QtWidgets import QLabel

    from briefing_app.bundles.keystore import KeyStore
    from briefing_app.store.workspace import Workspace
    from briefing_app.ui.bundles.keys_view import KeysDialog

    with Workspace.open(tmp_path / "w.sqlite") as ws:
        dialog = KeysDialog(None, ws, KeyStore(tmp_path / "keys"))
        qtbot.addWidget(dialog)
        dialog.resize(720, 380)
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        own = dialog.findChild(QLabel, "own-fingerprint")
        empty = dialog.findChild(QLabel, "no-partner-keys")
        line = own.fontMetrics().height()
        assert own.height() <= 3 * line  # not stretched over a third of the dialog
        assert empty.geometry().top() - own.geometry().bottom() <= line
        assert empty.alignment() & Qt.AlignmentFlag.AlignTop
        dialog.close()


def test_delegations_page_opens_on_a_delegation_not_on_a_blank_detail(window: MainWindow) -> None:
    """#15 walkthrough: the detail pane (most of the page) said only "Choose a delegation."."""
    window.show_page("delegations")
    page = window.delegations_page
    first = page.proxy.index(0, 0).data()
    assert page.table.currentIndex().row() == 0 and first
    assert "Choose a delegation" not in page.detail.plain_text() and first in page.detail.plain_text()
    assert all(button.isEnabled() for button in page.detail.buttons.values())


def test_restore_a_backup_without_backups_is_a_message_and_close(qtbot) -> None:
    """#15 walkthrough: no backups gave an empty list and a greyed Restore… under the message."""
    from PySide6.QtWidgets import QDialogButtonBox

    from briefing_app.ui.bundles.backups_view import BackupsDialog

    dialog = BackupsDialog(None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert dialog.list.isHidden() and dialog.restore_button.isHidden()
    assert buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    assert dialog.height() < 200 and dialog.chosen() is None
