"""New session and new meeting: record dialogs with validation; `ask()` returns the record or None."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from briefing_app.domain.meetings import agenda_refs
from briefing_app.domain.models import Meeting, Record, Session, Version
from briefing_app.store import meetings_store
from briefing_app.store.workspace import Workspace
from briefing_app.ui.forms import SENSITIVITY, Field, RecordDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Meetings", text)


class SessionDialog(RecordDialog):
    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent, _tr("Session"), session, [
            Field("name", _tr("Name"), required=True),
            Field("number", _tr("Number")),
            Field("place", _tr("Place")),
            Field("start_date", _tr("First day"), "date"),
            Field("end_date", _tr("Last day"), "date"),
            SENSITIVITY,
        ])

    def problems(self) -> list[str]:
        found = super().problems()
        start, end = self.value("start_date"), self.value("end_date")
        if start and end and end < start:
            found.append(_tr("The last day is before the first."))
        return found

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session) -> Session | None:
        dialog = cls(parent, session)
        if not dialog.exec():
            return None
        record = dialog.result_record()
        assert isinstance(record, Session)
        return record


class MeetingDialog(RecordDialog):
    """The meeting's number, day and time, its agenda, the summary link and the draft on the table."""

    def __init__(self, parent: QWidget | None, ws: Workspace, meeting: Meeting) -> None:
        self.ws = ws
        sessions = tuple((s.name, s.id) for s in meetings_store.sessions(ws))
        versions = tuple((v.label, v.id) for v in ws.find(Version, order_by="seq"))
        super().__init__(parent, _tr("Meeting"), meeting, [
            Field("session_id", _tr("Session"), "ref", required=True, choices=sessions),
            Field("number", _tr("Number"), required=True),
            Field("date", _tr("Date"), "date", required=True),
            Field("time", _tr("Time")),
            Field("agenda_item", _tr("Agenda item")),
            Field("agenda", _tr("Provisions in the chair's order")),
            Field("summary_url", _tr("Official summary"), "url"),
            Field("version_id", _tr("Draft on the table"), "ref", choices=versions),
            SENSITIVITY,
        ])
        self.editors["agenda"].setToolTip(_tr("e.g. 14, 15(2), 16-21: floor mode steps through them with Alt+←/→"))
        self.editors["time"].setToolTip(_tr("Local time of the room, e.g. 15:00"))

    def _editor(self, spec: Field, value: object) -> QWidget:
        return super()._editor(spec, str(value) if spec.name == "number" else value)

    def problems(self) -> list[str]:
        found = super().problems()
        number = self.value("number")
        if number and (not str(number).isdigit() or int(number) < 1):
            found.append(_tr("Number must be a whole number such as 11."))
        time = self.value("time")
        if time:
            try:
                dt.time.fromisoformat(time)
            except ValueError:
                found.append(_tr("Time must be like 15:00."))
        return found

    def agenda_problems(self) -> list[str]:
        """Agenda items that name nothing in the chosen draft (a warning, not a refusal)."""
        record = self.result_record()
        assert isinstance(record, Meeting)
        return agenda_refs(record.agenda, meetings_store.lexicon_for(self.ws, record))[1]

    def result_record(self) -> Record:
        values = {spec.name: self.value(spec.name) for spec in self.fields}
        number = str(values.pop("number") or "0")
        values["number"] = int(number) if number.isdigit() else 0
        return dataclasses.replace(self.record, **values)

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, meeting: Meeting) -> Meeting | None:
        dialog = cls(parent, ws, meeting)
        if not dialog.exec():
            return None
        record = dialog.result_record()
        assert isinstance(record, Meeting)
        return record
