"""Packs show a negotiating text's alternatives as alternatives ("[may] or [shall]") and each option
on a line of its own, not run together."""

from __future__ import annotations

from dataclasses import replace

from briefing_app.domain.enums import ProvisionKind, Severity
from briefing_app.domain.models import Provision
from briefing_app.domain.pack_text import members_text
from briefing_app.domain.tailoring import PackProfile
from briefing_app.packs.build import build_pack
from briefing_app.packs.flow import Writer
from briefing_app.packs.fonts import load_fonts
from briefing_app.packs.styles import make_styles
from briefing_app.packs.wording import wording
from tests.packs.conftest import pdf_text


def _writer() -> Writer:
    fonts = load_fonts()
    return Writer(fonts, make_styles(fonts), wording("en"))


def test_alternatives_are_set_apart_with_or_in_the_markup() -> None:
    paragraph = _writer().negotiating("excerpt", "Each State Party [may][shall] order it [now / later].")
    markup = paragraph.text
    assert markup.count("<i>or</i>") == 2
    assert markup.count('backColor="#e8d39c"') == 4
    plain = _writer().negotiating("excerpt", "No brackets here, and […] is only a cut.")
    assert "backColor" not in plain.text
    options = _writer().negotiating("excerpt", "Option 1: keep [all] data;\nOption 2: keep none.")
    assert "data;<br/>Option 2" in options.text


def test_options_each_get_a_line_and_paragraphs_run_on() -> None:
    article = Provision(version_id="v", kind=ProvisionKind.ARTICLE, number="4")
    paragraph = Provision(version_id="v", kind=ProvisionKind.PARAGRAPH, number="1", parent_id=article.id,
                          text="Each State Party shall:")
    first = Provision(version_id="v", kind=ProvisionKind.OPTION, number="Option 1", parent_id=paragraph.id,
                      text="keep traffic data;")
    second = Provision(version_id="v", kind=ProvisionKind.OPTION, number="Option 2", parent_id=paragraph.id)
    inside = Provision(version_id="v", kind=ProvisionKind.PARAGRAPH, number="a", parent_id=second.id,
                       text="keep no data.")
    after = Provision(version_id="v", kind=ProvisionKind.PARAGRAPH, number="2", parent_id=article.id,
                      text="Nothing else.")
    assert members_text([paragraph, first, second, inside, after]) == (
        "(1) Each State Party shall:\nOption 1: keep traffic data;\nOption 2: (a) keep no data.\n(2) Nothing else.")


def test_pack_shows_alternatives_and_options_apart(pack_ws) -> None:
    ws, fx = pack_ws
    ws.update(replace(fx.art28, text="Each State Party [may][shall] order any person [who has knowledge / with "
                                     "knowledge] about the system to provide information."))
    ws.update(replace(fx.art40, text=""))
    for number, (label, text) in enumerate((("Option 1", "States Parties shall afford one another assistance."),
                                            ("Option 2", "States Parties may afford assistance.")), start=1):
        ws.insert(Provision(version_id=fx.art40.version_id, kind=ProvisionKind.OPTION, number=label,
                            parent_id=fx.art40.id, position=number, text=text))
    text = pdf_text(build_pack(ws, PackProfile(delegation_id=fx.brazil.id, min_severity=Severity.LOW)).pdf)
    assert "Each State Party [may] or [shall] order any person [who has knowledge] or [with knowledge]" in text
    assert "Option 1: States Parties shall afford one another assistance. Option 2: States Parties may" in text
