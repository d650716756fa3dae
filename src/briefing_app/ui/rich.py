"""The one place that turns user text into Qt rich text: every piece goes through `esc()`.

Colours are mid-tones chosen to read on both light and dark palettes; backgrounds are
translucent so the palette's base colour shows through. Text colour is never set for plain runs,
so it follows the palette.
"""

from __future__ import annotations

import functools
import html
import re

from PySide6.QtGui import QColor

from briefing_app.domain.brackets import PieceKind, pieces
from briefing_app.domain.enums import ProvisionStatus, Sensitivity, Severity, Stance
from briefing_app.domain.redline import Segment, SegmentKind
from briefing_app.ui.i18n import enum_label

# The redline palette (Okabe–Ito colours, safe for the common colour-vision deficiencies), each with
# cues besides colour: deletions struck through; insertions bold and underlined on a light tint of
# their colour. Neither is the palette's link blue, so an insertion never looks like a link.
DELETE_COLOUR = "#c75000"  # vermillion
INSERT_COLOUR = "#00896a"  # bluish green
INSERT_TINT = "rgba(0, 137, 106, 0.14)"

SEVERITY_COLOURS: dict[Severity, str] = {
    Severity.CRITICAL: "#e5534b",
    Severity.HIGH: "#e0823d",
    Severity.MEDIUM: "#c69026",
    Severity.LOW: "#6e9f80",
}
STANCE_COLOURS: dict[Stance, str] = {
    Stance.SUPPORTS: "#3fa34d",
    Stance.OPPOSES: "#e5534b",
    Stance.UNDECIDED: "#c69026",
    Stance.UNKNOWN: "#8b949e",
    Stance.PROPOSES_TEXT: "#3b8eea",
}
STANCE_SYMBOLS: dict[Stance, str] = {
    Stance.SUPPORTS: "✔",
    Stance.OPPOSES: "✖",
    Stance.UNDECIDED: "?",
    Stance.UNKNOWN: "·",
    Stance.PROPOSES_TEXT: "✎",
}
ILLUSTRATIVE_MARK = "◇ illustrative"


def esc(text: str) -> str:
    """Escape user text for Qt rich text; newlines become line breaks."""
    return html.escape(text, quote=True).replace("\n", "<br/>")


@functools.cache
def colour(hex_colour: str, alpha: int = 255) -> QColor:
    """One shared QColor per colour: item models hand the same object to Qt on every paint."""
    result = QColor(hex_colour)
    result.setAlpha(alpha)
    return result


def tooltip(text: str) -> str:
    """A tooltip showing user text literally (Qt guesses rich text in tooltips from their content)."""
    return f"<span>{esc(text)}</span>"


def translucent(hex_colour: str, alpha: int = 70) -> QColor:
    """A cell background that tints whatever base colour the palette has."""
    return colour(hex_colour, alpha)


def redline_html(segments: list[Segment]) -> str:
    """Deletions struck through in vermillion; insertions bold, underlined and tinted in bluish green;
    unchanged text as is."""
    parts: list[str] = []
    for segment in segments:
        text = esc(segment.text)
        if segment.kind is SegmentKind.DELETE:
            parts.append(f'<span style="color:{DELETE_COLOUR}; text-decoration:line-through;">{text}</span>')
        elif segment.kind is SegmentKind.INSERT:
            parts.append(f'<span style="color:{INSERT_COLOUR}; font-weight:600; text-decoration:underline; '
                         f'background-color:{INSERT_TINT};">{text}</span>')
        else:
            parts.append(text)
    return "".join(parts)


def badge(text: str, colour: str) -> str:
    """A coloured label such as a severity or stance: bold coloured text, readable on any base."""
    return f'<span style="color:{colour}; font-weight:600;">{esc(text)}</span>'


def severity_badge(severity: Severity) -> str:
    return badge(f"● {enum_label(severity)}", SEVERITY_COLOURS[severity])


def stance_badge(stance: Stance) -> str:
    return badge(f"{STANCE_SYMBOLS[stance]} {enum_label(stance)}", STANCE_COLOURS[stance])


def sensitivity_marker(sensitivity: Sensitivity) -> str:
    """Internal and personal records carry a visible marker; shareable ones a quiet one."""
    if sensitivity.shareable_by_default:
        return f'<span style="color:#8b949e;">{esc(enum_label(sensitivity))}</span>'
    return badge(f"⚠ {enum_label(sensitivity).upper()}", DELETE_COLOUR)


_SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)


def external_link(label: str, url: str) -> str:
    """A link to a source's web page; only http(s) URLs become links, anything else stays text."""
    if url and _SAFE_URL.match(url):
        return f'<a href="{html.escape(url, quote=True)}">{esc(label)}</a>'
    return esc(label)


def highlight_snippet(snippet: str, open_mark: str = "[", close_mark: str = "]") -> str:
    """A search snippet with the matched words (between the marks) in bold."""
    parts: list[str] = []
    rest = snippet
    while open_mark in rest:
        before, _, after = rest.partition(open_mark)
        hit, found, tail = after.partition(close_mark)
        parts.append(esc(before))
        parts.append(f"<b>{esc(hit)}</b>" if found else esc(open_mark + hit))
        rest = tail
    parts.append(esc(rest))
    return "".join(parts)


BRACKET_TINT = "#f3e6c4"  # a light ochre: square-bracketed (not agreed) text, distinct from redline colours


ALTERNATIVE_TINT = "#e8d39c"  # a deeper ochre: one of several bracketed alternatives
_OR = '<span style="color:#6b5000;"><i>&nbsp;or&nbsp;</i></span>'


def negotiating_html(text: str, tint: str = BRACKET_TINT) -> str:
    """Escaped text with square-bracketed passages tinted and their brackets in bold; alternatives
    ("[may][shall]", "[option 1 / option 2]") each in its own deeper-tinted brackets with "or" between,
    so they read as choices, not run together (domain/brackets.py); nested brackets too; line breaks kept."""
    parts: list[str] = []
    for piece in pieces(text):
        if piece.kind is PieceKind.PLAIN:
            parts.append(esc(piece.source).replace("\n", "<br/>"))
        elif piece.kind is PieceKind.BRACKETED:
            closed = "<b>]</b>" if piece.source.endswith("]") else ""
            parts.append(f'<span style="background-color:{tint};"><b>[</b>'
                         f"{negotiating_html(piece.alternatives[0], ALTERNATIVE_TINT)}{closed}</span>")
        else:
            parts.append(_OR.join(f'<span style="background-color:{ALTERNATIVE_TINT};"><b>[</b>'
                                  f"{negotiating_html(choice, ALTERNATIVE_TINT)}<b>]</b></span>"
                                  for choice in piece.alternatives))
    return "".join(parts)


def status_html(status: ProvisionStatus) -> str:
    """A small badge with the provision's negotiating status; empty when the draft states none."""
    if status is ProvisionStatus.UNMARKED:
        return ""
    return f'<span style="color:#6b5000; font-size:small;"><i>({esc(status.label)})</i></span>'
