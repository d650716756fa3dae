"""Columns of the compare view and the "Review after new draft" view (over ui.table_model, plain text)."""

from __future__ import annotations

from briefing_app.domain.carry_plan import CarryState
from briefing_app.drafts.compare import ChangeKind, ProvisionChange
from briefing_app.drafts.review import NEW_PROVISION, ReviewItem
from briefing_app.ui.rich import DELETE_COLOUR, INSERT_COLOUR
from briefing_app.ui.table_model import Column, RecordTableModel

STATE_LABELS = {
    CarryState.UNCHANGED.value: "carried unchanged",
    CarryState.BASE_TEXT_CHANGED.value: "base text changed",
    CarryState.POSSIBLY_ADOPTED.value: "possibly adopted",
    CarryState.ORPHANED.value: "orphaned (provision deleted)",
    CarryState.RESOLVED.value: "resolved",
    NEW_PROVISION: "new provision",
}
STATE_COLOURS = {
    CarryState.BASE_TEXT_CHANGED.value: "#c69026",
    CarryState.POSSIBLY_ADOPTED.value: "#3fa34d",
    CarryState.ORPHANED.value: DELETE_COLOUR,
    NEW_PROVISION: INSERT_COLOUR,
}
CHANGE_COLOURS = {ChangeKind.ADDED: INSERT_COLOUR, ChangeKind.REMOVED: DELETE_COLOUR, ChangeKind.CHANGED: "#c69026"}


def changes_model() -> RecordTableModel[ProvisionChange]:
    return RecordTableModel([
        Column("Change", lambda c: c.kind.value, colour=lambda c: CHANGE_COLOURS.get(c.kind)),
        Column("Provision", lambda c: c.label),
        Column("Heading", lambda c: c.heading),
        Column("Changed", lambda c: f"{c.ratio:.0%}", sort_key=lambda c: c.ratio),
        Column("Note", lambda c: c.note),
    ])


def review_model() -> RecordTableModel[ReviewItem]:
    return RecordTableModel([
        Column("State", lambda i: STATE_LABELS.get(i.state, i.state), colour=lambda i: STATE_COLOURS.get(i.state)),
        Column("Record", lambda i: i.record_kind),
        Column("Title", lambda i: i.title),
        Column("Was on", lambda i: i.old_label),
        Column("Now on", lambda i: i.new_label),
        Column("Why", lambda i: i.detail),
    ])
