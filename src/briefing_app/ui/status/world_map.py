"""A world map of treaty status: Natural Earth's 1:110m outlines (public domain, resources/world/)
drawn with QPainter in an equirectangular projection, each state filled by its stage.

States recorded in the workspace without an outline (the EU, small islands at this scale) are
listed under the map instead, so no status is hidden. Illustrative statuses are hatched.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from briefing_app import paths
from briefing_app.ui.i18n import enum_label
from briefing_app.ui.rich import tooltip

# Okabe–Ito colours (they stay apart for colour-blind readers).
STAGE_COLOURS = {"bound": QColor("#009E73"), "signed": QColor("#56B4E9"), "withdrawn": QColor("#D55E00"),
                 "none": QColor("#E6E6E6")}
NOT_RECORDED = QColor("#F4F4F4")
STAGE_WORDS = {"bound": "bound", "signed": "signed", "withdrawn": "withdrawn", "none": "not signed"}  # Enums words
SEA = QColor("#FFFFFF")
BORDER = QColor("#9A9A9A")
LAT_TOP, LAT_BOTTOM = 84.0, -58.0  # Antarctica is left out: no state there signs treaties


@dataclass(frozen=True, slots=True)
class MapState:
    """What the map shows for one ISO code: its name, stage and whether that rests on illustrative data."""

    name: str
    stage: str
    illustrative: bool = False


@cache
def outlines() -> dict[str, tuple[tuple[float, ...], ...]]:
    """ISO alpha-2 code → rings (flat lon, lat pairs); "-" holds outlines without a code."""
    data = json.loads((paths.resources_dir() / "world" / "countries-110m.json").read_text(encoding="utf-8"))
    return {code: tuple(tuple(ring) for ring in rings) for code, rings in data["countries"].items() if code != "AQ"}


class WorldMap(QWidget):
    """`set_states({"NG": MapState(...)})` recolours; hovering a country names it and its status;
    clicking a recorded state emits `state_clicked(iso_code)`."""

    state_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._states: dict[str, MapState] = {}
        self._paths: dict[str, QPainterPath] = {}
        self._size = QSize()
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(360, 180))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("World map of treaty status"))

    def set_states(self, states: Mapping[str, MapState]) -> None:
        self._states = {code.upper(): state for code, state in states.items()}
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        counts: dict[str, int] = {}
        for state in self._states.values():
            counts[state.stage] = counts.get(state.stage, 0) + 1
        shown = ", ".join(f"{counts[s]} {enum_label(STAGE_WORDS[s])}" for s in STAGE_WORDS if s in counts)
        return self.tr("Map of {n} recorded states: {counts}").format(n=len(self._states), counts=shown)

    def unmapped(self) -> list[str]:
        """Names of recorded states the outline has no shape for (listed beside the map)."""
        return sorted(s.name for code, s in self._states.items() if code not in outlines())

    def colour_at(self, code: str) -> QColor:
        state = self._states.get(code.upper())
        return STAGE_COLOURS.get(state.stage, NOT_RECORDED) if state else NOT_RECORDED

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(560, 280)

    def _frame(self) -> QRectF:
        """The largest 2:1-ish rectangle in the widget (the projection keeps its aspect)."""
        ratio = 360.0 / (LAT_TOP - LAT_BOTTOM)
        width, height = float(self.width()), float(self.height())
        if width / max(height, 1.0) > ratio:
            width = height * ratio
        else:
            height = width / ratio
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def point(self, lon: float, lat: float) -> QPointF:
        frame = self._frame()
        return QPointF(frame.left() + (lon + 180.0) / 360.0 * frame.width(),
                       frame.top() + (LAT_TOP - lat) / (LAT_TOP - LAT_BOTTOM) * frame.height())

    def _country_paths(self) -> dict[str, QPainterPath]:
        if self._size != self.size() or not self._paths:
            self._size = self.size()
            self._paths = {}
            for code, rings in outlines().items():
                path = QPainterPath()
                path.setFillRule(Qt.FillRule.OddEvenFill)
                for ring in rings:
                    lons = ring[0::2]
                    shifts = [0.0] + ([-360.0] if max(lons) > 180 else []) + ([360.0] if min(lons) < -180 else [])
                    for shift in shifts:  # a ring across the antimeridian shows on both edges
                        path.addPolygon(QPolygonF([self.point(ring[i] + shift, ring[i + 1])
                                                   for i in range(0, len(ring), 2)]))
                        path.closeSubpath()
                self._paths[code] = path
        return self._paths

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        painter.fillRect(self._frame(), SEA)
        painter.setClipRect(self._frame())
        painter.setPen(QPen(BORDER, 0.6))
        for code, path in self._country_paths().items():
            painter.setBrush(self.colour_at(code))
            painter.drawPath(path)
            state = self._states.get(code)
            if state is not None and state.illustrative:
                painter.setBrush(QBrush(QColor("#000000"), Qt.BrushStyle.BDiagPattern))
                painter.drawPath(path)
        painter.end()

    def code_at(self, position: QPointF) -> str:
        return next((code for code, path in self._country_paths().items()
                     if code != "-" and path.contains(position)), "")

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        code = self.code_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and code in self._states:
            self.state_clicked.emit(code)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        code = self.code_at(event.position())
        state = self._states.get(code)
        if state is None:
            QToolTip.hideText()
            return
        text = f"{state.name}: {enum_label(STAGE_WORDS.get(state.stage, state.stage))}" + (self.tr(" (illustrative)") if state.illustrative else "")
        QToolTip.showText(event.globalPosition().toPoint(), tooltip(text), self)
