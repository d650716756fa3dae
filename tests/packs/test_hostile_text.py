"""Hostile and arbitrary text in every field: the pack builds, the text comes back, and markup in
the data never turns into links, scripts, launch actions, images or embedded files."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.domain.tailoring import PackTemplate, plan_pack
from briefing_app.packs.build import render_plan
from briefing_app.packs.fonts import load_fonts
from briefing_app.packs.text import has_rtl
from tests.packs.conftest import pdf_text, raw_bytes
from tests.packs.textdata import FIELDS, text_data

CORPUS = [
    "x<y", "</para>", '<a href="javascript:alert(1)">click</a>', '<img src="/etc/passwd"/>', "<onDraw name=x/>",
    "<b>bold", "&amp; &lt; &#0; &bogus;", '<font name="Courier" size="99">big</font>', "<br/><br>",
    '<link href="file:///etc/passwd">x</link>', "<unichar code=\"0\"/>", "<seq id=x/>", "{} {0} %s",
]
# Shown in the redline, word by word interleaved with each other (the excerpt is clipped).
INTERLEAVED = ("provision_text", "proposed_text")
FORBIDDEN = [b"/URI", b"/JavaScript", b"/JS ", b"/Launch", b"/EmbeddedFile", b"/SubmitForm", b"/Subtype /Image",
             b"/Subtype/Image", b"/GoToR", b"/ImportData", b"/OpenAction"]


def _build(values: dict[str, str], template: PackTemplate = PackTemplate.FULL) -> tuple[bytes, tuple[str, ...]]:
    data, profile = text_data(values)
    result = render_plan(plan_pack(data, replace(profile, template=template)), compress=False)
    return result.pdf, result.warnings


def _comparable_words(value: str) -> list[str]:
    """NFKC forms of the words whose every character some pack font can draw (judged before NFKC:
    U+1D56C has no glyph even though its NFKC form "A" has)."""
    fonts = load_fonts()
    return [unicodedata.normalize("NFKC", w) for w in value.split() if not has_rtl(w)
            and all(unicodedata.category(c)[0] in "LNPS" and fonts.font_for(c, fonts.regular) for c in w)]


SHOWN = 120  # every field's first characters are laid out (the smallest limit, a version label part, is 150)


def _assert_comes_back(values: dict[str, str], pdf: bytes) -> None:
    text = re.sub(r"\s+", "", pdf_text(pdf))
    if any(has_rtl(v) for v in values.values()):
        return  # paragraphs holding right-to-left text are reordered for display (test_scripts.py)
    for name, value in values.items():
        if name in INTERLEAVED:
            continue
        for word in _comparable_words(" ".join(value.split())[:SHOWN]):
            assert re.sub(r"\s+", "", word) in text, (name, word)


def test_markup_like_text_in_every_field_builds_without_active_content() -> None:
    values = {name: f"start{name} " + " ".join(CORPUS) for name in FIELDS}
    for template in PackTemplate:
        pdf, _ = _build(values, template)
        raw = raw_bytes(pdf)
        assert [f for f in FORBIDDEN if f in raw] == [], template
        assert b"/Link" not in raw or b"/Dest" in raw  # only the contents' internal jumps
        if template is PackTemplate.FULL:
            _assert_comes_back(values, pdf)
    assert "x<y" in pdf_text(_build({"concern_title": "x<y"})[0])


_text = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=80),
    st.text(st.sampled_from("ab<>&/\"' =\n\tçßΩЖ中文字"), max_size=60),
    st.sampled_from(CORPUS),
    st.builds(lambda w, n: " ".join([w] * n), st.sampled_from(["word", "Ünïcödé", "长", "x" * 300]),
              st.integers(5, 12)),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({name: _text for name in FIELDS}))
def test_arbitrary_text_in_every_field_builds_and_comes_back(values: dict[str, str]) -> None:
    pdf, _ = _build(values)
    assert pdf.startswith(b"%PDF")
    _assert_comes_back(values, pdf)


def test_a_200000_character_title_is_shortened_not_laid_out_in_full() -> None:
    normal = render_plan(plan_pack(*text_data({})))
    data, profile = text_data({"concern_title": "x" * 200_000, "heading": "word " * 40_000})
    result = render_plan(plan_pack(data, profile))
    text = pdf_text(result.pdf)
    assert result.pages <= normal.pages + 1
    assert "x" * 200 in text.replace(" ", "") and "x" * 5000 not in text.replace(" ", "")
    assert "..." in text  # "…" after NFKC


def test_every_field_at_200000_characters_keeps_the_pack_bounded() -> None:
    for value in ("word " * 40_000, "x" * 200_000, "A sentence that ends here. " * 8000):
        data, profile = text_data(dict.fromkeys(FIELDS, value))
        result = render_plan(plan_pack(data, profile))
        assert result.pages <= 20, value[:20]
        assert len(pdf_text(result.pdf)) < 60_000
    cut = pdf_text(render_plan(plan_pack(*text_data({"concern_summary": "A sentence that ends here. " * 8000}))).pdf)
    assert "ends here. [...]" in cut  # whole sentences, then the mark (NFKC of "[…]") that text was left out


def test_a_very_long_provision_gets_a_passage_redline() -> None:
    from briefing_app.domain.enums import AmendmentAction

    data, profile = text_data({"provision_text": "Each State Party shall act. " * 2000})
    amendment = replace(data.amendments[0], action=AmendmentAction.SUBSTITUTE, target_text="shall act. Each",
                        proposed_text="may act. Each")
    plan = plan_pack(replace(data, amendments=(amendment,)), profile)
    segments = plan.sections[0].amendments[0].segments
    assert segments is not None
    assert "".join(s.text for s in segments if s.kind.value != "insert") == data.provisions[0].text
    assert [s.kind.value for s in segments] == ["equal", "delete", "insert", "equal"]


def test_pdf_metadata_carries_no_control_or_bidi_override_characters() -> None:
    import io

    from pypdf import PdfReader

    hostile = "Ke\x1b[31mnya\x00\x07\u202e\u2066 line\nbreak\ttab" + "y" * 1000
    data, profile = text_data({"delegation": hostile, "document": "Doc\x1b]0;title\x07", "version": "Rev.\u202e1"})
    info = PdfReader(io.BytesIO(render_plan(plan_pack(data, profile)).pdf)).metadata
    for key in ("/Title", "/Subject"):
        value = str(info[key])
        assert not re.search("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", value), (key, value)
        assert len(value) <= 300
    assert str(info["/Title"]).startswith("Briefing for the delegation of Ke[31mnya line break tab")


def test_a_long_version_label_keeps_its_symbol_and_date_in_every_template() -> None:
    """The hypothesis failure of #17: a long label used to push the symbol out of the shortened line."""
    for label in ("Revised draft text of the convention " * 5000, "x" * 200_000, "Rev. " + "ab<>&" * 100):
        data, profile = text_data({"version": label, "version_symbol": "A/AC.291/L.15"})
        assert data.version is not None
        data = replace(data, version=replace(data.version, date="2024-08-07"))
        for template in PackTemplate:
            plan = plan_pack(data, replace(profile, template=template))
            assert plan.version_label.endswith(" · A/AC.291/L.15 · 2024-08-07"), template
            text = pdf_text(render_plan(plan).pdf)
            assert "A/AC.291/L.15 · 2024-08-07" in text, (template, label[:20])
