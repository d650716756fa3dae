"""Rich text for the provision view and its Concerns / Amendments / Positions tabs.

Reads through store.queries; every piece of user text passes through rich.esc (or a helper that
calls it). Action links use `edit:<table>:<id>` / `delete:<table>:<id>` (see RecordActions).
"""

from __future__ import annotations

from briefing_app.domain.enums import ProvisionKind, Stance
from briefing_app.domain.models import (
    Amendment,
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
from briefing_app.ui.notes_html import (
    MUTED,
    add_note_link,
    contacts_section,
    note_items,
    notes_section,
    record_actions,
)
from briefing_app.ui.rich import (
    ILLUSTRATIVE_MARK,
    action_link,
    badge,
    esc,
    external_link,
    redline_html,
    sensitivity_marker,
    severity_badge,
    stance_badge,
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
    details = ", ".join(x for x in (f"bundle {found.file_name}" if found.file_name else "", found.date) if x)
    text = f"Contributed by {found.organization or 'an unnamed organization'}" + (f" ({details})" if details else "")
    return f'<div style="{MUTED}"><i>{esc(text)}</i></div>'


def provision_html(ws: Workspace, provision: Provision) -> str:
    """Number, heading, version, change note and the text with paragraph numbers."""
    version = ws.get(Version, provision.version_id)
    parts = [f"<h2>{esc(provision.label)}</h2>"]
    if provision.heading:
        parts.append(f"<h3>{esc(provision.heading)}</h3>")
    if version is not None:
        parts.append(_meta(f"Version: {esc(version.label)}", f"dated {esc(version.date)}" if version.date else "",
                           sensitivity_marker(provision.sensitivity)))
    parts.append(_change_note(ws, provision))
    if provision.text:
        parts.append(f"<p>{esc(provision.text)}</p>")
    for child in queries.children_of(ws, provision.version_id, provision.id):
        if child.kind is ProvisionKind.PARAGRAPH:
            parts.append(f"<p><b>{esc(child.number)}.</b>&nbsp;{esc(child.text)}</p>")
        else:
            heading = f" — {esc(child.heading)}" if child.heading else ""
            parts.append(f"<p><b>{esc(child.label)}</b>{heading}</p>")
    parts.append(notes_section(ws, "provisions", provision.id))
    return "".join(parts)


def _change_note(ws: Workspace, provision: Provision) -> str:
    found = ui_queries.previous_counterpart(ws, provision)
    if found is None:
        return ""
    earlier, counterpart = found
    if counterpart is None:
        note = f"New in this version (not in {esc(earlier.label)})."
    elif counterpart.text != provision.text or counterpart.heading != provision.heading:
        note = (f"Changed since {esc(earlier.label)} (there: {esc(counterpart.label)}). "
                f"{action_link('Compare versions…', COMPARE_LINK)}")
    else:
        return ""
    return f'<p style="color:#c69026;">▲ {note}</p>'


def concerns_html(ws: Workspace, provision_ids: list[str]) -> str:
    concerns = queries.concerns_for(ws, provision_ids)
    if not concerns:
        return f'<p style="{MUTED}">No concerns recorded for this provision.</p>'
    orgs = queries.organizations_by_id(ws)
    parts = []
    for concern in concerns:
        parts.append(f"<p><b>{esc(concern.title)}</b><br/>{severity_badge(concern.severity)} "
                     f"{badge(concern.status.value, '#8b949e')}</p>")
        parts.append(_meta(esc(_org_name(orgs, concern.organization_id)), esc(concern.date),
                           esc(concern.category), sensitivity_marker(concern.sensitivity)))
        parts.append(contributed_html(ws, "concerns", concern.id))
        if concern.summary:
            parts.append(f"<p>{esc(concern.summary)}</p>")
        sources = queries.sources_of_concern(ws, concern.id)
        if sources:
            parts.append("<p>Sources: " + "; ".join(_source_html(s) for s in sources) + "</p>")
        cases = queries.cases_of_concern(ws, concern.id)
        if cases:
            items = "".join(
                f"<li>{esc(c.title)}{(' — ' + esc(c.country)) if c.country else ''}"
                f"{(' (' + esc(c.law) + ')') if c.law else ''} {record_actions('cases', c.id)}</li>"
                for c in cases)
            parts.append(f"<p>Evidence cases:</p><ul>{items}</ul>")
        parts += note_items(ws, "concerns", concern.id)
        parts.append(f'{record_actions("concerns", concern.id)} · {add_note_link("concerns", concern.id)}<hr/>')
    return "".join(parts)


def _source_html(source: Source) -> str:
    dated = f" ({esc(source.date)})" if source.date else ""
    return f"{external_link(source.title, source.url)}{dated} {record_actions('sources', source.id)}"


def amendment_segments_html(ws: Workspace, amendment: Amendment) -> str:
    """The redline of an amendment against its provision's current text, or why it cannot be shown."""
    provision = ws.get(Provision, amendment.provision_id)
    base = provision.text if provision else ""
    try:
        segments = amendment_redline(base, amendment.action, amendment.target_text, amendment.proposed_text)
    except AmendmentTargetError:
        return (f'<p style="color:#e5534b;">The amended passage no longer appears in the text.</p>'
                f"<p>Proposed: {esc(amendment.proposed_text)}</p>")
    return f"<p>{redline_html(segments)}</p>"


def amendments_html(ws: Workspace, provision_ids: list[str]) -> str:
    amendments = queries.amendments_for(ws, provision_ids)
    if not amendments:
        return f'<p style="{MUTED}">No amendments recommended for this provision.</p>'
    orgs = queries.organizations_by_id(ws)
    parts = []
    for amendment in amendments:
        parts.append(f"<p><b>{esc(amendment.title or 'Amendment')}</b> "
                     f"{badge(amendment.status.value, '#3b8eea')} {badge(amendment.action.value, '#8b949e')}</p>")
        parts.append(_meta(esc(_org_name(orgs, amendment.organization_id)), esc(amendment.date),
                           sensitivity_marker(amendment.sensitivity)))
        parts.append(contributed_html(ws, "amendments", amendment.id))
        parts.append(amendment_segments_html(ws, amendment))
        if amendment.rationale:
            parts.append(f"<p><i>Rationale:</i> {esc(amendment.rationale)}</p>")
        supporters = queries.supporters_of_amendment(ws, amendment.id)
        if supporters:
            parts.append("<p>Supported by: " + esc(", ".join(o.display_name for o in supporters)) + "</p>")
        answered = queries.concerns_of_amendment(ws, amendment.id)
        if answered:
            parts.append("<p>Answers: " + esc("; ".join(c.title for c in answered)) + "</p>")
        parts += note_items(ws, "amendments", amendment.id)
        parts.append(f'{record_actions("amendments", amendment.id)} · {add_note_link("amendments", amendment.id)}<hr/>')
    return "".join(parts)


def positions_html(ws: Workspace, provision_ids: list[str]) -> str:
    """One block per position: delegation and stance first, then what it is on and where it comes from."""
    positions = queries.positions_for(ws, provision_ids)
    if not positions:
        return f'<p style="{MUTED}">No positions recorded on this provision or its amendments.</p>'
    parts = []
    for position in positions:
        delegation = ws.get(Delegation, position.delegation_id)
        source = ws.get(Source, position.source_id or "")
        mark = badge(ILLUSTRATIVE_MARK, "#c69026") if position.illustrative else ""
        parts.append(f"<p><b>{esc(delegation.name if delegation else '?')}</b> {stance_badge(position.stance)} "
                     f"{mark}<br/>{esc(_position_target(ws, position))}</p>")
        parts.append(_meta(esc(position.date), f"confidence {esc(position.confidence.value)}",
                           external_link(source.title, source.url) if source else "",
                           sensitivity_marker(position.sensitivity)))
        if position.summary:
            parts.append(f"<p>{esc(position.summary)}</p>")
        parts.append(record_actions("positions", position.id) + "<hr/>")
    legend = (f'<p style="{MUTED}">{esc(ILLUSTRATIVE_MARK)}: no public source supports this position; '
              "it is an illustration, not a record.</p>")
    return _stance_summary(ws, positions) + legend + "".join(parts)


def _stance_summary(ws: Workspace, positions: list[Position]) -> str:
    """"On the provision: 3 ✔ supports · 1 ✖ opposes (Iran)", and the same for its amendments:
    who opposes is what an advocate looks for first."""
    lines = []
    for label, group in (("On the provision", [p for p in positions if not p.amendment_id]),
                         ("On its amendments", [p for p in positions if p.amendment_id])):
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
        lines.append(f"<b>{label}:</b> " + " · ".join(counts))
    return f"<p>{'<br/>'.join(lines)}</p>"


def _position_target(ws: Workspace, position: Position) -> str:
    if position.amendment_id:
        amendment = ws.get(Amendment, position.amendment_id)
        if amendment is None:
            return "Amendment"
        provision = ws.get(Provision, amendment.provision_id)
        where = f" ({ui_queries.full_label(ws, provision)})" if provision else ""
        return f"Amendment: {amendment.title}{where}"
    provision = ws.get(Provision, position.provision_id or "")
    return ui_queries.full_label(ws, provision) if provision else ""


def delegation_html(ws: Workspace, delegation: Delegation) -> str:
    """Profile, positions across provisions, and internal notes and contacts with their marking."""
    parts = [f"<h2>{esc(delegation.name)}</h2>",
             _meta(esc(delegation.iso_code), esc(delegation.kind.value), f"priority {esc(delegation.priority.value)}",
                   "languages: " + esc(", ".join(delegation.languages) or "—"),
                   sensitivity_marker(delegation.sensitivity))]
    groups = queries.groups_of(ws, delegation.id)
    if groups:
        parts.append("<p>Member of: " + esc(", ".join(g.name for g in groups)) + "</p>")
    if delegation.summary:
        parts.append(f"<p>{esc(delegation.summary)}</p>")
    parts.append(f"<p>{action_link('Edit…', f'edit:delegations:{delegation.id}')}</p>")
    positions = queries.positions_of_delegation(ws, delegation.id)
    parts.append(f"<h3>Positions ({len(positions)})</h3>")
    rows = "".join(
        f"<tr><td>{esc(_position_target(ws, p))}</td><td>{stance_badge(p.stance)}</td><td>{esc(p.date)}</td>"
        f"<td>{badge(ILLUSTRATIVE_MARK, '#c69026') if p.illustrative else ''}</td>"
        f"<td>{record_actions('positions', p.id)}</td></tr>" for p in positions)
    parts.append(f'<table cellpadding="3">{rows}</table>' if rows else f'<p style="{MUTED}">None recorded.</p>')
    parts.append(notes_section(ws, "delegations", delegation.id, "Internal notes"))
    parts.append(contacts_section(ws, delegation.id))
    return "".join(parts)
