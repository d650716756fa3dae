"""One provision's section of a pack: a heading, then the blocks its layout lists.

Layouts are data: a template names its blocks in order (and the shorter list used where the
delegation backs our amendments); `BLOCKS` maps each name to the function that draws it. A new
kind of section content is one function here and its name in the layouts that show it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from briefing_app.domain.enums import AmendmentAction
from briefing_app.domain.models import Amendment, Provision
from briefing_app.domain.pack_model import (
    AmendmentItem,
    Change,
    ChangeKind,
    ConcernItem,
    PackTemplate,
    PointKind,
    PositionItem,
    Section,
    StatementItem,
    TalkingPoint,
)
from briefing_app.domain.pack_text import whole_sentences
from briefing_app.packs.flow import Markup, Writer
from briefing_app.packs.styles import SEVERITY_COLORS


@dataclass(frozen=True, slots=True)
class SectionLayout:
    heading_style: str
    numbered: bool
    blocks: tuple[str, ...]
    short_blocks: tuple[str, ...]  # where the delegation backs our amendments (Section.short)
    summary_chars: int = 0  # 0 = concern and position summaries in full; else whole sentences up to this
    page_break_room: float = 0  # start the section on a new page when less room than this is left


LAYOUTS: dict[PackTemplate, SectionLayout] = {
    PackTemplate.FULL: SectionLayout(
        "h1", True, ("meta", "excerpt", "concerns", "amendments", "positions", "statements", "talking_points"),
        ("meta", "positions", "statements", "concern_titles", "talking_points"), page_break_room=90),
    PackTemplate.BRIEF: SectionLayout(
        "h2", False, ("meta", "top_concern", "first_amendment", "latest_position", "latest_statement",
                      "talking_points"),
        ("meta", "latest_position", "latest_statement", "talking_points"), summary_chars=260),
    PackTemplate.TALKING_POINTS: SectionLayout(
        "h2", False, ("stances", "bare_talking_points"), ("stances", "bare_talking_points")),
}


REF_LIMIT = 120  # an amendment's title where a line names it


def refs(numbers: tuple[int, ...] | list[int]) -> Markup:
    """Footnote-style reference marks (our markup, numbers only)."""
    return Markup(f"<super>[{', '.join(str(n) for n in numbers)}]</super>" if numbers else "")


def section_flowables(w: Writer, s: Section, template: PackTemplate, number: int) -> list[Flowable]:
    """The section's heading and blocks; the heading never ends a page without what follows."""
    layout = LAYOUTS[template]
    title = w.title(s.unit)
    if layout.numbered:
        title = w.plain("label.numbered", number=str(number), title=title)
    head = [w.heading(layout.heading_style, 0, title)]
    body: list[Flowable] = []
    for name in layout.short_blocks if s.short else layout.blocks:
        body += BLOCKS[name](w, s, layout)
    out: list[Flowable] = [CondPageBreak(layout.page_break_room)] if layout.page_break_room else []
    # The heading, the lines kept with it (meta lines, labels) and the first piece of content go
    # together: reportlab places a fitting group's first item directly, so a shorter group would let
    # the heading stay behind when the rest moves on.
    lead = next((n for n, f in enumerate(body) if not f.getKeepWithNext()), len(body) - 1)
    return [*out, KeepTogether(head + body[: lead + 1]), *body[lead + 1:]]


def _meta_line(w: Writer, key: str, **values: str) -> Flowable:
    """A meta line (its style keeps it with what follows); `key` "" = the plain `values["text"]`."""
    return w.say("meta", key, **values) if key else w.text("meta", values["text"])


def _meta(w: Writer, s: Section, layout: SectionLayout) -> list[Flowable]:
    parts = []
    if s.worst is not None:
        parts.append(w.plain("section.worst", severity=w.plain(f"severity.{s.worst.value}")))
    if s.pinned:
        parts.append(w.plain("section.pinned"))
    if s.unit.status.short:
        parts.append(w.plain("section.status", status=w.plain(f"status.{s.unit.status.value}")))
    out = [_meta_line(w, "", text=" · ".join(parts))] if parts else []
    out += _stances(w, s, layout)
    if s.change is not None:
        out.append(_meta_line(w, "section.history", change=describe_change(w, s.change)))
    return out


def _stances(w: Writer, s: Section, layout: SectionLayout) -> list[Flowable]:
    """Each latest recorded stance, said as it is: on the text as drafted, on each amendment."""
    said = [stance_phrase(w, item) for item in s.stances]
    joined = w.plain("section.separator").join(said) if said else w.plain("section.no-stance")
    return [_meta_line(w, "section.stances", stances=joined)]


def stance_phrase(w: Writer, item: PositionItem) -> str:
    stance = item.stance.value
    if item.amendment is not None:
        return w.plain(f"on-amendment.{stance}", amendment=amendment_ref(w, item.amendment, item.provision))
    return w.plain(f"on-text.{stance}", label=w.label(item.provision) if item.provision else "")


def amendment_ref(w: Writer, amendment: Amendment, provision: Provision | None) -> str:
    title = w.part(amendment.title, REF_LIMIT)
    if title:
        return w.plain("ref.amendment", title=title)
    return w.plain("ref.amendment-untitled", label=w.label(provision) if provision else "")


def describe_change(w: Writer, change: Change) -> str:
    """"wording changed since the Zero draft (about 53 % of it); was Article 5; <the user's note>"."""
    if change.kind is ChangeKind.CHANGED:
        said = w.plain("change.changed", previous=change.previous, percent=str(round(change.ratio * 100)))
    else:
        said = w.plain(f"change.{change.kind.value}", previous=change.previous)
    was = w.plain("change.was", label=w.label(change.was)) if change.was is not None else ""
    return w.plain("section.separator").join(x for x in (said, was, change.note) if x)


def _excerpt(w: Writer, s: Section, layout: SectionLayout) -> list[Flowable]:
    if not s.excerpt:
        return []
    return [w.say("label", "section.current-text"), w.negotiating("excerpt", s.excerpt)]


def _concerns(w: Writer, s: Section, layout: SectionLayout) -> list[Flowable]:
    if not s.concerns:
        return []
    return [w.say("label", "section.concerns"), *(concern_item(w, c, layout.summary_chars) for c in s.concerns),
            *_more(w, "section.more-concerns", s.more_concerns)]


def _more(w: Writer, key: str, count: int) -> list[Flowable]:
    """"and 4 more concerns on this provision, in the complete pack" where a briefing-sized pack left some out."""
    return [w.text("small", w.plural(key, count))] if count else []


def _concern_titles(w: Writer, s: Section, layout: SectionLayout) -> list[Flowable]:
    if not s.concerns:
        return []
    return [w.say("label", "section.our-concerns"), *(w.text("bullet", c.concern.title, bullet="•") for c in s.concerns),
            *_more(w, "section.more-concerns", s.more_concerns)]


def _top_concern(w: Writer, s: Section, layout: SectionLayout) -> list[Flowable]:
    return [concern_item(w, s.concerns[0], layout.summary_chars)] if s.concerns else []


def concern_item(w: Writer, c: ConcernItem, limit: int = 0) -> Flowable:
    colour = SEVERITY_COLORS[c.concern.severity.value].hexval().replace("0x", "#")
    summary = whole_sentences(c.concern.summary, limit) if limit else c.concern.summary
    severity = w.plain(f"severity.{c.concern.severity.value}").upper()
    template = f'<font color="{colour}"><b>{{severity}}</b></font> <b>{{title}}</b>'
    values = {"severity": severity, "title": c.concern.title, "refs": refs(c.source_numbers)}
    if summary:
        template += " — {summary}"
        values["summary"] = summary
    if c.organization:
        template += " <i>({organisation})</i>"
        values["organisation"] = c.organization
    return w.fill("bullet", template + "{refs}", bullet="•", **values)


def _amendments(w: Writer, s: Section, layout: SectionLayout) -> list[Flowable]:
    if not s.amendments:
        return []
    out: list[Flowable] = [w.say("label", "section.amendments")]
    for item in s.amendments:
        out += amendment_block(w, item)
    return out + _more(w, "section.more-amendments", s.more_amendments)


def amendment_block(w: Writer, a: AmendmentItem) -> list[Flowable]:
    am = a.amendment
    action = w.plain(f"amendment.{am.action.value}")
    title = " ".join(am.title.split())
    out: list[Flowable] = [w.fill("body", "<b>{title}</b>", title=title or action)]
    meta = [action.lower() if title else "", w.plain(f"amendment.status-{am.status.value}")]
    if a.organization:
        meta.append(w.plain("amendment.proposed-by", organisation=w.part(a.organization)))
    out.append(w.text("meta", " · ".join(m for m in meta if m)))
    if a.segments is not None:
        out += w.redline(a.segments)
    else:
        out.append(w.say("small", "amendment.gone", text=am.proposed_text))
    if am.rationale:
        out.append(w.say("body", "amendment.rationale", text=am.rationale))
    out.append(Spacer(1, 4))
    return out


def _first_amendment(w: Writer, s: Section, layout: SectionLayout) -> list[Flowable]:
    if not s.amendments:
        return []
    first = s.amendments[0]
    if first.segments is None or sum(len(g.text) for g in first.segments) >= 900:
        return []
    am = first.amendment
    title = " ".join(am.title.split()) or w.plain(f"amendment.{am.action.value}")
    return [w.say("label", "section.amendment-brief", title=title), *w.redline(first.segments)]


def _positions(w: Writer, s: Section, layout: SectionLayout) -> list[Flowable]:
    return position_items(w, s.positions, layout.summary_chars, _said(s, "statements"))


def _latest_position(w: Writer, s: Section, layout: SectionLayout) -> list[Flowable]:
    return position_items(w, s.positions[-1:], layout.summary_chars, _said(s, "latest_statement"))


def _said(s: Section, block: str) -> frozenset[str]:
    """Positions whose intervention the section cites (`block` shows it): their summary, which
    repeats the statement, is left out of the positions' lines."""
    items = s.statements if block == "statements" else s.statements[-1:]
    return frozenset(i.statement.intervention.position_id for i in items if i.statement.intervention.position_id)


def position_items(w: Writer, positions: tuple[PositionItem, ...], limit: int = 0,
                   said: frozenset[str] = frozenset()) -> list[Flowable]:
    if not positions:
        return []
    out: list[Flowable] = [w.say("label", "section.positions")]
    for item in positions:
        p = item.position
        if item.amendment is not None:
            subject = amendment_ref(w, item.amendment, item.provision)
        else:
            subject = w.label(item.provision) if item.provision else ""
        details = " · ".join(x for x in (subject, w.part(p.date, 40), w.plain(f"confidence.{p.confidence.value}")) if x)
        stance = w.plain(f"stance.{p.stance.value}")
        out.append(w.fill("body", w.words.template("position.line") + "{refs}",
                          stance=stance[:1].upper() + stance[1:], details=details,
                          refs=refs([item.source_number] if item.source_number else [])))
        if p.summary and p.id not in said:
            out.append(w.text("body", whole_sentences(p.summary, limit) if limit else p.summary))
        if p.illustrative:
            out.append(w.say("small", "position.illustrative"))
    return out


def _statements(w: Writer, s: Section, layout: SectionLayout) -> list[Flowable]:
    out = statement_items(w, s.statements, layout.summary_chars)
    if out and s.earlier_statements:
        out.append(w.text("small", w.plural("said.earlier", s.earlier_statements)))
    return out


def _latest_statement(w: Writer, s: Section, layout: SectionLayout) -> list[Flowable]:
    return statement_items(w, s.statements[-1:], layout.summary_chars)


def statement_items(w: Writer, items: tuple[StatementItem, ...], limit: int = 0) -> list[Flowable]:
    """What the delegation said, one line per intervention: the meeting, then what it did."""
    if not items:
        return []
    out: list[Flowable] = [w.say("label", "said.heading")]
    for item in items:
        out.append(w.fill("body", w.words.template("said.line") + "{refs}", when=statement_when(w, item),
                          what=statement_what(w, item, limit),
                          refs=refs([item.source_number] if item.source_number else [])))
        if item.statement.intervention.illustrative:
            out.append(w.say("small", "said.illustrative"))
    return out


def statement_when(w: Writer, item: StatementItem) -> str:
    meeting, session = item.statement.meeting, w.part(item.statement.session, 120)
    if meeting.number > 0:
        return w.plain("said.when", session=session, number=str(meeting.number), date=w.part(meeting.date, 40))
    return w.plain("said.when-unnumbered", session=session, date=w.part(meeting.date, 40))


def redline_phrase(w: Writer, action: AmendmentAction | None, target: str, proposed: str) -> str:
    target, proposed = w.part(target, 200), w.part(proposed, 400)
    if action is AmendmentAction.DELETE:
        return w.plain("said.delete", target=target) if target else w.plain("said.delete-all")
    if action is AmendmentAction.INSERT:
        return (w.plain("said.insert", proposed=proposed, target=target) if target
                else w.plain("said.insert-bare", proposed=proposed))
    return (w.plain("said.substitute", target=target, proposed=proposed) if target
            else w.plain("said.substitute-bare", proposed=proposed))


def statement_what(w: Writer, item: StatementItem, limit: int = 0) -> str:
    """"tabled proposal #1 for para. 2: delete “may”; on behalf of the African Group; too broad"."""
    statement = item.statement
    i, proposal = statement.intervention, statement.proposal
    label = w.label(item.provision) if item.provision else w.plain("said.the-text")
    if proposal is not None:
        redline = redline_phrase(w, proposal.action, proposal.target_text, proposal.proposed_text)
        if i.tabled:
            what = w.plain("said.tabled", number=str(proposal.number), label=label, redline=redline)
        else:
            what = w.plain(f"said.{i.stance.value}", subject=w.plain(
                "said.proposal", number=str(proposal.number), label=label, redline=redline))
    else:
        what = w.plain(f"said.{i.stance.value}", subject=label)
        if i.action is not None:
            what += " " + redline_phrase(w, i.action, i.target_text, i.wording)
        elif i.wording.strip():
            what += " " + w.plain("said.wording", text=w.part(i.wording, 400))
    parts = [what]
    if item.by_member and statement.speaker:
        parts.append(w.plain("said.by-member", speaker=w.part(statement.speaker, 150)))
    elif i.on_behalf_id and statement.group:
        parts.append(w.plain("said.on-behalf", group=w.part(statement.group, 150)))
    if i.speaking_for > 1:
        parts.append(w.plural("said.speaking-for", i.speaking_for))
    note = " ".join(i.note.split())
    if note:
        parts.append(whole_sentences(note, limit) if limit else w.part(note, 600))
    return w.plain("section.separator").join(p for p in parts if p)


def _talking_points(w: Writer, s: Section, layout: SectionLayout) -> list[Flowable]:
    if not s.talking_points:
        return []
    return [w.say("label", "section.talking-points"), *_bare_talking_points(w, s, layout)]


def _bare_talking_points(w: Writer, s: Section, layout: SectionLayout) -> list[Flowable]:
    return [w.text("bullet", point_text(w, s, p), bullet="–") for p in s.talking_points]


def point_text(w: Writer, s: Section, point: TalkingPoint) -> str:
    """A talking point as one or two complete sentences in the pack's language."""
    label = w.label(s.unit)
    kind = point.kind
    if kind in (PointKind.THANKS, PointKind.RECONSIDER, PointKind.AMENDMENT):
        assert point.amendment is not None
        title = " ".join(point.amendment.title.split())
        key = f"point.{kind.value}" if title else f"point.{kind.value}-untitled"
        said = w.plain(key, title=title, label=label)
        return f"{said} {point.text}" if point.text else said
    if kind is PointKind.CONCERN:
        return point.text
    if kind is PointKind.CASE:
        key = "point.case" if point.where else "point.case-bare"
        return w.plain(key, text=point.text, where=point.where)
    return w.plain(f"point.{kind.value}", label=label, text=point.text)


BLOCKS: dict[str, Callable[[Writer, Section, SectionLayout], list[Flowable]]] = {
    "meta": _meta, "stances": _stances, "excerpt": _excerpt, "concerns": _concerns,
    "concern_titles": _concern_titles, "top_concern": _top_concern, "amendments": _amendments,
    "first_amendment": _first_amendment, "positions": _positions, "latest_position": _latest_position,
    "statements": _statements, "latest_statement": _latest_statement,
    "talking_points": _talking_points, "bare_talking_points": _bare_talking_points,
}
