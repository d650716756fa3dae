"""Resolve conflicts and proposals, and Contributions by organization, in French and Spanish
(#14 item 2): titles, buttons with the bundle's count in the plural, the reason a row waits, the
undo step's name, and the contributions' kinds of records (the combo box keeps the table as data)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from briefing_app.bundles.apply import import_bundle
from briefing_app.bundles.export import export_bundle
from briefing_app.domain.models import Amendment, Case, Concern
from briefing_app.store.workspace import Workspace
from briefing_app.ui import i18n
from briefing_app.ui.bundles.conflict_view import ConflictDialog
from briefing_app.ui.bundles.provenance_view import ProvenanceDialog
from tests.bundles.builders import build_sample, open_ws

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")


@pytest.fixture
def in_language(qapp: QApplication, tmp_path: Path) -> Iterator:
    def install_language(language: str) -> str:
        return i18n.install_translations(qapp, language, cache=tmp_path / "cache")

    yield install_language
    i18n.remove_translations(qapp)


@pytest.fixture
def proposed(tmp_path: Path) -> Iterator[Workspace]:
    """A's workspace after B proposed three changes to rows A made."""
    with open_ws(tmp_path / "a.sqlite") as a, open_ws(tmp_path / "b.sqlite", start=5000) as b:
        sample = build_sample(a)
        import_bundle(b, export_bundle(a, tmp_path / "a.briefing", organization="A").path)
        b.update(replace(b.require(Concern, sample.concern.id), title="No prior judicial authorisation"))
        b.update(replace(b.require(Amendment, sample.amendment.id), title="Add an independent judge"))
        b.delete(Case, sample.case.id)
        assert import_bundle(a, export_bundle(b, tmp_path / "b.briefing", organization="B").path).applied
        yield a


WORDS = {
    "fr": ("Résoudre les conflits et les propositions", "Accepter", "Refuser (garder la mienne)",
           "Accepter les 3 éléments de ce lot", "Leur version vient de B", "Accepter 3 propositions et conflits",
           ["préoccupations", "amendements"], "Tous les partenaires", "Créé dans cet espace de travail"),
    "es": ("Resolver conflictos y propuestas", "Aceptar", "Rechazar (conservar la mía)",
           "Aceptar los 3 elementos de este lote", "Su versión viene de B", "Aceptar 3 propuestas y conflictos",
           ["preocupaciones", "enmiendas"], "Todos los socios", "Creado en este espacio de trabajo"),
}


@pytest.mark.parametrize("language", i18n.TRANSLATED)
def test_conflicts_and_contributions_speak_the_language(language: str, qtbot: Any, proposed: Workspace,
                                                        in_language) -> None:
    assert in_language(language) == language
    title, accept, reject, accept_all, source, undo, kinds, everyone, here = WORDS[language]
    stack = QUndoStack()
    dialog = ConflictDialog(None, proposed, lambda: None, stack)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == title
    assert (dialog.take.text(), dialog.keep.text()) == (accept, reject)
    assert dialog.accept_bundle.text() == accept_all
    assert dialog.source.text().startswith(source) and "propo" in dialog.source.text()
    dialog.accept_bundle.click()
    assert stack.undoText() == undo
    contributions = ProvenanceDialog(None, proposed)
    qtbot.addWidget(contributions)
    assert [contributions.kind.itemText(i) for i in range(2)] == kinds
    assert contributions.kind.currentData() == "concerns"
    names = [contributions.organization.itemText(i) for i in range(contributions.organization.count())]
    assert names[0] == everyone and names[-1] == here
    contributions.kind.setCurrentIndex(1)
    assert contributions.summary.text() == f"{contributions.table.rowCount()} {kinds[1]}"
