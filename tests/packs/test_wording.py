"""The pack's word catalogues: complete, well-formed templates, a label for every provision kind,
and plural forms chosen by each language's rules."""

from __future__ import annotations

import re
import string

import pytest

from briefing_app.domain.enums import Confidence, ProvisionKind
from briefing_app.domain.models import Provision
from briefing_app.packs.flow import Writer
from briefing_app.packs.fonts import load_fonts
from briefing_app.packs.styles import make_styles
from briefing_app.packs.wording import LANGUAGES, plural_category, wording

_ALLOWED_TAGS = {"b", "/b", "i", "/i", "super", "/super"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_every_english_key_and_only_simple_markup(language: str) -> None:
    english, words = wording("en"), wording(language)
    assert set(words.entries) == set(english.entries), (
        f"a key added to en.toml needs its {language}.toml wording too (packs/wording/)")
    for key, value in words.entries.items():
        texts = value.values() if isinstance(value, dict) else [value]
        for text in texts:
            assert {t.strip("<>").split()[0] for t in re.findall(r"<[^>]+>", text)} <= _ALLOWED_TAGS, key
            fields = {f for _, f, _, _ in string.Formatter().parse(text) if f}
            english_value = english.entries[key]
            english_texts = english_value.values() if isinstance(english_value, dict) else [english_value]
            expected = {f for t in english_texts for _, f, _, _ in string.Formatter().parse(t) if f}
            assert fields <= expected, (key, fields - expected)


def test_every_provision_kind_has_a_label_when_worded() -> None:
    fonts = load_fonts()
    w = Writer(fonts, make_styles(fonts), wording("en"))
    labels = {kind: w.label(Provision(version_id="v", kind=kind, number="3")) for kind in ProvisionKind}
    assert labels[ProvisionKind.ARTICLE] == "Article 3" and labels[ProvisionKind.PARAGRAPH] == "para. 3"
    assert labels[ProvisionKind.OPTION] == "3" and labels[ProvisionKind.PREAMBLE] == "Preamble"
    assert w.label(Provision(version_id="v", kind=ProvisionKind.CHAPTER, heading="Final clauses")) == "Final clauses"
    assert w.title(Provision(version_id="v", kind=ProvisionKind.ARTICLE, number="6", heading="Respect")) == \
        "Article 6: Respect"


@pytest.mark.parametrize(("language", "counts"), [
    ("en", {1: "one", 0: "other", 2: "other"}),
    ("fr", {0: "one", 1: "one", 2: "other"}),
    ("ru", {1: "one", 21: "one", 11: "many", 3: "few", 24: "few", 12: "many", 5: "many"}),
    ("ar", {0: "zero", 1: "one", 2: "two", 3: "few", 110: "few", 11: "many", 100: "other", 102: "other"}),
    ("zh", {1: "other", 5: "other"}),
])
def test_plural_categories_follow_each_languages_rules(language: str, counts: dict[int, str]) -> None:
    assert {n: plural_category(language, n) for n in counts} == counts


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_confidence_has_words_when_a_position_shows_it(language: str) -> None:
    """Positions captured in a meeting ('heard in the room') crashed the pack with a KeyError."""
    words = wording(language)
    assert all(words.template(f"confidence.{c.value}") for c in Confidence)
