"""Floor mode: a window for the back of the room, built for the keyboard and for speed.

The meeting and the current provision stay at the top; one line of entry with completion at the
bottom; the entries above it, newest last; what the delegation on the line said before at the
side. Enter records the line in one durable transaction (it is shown only once committed, so a
crash loses nothing shown as saved) and one undo step on the window's undo stack: Ctrl+Z takes it
back. F2 edits the selected entry, Ctrl+Delete takes it back; Alt+←/→ follows the agenda; a line
that is only a provision number ("14.2") switches to it. Reads while typing are debounced.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.capture import CaptureError, Entry, parse_line, split_provision
from briefing_app.domain.lexicon import LookupFailed, ProposalRef, ProvisionRef
from briefing_app.domain.meetings import CapturePlan, Writes, agenda_refs, meeting_label, step_agenda
from briefing_app.domain.models import Delegation, Intervention, Meeting, Session
from briefing_app.errors import UserError
from briefing_app.store import meetings_edits, meetings_store
from briefing_app.store.workspace import Workspace
from briefing_app.ui.commands import Delete, EditCommand, Insert, Step, Update
from briefing_app.ui.meetings.entries_model import EntriesModel, row_of_plan, row_of_view
from briefing_app.ui.meetings.entry_line import EntryLine
from briefing_app.ui.meetings.preview import describe_error, describe_plan, describe_status
from briefing_app.ui.meetings.side_panel import SidePanel
from briefing_app.ui.services import Services

TYPING_PAUSE_MS = 150  # reads for the preview and the side panel wait for a pause in typing
REFRESH_PAUSE_MS = 2000  # the main window's views reload after this long without a new entry


class FloorCommand(EditCommand):
    """An entry made, edited or taken back in floor mode (its Ctrl+Z undoes only these)."""


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class FloorWindow(QMainWindow):
    """`saved(intervention_id)` after an entry is committed and shown; `closed` when the window closes."""

    saved = Signal(str)
    closed = Signal()

    def __init__(self, services: Services, meeting: Meeting,
                 make_meeting: Callable[[Meeting], Meeting | None] | None = None) -> None:
        super().__init__(services.window)
        self.make_meeting = make_meeting
        self.setWindowFlag(Qt.WindowType.Window)
        self.services = services
        self.ws: Workspace = services.ws
        self.meeting = meeting
        self.editing: Intervention | None = None
        self.current: ProvisionRef | None = None
        self.agenda: list[ProvisionRef] = []
        self.names: dict[str, str] = {}
        self.model = EntriesModel(self)
        self._build()
        self._actions()
        self.typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.typing.timeout.connect(self._after_pause)
        self.views_stale = QTimer(self, singleShot=True, interval=REFRESH_PAUSE_MS)
        self.views_stale.timeout.connect(self._refresh_views)
        self.open_meeting(meeting)
        self.resize(1180, 720)

    # -- construction ------------------------------------------------------------------------------
    def _build(self) -> None:  # noqa: PLR0915
        self.meeting_box = QComboBox()
        self.meeting_box.setAccessibleName(self.tr("Meeting"))
        self.meeting_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.meeting_box.activated.connect(self._meeting_chosen)
        self.new_meeting_button = QPushButton(self.tr("New meeting…"))
        self.new_meeting_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.draft_label = _plain()
        self.provision_label = _plain()
        font = self.provision_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.provision_label.setFont(font)
        self.provision_label.setAccessibleName(self.tr("Current provision"))
        self.provision_text = _plain()
        self.provision_text.setWordWrap(True)
        self.provision_text.setEnabled(False)
        self.provision_text.setAccessibleName(self.tr("Text of the current provision"))
        self.agenda_label = _plain()
        self.previous_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        for button, step, tip in ((self.previous_button, -1, self.tr("Previous on the agenda (Alt+←)")),
                                  (self.next_button, 1, self.tr("Next on the agenda (Alt+→)"))):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setFixedWidth(36)
            button.clicked.connect(lambda _c=False, s=step: self.step(s))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Entries of this meeting"))
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()  # fixed widths: sizing to contents would read every row per entry
        for column, width in enumerate((40, 70, 110, 110, 90, 0, 150)):
            if width:
                header.resizeSection(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda _new, _old: self._selection_moved())
        self.side = SidePanel()
        self.line = EntryLine()
        self.line.submitted.connect(self.submit)
        self.line.cancelled.connect(self.cancel)
        self.line.navigate.connect(self.step)
        self.line.pick_entry.connect(self.move_selection)
        self.line.textEdited.connect(self._typed)
        self.mode_label = _plain()
        self.preview = _plain()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("What the line records"))
        self.hint = _plain(self.tr("Enter records · Tab completes · Ctrl+Z takes back · F2 edits the selected entry · "
                                   "Ctrl+↑/↓ selects · Alt+←/→ follows the agenda · a number alone switches provision"))
        self.hint.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.meeting_box, 1)
        top.addWidget(self.new_meeting_button)
        top.addWidget(self.draft_label)
        provision = QHBoxLayout()
        provision.addWidget(self.previous_button)
        provision.addWidget(self.provision_label, 1)
        provision.addWidget(self.next_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.side)
        splitter.setSizes([820, 340])
        splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addLayout(provision)
        layout.addWidget(self.provision_text)
        layout.addWidget(self.agenda_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.mode_label)
        layout.addWidget(self.line)
        layout.addWidget(self.preview)
        layout.addWidget(self.hint)
        self.setCentralWidget(central)
        self.line.setFocus()

    def _actions(self) -> None:
        def add(text: str, keys: list[QKeySequence], handler: Callable[[], object]) -> QAction:
            action = QAction(text, self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False: handler())
            self.addAction(action)
            return action

        self.undo_action = add(self.tr("Take back the last entry"), QKeySequence.keyBindings(QKeySequence.StandardKey.Undo),
                               self.undo)
        self.redo_action = add(self.tr("Redo"), QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), self.redo)
        add(self.tr("Edit the selected entry"), [QKeySequence("F2")], self.edit_selected)
        add(self.tr("Take back the selected entry"), [QKeySequence("Ctrl+Delete")], self.delete_selected)
        add(self.tr("Close floor mode"), [QKeySequence("Ctrl+W")], self.close)
        self.new_meeting_button.clicked.connect(self.new_meeting)

    # -- the meeting -------------------------------------------------------------------------------
    def open_meeting(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.editing = None
        self.lexicon = meetings_store.lexicon_for(self.ws, meeting)
        self.line.set_lexicon(self.lexicon)
        self.names = {s.id: s.name for s in self.lexicon.speakers}
        self.agenda, problems = agenda_refs(meeting.agenda, self.lexicon)
        self.model.reset([row_of_view(v) for v in meetings_store.interventions_of_meeting(self.ws, meeting.id)])
        self.table.scrollToBottom()
        self._fill_meetings()
        session = self.ws.get(Session, meeting.session_id)
        self.session_name = session.name if session is not None else ""
        self.setWindowTitle(self.tr("Floor mode — {meeting}, {session}").format(
            meeting=meeting_label(meeting), session=self.session_name))
        self.draft_label.setText(self.tr("Draft: {label}").format(label=self.lexicon.version_label or "—"))
        shown = self.lexicon.provision_by_id(self.services.current_provision_id())
        articles = [r for r in self.lexicon.provisions if len(r.path) == 1 and r.path[0] != "pre"]
        candidates = self.agenda or ([shown] if shown is not None else []) or articles or self.lexicon.provisions
        first = candidates[0] if candidates else None
        self.set_current(first)
        self.mode_label.setText("")
        self.preview.setText(self.tr("Not on the agenda of this draft: {items}").format(items=", ".join(problems))
                             if problems else "")

    def _fill_meetings(self) -> None:
        self.meeting_box.clear()
        for session in meetings_store.sessions(self.ws):
            for meeting in reversed(meetings_store.meetings_of(self.ws, session.id)):
                self.meeting_box.addItem(f"{session.name} — {meeting_label(meeting)}", meeting.id)
        self.meeting_box.setCurrentIndex(max(0, self.meeting_box.findData(self.meeting.id)))

    def _meeting_chosen(self, index: int) -> None:
        meeting = self.ws.get(Meeting, self.meeting_box.itemData(index))
        if meeting is not None and meeting.id != self.meeting.id:
            self.open_meeting(meeting)
        self.line.setFocus()

    def new_meeting(self) -> None:
        made = self.make_meeting(self.meeting) if self.make_meeting is not None else None
        if made is not None:
            self.open_meeting(made)
        self.line.setFocus()

    # -- the current provision ---------------------------------------------------------------------
    def set_current(self, ref: ProvisionRef | None) -> None:
        self.current = ref
        if ref is None:
            self.provision_label.setText(self.tr("No provision: lines are general statements"))
            self.provision_text.setText("")
        else:
            heading = ref.heading or next((r.heading for r in self.lexicon.provisions if r.path == ref.path[:1]), "")
            self.provision_label.setText(f"{ref.label} — {heading}" if heading else ref.label)
            text = " ".join(ref.text.split())
            self.provision_text.setText(text if len(text) <= 320 else text[:317] + "…")
        if self.agenda:
            place = self.agenda.index(ref) + 1 if ref in self.agenda else 0
            items = ", ".join(r.typed for r in self.agenda)
            self.agenda_label.setText(
                self.tr("{n} of {total} on the agenda: {items}").format(n=place, total=len(self.agenda), items=items)
                if place else self.tr("Off the agenda ({items})").format(items=items))
        else:
            self.agenda_label.setText(self.tr("No agenda: Alt+←/→ steps through the draft"))
        self.side.show_proposals(self.lexicon, ref, self.names)

    def step(self, step: int) -> None:
        target = step_agenda(self.agenda, self.lexicon.provisions, self.current, step)
        if target is not None:
            self.set_current(target)
        self.line.setFocus()

    # -- typing ------------------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self.typing.start()
        if self.views_stale.isActive():
            self.views_stale.start()  # never reload the main window mid-sentence

    def _after_pause(self) -> None:
        """The preview of what Enter would record, and the side panel for its delegation."""
        text = self.line.text()
        if not text.strip():
            self.preview.setText("")
            return
        try:
            parsed = parse_line(text, self.lexicon, current=self.current)
        except CaptureError as error:
            self.preview.setText(describe_error(error))
            return
        if isinstance(parsed, Entry):
            speaker = parsed.on_behalf or parsed.speaker
            if speaker.id != self.side.speaker_id:
                self.side.show_speaker(self.ws, speaker, parsed.provision or self.current)
            try:
                plan = self._plan(text)
            except (CaptureError, UserError) as error:
                self.preview.setText(describe_error(error))
                return
            self.preview.setText(self.tr("Enter will record: {what}").format(what=describe_plan(plan, self.lexicon)))
        else:
            self.preview.setText(self.tr("Enter will record: {what}").format(what=describe_status(parsed)))

    def _plan(self, text: str) -> CapturePlan | meetings_store.StatusPlan:
        ctx = meetings_store.context_for(self.ws, self.meeting)
        if self.editing is not None:
            return meetings_edits.plan_edit(self.ws, self.lexicon, ctx, self.editing, text, self.current)
        return meetings_store.plan_line(self.ws, self.lexicon, ctx, text, self.current)

    def _navigation(self, text: str) -> ProvisionRef | None:
        """The provision a line names when the line is nothing but a provision number."""
        path = split_provision(text.strip().removeprefix("art").strip())
        if path is None:
            return None
        try:
            return self.lexicon.provision(path)[0]
        except LookupFailed:
            return None

    # -- Enter -------------------------------------------------------------------------------------
    def submit(self, text: str) -> None:
        self.typing.stop()
        if not text.strip():
            return
        target = self._navigation(text) if self.editing is None else None
        if target is not None:
            self.set_current(target)
            self.line.clear()
            self.preview.setText(self.tr("Now on {provision}").format(provision=target.label))
            return
        try:
            plan = self._plan(text)
            writes = (meetings_edits.edit_writes(self.ws, self.editing, plan)
                      if self.editing is not None and isinstance(plan, CapturePlan)
                      else meetings_store.writes_of(self.ws, plan))
        except (CaptureError, UserError) as error:
            self.preview.setText(describe_error(error))
            if isinstance(error, CaptureError) and error.end > error.start:
                self.line.setSelection(error.start, error.end - error.start)
            return
        what = self.tr("Edit entry {seq}").format(seq=self.editing.seq) if self.editing else self.tr("Capture")
        if not self.apply(f"{what}: {text.strip()}", writes):
            return
        self._shown(plan)

    def _shown(self, plan: CapturePlan | meetings_store.StatusPlan) -> None:
        """After the commit: show the entry, clear the line, say what happened."""
        if isinstance(plan, meetings_store.StatusPlan):
            self._refresh_proposals()
            self.preview.setText(self.tr("Saved: {what}").format(what=describe_status(plan.entry)))
        else:
            entry = plan.intervention
            speaker = self.lexicon.speaker_by_id(entry.delegation_id)
            group = self.lexicon.speaker_by_id(entry.on_behalf_id or "")
            provision = self.lexicon.provision_by_id(entry.provision_id or "")
            row = row_of_plan(plan, speaker.code if speaker else "", speaker.name if speaker else "",
                              group.name if group else "", provision.label if provision else "")
            if self.editing is not None:
                self.model.replace_row(entry.id, row)
            else:
                self.model.append(row)
                self.table.scrollToBottom()
            if plan.proposal is not None or plan.promote is not None:
                self._refresh_proposals()
            if provision is not None and provision != self.current:
                self.set_current(provision)
            self.preview.setText(self.tr("Saved: {what}").format(what=describe_plan(plan, self.lexicon)))
            self.saved.emit(entry.id)
            who = self.lexicon.speaker_by_id(entry.on_behalf_id or entry.delegation_id)
            QTimer.singleShot(0, lambda: self.side.show_speaker(self.ws, who, self.current))
        self.editing = None
        self.mode_label.setText("")
        self.line.clear()
        self.views_stale.start()

    def apply(self, text: str, writes: Writes) -> bool:
        """Write one user action durably, as one undo step; False (and the reason shown) on failure."""
        steps: list[Step] = [*(Delete(r) for r in writes.deletes), *(Insert(r) for r in writes.inserts),
                             *(Update(old, new) for old, new in writes.updates)]
        command = FloorCommand(text, self.ws, steps, self._replayed)
        try:
            with meetings_store.durable(self.ws):
                command.apply()
        except UserError as error:
            self.preview.setText(self.tr("Not saved: {error}").format(error=str(error)))
            return False
        self.services.undo_stack.push(command)
        return True

    # -- undo, edit, take back ---------------------------------------------------------------------
    def undo(self) -> None:
        stack = self.services.undo_stack
        top = stack.command(stack.index() - 1) if stack.canUndo() else None
        if top is None:
            self.preview.setText(self.tr("Nothing to take back."))
            return
        if not isinstance(top, FloorCommand):
            self.preview.setText(self.tr("The last change was made in the main window: undo it there (Edit → Undo)."))
            return
        text = top.text()
        stack.undo()
        self.preview.setText(self.tr("Taken back: {what} (Ctrl+Shift+Z brings it back)").format(what=text))

    def redo(self) -> None:
        stack = self.services.undo_stack
        if stack.canRedo() and isinstance(stack.command(stack.index()), FloorCommand):
            stack.redo()

    def _replayed(self, error: UserError | None) -> None:
        """After an undo or redo (from here or the main window): read the meeting's entries again."""
        if error is not None:
            self.preview.setText(self.tr("Undo failed: {error}").format(error=str(error)))
        self.reload()
        self.views_stale.start()

    def reload(self) -> None:
        if self.ws.get(Meeting, self.meeting.id) is None:
            self.close()
            return
        self.model.reset([row_of_view(v) for v in meetings_store.interventions_of_meeting(self.ws, self.meeting.id)])
        self.table.scrollToBottom()
        self._refresh_proposals()

    def _refresh_proposals(self) -> None:
        self.lexicon.set_proposals([ProposalRef.of(p) for p in meetings_store.session_proposals(
            self.ws, self.meeting.session_id)])
        self.side.show_proposals(self.lexicon, self.current, self.names)

    def refresh_lexicon(self) -> None:
        """Delegations, the draft or proposals changed elsewhere (an import, the main window)."""
        current = self.current.id if self.current is not None else ""
        self.lexicon = meetings_store.lexicon_for(self.ws, self.meeting)
        self.line.set_lexicon(self.lexicon)
        self.names = {d.id: d.name for d in self.ws.find(Delegation)}
        self.agenda = agenda_refs(self.meeting.agenda, self.lexicon)[0]
        self.set_current(self.lexicon.provision_by_id(current))
        self.reload()

    def selected(self) -> Intervention | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].intervention if rows else None

    def _selection_moved(self) -> None:
        entry = self.selected()
        if entry is not None:
            who = self.lexicon.speaker_by_id(entry.on_behalf_id or entry.delegation_id)
            self.side.show_speaker(self.ws, who, self.lexicon.provision_by_id(entry.provision_id or "") or self.current)

    def move_selection(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() + step if rows else (count - 1 if step < 0 else 0)
        self.table.selectRow(max(0, min(count - 1, row)))

    def edit_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            self.preview.setText(self.tr("Select an entry first (Ctrl+↑)."))
            return
        self.editing = self.ws.get(Intervention, entry.id)
        if self.editing is None:
            return
        self.mode_label.setText(self.tr("Editing entry {seq}: Enter saves, Esc cancels").format(seq=entry.seq))
        self.line.setText(self.editing.line)
        self.line.setFocus()
        self.typing.start()

    def cancel(self) -> None:
        if self.editing is not None:
            self.editing = None
            self.mode_label.setText("")
        self.line.clear()
        self.preview.setText("")

    def delete_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            self.preview.setText(self.tr("Select an entry first (Ctrl+↑)."))
            return
        try:
            writes = meetings_edits.delete_writes(self.ws, self.ws.require(Intervention, entry.id))
        except UserError as error:
            self.preview.setText(str(error))
            return
        if self.apply(self.tr("Take back entry {seq}: {line}").format(seq=entry.seq, line=entry.line), writes):
            self.reload()
            self.preview.setText(self.tr("Entry {seq} taken back (Ctrl+Z brings it back).").format(seq=entry.seq))
            self.views_stale.start()

    # -- the main window ---------------------------------------------------------------------------
    def _refresh_views(self) -> None:
        self.services.registry.mark_stale()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.typing.stop()
        if self.views_stale.isActive():
            self.views_stale.stop()
            self._refresh_views()
        super().closeEvent(event)
        self.closed.emit()
