"""The entries of one meeting as floor mode lists them: newest at the bottom, each saved when shown."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from briefing_app.domain.enums import InterventionStance
from briefing_app.domain.lexicon import describe_redline
from briefing_app.domain.meetings import CapturePlan
from briefing_app.domain.models import Intervention
from briefing_app.store.meetings_store import InterventionView
from briefing_app.ui.i18n import enum_label, local_date
from briefing_app.ui.rich import tooltip

STANCE_COLOURS = {InterventionStance.SUPPORTS: "#1b7f3b", InterventionStance.OPPOSES: "#b3261e",
                  InterventionStance.PROPOSES: "#1f4e79", InterventionStance.ASKS: "#6b4e9b",
                  InterventionStance.UNDECIDED: "#8a6d00"}

# Floor mode's vocabularies (a delegation's stance on the floor, its role on a proposal, a proposal's
# status) for ui/i18n.enum_label; "supports", "opposes", "undecided", "tabled", "withdrawn" and
# "rejected" are already there.
FLOOR_WORDS = (
    QT_TRANSLATE_NOOP("Enums", "proposes"), QT_TRANSLATE_NOOP("Enums", "asks"),
    QT_TRANSLATE_NOOP("Enums", "sponsor"), QT_TRANSLATE_NOOP("Enums", "co-sponsor"),
    QT_TRANSLATE_NOOP("Enums", "supporter"), QT_TRANSLATE_NOOP("Enums", "opponent"),
    QT_TRANSLATE_NOOP("Enums", "spoke"), QT_TRANSLATE_NOOP("Enums", "supported"),
    QT_TRANSLATE_NOOP("Enums", "merged into the text"),
)
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


@dataclass(frozen=True, slots=True)
class EntryRow:
    intervention: Intervention
    speaker: str  # "KE", "EG for African Group", "EU (27)"
    speaker_name: str
    provision: str
    proposal: int
    remark: str  # what the entry did beyond itself: "tabled #5", "a later position stays current"
    time: str = ""  # local time of day it was recorded
    said: str = ""  # the redline or wording and the note, as the list shows them


def said_of(i: Intervention, proposal: int) -> str:
    """What the list shows as said: the redline or quoted wording (or the proposal named), then the note."""
    if i.action is not None:
        head = describe_redline(i.action, i.target_text, i.wording)
    elif i.wording:
        head = f"“{i.wording}”"
    else:
        head = ""
    if proposal and not i.tabled and i.action is None:
        head = f"#{proposal} {head}".strip()
    return " · ".join(x for x in (head, i.note) if x)


def local_time(spoken_at: str) -> str:
    """'14:02:13' in the laptop's time zone, from the stored UTC time ('' when unknown)."""
    if not spoken_at:
        return ""
    try:
        moment = dt.datetime.fromisoformat(spoken_at.replace("Z", "+00:00"))
    except ValueError:
        return ""
    return moment.astimezone().strftime("%H:%M:%S")


def speaker_label(code: str, name: str, on_behalf: str, speaking_for: int) -> str:
    who = code or name
    if on_behalf:
        return translate("EntriesModel", "{who} for {group}").format(who=who, group=on_behalf)
    return f"{who} ({speaking_for})" if speaking_for else who


def row_of_view(view: InterventionView) -> EntryRow:
    i = view.intervention
    remark = ""
    if i.tabled:
        remark = translate("EntriesModel", "tabled #{number}").format(number=view.proposal_number)
    return EntryRow(i, speaker_label(view.code, view.speaker, view.on_behalf, i.speaking_for), view.speaker,
                    view.provision, view.proposal_number, remark, local_time(i.spoken_at),
                    said_of(i, view.proposal_number))


def row_of_plan(plan: CapturePlan, code: str, name: str, on_behalf: str, provision: str) -> EntryRow:
    i = plan.intervention
    remark = ""
    if plan.proposal is not None:
        remark = translate("EntriesModel", "tabled #{number}").format(number=plan.proposal.number)
    elif plan.joined is not None and plan.role is not None:
        remark = translate("EntriesModel", "{role} of #{number}").format(role=enum_label(plan.role),
                                                                        number=plan.joined.number)
    if plan.later is not None:
        later = translate("EntriesModel", "later position ({date}) stays current").format(
            date=local_date(plan.later.date))
        remark = translate("EntriesModel", "{first}; {then}").format(first=remark, then=later) if remark else later
    return EntryRow(i, speaker_label(code, name, on_behalf, i.speaking_for), name, provision,
                    plan.proposal_number, remark, local_time(i.spoken_at), said_of(i, plan.proposal_number))


class EntriesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[EntryRow] = []
        self.headers = (self.tr("#"), self.tr("Time"), self.tr("Delegation"), self.tr("Provision"),
                        self.tr("Stance"), self.tr("What was said"), self.tr("Saved"))

    def reset(self, rows: list[EntryRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def append(self, row: EntryRow) -> None:
        self.beginInsertRows(NO_PARENT, len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()

    def replace_row(self, intervention_id: str, row: EntryRow) -> None:
        for index, old in enumerate(self.rows):
            if old.intervention.id == intervention_id:
                self.rows[index] = row
                self.dataChanged.emit(self.index(index, 0), self.index(index, self.columnCount() - 1))
                return

    def row_of(self, intervention_id: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.intervention.id == intervention_id), -1)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        i = row.intervention
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 6:
                mark = "✓" + (" ◇" if i.illustrative else "")
                return f"{mark} {row.remark}".strip()
            return (str(i.seq), row.time, row.speaker, row.provision, enum_label(i.stance), row.said)[column]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4:
            return QColor(STANCE_COLOURS[i.stance])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.tr("Entry {seq}: {line}").format(seq=i.seq, line=i.line)
            if i.illustrative:
                text += "\n" + self.tr("Illustrative: no source records it being said.")
            return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None
