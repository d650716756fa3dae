"""The "Was our ask adopted?" report as a PDF (reportlab, through the packs' hardened container).

User text reaches the PDF only through packs.text.markup (the one escape function). Our own words
come from the packs' wording catalogue in the report's language (packs/wording, [uptake]); the
amendments, delegations and versions stay as written. The evidence is the redline from what we
asked to what the later text says, in the packs' colours with strike and underline. The same
report gives the same bytes (the date is the later version's).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from briefing_app.domain.pack_text import elide_middle
from briefing_app.domain.redline import Segment, SegmentKind
from briefing_app.domain.uptake import Uptake
from briefing_app.packs.document import Running, render
from briefing_app.packs.fonts import FontSet, load_fonts
from briefing_app.packs.report_writer import ReportWriter
from briefing_app.status.uptake_report import UptakeItem, UptakeReport

OUTCOME_COLOURS = {Uptake.ADOPTED: "#007a5a", Uptake.PARTLY_ADOPTED: "#8a6d00", Uptake.NOT_ADOPTED: "#b34700",
                   Uptake.PROVISION_DELETED: "#5f6b7a"}
CONTEXT = 300  # unchanged text kept around the evidence's changes
# domain/uptake.py's reasons (English, also in the CLI's JSON) → their key in the wording catalogue
REASONS = {
    "the later text makes the change we asked for": "adopted",
    "the later text makes part of the change we asked for": "partly-adopted",
    "the later text does not make the change we asked for": "not-adopted",
    "we asked for the provision to be deleted, and it is gone": "deleted-as-asked",
    "the provision is not in the later text": "provision-gone",
    "the passage the amendment acts on was not in the text it was written on": "target-missing",
    "the amendment changes nothing": "no-change",
}


class _Writer(ReportWriter):
    def outcome(self, outcome: Uptake) -> str:
        return self.word(f"uptake.outcome.{outcome.value}")

    def reason(self, reason: str) -> str:
        key = REASONS.get(reason)
        return self.word(f"uptake.reason.{key}") if key else reason

    def status(self, value: str) -> str:
        key = f"uptake.status.{value}"
        return self.word(key) if key in self.words.entries else value

    def names(self, names: Sequence[str]) -> str:
        return self.word("report.list-separator").join(names)

    def totals(self, totals: dict[str, int]) -> str:
        return self.word("report.list-separator").join(
            self.words.plural(f"uptake.total-{k}", n).format(n=n) for k, n in totals.items())

    def summary_table(self, items: Sequence[UptakeItem]) -> Table:
        rows = [[self.p(i.amendment.title), self.p(self.label(i.provision)),
                 self.p(self.outcome(i.outcome), colour=OUTCOME_COLOURS[i.outcome], bold=True),
                 self.p(self.percent(i.assessment.share)), self.p(self.decimal(i.assessment.similarity))]
                for i in items]
        header = [self.word(f"uptake.column-{c}") for c in ("amendment", "provision", "outcome", "share", "similarity")]
        return self.table(header, rows, (0.44, 0.14, 0.18, 0.1, 0.14))

    def item(self, item: UptakeItem) -> list[Flowable]:
        judged = self.label(item.continuation) if item.continuation else self.word("uptake.judged-nothing")
        outcome = self.outcome(item.outcome)
        head = [self.say("uptake.item", "h2", amendment=item.amendment.title, provision=self.label(item.provision)),
                self.say("uptake.assessed", colour=OUTCOME_COLOURS[item.outcome], outcome=outcome[:1].upper() + outcome[1:],
                         reason=self.reason(item.assessment.reason), share=self.percent(item.assessment.share),
                         similarity=self.decimal(item.assessment.similarity), judged=judged)]
        out: list[Flowable] = [KeepTogether(head)]
        if item.assessment.new_text:
            out += [self.say("uptake.evidence", "label"), *self.flow.redline(self.evidence(item.assessment.evidence))]
        elif item.assessment.asked_text:
            out += [self.say("uptake.asked", "label"), self.p(elide_middle(item.assessment.asked_text, 2 * CONTEXT))]
        for key, names in (("backed-by", item.supporters), ("delegations-for", item.delegations_for),
                           ("delegations-against", item.delegations_against)):
            if names:
                out.append(self.say(f"uptake.{key}", "bullet", names=self.names(names)))
        if item.illustrative_positions:
            out.append(self.say("uptake.illustrative", "small"))
        status = item.suggested_status
        if status and status != item.amendment.status.value:
            out.append(self.say("uptake.suggests", "small", status=self.status(item.amendment.status.value),
                                suggested=self.status(status)))
        return out

    @staticmethod
    def evidence(segments: Sequence[Segment]) -> list[Segment]:
        """The redline with unchanged stretches cut to CONTEXT characters around the changes."""
        return [replace(s, text=elide_middle(s.text, CONTEXT)) if s.kind is SegmentKind.EQUAL else s
                for s in segments]


def report_story(report: UptakeReport, title: str, fonts: FontSet, language: str = "en") -> list[Flowable]:
    w = _Writer(fonts, language)
    story: list[Flowable] = [
        w.say("uptake.title", "h1"),
        w.say("uptake.meta", "meta", title=title, earlier=report.earlier.label, later=report.later.label),
        w.p(w.totals(report.totals()), bold=True),
        Spacer(1, 3 * mm),
    ]
    if not report.items:
        return [*story, w.say("uptake.none", earlier=report.earlier.label)]
    story.append(w.summary_table(report.items))
    for item in report.items:
        story += w.item(item)
    return story


def report_pdf(report: UptakeReport, title: str, *, fonts: FontSet | None = None, compress: bool = True,
               language: str = "en") -> tuple[bytes, int]:
    """The PDF bytes and page count of the report on the treaty called `title`, our words in `language`."""
    chosen = fonts or load_fonts()
    w = _Writer(chosen, language)
    earlier, later = report.earlier.label, report.later.label
    running = Running(delegation=title, marking=w.word("report.marking"),
                      footer=w.word("uptake.footer", earlier=earlier, later=later), title=w.word("uptake.title"),
                      subject=w.word("uptake.subject", earlier=earlier, later=later),
                      date=report.later.date or report.earlier.date, page_label=w.word("page.number", page="{page}",
                                                                                        total="{total}"),
                      rtl=w.words.rtl, language=language)
    return render(report_story(report, title, chosen, language), chosen, running, w.styles["toc1"],
                  compress=compress, cover=False)
