"""`briefing-app status list|import` and `briefing-app uptake` on the demo workspace."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from briefing_app.cli import main


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "--demo", "info"]) == 0
    return path


def test_status_list_json_counts_instruments_against_the_threshold(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(db), "status", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    eif = data["entry_into_force"]
    assert (eif["counted"], eif["required"], eif["entry_into_force"]) == (3, 40, None)
    assert [n["kind"] for n in eif["not_counted"]] == ["approval"]  # the EU's, a regional organisation
    rows = {r["delegation"]: r for r in data["delegations"]}
    assert rows["Australia"]["events"][0] == {"kind": "signature", "date": "2025-10-25", "confidence": "high",
                                             "illustrative": False, "summary": "Signed in Hanoi on the first day."}
    assert rows["United States of America"]["stage"] == "none"
    assert rows["Canada"]["events"][0]["confidence"] == "low"


def test_status_list_filters_by_group(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(db), "status", "list", "--group", "BRICS", "--json"]) == 0
    names = {r["delegation"] for r in json.loads(capsys.readouterr().out)["delegations"]}
    assert names == {"Brazil", "China", "India", "Russian Federation", "South Africa"}


def test_status_import_reports_bad_rows_and_writes_nothing(db: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "untc.csv"
    table.write_text("Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a)\"\n"
                     "Kenya,26 Oct 2025,\nNarnia,26 Oct 2025,\nIndia,26 Oct 2025,1 Feb 2026 A\n", encoding="utf-8")
    before = db.read_bytes()
    assert main(["--db", str(db), "status", "import", str(table)]) == 1
    err = capsys.readouterr().err
    assert "line 3 (Narnia): no delegation" in err and "nothing was imported" in err
    assert db.read_bytes() == before
    table.write_text(table.read_text(encoding="utf-8").replace("Narnia,26 Oct 2025,\n", ""), encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", str(db), "status", "import", str(table), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["written"], result["new"], result["problems"]) == (True, 3, [])
    assert main(["--db", str(db), "status", "list", "--json"]) == 0
    rows = {r["delegation"]: r for r in json.loads(capsys.readouterr().out)["delegations"]}
    assert rows["India"]["stage"] == "bound" and rows["India"]["events"][1]["kind"] == "acceptance"
    assert rows["Kenya"]["stage"] == "signed"


def test_uptake_json_and_csv(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(db), "uptake", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["from"], data["to"]) == ("Zero draft (2023)", "Adopted text (2024)")
    assert data["totals"]["adopted"] == 4 and len(data["amendments"]) == 7
    out = tmp_path / "uptake.csv"
    assert main(["--db", str(db), "uptake", "--from", "zero draft (2023)", "--csv", str(out)]) == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:4] == ["amendment", "provision", "judged against", "outcome"] and len(rows) == 8
    assert main(["--db", str(db), "uptake", "--from", "Adopted text (2024)", "--to", "Zero draft (2023)"]) == 1
    assert "must be older" in capsys.readouterr().err


def test_uptake_pdf_names_each_amendment_with_its_outcome(db: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    out = tmp_path / "uptake.pdf"
    capsys.readouterr()
    assert main(["--db", str(db), "uptake", "--pdf", str(out)]) == 0
    assert "wrote 7 amendment(s)" in capsys.readouterr().out
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(out).pages)
    assert "Was our ask adopted?" in text and "4 adopted, 1 partly adopted, 2 not adopted" in text
    assert "Delete draft article 17 on offences under other treaties" in text
    assert "Evidence: what we asked, changed into what the text says" in text
    assert not list(tmp_path.glob(".pack-*"))  # written atomically
    assert main(["--db", str(db), "uptake", "--pdf", str(out), "--language", "es"]) == 0
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(out).pages)
    assert "¿Se aprobó lo que pedimos?" in text and "4 aprobadas, 1 aprobada en parte, 2 no aprobadas" in text
    assert "Delete draft article 17 on offences under other treaties" in text  # our content as written


def test_status_reservations_and_laws(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(db), "status", "reservations", "--delegation", "RU", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["scope"], r["illustrative"]) for r in data] == [("reservation", "Art. 11(3)", True)]
    assert main(["--db", str(db), "status", "laws", "--delegation", "NG"]) == 0
    out = capsys.readouterr().out
    assert "s. 24(1)(b) Cyberstalking → no treaty article; 1 concern(s); 5 case(s)" in out
    assert main(["--db", str(db), "status", "laws", "--delegation", "KE", "--json"]) == 0
    laws = json.loads(capsys.readouterr().out)
    assert laws[0]["illustrative"] and laws[0]["sections"][0]["articles"] == ["Article 7"]
