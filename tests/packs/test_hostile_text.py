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


def _assert_comes_back(values: dict[str, str], pdf: bytes) -> None:
    text = re.sub(r"\s+", "", pdf_text(pdf))
    if any(has_rtl(v) for v in values.values()):
        return  # paragraphs holding right-to-left text are reordered for display (test_scripts.py)
    for name, value in values.items():
        if name in INTERLEAVED:
            continue
        for word in _comparable_words(value):
            assert re.sub(r"\s+", "", word) in text, (name, word)


def test_markup_like_text_in_every_field_builds_without_active_content() -> None:
    values = {name: " ".join(CORPUS) + f" end{name}" for name in FIELDS}
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
