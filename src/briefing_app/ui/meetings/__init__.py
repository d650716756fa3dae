"""Meetings in the desktop app: Tools → Floor mode… (live capture), Edit → New session… / New
meeting…, File → Session report… (PDF or CSV); the matrix's "from meeting" filter lives in
matrix_filter.py. `install(services)` registers them (ui/features.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QInputDialog, QWidget

from briefing_app.domain.models import Meeting, Record, Session
from briefing_app.store.workspace import Workspace
from briefing_app.ui.commands import EditCommand, Insert
from briefing_app.ui.file_dialogs import FileDialogs
from briefing_app.ui.menus import Place
from briefing_app.ui.messages import show_error, show_info
from briefing_app.ui.services import Services

if TYPE_CHECKING:  # the floor window and the dialogs are imported when first opened (start-up stays light)
    from briefing_app.ui.meetings.floor_window import FloorWindow

# The meetings' domain and store modules (the capture parser, its lexicon, the session report) are
# imported by the actions that use them: start-up only registers the actions (issue #17 item 1).


class ReportChooser:
    """The session and the file of a session report; tests patch the classmethods."""

    FILTER = QT_TRANSLATE_NOOP("MeetingsController", "PDF report (*.pdf);;CSV for spreadsheets (*.csv)")

    @classmethod
    def ask_session(cls, parent: QWidget | None, names: list[str]) -> int:
        if len(names) == 1:
            return 0
        name, ok = QInputDialog.getItem(parent, translate("MeetingsController", "Session report"),
                                        translate("MeetingsController", "Session"), names, 0, False)
        return names.index(name) if ok else -1

    @classmethod
    def ask_file(cls, parent: QWidget | None, suggested: str) -> str:
        """`suggested` is a file name; the dialog opens in the folder last used for session reports,
        first the documents folder (ui/file_dialogs), never the workspace's data folder."""
        chosen = FileDialogs.ask_save(parent, "session-reports", translate("MeetingsController", "Save session report"),
                                      suggested, translate("MeetingsController", str(cls.FILTER)))
        return str(chosen) if chosen else ""


class MeetingsController(QObject):
    def __init__(self, services: Services) -> None:
        super().__init__(services.window)
        self.services = services
        self.floor: FloorWindow | None = None
        self.lexicon_stale = QTimer(self, singleShot=True, interval=300)
        self.lexicon_stale.timeout.connect(self._refresh_floor)
        services.workspace_replaced.connect(self.close_floor)
        services.workspace_changed.connect(self.lexicon_stale.start)
        services.undo_stack.indexChanged.connect(self._stack_moved)

    # -- floor mode --------------------------------------------------------------------------------
    def start_floor(self) -> FloorWindow | None:
        ws = self.services.require_workspace(self.tr("Floor mode"))
        if ws is None:
            return None
        if self.floor is not None:
            self.floor.show()
            self.floor.raise_()
            self.floor.activateWindow()
            return self.floor
        meeting = latest_meeting(ws)
        if meeting is None:
            meeting = self.new_meeting()
        if meeting is None:
            return None
        from briefing_app.ui.meetings.floor_window import FloorWindow

        self.floor = FloorWindow(self.services, meeting, self.new_meeting)
        self.floor.closed.connect(self._floor_closed)
        self.floor.show()
        self.floor.activateWindow()
        return self.floor

    def close_floor(self) -> None:
        if self.floor is not None:
            self.floor.close()

    def _floor_closed(self) -> None:
        """A closed floor window is gone: the next Floor mode… opens a fresh one."""
        self.lexicon_stale.stop()
        if self.floor is not None:
            self.floor.deleteLater()
            self.floor = None

    def _stack_moved(self, index: int) -> None:
        """A change made in the main window may rename delegations or change the draft: refresh."""
        stack = self.services.undo_stack
        last = stack.command(index - 1) if index > 0 else None
        if self.floor is None:
            return
        from briefing_app.ui.meetings.floor_window import FloorCommand  # imported with the open window

        if not isinstance(last, FloorCommand):
            self.lexicon_stale.start()

    def _refresh_floor(self) -> None:
        if self.floor is not None:
            self.floor.refresh_lexicon()

    # -- sessions and meetings ---------------------------------------------------------------------
    def _insert(self, text: str, records: list[Record]) -> bool:
        ws = self.services.ws
        command = EditCommand(text, ws, [Insert(r) for r in records], self._replayed)
        try:
            command.apply()
        except Exception as error:  # noqa: BLE001 - shown through the one failure reporter
            self.services.report_failure(text, error, outcome=self.tr("Nothing was saved."))
            return False
        self.services.undo_stack.push(command)
        self.services.registry.mark_stale()
        return True

    def _replayed(self, error: Exception | None) -> None:
        if error is not None:
            self.services.report_failure(self.tr("Undo"), error)
        self.services.registry.mark_stale()
        self.lexicon_stale.start()

    def new_session(self) -> Session | None:
        ws = self.services.require_workspace(self.tr("New session"))
        if ws is None:
            return None
        from briefing_app.ui.meetings.dialogs import SessionDialog

        session = SessionDialog.ask(self.services.window, Session(name=""))
        if session is None or not self._insert(self.tr("Add session {name}").format(name=session.name), [session]):
            return None
        return session

    def new_meeting(self, after: Meeting | None = None) -> Meeting | None:
        """Ask for a new meeting (a session first when there is none); one undo step with its source."""
        ws = self.services.require_workspace(self.tr("New meeting"))
        if ws is None:
            return None
        from briefing_app.domain.meetings import meeting_label, meeting_with_source
        from briefing_app.store import meetings_store

        sessions = meetings_store.sessions(ws)
        session = (ws.get(Session, after.session_id) if after is not None else None) or (
            sessions[0] if sessions else self.new_session())
        if session is None:
            return None
        latest = meetings_store.meeting_version(ws, Meeting(session_id=session.id))
        draft = (after.version_id if after is not None else None) or (latest.id if latest is not None else None)
        proposed = Meeting(session_id=session.id, number=meetings_store.next_meeting_number(ws, session.id),
                           date=dt.date.today().isoformat(), sensitivity=session.sensitivity, version_id=draft)
        from briefing_app.ui.meetings.dialogs import MeetingDialog

        meeting = MeetingDialog.ask(self.services.window, ws, proposed)
        if meeting is None:
            return None
        chosen = ws.get(Session, meeting.session_id) or session
        source, meeting = meeting_with_source(chosen, meeting)
        records: list[Record] = [r for r in (source, meeting) if r is not None]
        if not self._insert(self.tr("Add {meeting}").format(meeting=meeting_label(meeting)), records):
            return None
        return meeting

    # -- the session report ------------------------------------------------------------------------
    def session_report(self) -> Path | None:
        ws = self.services.require_workspace(self.tr("Session report"))
        if ws is None:
            return None
        from briefing_app.store import meetings_store

        sessions = meetings_store.sessions(ws)
        if not sessions:
            show_error(self.services.window, self.tr("Session report"),
                       self.tr("There are no sessions yet: add one with Edit → New session…."))
            return None
        if self.floor is not None:
            current = next((s for s in sessions if s.id == self.floor.meeting.session_id), None)
            if current is not None:
                sessions.remove(current)
                sessions.insert(0, current)
        index = ReportChooser.ask_session(self.services.window, [s.name for s in sessions])
        if index < 0:
            return None
        session = sessions[index]
        from briefing_app.packs.build import slug

        name = ReportChooser.ask_file(self.services.window, f"session-report-{slug(session.name) or 'session'}.pdf")
        if not name:
            return None
        path = Path(name)
        self.services.jobs.read(self.tr("Session report"), self.tr("Writing the session report…"),
                                lambda reader, progress, token: _write_report(reader, session.id, path),
                                lambda _result: show_info(self.services.window, self.tr("Session report"),
                                                          self.tr("Saved {file}.").format(file=path.name)),
                                cancelled_message=self.tr("Session report cancelled"), cancellable=False,
                                outcome=self.tr("No file was written."))
        return path


def _write_report(reader: Workspace, session_id: str, path: Path) -> None:
    """In a worker, on its read-only connection: read the report, then write the file atomically."""
    from briefing_app.meetings.report import report_csv, report_pdf  # reportlab: on first report only
    from briefing_app.packs.build import write_atomically
    from briefing_app.store.meetings_report_store import session_report

    report = session_report(reader, reader.require(Session, session_id))
    data = report_csv(report) if path.suffix.lower() == ".csv" else report_pdf(report)[0]
    write_atomically(path if path.suffix else path.with_suffix(".pdf"), data)


def latest_meeting(ws: Workspace) -> Meeting | None:
    """The meeting most recently held (by date, time and number) of any session."""
    from briefing_app.store import meetings_store

    found = [m for s in meetings_store.sessions(ws) for m in meetings_store.meetings_of(ws, s.id)]
    return max(found, key=lambda m: (m.date, m.time, m.number), default=None)


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def install(services: Services) -> MeetingsController:
    controller = MeetingsController(services)
    add = services.registry.add_action
    add("meetings.floor", Place.TOOLS_ROOM, translate("MeetingsController", "&Floor mode…"), controller.start_floor,
        shortcut="Ctrl+Shift+F", tip=translate("MeetingsController", "Record what delegations say in the room, one line each"))
    add("meetings.new_session", Place.EDIT_NEW, translate("MeetingsController", "Ne&w session…"), controller.new_session)
    add("meetings.new_meeting", Place.EDIT_NEW, translate("MeetingsController", "New meetin&g…"), controller.new_meeting)
    add("meetings.report", Place.FILE_EXPORT, translate("MeetingsController", "Session repor&t…"), controller.session_report,
        tip=translate("MeetingsController", "Per provision: who intervened, proposals and their sponsors, what changed in the matrix"))
    return controller
