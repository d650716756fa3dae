"""The entry-into-force chart draws the count, the threshold and the date it gives."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from briefing_app.domain.enums import StatusKind
from briefing_app.domain.models import EntryIntoForceRule, StatusEvent
from briefing_app.domain.treaty_status import entry_into_force
from briefing_app.ui.status.eif_chart import SURE, THRESHOLD, EntryIntoForceChart

RULE = EntryIntoForceRule(document_id="t", instruments_required=4, days_after=90)


def _events(n: int) -> list[StatusEvent]:
    return [StatusEvent(document_id="t", delegation_id=f"p{i}", kind=StatusKind.RATIFICATION,
                        date=f"2026-0{i + 1}-10") for i in range(n)]


def _has_colour(image: QImage, colour: QColor) -> bool:
    return any(image.pixelColor(x, y).rgb() == colour.rgb()
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


def test_chart_draws_count_and_threshold_before_entry_into_force(qtbot: QtBot) -> None:
    chart = EntryIntoForceChart()
    qtbot.addWidget(chart)
    chart.resize(560, 260)
    chart.set_result(entry_into_force(_events(2), RULE, on=dt.date(2026, 6, 1)), dt.date(2026, 6, 1))
    assert chart.summary() == "2 of 4 instruments counted; 2 more needed."
    image = chart.grab().toImage()
    assert _has_colour(image, SURE) and _has_colour(image, THRESHOLD)


def test_chart_names_the_entry_into_force_date_once_reached(qtbot: QtBot) -> None:
    chart = EntryIntoForceChart()
    qtbot.addWidget(chart)
    result = entry_into_force(_events(4), RULE, on=dt.date(2026, 12, 1))
    chart.set_result(result, dt.date(2026, 12, 1))
    assert chart.summary() == "4 instruments reached; in force on 2026-07-09."
    assert chart.accessibleDescription() == chart.summary()
    assert not chart.grab().toImage().isNull()
