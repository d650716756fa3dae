"""Importing the depositary's status list: per-row errors, and all of it or nothing."""

from __future__ import annotations

import pytest

from briefing_app.domain.enums import StatusKind
from briefing_app.domain.models import Delegation, Document, StatusEvent
from briefing_app.status.importer import ColumnMap, apply_import, plan_import
from briefing_app.status.table_input import TableError, parse_date, read_table
from briefing_app.store import status_store
from briefing_app.store.workspace import Workspace

UNTC = ColumnMap(participant="Participant", signature="Signature",
                 instrument="Ratification, Acceptance(A), Approval(AA), Accession(a)")


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    workspace.insert(Document(id="00000000-0000-4000-8000-000000000001", title="Treaty"))
    for name, code in (("France", "FR"), ("Iran (Islamic Republic of)", "IR"), ("Côte d'Ivoire", "CI"),
                       ("European Union", "EU")):
        workspace.insert(Delegation(name=name, iso_code=code))
    return workspace


DOC = "00000000-0000-4000-8000-000000000001"


def _dump(ws: Workspace) -> list[str]:
    return list(ws.conn.iterdump())


def test_should_import_a_pasted_depositary_table_with_kind_marks(ws: Workspace) -> None:
    text = ("Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a)\n"
            "France 3\t25 Oct 2025\t\n"
            "Iran (Islamic Republic of)\t25 Oct 2025\t12 Mar 2026 a\n"
            "Cote d'Ivoire\t26 Oct 2025\t2026-04-02\n"
            "European Union\t25 Oct 2025\t5 Mar 2026 AA\n")
    plan = plan_import(ws, read_table(text), UNTC, document_id=DOC)
    assert plan.ok, plan.problems
    assert plan.count("new") == 7
    done = apply_import(ws, plan)
    events = status_store.events_of(ws, DOC)
    kinds = sorted((e.kind.value, e.date) for e in events if e.kind is not StatusKind.SIGNATURE)
    assert kinds == [("accession", "2026-03-12"), ("approval", "2026-03-05"), ("ratification", "2026-04-02")]
    status_store.undo_write(ws, done)
    assert status_store.events_of(ws, DOC) == []


def test_malformed_rows_each_get_a_clear_error_and_nothing_is_written(ws: Workspace) -> None:
    text = ("Participant,Signature,Instrument\n"
            "France,25 Oct 2025,31 Feb 2026\n"
            "Atlantis,25 Oct 2025,\n"
            ",25 Oct 2025,\n"
            "Iran,yesterday,\n"
            "European Union,25 Oct 2025\n"
            "\"Côte d'Ivoire\",26 Oct 2025,\n"
            "Cote d'Ivoire,26 Oct 2025,\n"
            "Fance,03/04/2026,\n")
    before = _dump(ws)
    plan = plan_import(ws, read_table(text), ColumnMap("participant", "signature", "instrument"),
                       document_id=DOC)
    messages = {p.line: str(p) for p in plan.problems}
    assert sorted(messages) == [2, 3, 4, 5, 6, 8, 9]
    assert "not a day in the calendar" in messages[2]
    assert "Atlantis" in messages[3] and "no delegation" in messages[3]
    assert "participant cell is empty" in messages[4]
    assert "“yesterday” is not a date" in messages[5]
    assert "has 2 cells" in messages[6]
    assert "already has a signature on line 7" in messages[8]
    assert "day/month or month/day" in messages[9]
    with pytest.raises(ValueError, match="nothing was imported"):
        apply_import(ws, plan)
    assert _dump(ws) == before


def test_unknown_participants_become_delegations_only_when_allowed(ws: Workspace) -> None:
    table = read_table("Participant,Signature\nAtlantis,2025-10-25\n")
    plan = plan_import(ws, table, ColumnMap("Participant", "Signature"), document_id=DOC, create_missing=True)
    assert plan.ok and [d.name for d in plan.new_delegations] == ["Atlantis"]
    apply_import(ws, plan)
    assert any(d.name == "Atlantis" for d in ws.find(Delegation))


def test_reimport_reports_unchanged_and_updates_changed_dates(ws: Workspace) -> None:
    table = read_table("Participant|Signature\n|---|---|\nFrance|2025-10-25\n")
    apply_import(ws, plan_import(ws, table, ColumnMap("Participant", "Signature"), document_id=DOC))
    again = plan_import(ws, table, ColumnMap("Participant", "Signature"), document_id=DOC)
    assert [p.action for p in again.events] == ["unchanged"]
    moved = read_table("| Participant | Signature |\n| France | 26 October 2025 |\n")
    plan = plan_import(ws, moved, ColumnMap("participant", "signature"), document_id=DOC)
    assert [p.action for p in plan.events] == ["updated"]
    done = apply_import(ws, plan)
    assert [e.date for e in ws.find(StatusEvent)] == ["2025-10-26"]
    status_store.undo_write(ws, done)
    assert [e.date for e in ws.find(StatusEvent)] == ["2025-10-25"]


def test_long_layout_with_a_kind_column(ws: Workspace) -> None:
    table = read_table("State;Step;Date\nFrance;signature;2025-10\nFrance;ratified;2026\nIR;denunciation;x\n")
    plan = plan_import(ws, table, ColumnMap("State", kind="Step", date="Date"), document_id=DOC)
    assert [(p.event.kind, p.event.date) for p in plan.events] == [
        (StatusKind.SIGNATURE, "2025-10"), (StatusKind.RATIFICATION, "2026")]
    assert [p.line for p in plan.problems] == [4]


def test_a_column_that_is_not_there_names_the_columns_that_are(ws: Workspace) -> None:
    plan = plan_import(ws, read_table("Country,Signed\nFrance,2025\n"), ColumnMap("Participant", "Signed"),
                       document_id=DOC)
    assert "no column “Participant”" in str(plan.problems[0]) and "“Country”" in str(plan.problems[0])


@pytest.mark.parametrize(("cell", "iso"), [("25 Oct 2025", "2025-10-25"), ("25 October 2025", "2025-10-25"),
                                           ("Oct 25, 2025", "2025-10-25"), ("2025/10/25", "2025-10-25"),
                                           ("October 2025", "2025-10"), ("25-Oct-2025", "2025-10-25"),
                                           ("2025", "2025")])
def test_dates_in_the_ways_depositaries_write_them(cell: str, iso: str) -> None:
    assert parse_date(cell) == iso


def test_text_that_is_not_a_table_is_refused() -> None:
    for text in ("", "   \n\n", "just one column\nFrance\n"):
        with pytest.raises(TableError):
            read_table(text)


@pytest.mark.parametrize("fail_at", [1, 3, 5])
def test_a_failure_at_any_row_leaves_the_workspace_as_it_was(ws: Workspace, monkeypatch: pytest.MonkeyPatch,
                                                            fail_at: int) -> None:
    from briefing_app.store.errors import StoreError

    text = ("Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a)\n"
            "France\t25 Oct 2025\t1 Mar 2026 A\nCôte d'Ivoire\t25 Oct 2025\t\nEuropean Union\t26 Oct 2025\t"
            "2 Apr 2026 AA\nIran (Islamic Republic of)\t25 Oct 2025\t\nAtlantis\t25 Oct 2025\t\n")
    plan = plan_import(ws, read_table(text), UNTC, document_id=DOC, create_missing=True)
    assert plan.ok and plan.count("new") == 7
    before = _dump(ws)
    calls = {"n": 0}
    real_insert = Workspace.insert

    def failing(self: Workspace, record):  # noqa: ANN001, ANN202 - a stand-in for a full disk at row k
        calls["n"] += 1
        if calls["n"] == fail_at:
            raise StoreError("disk full (injected)")
        return real_insert(self, record)

    monkeypatch.setattr(Workspace, "insert", failing)
    with pytest.raises(StoreError):
        apply_import(ws, plan)
    assert _dump(ws) == before
