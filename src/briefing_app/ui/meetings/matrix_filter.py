"""The position matrix's "from meeting" filter, and the sentence saying where a position came from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from briefing_app.domain.enums import Confidence
from briefing_app.domain.meetings import ordinal
from briefing_app.domain.models import Position
from briefing_app.store import meetings_store
from briefing_app.store.meetings_matrix import Provenance, Scope
from briefing_app.store.workspace import Workspace

MEETING_MARK = "ʰ"  # after a cell's stance symbol: the position comes from a meeting


def _tr(text: str) -> str:
    return QCoreApplication.translate("Matrix", text)


def origin_text(position: Position, origin: Provenance | None) -> str:
    """One plain-text sentence: heard in which meeting, from which report, or which source."""
    if origin is not None and origin.said and position.confidence is Confidence.HEARD_IN_ROOM:
        text = _tr("Heard in the room at the {meeting}, {session}: “{line}”").format(
            meeting=origin.meeting, session=origin.session, line=origin.line)
    elif origin is not None and origin.said:
        text = _tr("Said at the {meeting}, {session}, as {source} reports: “{line}”").format(
            meeting=origin.meeting, session=origin.session, source=origin.source or _tr("no source"),
            line=origin.line)
    elif origin is not None and origin.meeting:
        text = _tr("From the {meeting}, {session} ({source})").format(
            meeting=origin.meeting, session=origin.session, source=origin.source)
    elif origin is not None and origin.source:
        text = _tr("Source: {source}").format(source=origin.source) + (
            f" ({origin.source_date})" if origin.source_date else "")
    else:
        text = _tr("No source recorded")
    details = [position.date, _tr("confidence {level}").format(level=position.confidence.label)]
    if position.illustrative:
        details.append(_tr("illustrative: no source supports it"))
    return f"{text} · " + " · ".join(d for d in details if d)


class MeetingFilter(QComboBox):
    """All sources, any meeting, one session or one meeting; `scope()` is None for all sources."""

    scope_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("From meeting"))
        self.setToolTip(self.tr("Show only positions heard in a meeting or taken from its report"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(26)
        self.currentIndexChanged.connect(lambda _index: self.scope_changed.emit())
        self.reload(None)

    def reload(self, ws: Workspace | None) -> None:
        """Fill the list from the workspace, keeping the chosen entry when it still exists."""
        kept = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("From: all sources"), ("all", ""))
        if ws is not None:
            sessions = meetings_store.sessions(ws)
            if sessions:
                self.addItem(self.tr("From: any meeting"), ("any", ""))
            for session in sessions:
                self.addItem(self.tr("From: {session}").format(session=session.name), ("session", session.id))
                for meeting in meetings_store.meetings_of(ws, session.id):
                    label = self.tr("From: {meeting}").format(meeting=meeting_label_text(meeting.number, meeting.date))
                    self.addItem(label, ("meeting", meeting.id))
        index = self.findData(kept) if kept is not None else -1
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def scope(self) -> Scope | None:
        kind, key = self.currentData() or ("all", "")
        if kind == "all":
            return None
        if kind == "session":
            return Scope(session_id=key)
        if kind == "meeting":
            return Scope(meeting_id=key)
        return Scope()

    def choose(self, kind: str, key: str = "") -> bool:
        index = self.findData((kind, key))
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0


def meeting_label_text(number: int, date: str) -> str:
    name = _tr("{ordinal} meeting").format(ordinal=ordinal(number)) if number else _tr("Meeting")
    return f"{name} ({date})" if date else name
