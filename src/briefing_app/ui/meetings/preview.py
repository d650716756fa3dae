"""Floor mode's one-line summaries: what Enter will record (or did), and why a line is refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing_app.domain.capture import StatusEntry
from briefing_app.domain.lexicon import Lexicon, describe_redline
from briefing_app.domain.meetings import CapturePlan
from briefing_app.store.meetings_store import StatusPlan
from briefing_app.ui.i18n import enum_label, local_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("FloorMode", text)


def describe_error(error: Exception) -> str:
    return _tr("Not recorded: {reason}").format(reason=str(error))


def describe_status(entry: StatusEntry | StatusPlan) -> str:
    status = entry.entry if isinstance(entry, StatusPlan) else entry
    return _tr("proposal #{number} ({gist}) is now {status}").format(
        number=status.proposal.number, gist=status.proposal.gist, status=enum_label(status.status.label))


def describe_plan(plan: CapturePlan | StatusPlan, lexicon: Lexicon) -> str:
    """'Kenya on Article 14(2): opposes · tables #5: delete “may” · position: supports → opposes'."""
    if isinstance(plan, StatusPlan):
        return describe_status(plan)
    i = plan.intervention
    speaker = lexicon.speaker_by_id(i.delegation_id)
    group = lexicon.speaker_by_id(i.on_behalf_id or "")
    provision = lexicon.provision_by_id(i.provision_id or "")
    who = speaker.name if speaker is not None else "?"
    if group is not None:
        who = _tr("{speaker} for {group}").format(speaker=who, group=group.name)
    elif i.speaking_for:
        who = _tr("{speaker} for {count} states").format(speaker=who, count=i.speaking_for)
    where = provision.label if provision is not None else _tr("a general statement")
    parts = [_tr("{who} on {where}: {stance}").format(who=who, where=where, stance=enum_label(i.stance))]
    if plan.proposal is not None:
        parts.append(_tr("tables #{number}: {gist}").format(
            number=plan.proposal.number,
            gist=describe_redline(plan.proposal.action, plan.proposal.target_text, plan.proposal.proposed_text)))
    elif plan.joined is not None and plan.role is not None:
        parts.append(_tr("{role} of #{number} ({gist})").format(role=enum_label(plan.role), number=plan.joined.number,
                                                               gist=plan.joined.gist))
    if plan.promote is not None:
        parts.append(_tr("#{number} becomes {status}").format(number=plan.proposal_number,
                                                             status=enum_label(plan.promote[1].label)))
    if plan.position is not None:
        if plan.previous is None:
            parts.append(_tr("position: {stance}").format(stance=enum_label(plan.position.stance)))
        elif plan.previous.stance is plan.position.stance:
            parts.append(_tr("position: {stance} again").format(stance=enum_label(plan.position.stance)))
        else:
            parts.append(_tr("position: {before} → {after}").format(before=enum_label(plan.previous.stance),
                                                                    after=enum_label(plan.position.stance)))
    if plan.later is not None:
        parts.append(_tr("⚠ a later position stays current ({stance}, {date}{source}): no position recorded").format(
            stance=enum_label(plan.later.stance), date=local_date(plan.later.date),
            source=f", {plan.later.source}" if plan.later.source else ""))
    parts += [f"⚠ {w}" for w in plan.warnings]
    return " · ".join(parts)
