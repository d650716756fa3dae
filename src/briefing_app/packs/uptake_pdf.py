"""The "Was our ask adopted?" report as a PDF (reportlab, through the packs' hardened container).

User text reaches the PDF only through packs.text.markup (the one escape function). The evidence
is the redline from what we asked to what the later text says, in the packs' colours with strike
and underline. The same report gives the same bytes (the date is the later version's).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from briefing_app.domain.pack_text import elide_middle
from briefing_app.domain.redline import Segment, SegmentKind
from briefing_app.domain.uptake import Uptake, totals_text
from briefing_app.packs.document import Running, render
from briefing_app.packs.fonts import FontSet, load_fonts
from briefing_app.packs.report_writer import ReportWriter
from briefing_app.packs.styles import DELETED, INSERTED, make_styles
from briefing_app.packs.text import markup
from briefing_app.status.uptake_report import UptakeItem, UptakeReport

OUTCOME_COLOURS = {Uptake.ADOPTED: "#007a5a", Uptake.PARTLY_ADOPTED: "#8a6d00", Uptake.NOT_ADOPTED: "#b34700",
                   Uptake.PROVISION_DELETED: "#5f6b7a"}
OUTCOME_WORDS = {Uptake.ADOPTED: "adopted", Uptake.PARTLY_ADOPTED: "partly adopted",
                 Uptake.NOT_ADOPTED: "not adopted", Uptake.PROVISION_DELETED: "provision deleted"}
CONTEXT = 300  # unchanged text kept around the evidence's changes
_DELETED = DELETED.hexval().replace("0x", "#")
_INSERTED = INSERTED.hexval().replace("0x", "#")


class _Writer(ReportWriter):
    def redline(self, segments: Sequence[Segment]) -> Paragraph:
        parts = []
        for segment in segments:
            if segment.kind is SegmentKind.EQUAL:
                parts.append(markup(elide_middle(segment.text, CONTEXT), self.fonts))
            elif segment.kind is SegmentKind.DELETE:
                parts.append(f'<font color="{_DELETED}"><strike>{markup(segment.text, self.fonts)}</strike></font> ')
            else:
                parts.append(f'<font color="{_INSERTED}"><u>{markup(segment.text, self.fonts)}</u></font>')
        return Paragraph("".join(parts), self.styles["redline"])

    def summary_table(self, items: Sequence[UptakeItem]) -> Table:
        rows = [[self.p(i.amendment.title), self.p(i.provision.label),
                 self.p(OUTCOME_WORDS[i.outcome], colour=OUTCOME_COLOURS[i.outcome], bold=True),
                 self.p(f"{i.assessment.share:.0%}"), self.p(f"{i.assessment.similarity:.2f}")] for i in items]
        return self.table(("Amendment", "Provision", "Outcome", "Share", "Similarity"), rows,
                          (0.44, 0.14, 0.18, 0.1, 0.14))

    def item(self, item: UptakeItem) -> list[Flowable]:
        judged = item.continuation.label if item.continuation else "nothing (the provision is gone)"
        head = [self.p(f"{item.amendment.title} ({item.provision.label})", "h2"),
                self.p(f"{OUTCOME_WORDS[item.outcome].capitalize()}: {item.assessment.reason}; "
                       f"{item.assessment.share:.0%} of the change, similarity {item.assessment.similarity:.2f}. "
                       f"Judged against {judged}.", colour=OUTCOME_COLOURS[item.outcome])]
        out: list[Flowable] = [KeepTogether(head)]
        if item.assessment.new_text:
            out += [self.p("Evidence: what we asked, changed into what the text says", "label"),
                    self.redline(item.assessment.evidence)]
        elif item.assessment.asked_text:
            out += [self.p("What we asked", "label"), self.p(elide_middle(item.assessment.asked_text, 2 * CONTEXT))]
        for role, names in (("Backed by", item.supporters), ("Delegations for", item.delegations_for),
                            ("Delegations against", item.delegations_against)):
            if names:
                out.append(self.p(f"{role}: {', '.join(names)}", "bullet"))
        if item.illustrative_positions:
            out.append(self.p("Some of these positions are illustrative: invented for the demonstration.", "small"))
        status = item.suggested_status
        if status and status != item.amendment.status.value:
            out.append(self.p(f"Status now {item.amendment.status.value}; the report suggests {status}.", "small"))
        return out


def report_story(report: UptakeReport, title: str, fonts: FontSet) -> list[Flowable]:
    w = _Writer(fonts)
    totals = report.totals()
    story: list[Flowable] = [
        w.p("Was our ask adopted?", "h1"),
        w.p(f"{title}: amendments on {report.earlier.label} judged against {report.later.label}", "meta"),
        w.p(totals_text(totals), bold=True),
        Spacer(1, 3 * mm),
    ]
    if not report.items:
        return [*story, w.p(f"No amendments were recorded on {report.earlier.label}.")]
    story.append(w.summary_table(report.items))
    for item in report.items:
        story += w.item(item)
    return story


def report_pdf(report: UptakeReport, title: str, *, fonts: FontSet | None = None,
               compress: bool = True) -> tuple[bytes, int]:
    """The PDF bytes and page count of the report on the treaty called `title`."""
    chosen = fonts or load_fonts()
    running = Running(delegation=title, marking="Coalition working document",
                      footer=f"Was our ask adopted? · {report.earlier.label} → {report.later.label}",
                      title="Was our ask adopted?", subject=f"Amendments on {report.earlier.label} judged against "
                      f"{report.later.label}", date=report.later.date or report.earlier.date)
    return render(report_story(report, title, chosen), chosen, running, make_styles(chosen)["toc1"],
                  compress=compress, cover=False)
