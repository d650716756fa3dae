"""A plan → the pack's flowables. Each template is a list of parts (data, as the sections'
layouts are): cover, executive summary, contents, sections, annexes, or a masthead for the short
templates. A new template is a new entry in `PARTS` (and in sections.LAYOUTS)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from briefing_app.domain.enums import Stance
from briefing_app.domain.languages import content_language
from briefing_app.domain.pack_model import Ask, PackPlan, PackTemplate
from briefing_app.domain.pack_text import clip
from briefing_app.packs.contents import CALLBACK, RtlContentsLine
from briefing_app.packs.flow import Writer
from briefing_app.packs.sections import refs, section_flowables
from briefing_app.packs.styles import RULE
from briefing_app.packs.text import has_rtl, visual

Part = Callable[[Writer, PackPlan], list[Flowable]]


def build_story(w: Writer, plan: PackPlan) -> list[Flowable]:
    """The template's parts in order; the contents are made last, when every heading exists."""
    story: list[Flowable] = []
    contents_at: int | None = None
    for name in PARTS[plan.profile.template]:
        if name == "contents":
            contents_at = len(story)
            continue
        story += PART_BUILDERS[name](w, plan)
    if contents_at is not None:
        story[contents_at:contents_at] = _contents(w)
    return story


def kind_name(w: Writer, plan: PackPlan) -> str:
    return w.plain(f"template.{plan.profile.template.value}")


def marking(w: Writer, plan: PackPlan) -> str:
    return plan.marking or w.plain("cover.marking", delegation=plan.delegation.name)


def _nothing(w: Writer, plan: PackPlan) -> Flowable:
    return w.say("body", "summary.nothing", severity=w.plain(f"severity.{plan.profile.min_severity.value}"))


def _content_language(w: Writer, plan: PackPlan) -> list[Flowable]:
    """A line saying which language the user's own words are in, when it is not the pack's."""
    language = content_language(plan.content_texts())
    if not language or language == w.words.language:
        return []
    return [Spacer(1, 6), w.say("meta", "cover.content-language", language=w.plain(f"language-name.{language}"))]


def _demo(w: Writer, plan: PackPlan) -> list[Flowable]:
    if not plan.is_demo:
        return []
    notice = plan.demo_notice or w.plain("cover.demo-standard")
    return [w.say("notice", "cover.demo", notice=notice)]


def _cover(w: Writer, plan: PackPlan) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 40)]
    if plan.issuers:
        out.append(w.say("cover_org", "cover.issued-by", organisations=", ".join(w.part(i) for i in plan.issuers)))
    out += [Spacer(1, 60), w.text("cover_kicker", kind_name(w, plan)), w.text("cover_title", plan.delegation.name)]
    if plan.document_title:
        out.append(w.text("cover_line", plan.document_title))
    if plan.version_label:
        out.append(w.say("cover_line", "cover.text-referred-to", version=plan.version_label))
    if plan.date:
        out.append(w.say("cover_line", "cover.date", date=w.words.date(plan.date)))
    out += [Spacer(1, 40), w.text("marking", marking(w, plan)), *_content_language(w, plan)]
    demo = _demo(w, plan)
    return out + ([Spacer(1, 30), *demo] if demo else []) + [PageBreak()]


def _masthead(w: Writer, plan: PackPlan) -> list[Flowable]:
    kind = kind_name(w, plan)
    kicker = w.plain("cover.kicker-dated", kind=kind, date=w.words.date(plan.date)) if plan.date else kind
    out: list[Flowable] = [w.text("cover_kicker", kicker), w.heading("h1", 0, plan.delegation.name, toc=False)]
    line = " · ".join(w.part(x) for x in (plan.document_title, plan.version_label) if x)
    if line:
        out.append(w.text("meta", line))
    if plan.issuers:
        out.append(w.say("meta", "cover.issued-by", organisations=", ".join(w.part(i) for i in plan.issuers)))
    out.append(w.text("marking", marking(w, plan)))
    out += _content_language(w, plan)
    demo = _demo(w, plan)
    out += [Spacer(1, 8), *demo] if demo else []
    if not plan.sections:
        out.append(_nothing(w, plan))
    return out + [Spacer(1, 8)]


def ask_text(w: Writer, ask: Ask) -> str:
    label = w.label(ask.unit)
    if ask.amendment is not None:
        a = ask.amendment
        title = " ".join(a.title.split())
        if title:
            return w.plain("ask.amendment", label=label, title=title)
        return w.plain(f"ask.{a.action.value}", label=label, text=clip(a.proposed_text or a.target_text, 90))
    assert ask.concern is not None
    return w.plain("ask.concern", label=label, title=" ".join(ask.concern.title.split()))


def _asks(w: Writer, plan: PackPlan) -> list[Flowable]:
    if not plan.top_asks:
        return []
    out: list[Flowable] = [w.say("h2", "summary.asks")]
    out += [w.text("ask", ask_text(w, ask), bullet=f"{n}.") for n, ask in enumerate(plan.top_asks, start=1)]
    return out


def _summary(w: Writer, plan: PackPlan) -> list[Flowable]:
    out: list[Flowable] = [w.heading("h1", 0, w.plain("summary.heading"))]
    count = len(plan.sections)
    if count:
        out.append(w.say(
            "body", "summary.intro", provisions=w.plural("summary.provisions", count),
            document=plan.document_title or w.plain("summary.the-text"), delegation=plan.delegation.name,
            severity=w.plain(f"severity.{plan.profile.min_severity.value}")))
    else:
        out.append(_nothing(w, plan))
    if plan.left_out:
        out.append(w.text("body", w.plural("summary.left-out", plan.left_out)))
    if plan.previous_version:
        changed = sum(1 for s in plan.sections if s.change is not None)
        out.append(w.say("body", "summary.changed", previous=plan.previous_version,
                         changed=w.plural("summary.changed-count", changed)))
    out += _asks(w, plan)
    out += _stands(w, plan)
    return out + [PageBreak()]


def _stands(w: Writer, plan: PackPlan) -> list[Flowable]:
    """A table of the latest recorded stances: on the provisions as drafted, on our amendments."""
    if not plan.sections:
        return []
    on_text = Counter(i.stance for s in plan.sections for i in s.text_stances)
    on_amendments = Counter(i.stance for s in plan.sections for i in s.amendment_stances)
    silent = sum(1 for s in plan.sections if not s.stances)

    def p(text: str, bold: bool = False) -> Flowable:
        return w.fill("body", "<b>{value}</b>" if bold else "{value}", value=text)

    rows: list[list[Flowable | str]] = [[p(w.plain("summary.stance-column"), True),
                                          p(w.plain("summary.on-texts"), True), p(w.plain("summary.on-amendments"), True)]]
    for stance in Stance:
        if on_text[stance] or on_amendments[stance]:
            word = w.plain(f"stance.{stance.value}")
            rows.append([p(word[:1].upper() + word[1:]), p(str(on_text[stance])), p(str(on_amendments[stance]))])
    if silent:
        rows.append([p(w.plain("summary.no-position")), p(w.plural("summary.provisions", silent)), ""])
    widths: list[float | None] = [None, 140, 140]
    if w.words.rtl:  # the first column on the right
        rows = [row[::-1] for row in rows]
        widths.reverse()
    table = Table(rows, colWidths=widths, hAlign="RIGHT" if w.words.rtl else "LEFT")
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE), ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [w.say("h2", "summary.stands"), table]


def _contents(w: Writer) -> list[Flowable]:
    style = w.styles["toc1"]
    if w.words.rtl:
        lines: list[Flowable] = [RtlContentsLine(w.esc(e.text, "toc1"), w.fonts, style, e.key) for e in w.toc]
    else:  # a right-to-left title inside a left-to-right pack is laid out in visual order
        lines = [Paragraph(f'{w.esc(visual(e.text, True) if has_rtl(e.text) else e.text, "toc1")}'
                           f'<onDraw name="{CALLBACK}" label="{e.key}"/>', style) for e in w.toc]
    return [w.say("h1", "contents.heading"), *lines, PageBreak()]


def _sections(w: Writer, plan: PackPlan) -> list[Flowable]:
    out: list[Flowable] = []
    for number, section in enumerate(plan.sections, start=1):
        out += section_flowables(w, section, plan.profile.template, number)
    return out


def _annexes(w: Writer, plan: PackPlan) -> list[Flowable]:
    out: list[Flowable] = []
    if plan.cases:
        out += [PageBreak(), w.heading("h1", 0, w.plain("annex.evidence"))]
        for item in plan.cases:
            case = item.case
            out.append(w.fill("h2", "{title}{refs}", title=case.title,
                              refs=refs([item.source_number] if item.source_number else [])))
            meta = " · ".join(w.part(x) for x in (case.country, case.law, case.date) if x)
            if meta:
                out.append(w.text("meta", meta))
            if case.summary:
                out.append(w.text("body", case.summary))
    if plan.sources:
        out += [PageBreak(), w.heading("h1", 0, w.plain("annex.sources" if plan.cases else "annex.sources-only"))]
        for number, source in enumerate(plan.sources, start=1):
            parts = [source.title, source.publisher, source.date, source.symbol, source.url]
            out.append(w.text("ref", ". ".join(w.part(p) for p in parts if p.strip()), bullet=f"[{number}]"))
    return out


PARTS: dict[PackTemplate, tuple[str, ...]] = {
    PackTemplate.FULL: ("cover", "summary", "contents", "sections", "annexes"),
    PackTemplate.BRIEF: ("masthead", "asks", "sections"),
    PackTemplate.TALKING_POINTS: ("masthead", "sections"),
}
PART_BUILDERS: dict[str, Part] = {
    "cover": _cover, "masthead": _masthead, "summary": _summary, "asks": _asks, "sections": _sections,
    "annexes": _annexes,
}
