"""CLI: sessions, meetings, capture without a screen, listings and the session report."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing_app.cli import main
from briefing_app.domain.enums import Confidence, ProposalStatus
from briefing_app.domain.models import Amendment, Intervention, Meeting, Position, Proposal, Source
from briefing_app.store.workspace import Workspace
from tests.meetings_builders import build_room


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def room_db(tmp_path: Path) -> Path:
    path = tmp_path / "room.sqlite"
    with Workspace.open(path) as ws:
        build_room(ws)
    return path


def test_session_and_meeting_add_make_the_meetings_source(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "new.sqlite")
    code, out, _ = _run(capsys, "session", "add", "--db", db, "--name", "Eighth session", "--number", "8",
                        "--start", "2024-07-29", "--end", "2024-08-09", "--json")
    assert code == 0 and json.loads(out)["name"] == "Eighth session"
    code, out, _ = _run(capsys, "meeting", "add", "--db", db, "--date", "2024-08-02", "--time", "15:00",
                        "--summary-url", "https://example.org/m1", "--json")
    meeting = json.loads(out)
    assert code == 0 and meeting["number"] == 1
    with Workspace.open(db) as ws:
        source = ws.require(Source, meeting["source_id"])
        assert source.url == "https://example.org/m1" and source.title.startswith("Eighth session, 1st meeting")
    code, out, _ = _run(capsys, "session", "list", "--db", db)
    assert "Eighth session" in out and "1st meeting (2024-08-02) 15:00" in out


def test_dates_and_empty_names_are_refused_with_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "new.sqlite")
    code, _, err = _run(capsys, "session", "add", "--db", db, "--name", "S", "--start", "2024-02-30")
    assert code == 1 and "--start must be a date" in err
    code, _, err = _run(capsys, "meeting", "add", "--db", db, "--date", "2024-08-02")
    assert code == 1 and "There are no sessions yet" in err


def test_capture_records_lines_says_what_each_did_and_refuses_bad_ones(capsys: pytest.CaptureFixture[str],
                                                                      room_db: Path) -> None:
    code, out, err = _run(capsys, "capture", "--db", str(room_db), "--meeting", "11",
                          "KE 14.2 opp delete 'may'", "ZA sup #1", "XX 14 sup", "#1 merged")
    assert code == 1 and "1 of 4 line(s) not recorded" in err
    assert "tables proposal #1: delete “may”" in out and "supporter of proposal #1" in out
    assert "No delegation or group is called or coded ‘XX’" in out
    assert "proposal #1 is now merged into the text" in out
    with Workspace.open(room_db) as ws:
        assert [i.line for i in ws.find(Intervention, order_by="seq")] == ["KE 14.2 opp delete 'may'", "ZA sup #1"]
        assert ws.find(Proposal)[0].status is ProposalStatus.MERGED
        assert {p.confidence for p in ws.find(Position)} == {Confidence.HEARD_IN_ROOM}


def test_dry_run_writes_nothing_and_json_reports_ids(capsys: pytest.CaptureFixture[str], room_db: Path) -> None:
    code, out, _ = _run(capsys, "capture", "--db", str(room_db), "--meeting", "11", "--provision", "6.2",
                        "--dry-run", "--json", "KE opp too broad")
    (result,) = json.loads(out)
    assert code == 0 and result["stance"] == "opposes" and result["position_id"]
    with Workspace.open(room_db) as ws:
        assert ws.find(Intervention) == [] and ws.find(Position) == []


def test_capture_reads_lines_from_stdin(capsys: pytest.CaptureFixture[str], room_db: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("KE 14 sup\n\nZA 15 opp\n"))
    code, _, _ = _run(capsys, "capture", "--db", str(room_db), "--meeting", "12", "-")
    assert code == 0
    with Workspace.open(room_db) as ws:
        assert len(ws.find(Intervention)) == 2


def test_listings_and_links(capsys: pytest.CaptureFixture[str], room_db: Path) -> None:
    _run(capsys, "capture", "--db", str(room_db), "--meeting", "11", "EG 6.2 prop replace 'may' with 'shall'",
         "US opp #1", "CH cosp #1", "KE/African Group 14 ?")
    code, out, _ = _run(capsys, "proposal", "list", "--db", str(room_db), "--json")
    (proposal,) = json.loads(out)
    assert proposal["status"] == "supported" and proposal["sponsor"] == "Egypt"
    assert proposal["roles"] == {"Egypt": "sponsor", "United States of America": "opponent", "Switzerland": "co-sponsor"}
    code, out, _ = _run(capsys, "intervention", "list", "--db", str(room_db), "--delegation", "African Group")
    assert code == 0 and out.strip() == "11th meeting (2024-08-02) #4   Kenya for African Group: asks Article 14"
    with Workspace.open(room_db) as ws:
        amendment = ws.insert(Amendment(provision_id=ws.find(Intervention)[0].provision_id or "", title="Shall"))
    code, out, _ = _run(capsys, "proposal", "link", "--db", str(room_db), "1", "--amendment", amendment.id)
    assert code == 0 and "now carries" in out
    _run(capsys, "capture", "--db", str(room_db), "--meeting", "12", "NZ sup #1")
    with Workspace.open(room_db) as ws:
        (on_amendment,) = [p for p in ws.find(Position) if p.amendment_id == amendment.id]
        assert on_amendment.stance.value == "supports"


def test_terminal_output_carries_no_control_characters(capsys: pytest.CaptureFixture[str], room_db: Path) -> None:
    with Workspace.open(room_db) as ws:
        meeting = ws.find(Meeting)[0]
        ws.update(replace(meeting, agenda_item="Item\x1b[31m red\x07"))
    code, out, _ = _run(capsys, "meeting", "list", "--db", str(room_db))
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "Item [31m red" in out


def test_session_report_pdf_and_csv(capsys: pytest.CaptureFixture[str], room_db: Path, tmp_path: Path) -> None:
    _run(capsys, "capture", "--db", str(room_db), "--meeting", "11", "KE 14.2 opp delete 'may' =HYPERLINK(x)",
         "ZA sup #1", "EG/African Group gen sup welcomes the draft")
    pdf, table = tmp_path / "report.pdf", tmp_path / "report.csv"
    code, out, _ = _run(capsys, "session", "report", "--db", str(room_db), "--pdf", str(pdf), "--csv", str(table))
    assert code == 0 and "3 interventions" in out
    text = " ".join((page.extract_text() or "") for page in PdfReader(str(pdf)).pages)
    for expected in ("Session report: Reconvened concluding session", "Article 14(2)", "Kenya", "delete “may”",
                     "What changed in the matrix", "Egypt on behalf of African Group", "General statements"):
        assert expected in " ".join(text.split()), expected
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    kinds = [r["record"] for r in rows]
    assert kinds.count("intervention") == 3 and "proposal" in kinds and "matrix change" in kinds
    (kenya,) = [r for r in rows if r["record"] == "intervention" and r["delegation"] == "Kenya"]
    assert kenya["note"] == "'=HYPERLINK(x)"  # a spreadsheet shows it, never runs it
    code, _, err = _run(capsys, "session", "report", "--db", str(room_db))
    assert code == 1 and "--pdf FILE, --csv FILE" in err
