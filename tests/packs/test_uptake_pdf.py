"""The uptake report as a PDF: every amendment with its outcome, hostile text escaped, same bytes, our
words in the report's language (issue #14)."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace

import pytest
from pypdf import PdfReader

from briefing_app.domain.models import Amendment
from briefing_app.packs.uptake_pdf import report_pdf
from briefing_app.packs.wording import wording
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


def _arabic_words_in(phrase: str, text: str) -> bool:
    """Arabic may come back in visual or logical order: each word forwards or reversed."""
    flat = unicodedata.normalize("NFKC", text)
    words = [w.strip(":،؛.?؟()") for w in unicodedata.normalize("NFKC", phrase).split()]
    return all(w in flat or w[::-1] in flat for w in words if w)


@pytest.mark.parametrize("language", ["fr", "es", "ru", "zh", "ar"])
def test_the_report_says_its_own_words_in_its_language_and_no_english(demo_workspace: Workspace,
                                                                     language: str) -> None:
    """Title, totals, table headers, outcomes, reasons, labels and the footer in the report's language;
    the amendments' titles stay as written."""
    document, report = _report(demo_workspace)
    pdf = report_pdf(report, document.title, language=language)[0]
    text = _text(pdf)
    words = wording(language)
    expected = [words.template("uptake.title"), words.template("uptake.column-similarity"),
                words.template("uptake.outcome.partly-adopted"), words.template("uptake.reason.partly-adopted"),
                words.template("report.marking"), words.plural("uptake.total-not-adopted", 2).format(n=2)]
    label = words.template("label.article").format(number=report.items[0].provision.number)
    for phrase in [unicodedata.normalize("NFKC", p) for p in [*expected, label]]:
        found = _arabic_words_in(phrase, text) if language == "ar" else phrase in text or \
            phrase.replace(" ", "") in text.replace(" ", "")
        assert found, (language, phrase)
    english = ["Was our ask adopted", "Similarity", "partly adopted", "the later text", "Judged against",
               "Coalition working document", "Evidence:", "Delegations for", "Article ", "page 2 of"]
    same = {"Article "} if label.startswith("Article") else set()  # French says "Article" too
    assert not [e for e in english if e in text and e not in same], language
    assert " ".join(report.items[0].amendment.title.split()) in text or language == "ar"
    assert report_pdf(report, document.title, language=language)[0] == pdf  # deterministic


def test_an_arabic_report_runs_right_to_left(demo_workspace: Workspace) -> None:
    document, report = _report(demo_workspace)
    pdf = report_pdf(report, document.title, language="ar")[0]
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "ar"
    starts: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if any(unicodedata.bidirectional(c) == "AL" for c in text):
            starts.append(cm[4] + tm[4])

    reader.pages[0].extract_text(visitor_text=visit)
    width = float(reader.pages[0].mediabox.width)
    assert starts and sum(x > width / 2 for x in starts) > len(starts) / 2  # most Arabic runs on the right
