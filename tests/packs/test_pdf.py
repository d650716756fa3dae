"""The built PDF: sections, order, redline, contents and outline, page bounds, determinism, metadata,
and the redaction rules checked on extracted text and on the raw (inflated) bytes."""

from __future__ import annotations

import getpass
import io
import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.rl_accel import fp_str

from briefing_app.domain.enums import Severity
from briefing_app.domain.models import Concern, Organization
from briefing_app.domain.pack_model import Change, ChangeKind
from briefing_app.domain.tailoring import PackProfile, PackTemplate
from briefing_app.packs import styles
from briefing_app.packs.build import build_pack
from tests.packs.conftest import page_texts, pdf_text, raw_bytes
from tests.packs.fixtures import SECRETS

ALLOWED_INFO = {"/Title", "/Subject", "/Creator", "/Producer", "/CreationDate", "/ModDate"}


def _build(ws, delegation, **settings):
    return build_pack(ws, PackProfile(delegation_id=delegation.id, **settings), compress=False)


def test_full_pack_has_every_part_in_order_when_built(pack_ws) -> None:
    ws, fx = pack_ws
    org = next(o for o in ws.find(Organization) if o.name == "Coalition for Rights Online")
    result = _build(ws, fx.kenya, issuer_ids=(org.id,))
    pages = page_texts(result.pdf)
    text = " ".join(pages)
    assert "For the delegation of Kenya" in pages[0] and "Briefing pack" in pages[0]
    assert "Text referred to: Final draft" in pages[0] and "Issued by Coalition for Rights Online" in pages[0]
    order = ["Executive summary", "Top asks", "Contents", "1. Article 28: Search and seizure",
             "2. Article 6: Respect for human rights", "Annex A: Evidence", "Annex B: Sources"]
    positions = [text.index(part, text.index("Executive summary")) for part in order[1:]]
    assert positions == sorted(positions)
    assert "Talking points" in text and "Your delegation's recorded position" in text
    assert "Illustrative: no public source records this position" in text
    assert "[1] Joint civil society letter on safeguards" in text
    assert all(re.search(rf"page {n} of {result.pages}", p) for n, p in enumerate(pages, start=1))
    assert all(p.startswith("Kenya") or "Kenya" in p[:120] for p in pages[1:])


def test_redline_shows_deletion_then_insertion_in_colour_when_built(pack_ws) -> None:
    ws, fx = pack_ws
    result = _build(ws, fx.brazil, min_severity=Severity.CRITICAL)
    text = pdf_text(result.pdf)
    assert "Nothing in this Convention may shall be interpreted as permitting" in text
    raw = raw_bytes(result.pdf)
    for colour in (styles.DELETED, styles.INSERTED):  # struck-through deletion, underlined insertion
        assert f"{fp_str(*colour.rgb())} rg".encode() in raw


def test_contents_and_outline_mirror_headings_with_pages_when_built(pack_ws) -> None:
    ws, fx = pack_ws
    result = _build(ws, fx.kenya)
    reader = PdfReader(io.BytesIO(result.pdf))
    outline = [(item.title, reader.get_destination_page_number(item) + 1) for item in reader.outline]
    titles = [t for t, _ in outline]
    assert titles == ["Executive summary", "1. Article 28: Search and seizure",
                      "2. Article 6: Respect for human rights", "Annex A: Evidence — documented cases",
                      "Annex B: Sources"]
    contents = next(p for p in page_texts(result.pdf) if p.count(" . ") > 3)
    for title, page in outline:
        assert re.search(rf"\. {page} {re.escape(title)}", contents), title  # pypdf: leader, page, title
        assert title.split(": ")[-1] in page_texts(result.pdf)[page - 1]


@pytest.mark.parametrize(("template", "low", "high"), [
    (PackTemplate.FULL, 4, 12), (PackTemplate.BRIEF, 1, 2), (PackTemplate.TALKING_POINTS, 1, 2)])
def test_page_count_stays_in_bounds_when_built_with_template(pack_ws, template, low, high) -> None:
    ws, fx = pack_ws
    result = build_pack(ws, PackProfile(delegation_id=fx.kenya.id, template=template, min_severity=Severity.LOW))
    assert low <= result.pages <= high
    assert len(PdfReader(io.BytesIO(result.pdf)).pages) == result.pages


def test_brief_drops_sections_until_two_pages_when_content_is_long(pack_ws) -> None:
    ws, fx = pack_ws
    for concern in ws.find(Concern):
        ws.update(replace(concern, summary="Long explanation of the problem. " * 40))
    result = build_pack(ws, PackProfile(delegation_id=fx.kenya.id, template=PackTemplate.BRIEF,
                                        min_severity=Severity.LOW))
    assert result.pages <= 2
    assert "Top asks" in pdf_text(result.pdf)


def test_same_data_and_profile_give_identical_bytes_when_built_twice(pack_ws, monkeypatch) -> None:
    ws, fx = pack_ws
    first = build_pack(ws, PackProfile(delegation_id=fx.kenya.id))
    monkeypatch.setattr("time.time", lambda: 2_000_000_000.0)
    second = build_pack(ws, PackProfile(delegation_id=fx.kenya.id))
    assert first.pdf == second.pdf and first.sha256 == second.sha256
    other_date = build_pack(ws, PackProfile(delegation_id=fx.kenya.id, pack_date="2024-09-03"))
    assert other_date.pdf != first.pdf


def test_metadata_is_allow_listed_and_dated_from_data_when_built(pack_ws, tmp_path: Path) -> None:
    ws, fx = pack_ws
    result = _build(ws, fx.kenya, pack_date="2024-09-03")
    info = PdfReader(io.BytesIO(result.pdf)).metadata
    assert set(info) <= ALLOWED_INFO
    assert info["/Title"] == "Briefing for the delegation of Kenya"
    assert info["/CreationDate"].startswith("D:20240903")
    raw = raw_bytes(result.pdf)
    for local in {str(Path.home()), str(tmp_path), str(ws.path), getpass.getuser() + "/"}:
        assert local.encode() not in raw
    assert b"/Author" not in raw and b"/Keywords" not in raw


@pytest.mark.parametrize("template", list(PackTemplate))
def test_no_secret_reaches_text_or_raw_bytes_when_built(pack_ws, template) -> None:
    ws, fx = pack_ws
    result = build_pack(ws, PackProfile(delegation_id=fx.kenya.id, template=template, min_severity=Severity.LOW,
                                        pinned=(fx.art14.lineage_id,)), compress=False)
    text = pdf_text(result.pdf)
    raw = raw_bytes(result.pdf)
    assert "Engineers could be ordered to break systems" in text  # positive controls
    assert b"Kenya" in raw
    assert [s for s in SECRETS if s in text] == []
    assert [s for s in SECRETS if s.encode() in raw or s.encode("utf-16-be") in raw] == []


def test_uncompressed_build_has_plain_content_streams_when_asked(pack_ws) -> None:
    ws, fx = pack_ws
    compressed = build_pack(ws, PackProfile(delegation_id=fx.kenya.id))
    plain = build_pack(ws, PackProfile(delegation_id=fx.kenya.id), compress=False)
    assert b"/FlateDecode" in compressed.pdf
    assert plain.pdf.count(b"BT ") > compressed.pdf.count(b"BT ")


def test_pdf_date_accepts_partial_and_refuses_junk_dates() -> None:
    from briefing_app.packs.document import pdf_date

    assert pdf_date("2024-09-03") == "D:20240903000000+00'00'"
    assert pdf_date("2024-09") == "D:20240901000000+00'00'"
    assert pdf_date("2024") == "D:20240101000000+00'00'"
    assert pdf_date("tomorrow") == pdf_date("") == "D:20000101000000+00'00'"


def test_section_order_follows_each_delegations_own_positions_when_built(pack_ws) -> None:
    ws, fx = pack_ws
    kenya = pdf_text(build_pack(ws, PackProfile(delegation_id=fx.kenya.id, template=PackTemplate.TALKING_POINTS)).pdf)
    brazil = pdf_text(build_pack(ws, PackProfile(delegation_id=fx.brazil.id, template=PackTemplate.TALKING_POINTS)).pdf)
    assert kenya.index("Article 28: Search and seizure") < kenya.index("Article 6: Respect for human rights")
    assert brazil.index("Article 6: Respect for human rights") < brazil.index("Article 28: Search and seizure")
    assert "Recorded position of your delegation: opposes Article 6 as drafted" in brazil
    assert "Thank you for supporting our amendment “Make the safeguard binding”" in kenya


def test_pack_says_what_changed_since_the_previous_draft_when_there_is_one(pack_ws) -> None:
    from briefing_app.domain.enums import ProvisionKind
    from briefing_app.domain.models import Provision, Version

    ws, fx = pack_ws
    final = ws.find(Version)[0]
    zero = ws.insert(Version(document_id=final.document_id, label="Zero draft", seq=1))
    ws.insert(Provision(version_id=zero.id, kind=ProvisionKind.ARTICLE, number="28", heading="Search and seizure",
                        text="Each State Party shall order the service provider to hand over data.",
                        lineage_id=fx.art28.lineage_id))
    result = build_pack(ws, PackProfile(delegation_id=fx.kenya.id, version_id=final.id))
    changes = {s.unit.id: s.change for s in result.plan.sections}
    assert changes[fx.art28.id].kind is ChangeKind.CHANGED and changes[fx.art28.id].previous == "Zero draft"
    assert changes[fx.art6.id] == Change(ChangeKind.ADDED, "Zero draft", 1.0)
    text = pdf_text(result.pdf)
    assert "Compared with the Zero draft: 2 of these provisions are new or changed." in text
    assert "Draft history: wording changed since the Zero draft" in text
    first = build_pack(ws, PackProfile(delegation_id=fx.kenya.id, version_id=zero.id))
    assert first.plan.previous_version == "" and all(s.change is None for s in first.plan.sections)


def test_pack_states_the_negotiating_status_of_a_provision_when_the_draft_gives_one(pack_ws) -> None:
    from briefing_app.domain.enums import ProvisionStatus
    from briefing_app.domain.models import Provision

    ws, fx = pack_ws
    article = next(p for p in ws.find(Provision) if p.label == "Article 28")
    ws.update(replace(article, status=ProvisionStatus.AGREED_AD_REFERENDUM))
    text = pdf_text(_build(ws, fx.kenya).pdf)
    assert "status in the draft: agreed ad referendum" in text
