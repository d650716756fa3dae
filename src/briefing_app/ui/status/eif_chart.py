"""The entry-into-force chart: counted instruments over time against the treaty's threshold.

Drawn with QPainter (no plotting dependency): a step line of instruments surely deposited, a dashed
line where partial dates make the count uncertain, the threshold as a horizontal rule and, once it is
reached, the entry-into-force date (or range) as a band. Text comes from one translated template each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from briefing_app.domain.treaty_status import CountPoint, EntryIntoForce
from briefing_app.ui.i18n import local_date

SURE = QColor("#1f5fa8")
POSSIBLE = QColor("#7fa7d6")
THRESHOLD = QColor("#b03a2e")
FORCE = QColor(46, 139, 87, 60)
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 48, 16, 28, 36


class EntryIntoForceChart(QWidget):
    """Shows one EntryIntoForce result; `set_result` redraws."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: EntryIntoForce | None = None
        self._today = dt.date.today()
        self._illustrative = False
        self.setMinimumSize(QSize(360, 200))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Entry into force chart"))

    def set_result(self, result: EntryIntoForce, today: dt.date, *, illustrative: bool = False) -> None:
        """Show `result` as of `today`; `illustrative`: some counted instruments are invented (demo data)."""
        self._result, self._today, self._illustrative = result, today, illustrative or result.illustrative
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())
        self.update()

    def summary(self) -> str:
        """The chart in one sentence (tooltip and accessible description)."""
        r = self._result
        if r is None:
            return ""
        if r.date is None:
            if self._illustrative:
                return self.tr("{counted} of {required} instruments counted (illustrative data); {remaining} more "
                               "needed.").format(counted=r.counted, required=r.required, remaining=r.remaining)
            return self.tr("{counted} of {required} instruments counted; {remaining} more needed.").format(
                counted=r.counted, required=r.required, remaining=r.remaining)
        first, last = r.date
        if first == last:
            return self.tr("{required} instruments reached; in force on {date}.").format(
                required=r.required, date=local_date(first.isoformat()))
        return self.tr("{required} instruments reached; in force between {first} and {last}.").format(
            required=r.required, first=local_date(first.isoformat()), last=local_date(last.isoformat()))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(560, 260)

    def _span(self) -> tuple[dt.date, dt.date]:
        assert self._result is not None
        days = [p.day for p in self._result.series]
        if self._result.date:
            days.append(self._result.date[1])
        days.append(self._today)
        start, end = min(days), max(days)
        start -= dt.timedelta(days=max((end - start).days // 20, 15))  # the count starts from nothing
        return start, end

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        plot = QRectF(MARGIN_LEFT, MARGIN_TOP, max(self.width() - MARGIN_LEFT - MARGIN_RIGHT, 10),
                      max(self.height() - MARGIN_TOP - MARGIN_BOTTOM, 10))
        painter.setPen(QPen(self.palette().text().color(), 1))
        painter.drawRect(plot)
        if self._result is None:
            painter.end()
            return
        result = self._result
        start, end = self._span()
        total = max((end - start).days, 1)
        top = max(result.required, max((p.possible for p in result.series), default=0)) * 1.1

        def x(day: dt.date) -> float:
            return plot.left() + plot.width() * (day - start).days / total

        def y(count: float) -> float:
            return plot.bottom() - plot.height() * count / top

        if result.date is not None:
            band = QRectF(QPointF(x(result.date[0]), plot.top()), QPointF(x(result.date[1]) + 2, plot.bottom()))
            painter.fillRect(band, FORCE)
            painter.drawText(QPointF(band.left() + 3, plot.top() + 14),
                             self.tr("in force {date}").format(date=local_date(result.date[0].isoformat())))
        painter.setPen(QPen(THRESHOLD, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y(result.required)), QPointF(plot.right(), y(result.required)))
        painter.drawText(QPointF(plot.left() + 4, y(result.required) - 4),
                         self.tr("threshold: {n} instruments").format(n=result.required))
        self._steps(painter, result.series, x, y, end, possible=True)
        self._steps(painter, result.series, x, y, end, possible=False)
        painter.setPen(QPen(self.palette().text().color(), 1))
        small = QFont(painter.font())
        small.setPointSizeF(max(small.pointSizeF() - 1, 6))
        painter.setFont(small)
        for count in (0, result.required // 2, result.required):
            painter.drawText(QRectF(0, y(count) - 8, MARGIN_LEFT - 6, 16),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(count))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4, 90, 16), int(Qt.AlignmentFlag.AlignLeft),
                         start.isoformat())
        painter.drawText(QRectF(plot.right() - 90, plot.bottom() + 4, 90, 16), int(Qt.AlignmentFlag.AlignRight),
                         end.isoformat())
        painter.drawText(QRectF(plot.left(), 4, plot.width(), 18), int(Qt.AlignmentFlag.AlignLeft),
                         self.summary())
        painter.end()

    @staticmethod
    def _steps(painter: QPainter, series: tuple[CountPoint, ...], to_x: Callable[[dt.date], float],
               to_y: Callable[[float], float], end: dt.date, *, possible: bool) -> None:
        if not series:
            return
        pen = QPen(POSSIBLE if possible else SURE, 1.5 if possible else 2.5,
                   Qt.PenStyle.DashLine if possible else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        previous: QPointF | None = QPointF(to_x(series[0].day), to_y(0))
        for point in series:
            value = point.possible if possible else point.sure
            here = QPointF(to_x(point.day), to_y(value))
            assert previous is not None
            painter.drawLine(previous, QPointF(here.x(), previous.y()))
            painter.drawLine(QPointF(here.x(), previous.y()), here)
            previous = here
        assert previous is not None
        painter.drawLine(previous, QPointF(to_x(end), previous.y()))
