"""The TrueType fonts a pack embeds, found through fontconfig, and which font draws which character.

DejaVu Sans (Debian `fonts-dejavu-core`) covers Latin, Greek, Cyrillic and Arabic; WenQuanYi Micro
Hei (Debian `fonts-wqy-microhei`, installed by `.ci/run`) covers Chinese. When a font is missing,
reportlab's bundled Vera stands in for Latin and every script left without a font is reported in
`FontSet.warnings` (logged, returned with the build, shown in the UI): never silent boxes.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefing_app import paths

log = logging.getLogger(__name__)


FontFinder = Callable[[str, str], "Path | None"]

_KNOWN_DIRS = (
    "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
    "/usr/share/fonts/truetype/wqy", "/usr/share/fonts/wenquanyi/wqy-microhei",
    "/usr/local/share/fonts", "/Library/Fonts", "C:/Windows/Fonts",
)
_FILES = {
    ("DejaVu Sans", "Book"): "DejaVuSans.ttf",
    ("DejaVu Sans", "Bold"): "DejaVuSans-Bold.ttf",
    ("DejaVu Sans", "Oblique"): "DejaVuSans-Oblique.ttf",
    ("DejaVu Sans", "Bold Oblique"): "DejaVuSans-BoldOblique.ttf",
    ("WenQuanYi Micro Hei", "Regular"): "wqy-microhei.ttc",
}
CJK_FAMILY = "WenQuanYi Micro Hei"
BODY_FAMILY = "DejaVu Sans"


def bundled_fonts_dir() -> Path:
    """Where the frozen app carries its fonts (packaging/briefing-desk.spec copies them there)."""
    return paths.resource_path("fonts")


def bundled_font_files() -> list[Path]:
    """The font files this system has for the packs, for the frozen app to carry (build time); only
    files with the names find_font looks for in the bundled folder."""
    found = {(find_font(family, style), name) for (family, style), name in _FILES.items()}
    return sorted(path for path, name in found if path is not None and path.name == name)


@cache
def find_font(family: str, style: str) -> Path | None:
    """The font the app carries (frozen), else the file fontconfig picks for family/style, only if it
    really is that family; else a known file name in the usual font folders. Asked once per process
    (fc-match is slow)."""
    name = _FILES.get((family, style))
    if name is not None and (bundled_fonts_dir() / name).is_file():
        return bundled_fonts_dir() / name
    if shutil.which("fc-match"):
        try:
            out = subprocess.run(
                ["fc-match", "-f", "%{family}\n%{style}\n%{file}", f"{family}:style={style}"],
                capture_output=True, text=True, timeout=10, check=False).stdout.split("\n")
        except (OSError, subprocess.SubprocessError):
            out = []
        if len(out) == 3 and family in out[0].split(",") and style in out[1].split(","):
            path = Path(out[2])
            if path.is_file():
                return path
    if name is None:
        return None
    return next((Path(d) / name for d in _KNOWN_DIRS if (Path(d) / name).is_file()), None)


@dataclass(frozen=True, slots=True)
class FontSet:
    """Registered font names for a pack, the fallback order for characters, and what is missing."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    cjk: str | None
    warnings: tuple[str, ...] = ()
    _coverage: dict[str, frozenset[int]] = field(default_factory=dict, compare=False, repr=False)

    def covers(self, font: str, char: str) -> bool:
        return ord(char) in self._coverage[font]

    def font_for(self, char: str, base: str) -> str | None:
        """The font that draws `char` when the surrounding text is in `base`; None: no font has it."""
        if char.isspace() or ord(char) in self._coverage[base]:
            return base
        if ord(char) in self._coverage[self.regular]:  # bold and oblique cover less than regular
            return self.regular
        if self.cjk is not None and ord(char) in self._coverage[self.cjk]:
            return self.cjk
        return None

    def runs(self, text: str, base: str) -> list[tuple[str, str]]:
        """Split text into (font, chunk) runs; characters no font has stay in `base` (see missing)."""
        result: list[tuple[str, str]] = []
        for char in text:
            font = self.font_for(char, base) or base
            if result and result[-1][0] == font:
                result[-1] = (font, result[-1][1] + char)
            else:
                result.append((font, char))
        return result

    def missing(self, texts: list[str]) -> list[str]:
        """One warning per script that has characters in `texts` but no font to draw them."""
        lacking: dict[str, list[str]] = {}
        for text in texts:
            for char in text:
                if self.font_for(char, self.regular) is None and unicodedata.category(char)[0] != "C":
                    lacking.setdefault(_script(char), []).append(char)
        return [
            f"No font for {script} text ({len(chars)} characters, e.g. U+{ord(chars[0]):04X}): "
            f"they print as empty boxes. {self._hint(script)}"
            for script, chars in sorted(lacking.items())
        ]

    def _hint(self, script: str) -> str:
        if script == "CJK" and self.cjk is None:
            return "Install WenQuanYi Micro Hei (Debian: fonts-wqy-microhei)."
        if script in ("ARABIC", "GREEK", "CYRILLIC") and any("DejaVu Sans not found" in w for w in self.warnings):
            return "Install DejaVu Sans (Debian: fonts-dejavu-core)."
        return "None of the pack's fonts (DejaVu Sans, WenQuanYi Micro Hei) has these characters."


# CJK radicals, symbols and punctuation ("。" "、" "》"), kana, ideographs and full-width forms ("，" "："):
# all drawn by the CJK font, so all reported (and hinted) as CJK when it is missing.
_CJK_RANGES = ((0x2E80, 0x30FF), (0x3100, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
               (0x20000, 0x3FFFF))


def _script(char: str) -> str:
    if any(low <= ord(char) <= high for low, high in _CJK_RANGES):
        return "CJK"
    name = unicodedata.name(char, "")
    return name.split(" ")[0] if name else f"U+{ord(char):04X}"


def load_fonts(finder: FontFinder = find_font) -> FontSet:
    """Find, register (once per process) and describe the pack fonts."""
    found = {key: finder(*key) for key in _FILES}
    return _load(tuple(sorted((f"{k[0]}|{k[1]}", str(v) if v else "") for k, v in found.items())))


@cache
def _load(found: tuple[tuple[str, str], ...]) -> FontSet:
    paths = {tuple(k.split("|")): Path(v) if v else None for k, v in found}
    warnings: list[str] = []
    coverage: dict[str, frozenset[int]] = {}

    def register(path: Path, subfont: int = 0) -> str:
        name = "BD-" + hashlib.sha256(f"{path}:{subfont}".encode()).hexdigest()[:10]
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=subfont))
        coverage[name] = frozenset(pdfmetrics.getFont(name).face.charToGlyph)
        return name

    regular_path = paths[(BODY_FAMILY, "Book")]
    if regular_path is None:
        regular_path = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
        warnings.append("DejaVu Sans not found: using Vera (Latin only); Greek, Cyrillic and Arabic "
                        "text will be reported as missing. Install fonts-dejavu-core.")
    regular = register(regular_path)
    styled = {}
    for style in ("Bold", "Oblique", "Bold Oblique"):
        path = paths[(BODY_FAMILY, style)]
        styled[style] = register(path) if path and paths[(BODY_FAMILY, "Book")] else regular
    bold = styled["Bold"] if styled["Bold"] != regular else regular
    bold_italic = styled["Bold Oblique"] if styled["Bold Oblique"] != regular else bold
    addMapping(regular, 0, 0, regular)
    addMapping(regular, 1, 0, bold)
    addMapping(regular, 0, 1, styled["Oblique"])
    addMapping(regular, 1, 1, bold_italic)
    cjk_path = paths[(CJK_FAMILY, "Regular")]
    cjk = register(cjk_path, 0) if cjk_path else None
    if cjk is None:
        warnings.append("WenQuanYi Micro Hei not found: Chinese text cannot be shown. "
                        "Install fonts-wqy-microhei.")
    for warning in warnings:
        log.warning("%s", warning)
    return FontSet(regular, bold, styled["Oblique"], bold_italic, cjk, tuple(warnings), coverage)
