"""Floor mode's side panel: what the delegation on the line said before, where it stands on the
current provision, and the session's proposals on that provision."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from briefing_app.domain.lexicon import Lexicon, ProvisionRef, Speaker
from briefing_app.domain.meetings import Target, current_of
from briefing_app.store import meetings_store
from briefing_app.store.workspace import Workspace
from briefing_app.ui.i18n import enum_label, local_date
from briefing_app.ui.meetings.entries_model import speaker_label
from briefing_app.ui.rich import tooltip

HISTORY = 30


def _label(text: str = "", *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class SidePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speaker_id = ""
        self.title = _label(self.tr("Type a delegation to see what it said before"), bold=True)
        self.stance = _label()
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("What the delegation said before"))
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setWordWrap(True)
        self.proposals_title = _label(self.tr("Proposals on this provision"), bold=True)
        self.proposals = QListWidget()
        self.proposals.setAccessibleName(self.tr("Proposals on this provision"))
        self.proposals.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.proposals.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        for widget, stretch in ((self.title, 0), (self.stance, 0), (self.history, 3), (self.proposals_title, 0),
                                (self.proposals, 1)):
            layout.addWidget(widget, stretch)

    def show_speaker(self, ws: Workspace, speaker: Speaker | None, current: ProvisionRef | None) -> None:
        """What `speaker` said before (latest first) and its position on the current provision."""
        self.history.clear()
        self.speaker_id = speaker.id if speaker is not None else ""
        if speaker is None:
            self.title.setText(self.tr("Type a delegation to see what it said before"))
            self.stance.setText("")
            return
        views = meetings_store.said_before(ws, speaker.id, limit=HISTORY)
        self.title.setText(self.tr("{name} said before").format(name=speaker.name) if views
                           else self.tr("{name} has not taken the floor yet").format(name=speaker.name))
        for view in views:
            i = view.intervention
            who = speaker_label("", view.speaker, view.on_behalf, i.speaking_for)
            what = " · ".join(x for x in (i.wording and f"“{i.wording}”", i.note) if x)
            text = f"{view.meeting} · {view.provision or self.tr('general')} · {enum_label(i.stance)}"
            if who != speaker.name:
                text += f" ({who})"
            if what:
                text += f"\n{what}"
            item = QListWidgetItem(text)
            item.setToolTip(tooltip(i.line))
            self.history.addItem(item)
        self.stance.setText(self._stance(ws, speaker, current))

    def _stance(self, ws: Workspace, speaker: Speaker, current: ProvisionRef | None) -> str:
        if current is None:
            return ""
        facts = meetings_store.related_positions(ws, Target(speaker.id, provision_id=current.id))
        latest = current_of(facts)
        if latest is None:
            return self.tr("No position recorded on {provision}").format(provision=current.label)
        where = f" · {latest.source}" if latest.source else ""
        return self.tr("Position on {provision} now: {stance} ({date}{where})").format(
            provision=current.label, stance=enum_label(latest.stance), date=local_date(latest.date) or "?", where=where)

    def show_proposals(self, lexicon: Lexicon, current: ProvisionRef | None, names: dict[str, str]) -> None:
        self.proposals.clear()
        if current is None:
            return
        for proposal in lexicon.proposals:
            where = lexicon.provision_by_id(proposal.provision_id)
            if where is not None and where.path[:len(current.path)] == current.path:
                sponsor = names.get(proposal.sponsor_id or "", "")
                text = f"#{proposal.number} {proposal.gist} — {enum_label(proposal.status.label)}"
                self.proposals.addItem(f"{text} ({sponsor})" if sponsor else text)
        if not self.proposals.count():
            self.proposals.addItem(self.tr("None yet: a redline such as delete 'may' tables one"))
