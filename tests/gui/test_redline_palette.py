"""The redline palette: insertions never look like links, both marks survive colour-vision
deficiencies, and colour is never the only cue (in the app and in the packs)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from briefing_app.domain.redline import Segment, SegmentKind
from briefing_app.packs import styles
from briefing_app.ui import rich

# Colour-vision deficiency simulation (Machado et al. 2009, severity 1.0) on linear RGB.
_CVD = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _lab(hex_colour: str, vision: str) -> tuple[float, float, float]:
    colour = QColor(hex_colour)
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
              for c in (colour.redF(), colour.greenF(), colour.blueF())]
    r, g, b = (min(1.0, max(0.0, sum(m * c for m, c in zip(row, linear, strict=True)))) for row in _CVD[vision])
    x, y, z = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.9505, 0.2126 * r + 0.7152 * g + 0.0722 * b,
               (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.089)
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def _distance(a: str, b: str, vision: str) -> float:
    return sum((p - q) ** 2 for p, q in zip(_lab(a, vision), _lab(b, vision), strict=True)) ** 0.5


def _hex(colour) -> str:
    return "#" + colour.hexval()[2:]


@pytest.mark.parametrize("vision", list(_CVD))
@pytest.mark.parametrize("deleted, inserted", [(rich.DELETE_COLOUR, rich.INSERT_COLOUR),
                                               (_hex(styles.DELETED), _hex(styles.INSERTED))])
def test_deletions_and_insertions_stay_apart_under_colour_vision_deficiency(vision, deleted, inserted) -> None:
    assert _distance(deleted, inserted, vision) > 30


@pytest.mark.parametrize("colour", [rich.INSERT_COLOUR, _hex(styles.INSERTED)])
def test_insertions_are_not_link_blue(qapp, colour: str) -> None:
    hue = QColor(colour).hslHue()
    assert not 190 <= hue <= 260
    link = qapp.palette().color(QPalette.ColorRole.Link).name()
    assert all(_distance(colour, link, vision) > 30 for vision in _CVD)


def test_redline_marks_carry_a_cue_besides_colour() -> None:
    html = rich.redline_html([Segment(SegmentKind.DELETE, "old"), Segment(SegmentKind.EQUAL, " kept "),
                              Segment(SegmentKind.INSERT, "new")])
    deleted, inserted = html.split(" kept ")
    assert "line-through" in deleted
    assert "underline" in inserted and "font-weight:600" in inserted and "background-color" in inserted
    assert "<a " not in html
