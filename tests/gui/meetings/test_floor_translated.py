"""Floor mode's words in French and Spanish (#14 item 2): who speaks for whom, stances on the floor,
roles on a proposal and proposal statuses as words of the language, never the stored value; English
keeps 'co-sponsor' hyphenated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from briefing_app.domain.enums import InterventionStance, ProposalStatus
from briefing_app.domain.meetings import ProposalRole
from briefing_app.ui import i18n
from briefing_app.ui.meetings.entries_model import speaker_label


@pytest.fixture
def in_language(qapp: QApplication, tmp_path: Path) -> Iterator:
    def install_language(language: str) -> str:
        return i18n.install_translations(qapp, language, cache=tmp_path / "cache")

    yield install_language
    i18n.remove_translations(qapp)


def test_floor_words_in_english_keep_their_spelling() -> None:
    assert i18n.enum_label(ProposalRole.CO_SPONSOR) == "co-sponsor"
    assert i18n.enum_label(ProposalStatus.MERGED.label) == "merged into the text"
    assert speaker_label("KE", "Kenya", "African Group", 0) == "KE for African Group"


@pytest.mark.parametrize(("language", "words"), [
    ("fr", ("coauteur", "pose une question", "intégrée au texte", "KE au nom de African Group")),
    ("es", ("coautor", "pregunta", "incorporada al texto", "KE en nombre de African Group")),
])
def test_floor_words_in_the_ui_language(language: str, words: tuple[str, ...], in_language) -> None:
    assert in_language(language) == language
    shown = (i18n.enum_label(ProposalRole.CO_SPONSOR), i18n.enum_label(InterventionStance.ASKS),
             i18n.enum_label(ProposalStatus.MERGED.label), speaker_label("KE", "Kenya", "African Group", 0))
    assert shown == words
    stored = {s.value for s in InterventionStance} | {r.value for r in ProposalRole} | {s.label for s in ProposalStatus}
    assert not {i18n.enum_label(value) for value in stored} & stored
