"""A pack for a capital, laid out (reportlab, through the packs' container and the one escape function).

The ministry's pack leads with the state's status and what its reservations cover; the committee's
with the bill compared with our recommendations. Both end with the articles needing safeguards.
The same data, addressee and date give the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from briefing_app.domain.enums import Severity
from briefing_app.packs.build import write_atomically
from briefing_app.packs.capital_parts import Addressee, ArticleNeed, CapitalPack, LawComparison
from briefing_app.packs.document import Running, render
from briefing_app.packs.fonts import FontSet, load_fonts
from briefing_app.packs.report_writer import ReportWriter
from briefing_app.packs.styles import make_styles
from briefing_app.store.packs_store import data_version, record_capital_export
from briefing_app.store.workspace import Workspace

ILLUSTRATIVE = "◇ illustrative"
KIND_WORDS = {"ratification": "ratified", "acceptance": "accepted", "approval": "approved", "accession": "acceded",
              "succession": "succeeded"}


def _mark(illustrative: bool) -> str:
    return f" ({ILLUSTRATIVE})" if illustrative else ""


class _Writer(ReportWriter):
    def status(self, pack: CapitalPack) -> list[Flowable]:
        s, name = pack.status, pack.state.name
        lines = []
        if s.signature is not None:
            lines.append(f"{name} signed the Convention on {s.signature.date}{_mark(s.signature.illustrative)}.")
        else:
            lines.append(f"{name} has not signed the Convention.")
        if s.instrument is not None:
            verb = KIND_WORDS.get(s.instrument.kind.value, s.instrument.kind.value)
            lines.append(f"It {verb} on {s.instrument.date}{_mark(s.instrument.illustrative)}: it is bound.")
        elif s.signature is not None:
            lines.append("It has deposited no instrument of ratification, acceptance, approval or accession.")
        if s.withdrawal is not None:
            lines.append(f"It withdrew on {s.withdrawal.date}{_mark(s.withdrawal.illustrative)}.")
        return [self.p("Where the state stands", "h2"), self.p(" ".join(lines)),
                self.p(f"Entry into force: {pack.entry_into_force}.", "small")]

    def reservations(self, pack: CapitalPack) -> list[Flowable]:
        out: list[Flowable] = [self.p("What its reservations and declarations cover", "h2")]
        if not pack.reservations:
            out.append(self.p(f"{pack.state.name} has made no reservation or declaration that we know of."))
        for line in pack.reservations:
            r = line.reservation
            when = f", {r.date}" if r.date else ""
            out.append(self.p(f"{r.kind.value.capitalize()}{when}, on {line.scope.label}{_mark(r.illustrative)}: "
                              f"{r.summary}", "bullet"))
        gaps = [n for n in pack.needs if not n.covered_by and n.severity is Severity.CRITICAL]
        if gaps:
            labels = ", ".join(n.article.label for n in gaps)
            out.append(self.p(f"Articles with critical concerns of ours that no reservation or declaration "
                              f"touches: {labels}.", "small"))
        return out

    def need(self, need: ArticleNeed) -> Flowable:
        a = need.article
        parts = [self.p(f"{a.label}{' — ' + a.heading if a.heading else ''} ({need.severity.value})", "label")]
        parts += [self.p(f"Concern: {c.title}", "bullet") for c in need.concerns[:3]]
        if len(need.concerns) > 3:
            more = len(need.concerns) - 3
            parts.append(self.p(f"and {more} more concern{'s' if more > 1 else ''}", "small"))
        parts += [self.p(f"We recommend: {m.title}", "bullet") for m in need.amendments]
        if need.implemented_by:
            parts.append(self.p(f"Implemented by {'; '.join(need.implemented_by)}.", "small"))
        if need.covered_by:
            parts.append(self.p(f"Touched by a reservation or declaration on {'; '.join(need.covered_by)}.", "small"))
        return KeepTogether(parts)

    def needs(self, pack: CapitalPack) -> list[Flowable]:
        first = ("those the bill implements first, then " if pack.addressee is Addressee.COMMITTEE else "")
        out: list[Flowable] = [self.p("Articles needing safeguards in implementation", "h2"),
                               self.p(f"Where our critical or high concerns call for limits in national law: {first}"
                                      "most serious first.", "small")]
        if not pack.needs:
            out.append(self.p("No concern of ours calls for safeguards yet."))
        return out + [self.need(n) for n in pack.needs]

    def law(self, comparison: LawComparison) -> list[Flowable]:
        law = comparison.law
        when = f", {law.date}" if law.date else ""
        out: list[Flowable] = [self.p(f"{law.title}{_mark(law.illustrative)}", "label"),
                               self.p(f"{law.kind.value}, {law.stage.value}{when}. {law.summary}".strip())]
        if law.url:
            out.append(self.p(law.url, "small"))
        for s in comparison.sections:
            title = " ".join(x for x in (f"s. {s.number}" if s.number else "", s.heading) if x)
            implements = ", ".join(a.label for a in s.articles) or "no treaty article"
            block = [self.p(f"{title} (implements {implements})", bold=True), self.p(s.text)]
            block += [self.p(f"Concern about this section: {c.title}", "bullet") for c in s.concerns_on_section]
            block += [self.p(f"Case under it: {c.title}", "bullet") for c in s.cases]
            block += [self.p(f"Our recommendation on {implements}: {m.title}", "bullet") for m in s.our_amendments]
            if not s.our_amendments:
                block += [self.p(f"Our concern on {implements}: {c.title}", "bullet") for c in s.our_concerns]
            out.append(KeepTogether(block))
        return out

    def laws(self, pack: CapitalPack) -> list[Flowable]:
        out: list[Flowable] = [self.p("The bill compared with our recommendations", "h2")]
        if not pack.laws:
            out.append(self.p(f"No implementing law or bill of {pack.state.name} is recorded yet."))
        for comparison in pack.laws:
            out += self.law(comparison)
        return out


def capital_story(pack: CapitalPack, fonts: FontSet) -> list[Flowable]:
    w = _Writer(fonts)
    subject = ("ratification, reservations and implementation" if pack.addressee is Addressee.MINISTRY
               else "the implementing legislation")
    story: list[Flowable] = [
        w.p(f"{pack.document.title}: {subject}", "h1"),
        w.p(f"For {pack.addressee_name}, {pack.state.name} · text: {pack.version_label} · {pack.date}", "meta"),
    ]
    if pack.illustrative:
        story.append(w.p(f"Items marked {ILLUSTRATIVE} were invented for the demonstration: no source supports "
                         "them.", "notice"))
    story.append(Spacer(1, 3 * mm))
    parts: tuple[Callable[[CapitalPack], list[Flowable]], ...] = (
        (w.status, w.reservations, w.laws, w.needs) if pack.addressee is Addressee.MINISTRY
        else (w.laws, w.needs, w.status, w.reservations))
    for part in parts:
        story += part(pack)
    return story


def capital_pdf(pack: CapitalPack, *, fonts: FontSet | None = None, compress: bool = True) -> tuple[bytes, int]:
    """The PDF bytes and page count."""
    chosen = fonts or load_fonts()
    who = "Ministry" if pack.addressee is Addressee.MINISTRY else "Committee"
    running = Running(delegation=pack.state.name, marking="Coalition working document",
                      footer=f"{who} pack · {pack.document.title}", title=f"Briefing for {pack.state.name}",
                      subject=f"{who} pack: {pack.document.title}", date=pack.date)
    return render(capital_story(pack, chosen), chosen, running, make_styles(chosen)["toc1"], compress=compress,
                  cover=False)


@dataclass(frozen=True, slots=True)
class SavedCapitalPack:
    """A capital pack written to `path`: what the export log records of it."""

    pack: CapitalPack
    path: Path
    sha256: str
    pages: int
    data_version: str


def write_capital_pack(ws: Workspace, pack: CapitalPack, path: Path) -> SavedCapitalPack:
    """Write the pack to `path` (atomically) without logging it: the GUI writes in a worker on a
    reading connection and logs on the window's own (`log_capital_pack`)."""
    data, pages = capital_pdf(pack)
    write_atomically(path, data)
    return SavedCapitalPack(pack, path, hashlib.sha256(data).hexdigest(), pages, data_version(ws))


def log_capital_pack(ws: Workspace, saved: SavedCapitalPack) -> int:
    """Record a written capital pack in the export log, like an ordinary pack; returns the log id."""
    return record_capital_export(ws, delegation_id=saved.pack.state.id, delegation_name=saved.pack.state.name,
                                 addressee=saved.pack.addressee.value, addressee_name=saved.pack.addressee_name,
                                 file_name=saved.path.name, sha256=saved.sha256, pages=saved.pages,
                                 data_version=saved.data_version)
