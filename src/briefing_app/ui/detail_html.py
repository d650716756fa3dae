"""Cards for the provision view, its Concerns / Amendments / Positions tabs and the delegation detail.

Reads through store.queries; every piece of user text passes through rich.esc (or a helper that
calls it). Actions are commands `edit:<table>:<id>` / `delete:<table>:<id>` / `add-note:…` (see
RecordActions.handle_link) shown as buttons and in each card's context menu, never as links.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing_app.domain.enums import ProvisionKind, ProvisionStatus, Stance
from briefing_app.domain.models import (
    Amendment,
    Case,
    Concern,
    Delegation,
    Organization,
    Position,
    Provision,
    Source,
    Version,
)
from briefing_app.domain.redline import AmendmentTargetError, amendment_redline
from briefing_app.store import queries, ui_queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.cards import CardAction, CardSpec, CardStyle
from briefing_app.ui.i18n import enum_label, local_date, provision_label
from briefing_app.ui.notes_cards import (
    MUTED,
    add_note_action,
    contacts_section,
    muted,
    note_rows,
    notes_section,
    record_actions,
)
from briefing_app.ui.rich import (
    ILLUSTRATIVE_MARK,
    badge,
    esc,
    external_link,
    negotiating_html,
    redline_html,
    sensitivity_marker,
    severity_badge,
    stance_badge,
    status_html,
)

COMPARE_LINK = "compare:previous"


def _org_name(orgs: dict[str, Organization], org_id: str | None) -> str:
    org = orgs.get(org_id or "")
    return org.display_name if org else ""


def _meta(*parts: str) -> str:
    """A muted line of already-escaped parts joined by middle dots."""
    shown = [p for p in parts if p]
    return f'<div style="{MUTED}">{" · ".join(shown)}</div>' if shown else ""


def contributed_html(ws: Workspace, table: str, record_id: str) -> str:
    """"Contributed by <organization> (bundle <file>, <date>)" for a record a partner's bundle brought."""
    found = ui_queries.contribution(ws, table, record_id)
    if found is None:
        return ""
    bundle = QCoreApplication.translate("Details", "bundle {file}").format(file=found.file_name) if found.file_name else ""
    details = ", ".join(x for x in (bundle, local_date(found.date)) if x)
    who = found.organization or QCoreApplication.translate("Details", "an unnamed organization")
    text = QCoreApplication.translate("Details", "Contributed by {organization}").format(organization=who) + (f" ({details})" if details else "")
    return f'<div style="{MUTED}"><i>{esc(text)}</i></div>'


def provision_cards(ws: Workspace, provision: Provision) -> list[CardSpec]:
    """Number, heading, version, change note (with Compare versions…), the text with paragraph
    numbers, then the provision's notes."""
    version = ws.get(Version, provision.version_id)
    parts = [f"<h2>{esc(provision_label(provision.kind, provision.number, provision.heading))}</h2>"]
    if provision.heading:
        parts.append(f"<h3>{esc(provision.heading)}</h3>")
    if version is not None:
        parts.append(_meta(QCoreApplication.translate("Details", "Version: {label}").format(label=esc(version.label)),
                           QCoreApplication.translate("Details", "dated {date}").format(date=esc(local_date(version.date))) if version.date else "",
                           sensitivity_marker(provision.sensitivity)))
    note, changed = _change_note(ws, provision)
    parts.append(note)
    if provision.status is not ProvisionStatus.UNMARKED:
        parts.append(f"<p>{esc(QCoreApplication.translate('Details', 'Status:'))} {status_html(provision.status)}</p>")
    if provision.text:
        parts.append(f"<p>{negotiating_html(provision.text)}</p>")
    footnotes = list(provision.footnotes)
    for child in queries.children_of(ws, provision.version_id, provision.id):
        footnotes.extend(child.footnotes)
        badge_html = f" {status_html(child.status)}" if child.status is not ProvisionStatus.UNMARKED else ""
        if child.kind is ProvisionKind.PARAGRAPH:
            parts.append(f"<p><b>{esc(child.number)}.</b>&nbsp;{negotiating_html(child.text)}{badge_html}</p>")
        elif child.kind is ProvisionKind.OPTION:
            parts.append(f'<p style="margin-left:12px;"><b>{esc(child.label)}</b>{badge_html}<br/>'
                         f"{negotiating_html(child.text)}</p>")
        else:
            heading = f" — {esc(child.heading)}" if child.heading else ""
            parts.append(f"<p><b>{esc(child.label)}</b>{heading}{badge_html}</p>")
    if footnotes:
        notes = "".join(f"<br/><sup>{esc(n.partition(' ')[0])}</sup> {esc(n.partition(' ')[2])}" for n in footnotes)
        parts.append(f'<p style="font-size:small;"><b>{esc(QCoreApplication.translate("Details", "Footnotes"))}</b>'
                     f"{notes}</p>")
    compare = (CardAction(QCoreApplication.translate("Details", "Compare versions…"), COMPARE_LINK),) if changed else ()
    return [CardSpec("".join(parts), compare, style=CardStyle.TEXT, name=provision.label),
            *notes_section(ws, "provisions", provision.id)]


def _change_note(ws: Workspace, provision: Provision) -> tuple[str, bool]:
    """The "new in this version" / "changed since" line, and whether there is something to compare."""
    found = ui_queries.previous_counterpart(ws, provision)
    if found is None:
        return "", False
    earlier, counterpart = found
    if counterpart is None:
        note = QCoreApplication.translate("Details", "New in this version (not in {earlier}).").format(earlier=esc(earlier.label))
    elif (counterpart.heading != provision.heading
          or ui_queries.wording(ws, counterpart) != ui_queries.wording(ws, provision)):  # its paragraphs too
        note = QCoreApplication.translate("Details", "Changed since {earlier} (there: {label}).").format(earlier=esc(earlier.label),
                                                                                  label=esc(counterpart.label))
    else:
        return "", False
    return f'<p style="color:#c69026;">▲ {note}</p>', counterpart is not None


def _quoted(title: str, words: int = 8) -> str:
    parts = title.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _source_row(source: Source) -> CardSpec:
    dated = f" ({esc(local_date(source.date))})" if source.date else ""
    return CardSpec(QCoreApplication.translate("Details", "Source: {source}").format(
        source=external_link(source.title, source.url) + dated),
        record_actions("sources", source.id), style=CardStyle.ROW,
        name=QCoreApplication.translate("Details", "source “{title}”").format(title=_quoted(source.title)))


def _case_row(case: Case) -> CardSpec:
    where = (" — " + esc(case.country)) if case.country else ""
    law = (" (" + esc(case.law) + ")") if case.law else ""
    return CardSpec(QCoreApplication.translate("Details", "Evidence case: {case}").format(
        case=esc(case.title) + where + law),
        record_actions("cases", case.id), style=CardStyle.ROW,
        name=QCoreApplication.translate("Details", "case “{title}”").format(title=_quoted(case.title)))


def _concern_card(ws: Workspace, concern: Concern, orgs: dict[str, Organization]) -> CardSpec:
    parts = [f"<p><b>{esc(concern.title)}</b><br/>{severity_badge(concern.severity)} "
             f"{badge(enum_label(concern.status), '#8b949e')}</p>",
             _meta(esc(_org_name(orgs, concern.organization_id)), esc(local_date(concern.date)), esc(concern.category),
                   sensitivity_marker(concern.sensitivity)),
             contributed_html(ws, "concerns", concern.id)]
    if concern.summary:
        parts.append(f"<p>{esc(concern.summary)}</p>")
    rows = [*(_source_row(s) for s in queries.sources_of_concern(ws, concern.id)),
            *(_case_row(c) for c in queries.cases_of_concern(ws, concern.id)),
            *note_rows(ws, "concerns", concern.id)]
    return CardSpec("".join(parts), (*record_actions("concerns", concern.id), add_note_action("concerns", concern.id)),
                    tuple(rows),
                    name=QCoreApplication.translate("Details", "concern “{title}”").format(title=_quoted(concern.title)))


def concerns_cards(ws: Workspace, provision_ids: list[str]) -> list[CardSpec]:
    concerns = queries.concerns_for(ws, provision_ids)
    if not concerns:
        return [muted(QCoreApplication.translate("Details", "No concerns recorded for this provision."))]
    orgs = queries.organizations_by_id(ws)
    return [_concern_card(ws, concern, orgs) for concern in concerns]


def amendment_segments_html(ws: Workspace, amendment: Amendment) -> str:
    """The redline of an amendment against its provision's current text, or why it cannot be shown."""
    provision = ws.get(Provision, amendment.provision_id)
    base = provision.text if provision else ""
    try:
        segments = amendment_redline(base, amendment.action, amendment.target_text, amendment.proposed_text)
    except AmendmentTargetError:
        gone = QCoreApplication.translate("Details", "The amended passage no longer appears in the text.")
        proposed = QCoreApplication.translate("Details", "Proposed: {text}").format(text=esc(amendment.proposed_text))
        return f'<p style="color:#e5534b;">{esc(gone)}</p><p>{proposed}</p>'
    return f"<p>{redline_html(segments)}</p>"


def _amendment_card(ws: Workspace, amendment: Amendment, orgs: dict[str, Organization]) -> CardSpec:
    title = amendment.title or QCoreApplication.translate("Details", "Amendment")
    parts = [f"<p><b>{esc(title)}</b> "
             f"{badge(enum_label(amendment.status), '#8b949e')} {badge(enum_label(amendment.action), '#8b949e')}</p>",
             _meta(esc(_org_name(orgs, amendment.organization_id)), esc(local_date(amendment.date)),
                   sensitivity_marker(amendment.sensitivity)),
             contributed_html(ws, "amendments", amendment.id),
             amendment_segments_html(ws, amendment)]
    if amendment.rationale:
        parts.append("<p><i>" + esc(QCoreApplication.translate("Details", "Rationale:")) + f"</i> {esc(amendment.rationale)}</p>")
    supporters = queries.supporters_of_amendment(ws, amendment.id)
    if supporters:
        parts.append("<p>" + esc(QCoreApplication.translate("Details", "Supported by: {names}").format(
            names=", ".join(o.display_name for o in supporters))) + "</p>")
    answered = queries.concerns_of_amendment(ws, amendment.id)
    if answered:
        parts.append("<p>" + esc(QCoreApplication.translate("Details", "Answers: {titles}").format(titles="; ".join(c.title for c in answered)))
                     + "</p>")
    return CardSpec("".join(parts),
                    (*record_actions("amendments", amendment.id), add_note_action("amendments", amendment.id)),
                    tuple(note_rows(ws, "amendments", amendment.id)),
                    name=QCoreApplication.translate("Details", "amendment “{title}”").format(title=_quoted(title)))


def amendments_cards(ws: Workspace, provision_ids: list[str]) -> list[CardSpec]:
    amendments = queries.amendments_for(ws, provision_ids)
    if not amendments:
        return [muted(QCoreApplication.translate("Details", "No amendments recommended for this provision."))]
    orgs = queries.organizations_by_id(ws)
    return [_amendment_card(ws, amendment, orgs) for amendment in amendments]


def positions_cards(ws: Workspace, provision_ids: list[str]) -> list[CardSpec]:
    """The stance summary, then one card per position: delegation and stance first, then what it is
    on and where it comes from."""
    positions = queries.positions_for(ws, provision_ids)
    if not positions:
        return [muted(QCoreApplication.translate("Details", "No positions recorded on this provision or its "
                                                             "amendments."))]
    legend = (f'<p style="{MUTED}">' + esc(QCoreApplication.translate("Details", "{mark}: no public source supports this position; it is an "
                                                      "illustration, not a record.").format(mark=ILLUSTRATIVE_MARK))
              + "</p>")
    cards = [CardSpec(_stance_summary(ws, positions) + legend, style=CardStyle.TEXT)]
    for position in positions:
        delegation = ws.get(Delegation, position.delegation_id)
        source = ws.get(Source, position.source_id or "")
        mark = badge(ILLUSTRATIVE_MARK, "#c69026") if position.illustrative else ""
        name = delegation.name if delegation else "?"
        parts = [f"<p><b>{esc(name)}</b> {stance_badge(position.stance)} "
                 f"{mark}<br/>{esc(_position_target(ws, position))}</p>",
                 _meta(esc(local_date(position.date)),
                       esc(QCoreApplication.translate("Details", "confidence {level}").format(level=enum_label(position.confidence))),
                       external_link(source.title, source.url) if source else "",
                       sensitivity_marker(position.sensitivity))]
        if position.summary:
            parts.append(f"<p>{esc(position.summary)}</p>")
        cards.append(CardSpec("".join(parts), record_actions("positions", position.id),
                              name=QCoreApplication.translate("Details", "position of {delegation}").format(
                                  delegation=name)))
    return cards


def _stance_summary(ws: Workspace, positions: list[Position]) -> str:
    """"On the provision: 3 ✔ supports · 1 ✖ opposes (Iran)", and the same for its amendments:
    who opposes is what an advocate looks for first."""
    lines = []
    for label, group in ((QCoreApplication.translate("Details", "On the provision"), [p for p in positions if not p.amendment_id]),
                         (QCoreApplication.translate("Details", "On its amendments"), [p for p in positions if p.amendment_id])):
        if not group:
            continue
        counts = []
        for stance in Stance:
            holding = [p for p in group if p.stance is stance]
            if not holding:
                continue
            names = ""
            if stance is Stance.OPPOSES:
                delegations = (ws.get(Delegation, p.delegation_id) for p in holding)
                names = " (" + esc(", ".join(sorted({d.name for d in delegations if d}))) + ")"
            counts.append(f"{len(holding)} {stance_badge(stance)}{names}")
        lines.append(f"<b>{esc(label)}:</b> " + " · ".join(counts))
    return f"<p>{'<br/>'.join(lines)}</p>"


def _position_target(ws: Workspace, position: Position) -> str:
    if position.amendment_id:
        amendment = ws.get(Amendment, position.amendment_id)
        if amendment is None:
            return QCoreApplication.translate("Details", "Amendment")
        provision = ws.get(Provision, amendment.provision_id)
        where = f" ({ui_queries.full_label(ws, provision)})" if provision else ""
        return QCoreApplication.translate("Details", "Amendment: {title}").format(title=amendment.title) + where
    provision = ws.get(Provision, position.provision_id or "")
    return ui_queries.full_label(ws, provision) if provision else ""


def delegation_cards(ws: Workspace, delegation: Delegation) -> list[CardSpec]:
    """Profile (with Edit…), positions across provisions, and internal notes and contacts with their marking."""
    parts = [f"<h2>{esc(delegation.name)}</h2>",
             _meta(esc(delegation.iso_code), esc(enum_label(delegation.kind)),
                   esc(QCoreApplication.translate("Details", "priority {level}").format(level=enum_label(delegation.priority))),
                   esc(QCoreApplication.translate("Details", "languages: {codes}").format(codes=", ".join(delegation.languages) or "—")),
                   sensitivity_marker(delegation.sensitivity))]
    groups = queries.groups_of(ws, delegation.id)
    if groups:
        parts.append("<p>" + esc(QCoreApplication.translate("Details", "Member of: {names}").format(names=", ".join(g.name for g in groups)))
                     + "</p>")
    if delegation.summary:
        parts.append(f"<p>{esc(delegation.summary)}</p>")
    edit = CardAction(QCoreApplication.translate("Details", "Edit…"), f"edit:delegations:{delegation.id}")
    positions = queries.positions_of_delegation(ws, delegation.id)
    heading = QCoreApplication.translate("Details", "Positions (%n)", "", len(positions))
    cards = [CardSpec("".join(parts), (edit,), style=CardStyle.TEXT, name=delegation.name),
             CardSpec(f"<h3>{esc(heading)}</h3>", style=CardStyle.TEXT)]
    for p in positions:
        mark = f" {badge(ILLUSTRATIVE_MARK, '#c69026')}" if p.illustrative else ""
        target = _position_target(ws, p)
        cards.append(CardSpec(
            f"{esc(target)} {stance_badge(p.stance)} {esc(local_date(p.date))}{mark}", record_actions("positions", p.id),
            style=CardStyle.ROW,
            name=QCoreApplication.translate("Details", "position on {target}").format(target=_quoted(target))))
    if not positions:
        cards.append(muted(QCoreApplication.translate("Details", "None recorded.")))
    cards += notes_section(ws, "delegations", delegation.id, QCoreApplication.translate("Details", "Internal notes"),
                           add_button=False)  # the pane has Add note… and Add contact…
    cards += contacts_section(ws, delegation.id)
    return cards
