"""The pack export dialog in French and Spanish (issue #14): its words translated and its
mnemonics still unique, the profile's pack language offered."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from briefing_app.ui import i18n
from briefing_app.ui.packs import PacksController

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")


@pytest.fixture
def in_language(qapp: QApplication, tmp_path: Path) -> Iterator:
    yield lambda language: i18n.install_translations(qapp, language, cache=tmp_path / "cache")
    i18n.remove_translations(qapp)


@pytest.mark.parametrize(("language", "title", "save"), [("fr", "Exporter un dossier d'information",
                                                          "Enregistrer le &PDF…"),
                                                         ("es", "Exportar dosier informativo", "&Guardar PDF…")])
def test_export_dialog_in_the_language_with_unique_mnemonics(language, title, save, pack_window, in_language,
                                                             qtbot) -> None:
    assert in_language(language) == language
    window, _ = pack_window
    dialog = window.features.get(PacksController).export_pack()
    assert dialog.windowTitle() == title and dialog.save_button.text() == save
    texts = [w.text() for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]
    letters = Counter(m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t)))
    assert [k for k, n in letters.items() if n > 1] == []
    assert dialog.editor.language.itemText(0) != "The delegation's first working language"
    dialog.close()


@pytest.mark.parametrize("language", ["fr", "es"])
def test_batch_export_and_log_dialogs_in_the_language(language, pack_window, in_language, qtbot) -> None:
    from briefing_app.ui.packs.batch_dialog import BatchExportDialog

    assert in_language(language) == language
    window, fixture = pack_window
    dialog = BatchExportDialog([fixture.kenya], "/tmp", window)
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel)]
    assert dialog.windowTitle() != "Export packs for several delegations"
    letters = Counter(m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t)))
    assert [k for k, n in letters.items() if n > 1] == []
