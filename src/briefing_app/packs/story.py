"""A plan → the pack's flowables: cover, executive summary, contents, sections, annexes."""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import Flowable, PageBreak, Spacer, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from briefing_app.domain.tailoring import Alignment, PackPlan, PackTemplate
from briefing_app.packs.flow import Writer
from briefing_app.packs.sections import brief_section, full_section, points_section, refs

TEMPLATE_TITLES = {
    PackTemplate.FULL: "Briefing pack",
    PackTemplate.BRIEF: "Two-page brief",
    PackTemplate.TALKING_POINTS: "Talking points",
}


def build_story(w: Writer, plan: PackPlan) -> list[Flowable]:
    template = plan.profile.template
    if template is PackTemplate.FULL:
        story = _cover(w, plan) + _summary(w, plan) + _contents(w)
        for number, section in enumerate(plan.sections, start=1):
            story += full_section(w, section, number)
        return story + _annexes(w, plan)
    story = _masthead(w, plan)
    if template is PackTemplate.BRIEF:
        story += _asks(w, plan)
        for section in plan.sections:
            story += brief_section(w, section)
    else:
        for section in plan.sections:
            story += points_section(w, section)
    if not plan.sections:
        story.append(_nothing(w, plan))
    return story


def _nothing(w: Writer, plan: PackPlan) -> Flowable:
    return w.para("body", "No provision has concerns of {} severity or higher for this delegation.",
                  plan.profile.min_severity.value)


def _cover(w: Writer, plan: PackPlan) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 40)]
    if plan.issuers:
        out.append(w.para("cover_org", "Issued by {}", ", ".join(plan.issuers)))
    out += [Spacer(1, 60), w.para("cover_kicker", "{}", TEMPLATE_TITLES[plan.profile.template]),
            w.para("cover_title", "{}", plan.delegation.name)]
    if plan.document_title:
        out.append(w.para("cover_line", "{}", plan.document_title))
    if plan.version_label:
        out.append(w.para("cover_line", "Text referred to: {}", plan.version_label))
    if plan.date:
        out.append(w.para("cover_line", "Date: {}", plan.date))
    out += [Spacer(1, 40), w.para("marking", "{}", plan.marking)]
    if plan.demo_notice:
        out += [Spacer(1, 30), w.para("notice", "<b>Demo data.</b> {}", plan.demo_notice)]
    return out + [PageBreak()]


def _masthead(w: Writer, plan: PackPlan) -> list[Flowable]:
    kicker = TEMPLATE_TITLES[plan.profile.template]
    out: list[Flowable] = [
        w.para("cover_kicker", "{} · {}", kicker, plan.date) if plan.date else w.para("cover_kicker", "{}", kicker),
        w.heading("h1", 0, plan.delegation.name, toc=False),
    ]
    line = " · ".join(x for x in (plan.document_title, plan.version_label) if x)
    if line:
        out.append(w.para("meta", "{}", line))
    if plan.issuers:
        out.append(w.para("meta", "Issued by {}", ", ".join(plan.issuers)))
    out.append(w.para("marking", "{}", plan.marking))
    if plan.demo_notice:
        out += [Spacer(1, 8), w.para("notice", "<b>Demo data.</b> {}", plan.demo_notice)]
    return out + [Spacer(1, 8)]


def _asks(w: Writer, plan: PackPlan) -> list[Flowable]:
    if not plan.top_asks:
        return []
    out: list[Flowable] = [w.para("h2", "Top asks")]
    out += [w.para("ask", "{}", ask, bullet=f"{n}.") for n, ask in enumerate(plan.top_asks, start=1)]
    return out


def _summary(w: Writer, plan: PackPlan) -> list[Flowable]:
    out: list[Flowable] = [w.heading("h1", 0, "Executive summary")]
    count = len(plan.sections)
    if count:
        out.append(w.para(
            "body", "This pack sets out our asks on {} of {} for the delegation of {}: the provisions "
            "with concerns of {} severity or higher, those where your position is open or differs from "
            "ours first.", f"{count} provision{'s' if count != 1 else ''}",
            plan.document_title or "the text", plan.delegation.name, plan.profile.min_severity.value))
    else:
        out.append(_nothing(w, plan))
    changed = sum(1 for s in plan.sections if s.change)
    if plan.previous_version:
        out.append(w.para("body", "Compared with the {}: {} of these provisions are new or changed.",
                          plan.previous_version, str(changed)))
    out += _asks(w, plan)
    tally = Counter(s.alignment for s in plan.sections)
    if tally:
        stand = ", ".join(f"{a.value}: {tally[a]}" for a in Alignment if tally[a])
        out += [w.para("h2", "Where your delegation stands"), w.para("body", "{}", stand)]
    return out + [PageBreak()]


def _contents(w: Writer) -> list[Flowable]:
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [w.styles["toc1"]]
    # reportlab's default table style names Helvetica, which would be referenced but not embedded
    toc.tableStyle = TableStyle([("FONT", (0, 0), (-1, -1), w.fonts.regular, 10), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
    return [w.para("h1", "Contents"), toc, PageBreak()]


def _annexes(w: Writer, plan: PackPlan) -> list[Flowable]:
    out: list[Flowable] = []
    if plan.cases:
        out += [PageBreak(), w.heading("h1", 0, "Annex A: Evidence — documented cases")]
        for item in plan.cases:
            case = item.case
            out.append(w.para("h2", "{}" + refs([item.source_number] if item.source_number else []), case.title))
            meta = " · ".join(x for x in (case.country, case.law, case.date) if x)
            if meta:
                out.append(w.para("meta", "{}", meta))
            if case.summary:
                out.append(w.para("body", "{}", case.summary))
    if plan.sources:
        title = "Annex B: Sources" if plan.cases else "Annex: Sources"
        out += [PageBreak(), w.heading("h1", 0, title)]
        for number, source in enumerate(plan.sources, start=1):
            parts = [source.title, source.publisher, source.date, source.symbol, source.url]
            out.append(w.para("ref", "{}", ". ".join(p.strip() for p in parts if p.strip()), bullet=f"[{number}]"))
    return out
