"""The after-adoption views in French and Spanish (#14 item 2): View → Treaty status, National
implementation and Was our ask adopted? on the demo show no English word of ours left (only the
data's own names), the raw vocabularies (stages, steps, outcomes) as words of the language, and
their mnemonics unique per page."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefing_app.store.workspace import Workspace
from briefing_app.ui import i18n
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.status import StatusController, install

PAGES = ("status", "national", "uptake")


@pytest.fixture
def in_language(qapp: QApplication, tmp_path: Path) -> Iterator:
    def install_language(language: str) -> str:
        return i18n.install_translations(qapp, language, cache=tmp_path / "cache")

    yield install_language
    i18n.remove_translations(qapp)


def _pages(window: MainWindow) -> dict[str, QWidget]:
    controller = window.features.get(StatusController)
    for key in PAGES:
        window.registry.show_page(key)
    return {"status": controller.status_page, "national": controller.national.page, "uptake": controller.uptake.page}


def _texts(page: QWidget) -> set[str]:
    """Our words on a page: buttons, labels, placeholders, accessible names, column headers."""
    texts: list[str] = []
    for widget in [page, *page.findChildren(QWidget)]:
        texts.append(widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    return {t for t in texts if t and re.search(r"[^\W\d_]", t)}


def _cells(page: QWidget, header: str) -> set[str]:
    table = next(t for t in page.findChildren(QTableView))
    model = table.model()
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(header)
    return {str(model.index(r, column).data()) for r in range(model.rowCount())}


def _window(qtbot: QtBot, ws: Workspace) -> MainWindow:
    window = MainWindow(ws, features=(install,))
    qtbot.addWidget(window)
    return window


SAME = {"fr": {"Participant", "Signature", "Instrument", "Source", "Date"}, "es": set()}  # the same word in both languages


@pytest.mark.parametrize("language", i18n.TRANSLATED)
def test_status_pages_have_no_english_left(language: str, qtbot: QtBot, demo_workspace: Workspace,
                                           in_language) -> None:
    english = {key: _texts(page) for key, page in _pages(_window(qtbot, demo_workspace)).items()}
    assert in_language(language) == language
    pages = _pages(_window(qtbot, demo_workspace))
    for key, page in pages.items():
        left = sorted(_texts(page) & english[key] - SAME[language])
        assert left == [], (key, left)
        letters = Counter(m.group(1).lower() for b in [*page.findChildren(QAbstractButton),
                                                                *page.findChildren(QLabel)]
                          if (m := re.search(r"&([^&\s])", b.text())))
        assert [k for k, n in letters.items() if n > 1] == [], key
    status = pages["status"]
    words = _cells(status, {"fr": "Statut", "es": "Estado"}[language])
    stored = {"bound", "signed", "withdrawn", "none", "not signed", "acceptance", "accession"}
    assert not {w.removesuffix(" ◇") for w in words} & stored
    assert {"fr": "signataire", "es": "signatario"}[language] in {w.removesuffix(" ◇") for w in words}
    assert {"fr": "non signataire", "es": "no signatario"}[language] in status.legend.text().replace("&nbsp;", " ")
    status.select_code("NG")
    steps = status.findChildren(QListWidget)[0]
    first = steps.item(0).text()
    assert first.startswith({"fr": "signature, octobre 2025 (", "es": "firma, octubre 2025 ("}[language]), first
    uptake = pages["uptake"]
    outcomes = _cells(uptake, {"fr": "Résultat", "es": "Resultado"}[language])
    assert {"fr": "adopté en partie", "es": "aprobado en parte"}[language] in outcomes
    assert not outcomes & {"adopted", "partly adopted", "not adopted", "partly-adopted"}
    assert {"fr": "disposition", "es": "disposici"}[language] in uptake.totals.text()


def test_english_totals_line_matches_the_pdf_one() -> None:
    from briefing_app.domain.uptake import totals_text
    from briefing_app.ui.status.uptake_page import totals_line

    totals = {"adopted": 4, "partly-adopted": 1, "not-adopted": 2, "provision-deleted": 0}
    assert totals_line(totals) == totals_text(totals) == \
        "4 adopted, 1 partly adopted, 2 not adopted, 0 provisions deleted"


def test_status_dialogs_show_vocabulary_words(qtbot: QtBot, demo_workspace: Workspace, in_language) -> None:
    """The import's confidence choices and the rule's instrument kinds in French; the data stays the value."""
    from briefing_app.store import queries, status_store
    from briefing_app.ui.status.import_dialog import StatusImportDialog
    from briefing_app.ui.status.rule_dialog import RuleDialog

    assert in_language("fr") == "fr"
    document = queries.documents(demo_workspace)[0]
    importer = StatusImportDialog(None, demo_workspace, document.id)
    rule = RuleDialog(None, demo_workspace, status_store.rule_of(demo_workspace, document.id))
    qtbot.addWidget(importer)
    qtbot.addWidget(rule)
    box = importer.confidence
    assert [box.itemText(i) for i in range(3)] == ["élevée", "moyenne", "faible"] and box.itemData(0) == "high"
    captions = [label.text() for label in importer.findChildren(QLabel) if label.buddy() in importer.columns.values()]
    assert {"&Retrait (colonne)", "Na&ture (colonne)", "&Date (colonne)"} <= set(captions)
    letters = [m.group(1).lower() for b in [*importer.findChildren(QLabel), *importer.findChildren(QAbstractButton)]
               if (m := re.search(r"&([^&\s])", b.text()))]
    assert len(letters) == len(set(letters)), letters
    kinds = {rule.kinds.item(i).text(): rule.kinds.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(rule.kinds.count())}
    assert kinds["acceptation"] == "acceptance" and kinds["adhésion"] == "accession"


def test_reservation_scopes_in_the_ui_language(qtbot: QtBot, demo_workspace: Workspace, in_language) -> None:
    from briefing_app.status.overview import reservation_lines
    from briefing_app.store import queries
    from briefing_app.ui.status.status_page import reservation_text, scope_label

    document = queries.documents(demo_workspace)[0]
    lines = reservation_lines(demo_workspace, document.id)
    assert lines and all(scope_label(line.scope) == line.scope.label for line in lines)  # English: as the data
    assert all(reservation_text(line) == line.text for line in lines)
    assert in_language("fr") == "fr"
    labels = {scope_label(line.scope) for line in lines}
    assert "art. 11, par. 3" in labels and not any(label.startswith("Art.") for label in labels)


def test_law_sections_in_the_ui_language(qtbot: QtBot, demo_workspace: Workspace, in_language) -> None:
    from briefing_app.domain.models import NationalProvision
    from briefing_app.ui.status.national_page import section_label

    sections = [s for s in demo_workspace.find(NationalProvision) if s.number]
    assert sections and all(section_label(s) == s.label for s in sections)  # English: as the data
    assert in_language("es") == "es"
    assert section_label(sections[0]) == f"secc. {sections[0].number}"
    assert section_label(NationalProvision(law_id="x", heading="")) == "disposición"
