"""Page geometry, colours and paragraph styles of a pack, as data (after rst2pdf's styles.yaml)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from briefing_app.packs.fonts import FontSet

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
HEADER_GAP = 9 * mm
INK = HexColor("#1d2733")
MUTED = HexColor("#5b6675")
ACCENT = HexColor("#1f4e79")
RULE = HexColor("#c9d1db")
PANEL = HexColor("#f1f4f8")
# Redline colours: the app's palette (ui/rich.py, Okabe–Ito vermillion and bluish green) darkened for
# print; deletions are also struck through and insertions underlined, so colour is never the only cue.
DELETED = HexColor("#b34700")
INSERTED = HexColor("#007a5a")
WARNING = HexColor("#8a4b00")
SEVERITY_COLORS: dict[str, Color] = {
    "critical": HexColor("#9b1c1c"), "high": HexColor("#c2410c"),
    "medium": HexColor("#a16207"), "low": HexColor("#4b5563"),
}

# name: (size, leading, bold, colour, space before, space after, left indent)
_SPEC: dict[str, tuple[float, float, bool, Color, float, float, float]] = {
    "body": (9.5, 13, False, INK, 0, 4, 0),
    "small": (8, 10.5, False, MUTED, 0, 3, 0),
    "label": (8, 10.5, True, ACCENT, 6, 2, 0),
    "h1": (15, 19, True, ACCENT, 4, 6, 0),
    "h2": (11.5, 15, True, INK, 10, 4, 0),
    "meta": (8.5, 11, False, MUTED, 0, 6, 0),
    "bullet": (9.5, 13, False, INK, 0, 3, 12),
    "excerpt": (9, 12.5, False, INK, 7, 10, 6),
    "redline": (9.5, 14, False, INK, 2, 3, 6),
    "toc1": (10, 15, False, INK, 0, 0, 0),
    "cover_org": (10, 13, True, MUTED, 0, 2, 0),
    "cover_kicker": (12, 16, False, ACCENT, 0, 6, 0),
    "cover_title": (26, 32, True, INK, 0, 10, 0),
    "cover_line": (11, 15, False, INK, 0, 3, 0),
    "marking": (11, 15, True, DELETED, 0, 0, 0),
    "notice": (9, 12.5, False, WARNING, 0, 0, 0),
    "ask": (10.5, 14.5, False, INK, 0, 5, 16),
    "ref": (9, 12.5, False, INK, 0, 4, 24),
}


@dataclass(frozen=True, slots=True)
class Styles:
    by_name: dict[str, ParagraphStyle]

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self.by_name[name]


def make_styles(fonts: FontSet, *, rtl: bool = False, cjk: bool = False) -> Styles:
    """The pack's styles; `rtl`: right-aligned (Arabic), `cjk`: lines may break between any two
    Chinese characters (reportlab's wordWrap="CJK")."""
    styles: dict[str, ParagraphStyle] = {}
    for name, (size, leading, bold, color, before, after, indent) in _SPEC.items():
        styles[name] = ParagraphStyle(
            name, fontName=fonts.bold if bold else fonts.regular, fontSize=size, leading=leading,
            textColor=color, spaceBefore=before, spaceAfter=after, leftIndent=indent,
            bulletIndent=max(0.0, indent - 12), bulletFontName=fonts.regular, bulletFontSize=size,
            splitLongWords=1, allowWidows=0, allowOrphans=0,
        )
    styles["excerpt"].backColor = PANEL
    styles["excerpt"].borderPadding = (5, 6, 5, 6)
    styles["marking"].alignment = TA_CENTER
    styles["notice"].borderColor = WARNING
    styles["notice"].borderWidth = 0.8
    styles["notice"].borderPadding = 6
    styles["toc1"].leftIndent = 0
    for name in ("h1", "h2", "label", "meta"):  # never strand a heading or label at a page's foot
        styles[name].keepWithNext = 1
    for style in styles.values():
        if rtl and style.alignment != TA_CENTER:
            style.alignment = TA_RIGHT
        if cjk:
            style.wordWrap = "CJK"
    return Styles(styles)
