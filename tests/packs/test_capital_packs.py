"""Capital packs after adoption (ministry, parliament committee), checked by text extraction."""

from __future__ import annotations

import hashlib
import io
import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing_app.cli import main
from briefing_app.domain.enums import Sensitivity, Severity
from briefing_app.domain.models import Concern, Delegation, Provision
from briefing_app.packs.capital_pack import capital_pdf
from briefing_app.packs.capital_parts import Addressee, gather_capital_pack
from briefing_app.store.packs_store import export_log
from briefing_app.store.workspace import Workspace


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(unicodedata.normalize("NFKC", p.extract_text() or "").split()) for p in pages)


def _state(ws: Workspace, iso: str) -> Delegation:
    return next(d for d in ws.find(Delegation) if d.iso_code == iso)


def test_ministry_pack_for_nigeria_leads_with_status_then_the_cybercrimes_act(demo_workspace: Workspace) -> None:
    pack = gather_capital_pack(demo_workspace, _state(demo_workspace, "NG"), Addressee.MINISTRY)
    text = _text(capital_pdf(pack)[0])
    assert "ratification, reservations and implementation" in text and "For the Ministry of Foreign Affairs" in text
    assert "Nigeria signed the Convention on 2025-10." in text
    assert "has made no reservation or declaration that we know of" in text
    assert "Cybercrimes (Prohibition, Prevention, etc.) Act 2015" in text
    assert "s. 24(1)(b) Cyberstalking (implements no treaty article)" in text
    assert "Case under it: Four journalists charged in a Lagos federal court" in text
    assert text.index("Where the state stands") < text.index("The bill compared") < text.index(
        "Articles needing safeguards")


def test_committee_pack_for_kenya_compares_the_bill_with_our_recommendations(demo_workspace: Workspace) -> None:
    pack = gather_capital_pack(demo_workspace, _state(demo_workspace, "KE"), Addressee.COMMITTEE,
                               addressee_name="the National Assembly Committee on ICT")
    text = _text(capital_pdf(pack)[0])
    assert "the implementing legislation" in text and "For the National Assembly Committee on ICT" in text
    assert "s. 3 Unauthorised access (implements Article 7)" in text
    assert "Our recommendation on Article 7: Make dishonest intent and harm required elements of illegal access" \
        in text
    assert "invented for the demonstration" in text  # the bill is illustrative and says so
    assert text.index("The bill compared") < text.index("Articles needing safeguards") < text.index(
        "Where the state stands")
    first_need = pack.needs[0]
    assert first_need.implemented_by and all(n.severity.at_least(Severity.HIGH) for n in pack.needs)


def test_reservation_scope_is_named_in_the_ministry_pack(demo_workspace: Workspace) -> None:
    import datetime as dt

    pack = gather_capital_pack(demo_workspace, _state(demo_workspace, "RU"), Addressee.MINISTRY,
                               on=dt.date(2026, 12, 1))
    text = _text(capital_pdf(pack)[0])
    assert "It ratified on 2026-08-20 (◇ illustrative): it is bound." in text
    assert "Reservation, 2026-08-20, on Art. 11(3) (◇ illustrative)" in text
    assert "No implementing law or bill of Russian Federation is recorded yet." in text


def test_internal_concerns_stay_out_and_user_text_is_escaped(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    article = next(p for p in ws.find(Provision) if p.number == "7" and p.heading == "Illegal access")
    secret = Concern(title="SECRET-TACTIC for the capital", severity=Severity.CRITICAL,
                     sensitivity=Sensitivity.INTERNAL)
    hostile = Concern(title="x<y </para> <a href=\"javascript:alert(1)\">link</a>", severity=Severity.CRITICAL)
    for concern in (secret, hostile):
        ws.insert(concern)
        ws.link("concern_provisions", concern.id, article.id)
    pdf = capital_pdf(gather_capital_pack(ws, _state(ws, "KE"), Addressee.COMMITTEE))[0]
    text = _text(pdf)
    assert "SECRET-TACTIC" not in text and b"SECRET-TACTIC" not in pdf
    assert 'x<y </para> <a href="javascript:alert(1)">link</a>' in text
    assert b"/JavaScript" not in pdf and b"/URI" not in pdf


def test_same_data_gives_the_same_bytes(demo_workspace: Workspace) -> None:
    import datetime as dt

    state = _state(demo_workspace, "NG")
    day = dt.date(2026, 12, 1)
    first = capital_pdf(gather_capital_pack(demo_workspace, state, Addressee.MINISTRY, on=day))[0]
    assert capital_pdf(gather_capital_pack(demo_workspace, state, Addressee.MINISTRY, on=day))[0] == first


def test_cli_writes_a_committee_pack_and_refuses_mixed_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                               ) -> None:
    db, out = tmp_path / "demo.sqlite", tmp_path / "ke.pdf"
    assert main(["--db", str(db), "--demo", "pack", "--delegation", "KE", "--capital", "committee",
                 "--addressee", "the Committee on ICT", "--out", str(out)]) == 0
    assert "committee pack for the Committee on ICT" in capsys.readouterr().out
    assert "For the Committee on ICT" in _text(out.read_bytes())
    assert main(["--db", str(db), "pack", "--all", "--capital", "ministry", "--out-dir", str(tmp_path)]) == 1
    assert "--capital goes with --delegation" in capsys.readouterr().err
    assert main(["--db", str(db), "pack", "--delegation", "KE", "--addressee", "x", "--out", str(out)]) == 1
    assert "--addressee goes with --capital" in capsys.readouterr().err


def test_a_workspace_without_a_treaty_text_gets_a_clear_message(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "empty.sqlite"
    with Workspace.open(db) as ws:
        ws.insert(Delegation(name="Kenya", iso_code="KE"))
    assert main(["--db", str(db), "pack", "--delegation", "KE", "--capital", "ministry",
                 "--out", str(tmp_path / "x.pdf")]) == 1
    assert "no treaty text to brief on yet" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_capital_packs_are_in_the_export_log_with_their_sha256(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """#12: `pack --capital` logs the pack like an ordinary one; `log` (and `log --json`) list it."""
    db, out = tmp_path / "demo.sqlite", tmp_path / "ng.pdf"
    assert main(["--db", str(db), "--demo", "pack", "--delegation", "NG", "--capital", "ministry", "--out", str(out)]) == 0
    capsys.readouterr()
    with Workspace.open(db) as ws:
        [entry] = export_log(ws, _state(ws, "NG").id)
    assert entry.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert (entry.template, entry.profile_name, entry.file_name) == (
        "capital-ministry", "the Ministry of Foreign Affairs", "ng.pdf")
    assert entry.pages == len(PdfReader(out).pages) and entry.delegation_name == "Nigeria" and entry.data_version
    assert main(["--db", str(db), "log"]) == 0
    listed = capsys.readouterr().out
    assert "1 pack exported" in listed and "capital-ministry" in listed and entry.sha256[:16] in listed
    assert main(["--db", str(db), "log", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["sha256"] == entry.sha256 and row["profile"]["capital"] == "ministry"


def test_a_capital_pack_that_cannot_be_written_is_not_logged(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert main(["--db", str(db), "--demo", "pack", "--delegation", "NG", "--capital", "ministry",
                 "--out", str(blocked / "ng.pdf")]) == 1
    assert "Cannot write" in capsys.readouterr().err
    with Workspace.open(db) as ws:
        assert export_log(ws) == []
