"""One provision's section of a pack, in the full, brief and talking-points layouts."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from briefing_app.domain.enums import Stance
from briefing_app.domain.tailoring import AmendmentItem, ConcernItem, PositionItem, Section, clip
from briefing_app.packs.flow import Writer
from briefing_app.packs.styles import SEVERITY_COLORS

STANCE_WORDS = {
    Stance.SUPPORTS: "Supports", Stance.OPPOSES: "Opposes", Stance.UNDECIDED: "Undecided",
    Stance.UNKNOWN: "Unknown", Stance.PROPOSES_TEXT: "Proposes its own text",
}


def refs(numbers: tuple[int, ...] | list[int]) -> str:
    """Footnote-style reference marks (our markup, numbers only)."""
    return f"<super>[{', '.join(str(n) for n in numbers)}]</super>" if numbers else ""


def section_meta(s: Section) -> str:
    parts = []
    if s.worst is not None:
        parts.append(f"most serious concern: {s.worst.value}")
    parts.append(f"your delegation: {s.alignment.value}")
    if s.pinned:
        parts.append("included at our request")
    return " · ".join(parts)


def _meta(w: Writer, s: Section) -> list[Flowable]:
    out = [w.para("meta", "{}", section_meta(s))]
    if s.change:
        out.append(w.para("meta", "<b>Draft history:</b> {}", s.change))
    return out


def full_section(w: Writer, s: Section, number: int) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(90), w.heading("h1", 0, s.title, numbered=f"{number}.")]
    out += _meta(w, s)
    if s.short:
        out += _positions(w, s.positions)
        if s.concerns:
            out.append(w.para("label", "Our concerns"))
            out += [w.para("bullet", "{}", c.concern.title, bullet="•") for c in s.concerns]
        out += _talking_points(w, s)
        return out
    if s.excerpt:
        out += [w.para("label", "Current text (excerpt)"), w.para("excerpt", "{}", s.excerpt)]
    if s.concerns:
        out.append(w.para("label", "Concerns"))
        out += [_concern(w, c) for c in s.concerns]
    if s.amendments:
        out.append(w.para("label", "Recommended amendments"))
        for a in s.amendments:
            out += _amendment(w, a)
    out += _positions(w, s.positions)
    out += _talking_points(w, s)
    return out


def brief_section(w: Writer, s: Section) -> list[Flowable]:
    out: list[Flowable] = [w.heading("h2", 0, s.title), *_meta(w, s)]
    if s.concerns and not s.short:
        out.append(_concern(w, s.concerns[0], limit=260))
    if s.amendments and not s.short:
        first = s.amendments[0]
        if first.segments is not None and sum(len(g.text) for g in first.segments) < 900:
            out.append(w.para("label", "Recommended amendment: {}", first.amendment.title or first.amendment.action.value))
            out += w.redline(first.segments)
    out += _positions(w, s.positions[-1:], limit=200)
    out += _talking_points(w, s, limit=260)
    return [KeepTogether(out[:3]), *out[3:]]


def points_section(w: Writer, s: Section) -> list[Flowable]:
    out: list[Flowable] = [w.heading("h2", 0, s.title), w.para("meta", "{}", section_meta(s))]
    return out + _talking_points(w, s, label=False)


def _concern(w: Writer, c: ConcernItem, limit: int = 0) -> Flowable:
    colour = SEVERITY_COLORS[c.concern.severity.value].hexval().replace("0x", "#")
    summary = clip(c.concern.summary, limit) if limit else c.concern.summary
    template = f'<font color="{colour}"><b>{c.concern.severity.value.upper()}</b></font> <b>{{}}</b>'
    values = [c.concern.title]
    if summary:
        template += " — {}"
        values.append(summary)
    if c.organization:
        template += " <i>({})</i>"
        values.append(c.organization)
    return w.para("bullet", template + refs(c.source_numbers), *values, bullet="•")


def _amendment(w: Writer, a: AmendmentItem) -> list[Flowable]:
    am = a.amendment
    out: list[Flowable] = [w.para("body", "<b>{}</b>", am.title or f"{am.action.value.capitalize()} text")]
    meta = f"{am.action.value} · {am.status.value}"
    out.append(w.para("meta", "{} · proposed by {}", meta, a.organization) if a.organization
               else w.para("meta", "{}", meta))
    if a.segments is not None:
        out += w.redline(a.segments)
    else:
        out.append(w.para("small", "The passage this amendment changes is no longer in the current "
                                   "text; proposed wording: {}", am.proposed_text))
    if am.rationale:
        out.append(w.para("body", "<b>Rationale:</b> {}", am.rationale))
    out.append(Spacer(1, 4))
    return out


def _positions(w: Writer, positions: tuple[PositionItem, ...], limit: int = 0) -> list[Flowable]:
    if not positions:
        return []
    out: list[Flowable] = [w.para("label", "Your delegation's recorded position")]
    for item in positions:
        p = item.position
        details = " · ".join(x for x in (item.subject, p.date, f"confidence {p.confidence.value}") if x)
        out.append(w.para("body", "<b>{}</b> — {}" + refs([item.source_number] if item.source_number else []),
                          STANCE_WORDS[p.stance], details))
        if p.summary:
            out.append(w.para("body", "{}", clip(p.summary, limit) if limit else p.summary))
        if p.illustrative:
            out.append(w.para("small", "<i>Illustrative: no public source records this position; "
                                       "it is shown for demonstration only.</i>"))
    return out


def _talking_points(w: Writer, s: Section, limit: int = 0, label: bool = True) -> list[Flowable]:
    out: list[Flowable] = [w.para("label", "Talking points")] if label else []
    return out + [w.para("bullet", "{}", clip(t, limit) if limit else t, bullet="–") for t in s.talking_points]
