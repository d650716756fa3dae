"""Packs say only what is true: each recorded stance as recorded (the text as drafted and our
amendments told apart), talking points that are whole sentences, fit the stance and never repeat,
contents whose page numbers stay on the page, briefs without a stranded heading, and an issuer
only when the user ticked one."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from briefing_app.domain import models as m
from briefing_app.domain.enums import ProvisionKind, Sensitivity, Severity, Stance
from briefing_app.domain.models import Amendment, Organization, Position
from briefing_app.domain.pack_model import Alignment, PackData, PointKind
from briefing_app.domain.pack_text import first_sentence, sentences, whole_sentences
from briefing_app.domain.tailoring import PackProfile, PackTemplate, plan_pack
from briefing_app.packs.build import build_pack, render_plan
from briefing_app.packs.flow import Writer
from briefing_app.packs.fonts import load_fonts
from briefing_app.packs.gather import for_delegation, read_common
from briefing_app.packs.sections import point_text
from briefing_app.packs.styles import MARGIN, PAGE_WIDTH, make_styles
from briefing_app.packs.wording import wording
from briefing_app.store import queries
from tests.packs.conftest import page_texts, pdf_text


def _writer() -> Writer:
    fonts = load_fonts()
    return Writer(fonts, make_styles(fonts), wording("en"))


def _plan(ws, delegation, **settings):
    return plan_pack(for_delegation(ws, read_common(ws), delegation), PackProfile(delegation_id=delegation.id, **settings))


def _amendment(ws) -> Amendment:
    return next(a for a in ws.find(Amendment) if a.title == "Make the safeguard binding")


def test_stance_on_the_article_is_stated_even_when_an_amendment_stance_is_later(pack_ws) -> None:
    ws, fx = pack_ws  # Brazil opposes Article 6 as drafted (2024-01-01 default date "")
    ws.insert(Position(delegation_id=fx.brazil.id, stance=Stance.UNDECIDED, amendment_id=_amendment(ws).id,
                       date="2024-09-01"))
    plan = _plan(ws, fx.brazil, min_severity=Severity.LOW)
    art6 = next(s for s in plan.sections if s.unit.id == fx.art6.id)
    assert [i.stance for i in art6.text_stances] == [Stance.OPPOSES]
    assert [i.stance for i in art6.amendment_stances] == [Stance.UNDECIDED]
    text = pdf_text(build_pack(ws, PackProfile(delegation_id=fx.brazil.id, min_severity=Severity.LOW)).pdf)
    assert ("Recorded position of your delegation: opposes Article 6 as drafted; is undecided on our amendment "
            "“Make the safeguard binding”") in text
    summary = text[text.index("Where your delegation stands"):]
    assert re.search(r"Opposes 1 0", summary) and re.search(r"Undecided 0 1", summary)


def test_latest_stance_per_subject_wins_and_same_day_ties_go_to_the_one_furthest_from_our_ask(pack_ws) -> None:
    ws, fx = pack_ws
    amendment = _amendment(ws)
    for stance, date in ((Stance.OPPOSES, "2024-01-05"), (Stance.SUPPORTS, "2024-10-01"),
                         (Stance.OPPOSES, "2024-10-01")):
        ws.insert(Position(delegation_id=fx.brazil.id, stance=stance, amendment_id=amendment.id, date=date))
    ws.insert(Position(delegation_id=fx.brazil.id, stance=Stance.SUPPORTS, provision_id=fx.art6.id, date="2024-11-01"))
    art6 = next(s for s in _plan(ws, fx.brazil).sections if s.unit.id == fx.art6.id)
    assert [(i.stance, i.amendment is None) for i in art6.stances] == [(Stance.SUPPORTS, True), (Stance.OPPOSES, False)]
    assert art6.alignment is Alignment.AGAINST
    assert len(art6.positions) == 5  # the history stays listed


def test_supporting_the_text_we_criticise_gets_no_thanks(pack_ws) -> None:
    ws, fx = pack_ws
    ws.insert(Position(delegation_id=fx.brazil.id, stance=Stance.SUPPORTS, provision_id=fx.art28.id, date="2024-08-01"))
    art28 = next(s for s in _plan(ws, fx.brazil).sections if s.unit.id == fx.art28.id)
    assert art28.alignment is Alignment.BACKS_TEXT and not art28.short
    w = _writer()
    points = [point_text(w, art28, p) for p in art28.talking_points]
    assert not any("Thank you" in p for p in points)
    assert points[-1].startswith("Your delegation supports Article 28 as drafted; we ask you to weigh the concerns")


def test_supporting_our_amendment_is_thanked_by_its_name(pack_ws) -> None:
    ws, fx = pack_ws
    art6 = next(s for s in _plan(ws, fx.kenya).sections if s.unit.id == fx.art6.id)
    assert art6.alignment is Alignment.WITH_US and art6.talking_points[0].kind is PointKind.THANKS
    said = point_text(_writer(), art6, art6.talking_points[0])
    assert said.startswith("Thank you for supporting our amendment “Make the safeguard binding”;")


def test_opposing_our_amendment_asks_to_reconsider_it(pack_ws) -> None:
    ws, fx = pack_ws
    ws.insert(Position(delegation_id=fx.kenya.id, stance=Stance.OPPOSES, amendment_id=_amendment(ws).id,
                       date="2024-10-01"))
    art6 = next(s for s in _plan(ws, fx.kenya).sections if s.unit.id == fx.art6.id)
    assert art6.alignment is Alignment.AGAINST
    assert point_text(_writer(), art6, art6.talking_points[-1]).startswith(
        "We ask your delegation to reconsider its opposition to our amendment “Make the safeguard binding”")


def _shared_concern_data(summary: str) -> tuple[PackData, PackProfile]:
    """Five articles sharing one concern (as the demo's cross-cutting concerns are)."""
    delegation = m.Delegation(name="Chile", iso_code="CL")
    version = m.Version(document_id="d", label="Rev.1", seq=1)
    articles = [m.Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number=str(n), heading=f"Topic {n}",
                            text=f"Text of article {n}.", position=n) for n in range(1, 6)]
    shared = m.Concern(title="Overbroad offences", summary=summary, severity=Severity.CRITICAL)
    own = m.Concern(title="Article one lacks a purpose limit", summary="Article 1 has no purpose limit.",
                    severity=Severity.HIGH)
    links = tuple((shared.id, a.id) for a in articles) + ((own.id, articles[0].id),)
    data = PackData(delegation=delegation, document=None, version=version, provisions=tuple(articles),
                    concerns=(shared, own), concern_provisions=links, data_as_of="2026-01-01T00:00:00Z")
    return data, PackProfile(delegation_id=delegation.id)


def test_a_concern_shared_by_five_articles_is_a_talking_point_once() -> None:
    data, profile = _shared_concern_data("Offences cover conduct that harms no one. Researchers are at risk.")
    plan = plan_pack(data, profile)
    w = _writer()
    said = [point_text(w, s, p) for s in plan.sections for p in s.talking_points]
    assert said.count("Offences cover conduct that harms no one.") == 1
    assert len(said) == len(set(said))  # nothing repeated verbatim anywhere in the pack
    assert all(s.talking_points for s in plan.sections)


def test_talking_points_are_whole_sentences_when_summaries_are_long_or_abbreviated() -> None:
    long_first = "Researchers " + "and engineers " * 30 + "are at risk. Short second sentence."
    data, profile = _shared_concern_data(long_first)
    plan = plan_pack(data, profile)
    w = _writer()
    said = [point_text(w, s, p) for s in plan.sections for p in s.talking_points]
    assert "Our central concern here is “Overbroad offences”." in said  # no sentence short enough
    assert all("…" not in p and re.search(r"[.!?]$", p) for p in said)
    assert first_sentence("Laws, e.g. the 2019 act, reach Mr. Smith's work. Next one.", 200) == \
        "Laws, e.g. the 2019 act, reach Mr. Smith's work."
    assert first_sentence("No stop at the end", 200) == "No stop at the end."
    assert first_sentence("x " * 200, 100) == ""
    assert sentences("它很宽泛。研究人员面临风险。") == ["它很宽泛。", "研究人员面临风险。"]
    assert whole_sentences("One. Two is longer. Three.", 20) == "One. Two is longer."


def test_demo_talking_points_are_complete_consistent_and_never_repeated(demo_workspace) -> None:
    common = read_common(demo_workspace)
    w = _writer()
    for delegation in queries.delegations(demo_workspace):
        plan = plan_pack(for_delegation(demo_workspace, common, delegation), PackProfile(delegation_id=delegation.id))
        said = []
        for s in plan.sections:
            for point in s.talking_points:
                text = point_text(w, s, point)
                assert re.search(r"[.!?][”\"»)]?$", text) and "…" not in text, (delegation.name, text)
                if point.kind is PointKind.THANKS:
                    assert any(i.stance is Stance.SUPPORTS for i in s.amendment_stances), delegation.name
                said.append(text)
        assert len(said) == len(set(said)), delegation.name


def test_contents_page_numbers_stay_inside_the_page_when_titles_are_long(pack_ws) -> None:
    ws, fx = pack_ws
    long_heading = "Measures on " + "interception, preservation and production of electronic evidence " * 3
    ws.update(replace(fx.art28, heading=long_heading.strip()))
    result = build_pack(ws, PackProfile(delegation_id=fx.kenya.id))
    reader = PdfReader(io.BytesIO(result.pdf))
    contents_page = next(n for n, t in enumerate(page_texts(result.pdf)) if t.count(" . ") > 3)
    numbers: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip().isdigit():
            numbers.append((text.strip(), cm[4] + tm[4], size))

    reader.pages[contents_page].extract_text(visitor_text=visit)
    fonts = load_fonts()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    body = [(t, x) for t, x, size in numbers if size > 9]  # the footer's numbers are 7.5 pt
    assert len(body) == len(reader.outline)
    for text, x in body:
        assert x + stringWidth(text, fonts.regular, 10) <= PAGE_WIDTH - MARGIN + 0.5, text
    outline_pages = [reader.get_destination_page_number(i) + 1 for i in reader.outline]
    assert [int(t) for t, _ in body] == outline_pages


def _lowest_body_line_size(pdf: bytes, page: int) -> float:
    lines: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        y = cm[5] + tm[5] * cm[3]
        if text.strip() and y > MARGIN:  # above the footer
            lines.append((y, size * (tm[3] or 1)))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return min(lines)[1]


@pytest.mark.slow
def test_briefs_and_packs_never_end_a_page_on_a_heading(demo_workspace) -> None:
    common = read_common(demo_workspace)
    fonts = load_fonts()
    heading_size = make_styles(fonts)["h2"].fontSize
    checked = 0
    for delegation in queries.delegations(demo_workspace)[:12]:
        profile = PackProfile(delegation_id=delegation.id, template=PackTemplate.BRIEF, min_severity=Severity.MEDIUM)
        result = render_plan(plan_pack(for_delegation(demo_workspace, common, delegation), profile), fonts=fonts)
        assert result.pages <= 2
        for page in range(result.pages - 1):
            assert _lowest_body_line_size(result.pdf, page) != heading_size, delegation.name
            checked += 1
    assert checked >= 5
    kenya = next(d for d in queries.delegations(demo_workspace) if d.iso_code == "KE")
    full = render_plan(plan_pack(for_delegation(demo_workspace, common, kenya), PackProfile(delegation_id=kenya.id)),
                       fonts=fonts)
    h1 = make_styles(fonts)["h1"].fontSize
    assert all(_lowest_body_line_size(full.pdf, page) != h1 for page in range(1, full.pages - 1))


def test_issued_by_names_only_ticked_shareable_organisations(pack_ws) -> None:
    ws, fx = pack_ws
    for template in PackTemplate:
        text = pdf_text(build_pack(ws, PackProfile(delegation_id=fx.kenya.id, template=template)).pdf)
        assert "Issued by" not in text, template
    member = next(o for o in ws.find(Organization) if o.name == "Coalition for Rights Online")
    internal = next(o for o in ws.find(Organization) if o.sensitivity is Sensitivity.INTERNAL)
    ticked = build_pack(ws, PackProfile(delegation_id=fx.kenya.id, issuer_ids=(member.id, internal.id)))
    assert ticked.plan.issuers == ("Coalition for Rights Online",)
    assert "Issued by Coalition for Rights Online" in page_texts(ticked.pdf)[0]
