"""The session report as a PDF (reportlab, through the packs' hardened container) and as CSV.

User text reaches the PDF only through packs.text.markup (the one escape function); CSV cells that
a spreadsheet would run as a formula are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from briefing_app.domain.enums import InterventionStance, Stance
from briefing_app.domain.meeting_report import ReportIntervention, SessionReport
from briefing_app.packs.document import Running, render
from briefing_app.packs.fonts import FontSet, load_fonts
from briefing_app.packs.report_writer import ReportWriter
from briefing_app.packs.styles import make_styles

ILLUSTRATIVE = "◇ illustrative"
STANCE_COLOURS = {
    InterventionStance.SUPPORTS: "#1b7f3b", InterventionStance.OPPOSES: "#b3261e",
    InterventionStance.PROPOSES: "#1f4e79", InterventionStance.ASKS: "#6b4e9b", InterventionStance.UNDECIDED: "#8a6d00",
}
CSV_COLUMNS = ("record", "provision", "meeting", "date", "seq", "delegation", "stance", "said", "note", "proposal",
               "sponsor", "co_sponsors", "supporters", "opponents", "status", "before", "after", "illustrative")


def _stance(stance: InterventionStance | Stance | None) -> str:
    return "—" if stance is None else stance.value


class _Writer(ReportWriter):
    def interventions(self, items: Sequence[ReportIntervention]) -> Table:
        rows = []
        for item in items:
            said = " · ".join(x for x in (item.said, item.note) if x)
            if item.proposal:
                said = f"#{item.proposal} " + said
            if item.illustrative:
                said = f"{said} ({ILLUSTRATIVE})" if said else ILLUSTRATIVE
            rows.append([self.p(f"{item.meeting}, {item.date}", "small"), self.p(str(item.seq), "small"),
                         self.p(item.speaker), self.p(item.stance.value, colour=STANCE_COLOURS[item.stance]),
                         self.p(said)])
        return self.table(("Meeting", "#", "Delegation", "Stance", "What was said"), rows,
                          (0.17, 0.05, 0.23, 0.12, 0.43))


def report_story(report: SessionReport, fonts: FontSet) -> list[Flowable]:
    w = _Writer(fonts)
    story: list[Flowable] = [w.p(f"Session report: {report.name}", "h1")]
    meetings, entries = len(report.meetings), report.intervention_count
    meta = " · ".join(x for x in (report.place, _dates(report), f"{meetings} meeting{'s' if meetings != 1 else ''}",
                                  f"{entries} intervention{'s' if entries != 1 else ''}") if x)
    story.append(w.p(meta, "meta"))
    if report.demo_notice:
        story.append(w.p(report.demo_notice, "notice"))
        story.append(Spacer(1, 4 * mm))
    if report.illustrative:
        story.append(w.p(f"Entries marked {ILLUSTRATIVE} were invented for this demonstration: no source records "
                         "them being said.", "small"))
    story.append(w.p("Meetings", "h2"))
    story.append(w.table(("Meeting", "Date", "Time", "Agenda item", "Entries"), [
        [w.p(m.label), w.p(m.date), w.p(m.time), w.p(m.agenda_item), w.p(str(m.entries))] for m in report.meetings],
        (0.18, 0.15, 0.1, 0.45, 0.12)))
    if report.general:
        story += [w.p("General statements", "h2"), w.interventions(report.general)]
    for section in report.provisions:
        title = f"{section.label} — {section.heading}" if section.heading else section.label
        story.append(w.p(title, "h2"))
        if section.interventions:
            story += [w.p("Who intervened", "label"), w.interventions(section.interventions)]
        if section.proposals:
            story.append(w.p("Proposals", "label"))
            for proposal in section.proposals:
                lines = [w.p(f"#{proposal.number}: {proposal.gist} — {proposal.status.label}"
                             + (f" ({proposal.status_date})" if proposal.status_date else ""), bold=True)]
                for role, who in (("Sponsor", (proposal.sponsor,) if proposal.sponsor else ()),
                                  ("Co-sponsors", proposal.co_sponsors), ("Supporters", proposal.supporters),
                                  ("Opponents", proposal.opponents), ("Carries our amendment", proposal.carries)):
                    if who:
                        lines.append(w.p(f"{role}: {', '.join(who)}", "bullet"))
                story.append(KeepTogether(lines))
        if section.changes:
            story.append(w.p("What changed in the matrix", "label"))
            story.append(w.table(("Delegation", "On", "Before", "After", "Date"), [
                [w.p(c.delegation), w.p(c.subject), w.p(_stance(c.before)),
                 w.p(c.after.value + (f" ({ILLUSTRATIVE})" if c.illustrative else ""), bold=True), w.p(c.date)]
                for c in section.changes], (0.26, 0.26, 0.15, 0.2, 0.13)))
    if not report.provisions and not report.general:
        story.append(w.p("Nothing was captured in this session yet.", "body"))
    return story


def _dates(report: SessionReport) -> str:
    if report.start_date and report.end_date and report.start_date != report.end_date:
        return f"{report.start_date} – {report.end_date}"
    return report.start_date or report.end_date


def report_pdf(report: SessionReport, *, internal: bool = False, fonts: FontSet | None = None,
               compress: bool = True) -> tuple[bytes, int]:
    """The PDF bytes and page count; the same data gives the same bytes (the date is the session's)."""
    chosen = fonts or load_fonts()
    marking = "INTERNAL: includes internal records" if internal else "Coalition working document"
    date = report.end_date or (report.meetings[-1].date if report.meetings else "") or report.start_date
    running = Running(delegation=report.name, marking=marking, footer=f"Session report · {report.name}",
                      title=f"Session report: {report.name}", subject="Interventions, proposals and positions",
                      date=date)
    return render(report_story(report, chosen), chosen, running, make_styles(chosen)["toc1"], compress=compress,
                  cover=False)


def _cell(value: object) -> str:
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def report_rows(report: SessionReport) -> Iterator[tuple[str, ...]]:
    """One row per intervention, proposal and matrix change, in CSV_COLUMNS order."""
    sections = [("General statement", report.general, (), ())] + [
        (s.label, s.interventions, s.proposals, s.changes) for s in report.provisions]
    for label, interventions, proposals, changes in sections:
        for i in interventions:
            yield ("intervention", label, i.meeting, i.date, str(i.seq), i.speaker, i.stance.value, i.said, i.note,
                   str(i.proposal or ""), "", "", "", "", "", "", "", "yes" if i.illustrative else "")
        for p in proposals:
            yield ("proposal", label, "", p.status_date, "", p.sponsor, "", p.gist, "; ".join(p.carries),
                   str(p.number), p.sponsor, "; ".join(p.co_sponsors), "; ".join(p.supporters),
                   "; ".join(p.opponents), p.status.value, "", "", "")
        for c in changes:
            yield ("matrix change", label, "", c.date, "", c.delegation, "", c.subject, "", "", "", "", "", "", "",
                   _stance(c.before), c.after.value, "yes" if c.illustrative else "")


def report_csv(report: SessionReport) -> bytes:
    """UTF-8 with a byte-order mark (spreadsheets then read accents right), CRLF rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in report_rows(report):
        writer.writerow([_cell(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
