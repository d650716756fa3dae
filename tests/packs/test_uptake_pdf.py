"""The uptake report as a PDF: every amendment with its outcome, hostile text escaped, same bytes."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace

from pypdf import PdfReader

from briefing_app.domain.models import Amendment
from briefing_app.packs.uptake_pdf import report_pdf
from briefing_app.status.uptake_report import build_report
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace

HOSTILE = 'x<y </para> <a href="javascript:alert(1)">click</a> <img src="/etc/passwd"/>'


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(unicodedata.normalize("NFKC", p.extract_text() or "").split()) for p in pages)


def _report(ws: Workspace):  # noqa: ANN202 - the report of the demo's two versions
    document = queries.documents(ws)[0]
    versions = queries.versions_of(ws, document.id)
    return document, build_report(ws, versions[0], versions[-1])


def test_the_pdf_names_each_amendment_and_its_outcome(demo_workspace: Workspace) -> None:
    document, report = _report(demo_workspace)
    pdf, pages = report_pdf(report, document.title)
    text = _text(pdf)
    assert pages >= 2 and "4 adopted, 1 partly adopted, 2 not adopted, 0 provisions deleted" in text
    for item in report.items:
        assert " ".join(item.amendment.title.split()) in text
    assert report_pdf(report, document.title)[0] == pdf  # deterministic


def test_hostile_amendment_text_is_escaped(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    document, report = _report(ws)
    first = report.items[0].amendment
    ws.update(replace(ws.require(Amendment, first.id), title=HOSTILE, proposed_text=first.proposed_text + " " + HOSTILE))
    document, report = _report(ws)
    pdf = report_pdf(report, document.title)[0]
    text = _text(pdf)
    assert 'x<y </para> <a href="javascript:alert(1)">click</a>' in text
    assert b"/JavaScript" not in pdf and b"/URI" not in pdf and b"/Subtype /Image" not in pdf
