"""Columns of the compare view and the "Review after new draft" view (over ui.table_model, plain text)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from briefing_app.domain.carry_plan import CarryState
from briefing_app.drafts.compare import ChangeKind, ProvisionChange
from briefing_app.drafts.review import NEW_PROVISION, ReviewItem
from briefing_app.ui.i18n import enum_label, percent
from briefing_app.ui.i18n import provision_label as shown_label
from briefing_app.ui.rich import DELETE_COLOUR, INSERT_COLOUR
from briefing_app.ui.table_model import Column, RecordTableModel

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

STATE_LABELS = {  # shown through translate("DraftReview", …)
    CarryState.UNCHANGED.value: QT_TRANSLATE_NOOP("DraftReview", "carried unchanged"),
    CarryState.BASE_TEXT_CHANGED.value: QT_TRANSLATE_NOOP("DraftReview", "base text changed"),
    CarryState.POSSIBLY_ADOPTED.value: QT_TRANSLATE_NOOP("DraftReview", "possibly adopted"),
    CarryState.ORPHANED.value: QT_TRANSLATE_NOOP("DraftReview", "orphaned (provision deleted)"),
    CarryState.RESOLVED.value: QT_TRANSLATE_NOOP("DraftReview", "resolved"),
    NEW_PROVISION: QT_TRANSLATE_NOOP("DraftReview", "new provision"),
}
_RECORD_KINDS = (QT_TRANSLATE_NOOP("DraftReview", "concern"), QT_TRANSLATE_NOOP("DraftReview", "amendment"),
                 QT_TRANSLATE_NOOP("DraftReview", "position"), QT_TRANSLATE_NOOP("DraftReview", "provision"))
_CHANGE_KINDS = {  # the compare view's Change column
    ChangeKind.UNCHANGED: QT_TRANSLATE_NOOP("DraftCompare", "unchanged"),
    ChangeKind.RENUMBERED: QT_TRANSLATE_NOOP("DraftCompare", "renumbered"),
    ChangeKind.CHANGED: QT_TRANSLATE_NOOP("DraftCompare", "changed"),
    ChangeKind.ADDED: QT_TRANSLATE_NOOP("DraftCompare", "added"),
    ChangeKind.REMOVED: QT_TRANSLATE_NOOP("DraftCompare", "removed"),
}


def state_label(state: str) -> str:
    return translate("DraftReview", str(STATE_LABELS[state])) if state in STATE_LABELS else enum_label(state)


def change_kind_label(kind: ChangeKind) -> str:
    return translate("DraftCompare", str(_CHANGE_KINDS[kind]))


def change_label(change: ProvisionChange) -> str:
    """ProvisionChange.label in the UI's language ("Article 6 → Article 7")."""
    old, new = (shown_label(p.kind, p.number, p.heading) if p is not None else "" for p in (change.old, change.new))
    return f"{old} → {new}" if old and new and old != new else new or old


def compare_summary(changes: Iterable[ProvisionChange]) -> str:
    """drafts.compare.summarize in the UI's language: "3 changed, 1 added, 2 unchanged."."""
    counts = Counter(change.kind for change in changes)
    words = {
        ChangeKind.RENUMBERED: lambda n: translate("DraftCompare", "%n renumbered", "", n),
        ChangeKind.CHANGED: lambda n: translate("DraftCompare", "%n changed", "", n),
        ChangeKind.ADDED: lambda n: translate("DraftCompare", "%n added", "", n),
        ChangeKind.REMOVED: lambda n: translate("DraftCompare", "%n removed", "", n),
        ChangeKind.UNCHANGED: lambda n: translate("DraftCompare", "%n unchanged", "", n),
    }
    parts = [words[kind](counts[kind]) for kind in ChangeKind if kind is not ChangeKind.UNCHANGED and counts[kind]]
    if counts[ChangeKind.UNCHANGED]:
        parts.append(words[ChangeKind.UNCHANGED](counts[ChangeKind.UNCHANGED]))
    text = ", ".join(parts) if parts else translate("DraftCompare", "no provision changed")
    return text[:1].upper() + text[1:] + "."
STATE_COLOURS = {
    CarryState.BASE_TEXT_CHANGED.value: "#c69026",
    CarryState.POSSIBLY_ADOPTED.value: "#3fa34d",
    CarryState.ORPHANED.value: DELETE_COLOUR,
    NEW_PROVISION: INSERT_COLOUR,
}
CHANGE_COLOURS = {ChangeKind.ADDED: INSERT_COLOUR, ChangeKind.REMOVED: DELETE_COLOUR, ChangeKind.CHANGED: "#c69026"}


def changes_model() -> RecordTableModel[ProvisionChange]:
    return RecordTableModel([
        Column(translate("DraftCompare", "Change"), lambda c: change_kind_label(c.kind), colour=lambda c: CHANGE_COLOURS.get(c.kind)),
        Column(translate("DraftCompare", "Provision"), change_label),
        Column(translate("DraftCompare", "Heading"), lambda c: c.heading),
        Column(translate("DraftCompare", "Changed"), lambda c: percent(c.ratio), sort_key=lambda c: c.ratio),
        Column(translate("DraftCompare", "Note"), lambda c: c.note),
    ])


def review_model() -> RecordTableModel[ReviewItem]:
    return RecordTableModel([
        Column(translate("DraftReview", "State"), lambda i: state_label(i.state),
               colour=lambda i: STATE_COLOURS.get(i.state)),
        Column(translate("DraftReview", "Record"), lambda i: translate("DraftReview", i.record_kind)),
        Column(translate("DraftReview", "Title"), lambda i: i.title),
        Column(translate("DraftReview", "Was on"), lambda i: i.old_label),
        Column(translate("DraftReview", "Now on"), lambda i: i.new_label),
        Column(translate("DraftReview", "Why"), lambda i: i.detail),
    ])
