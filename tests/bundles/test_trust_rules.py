"""What a partner's bundle may change (issue 9): only rows its sender owns here, judged against the
base agreed with that sender; everything else is a proposal; internal and personal rows are never
touched. Hostile-but-valid bundles are made in code: a real export, changed and resealed as the
sender's own tool would."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing_app.bundles.apply import import_bundle
from briefing_app.bundles.conflicts import Resolution, open_conflicts, resolve
from briefing_app.bundles.errors import BundleError
from briefing_app.bundles.export import export_bundle
from briefing_app.domain.enums import Sensitivity
from briefing_app.domain.merge import row_hash
from briefing_app.domain.models import Concern, Contact, Note
from briefing_app.store import sync_store
from briefing_app.store.records import column_names, to_row
from briefing_app.store.workspace import Workspace
from tests.bundles.builders import Sample, build_sample, open_ws
from tests.helpers import logical_dump
from tests.security.hostile import changed_rows


class Coalition:
    """A made the sample; B and C each imported A's first bundle."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.a = open_ws(tmp / "a.sqlite")
        self.sample: Sample = build_sample(self.a)
        self.b = open_ws(tmp / "b.sqlite", start=5000)
        self.c = open_ws(tmp / "c.sqlite", start=9000)
        self.n = 0
        first = self.bundle(self.a, "A")
        import_bundle(self.b, first)
        import_bundle(self.c, first)

    def bundle(self, ws: Workspace, organization: str) -> Path:
        self.n += 1
        return export_bundle(ws, self.tmp / f"{self.n}-{organization}.briefing", organization=organization).path

    def retitle(self, ws: Workspace, title: str) -> None:
        ws.update(replace(ws.require(Concern, self.sample.concern.id), title=title))

    def title(self, ws: Workspace) -> str:
        return ws.require(Concern, self.sample.concern.id).title

    def close(self) -> None:
        for ws in (self.a, self.b, self.c):
            ws.close()


@pytest.fixture
def co(tmp_path: Path) -> Coalition:
    coalition = Coalition(tmp_path)
    yield coalition
    coalition.close()


def test_should_propose_not_apply_if_a_partner_changes_a_row_i_made(co: Coalition) -> None:
    mine = co.b.insert(Concern(title="B's own concern", category="surveillance"))
    import_bundle(co.a, co.bundle(co.b, "B"))
    co.a.update(replace(co.a.require(Concern, mine.id), title="A rewrote B's concern"))
    report = import_bundle(co.b, co.bundle(co.a, "A"))
    assert report.summary["concerns"]["proposal"] == 1 and report.summary["concerns"]["updated"] == 0
    assert co.b.require(Concern, mine.id).title == "B's own concern"
    [view] = open_conflicts(co.b)
    assert (view.conflict.kind, view.conflict.organization) == ("proposed-change", "A")
    assert view.theirs is not None and view.theirs["title"] == "A rewrote B's concern"


def test_should_propose_if_a_third_organization_changes_a_row_it_does_not_own(co: Coalition) -> None:
    co.retitle(co.c, "C's rewording of A's concern")
    report = import_bundle(co.b, co.bundle(co.c, "C"))
    assert report.summary["concerns"]["proposal"] == 1
    assert co.title(co.b) == co.sample.concern.title


def test_should_take_the_owners_update_if_a_third_party_proposed_another_change_before(co: Coalition) -> None:
    co.retitle(co.c, "C's wording")
    import_bundle(co.b, co.bundle(co.c, "C"))
    co.retitle(co.a, "A's wording")
    report = import_bundle(co.b, co.bundle(co.a, "A"))
    assert report.summary["concerns"]["updated"] == 1 and report.totals["conflict"] == 0
    assert co.title(co.b) == "A's wording"
    assert [v.conflict.organization for v in open_conflicts(co.b)] == ["C"]  # still C's proposal, not lost


def test_should_keep_the_owners_update_if_another_partner_sends_the_version_before_it(co: Coalition) -> None:
    stale = co.bundle(co.c, "C")  # C never changed anything: A's first version
    co.retitle(co.a, "A's update")
    import_bundle(co.b, co.bundle(co.a, "A"))
    report = import_bundle(co.b, stale)
    assert report.summary["concerns"]["keep-mine"] == 1 and report.totals["proposal"] == 0
    assert co.title(co.b) == "A's update"


def test_should_keep_bases_apart_per_partner_if_two_partners_send_the_same_row(co: Coalition) -> None:
    co.retitle(co.c, "C's wording")
    import_bundle(co.b, co.bundle(co.c, "C"))
    [proposal] = open_conflicts(co.b)
    resolve(co.b, proposal.conflict, Resolution.KEEP_MINE)
    key = co.sample.concern.id
    assert sync_store.partner_bases(co.b, "C", "concerns")[key] != \
        sync_store.partner_bases(co.b, "A", "concerns")[key]
    co.retitle(co.a, "A's later wording")  # A's base at B is untouched by C: a clean update
    assert import_bundle(co.b, co.bundle(co.a, "A")).summary["concerns"]["updated"] == 1


def test_should_conflict_not_delete_if_a_tombstone_names_another_version_than_mine(co: Coalition) -> None:
    co.a.delete(Concern, co.sample.concern.id)
    bundle = co.bundle(co.a, "A")
    changed_rows("UPDATE tombstones SET last_hash = printf('%064d', 0) WHERE table_name = 'concerns'")(bundle)
    report = import_bundle(co.b, bundle)
    assert report.summary["concerns"]["conflict"] == 1 and report.summary["concerns"]["tombstone"] == 0
    assert co.b.get(Concern, co.sample.concern.id) is not None
    assert [v.conflict.kind for v in open_conflicts(co.b) if v.conflict.table == "concerns"] == ["deleted-there"]


def test_should_delete_if_the_owners_tombstone_names_exactly_my_version(co: Coalition) -> None:
    co.a.delete(Concern, co.sample.concern.id)
    assert import_bundle(co.b, co.bundle(co.a, "A")).summary["concerns"]["tombstone"] == 1
    assert co.b.get(Concern, co.sample.concern.id) is None


def test_should_conflict_if_a_deletion_would_clear_a_reference_in_an_internal_row(co: Coalition) -> None:
    mine = co.b.insert(Concern(title="B's internal view of the coalition", sensitivity=Sensitivity.INTERNAL,
                               organization_id=co.sample.org.id))
    co.a.delete(type(co.sample.org), co.sample.org.id)
    report = import_bundle(co.b, co.bundle(co.a, "A"))
    assert report.summary["organizations"]["conflict"] == 1
    assert co.b.require(Concern, mine.id).organization_id == co.sample.org.id


# -- internal and personal rows are never touched ----------------------------------------------------
def _row_sql(table: str, values: dict[str, object]) -> str:
    def literal(value: object) -> str:
        if value is None:
            return "NULL"
        if isinstance(value, int):
            return str(value)
        return "'" + str(value).replace("'", "''") + "'"
    columns = ", ".join(values)
    return f"INSERT INTO {table} ({columns}) VALUES ({', '.join(literal(v) for v in values.values())})"


def _tombstone_sql(table: str, key: str) -> tuple[str, str]:
    return (f"INSERT INTO tombstones VALUES ('{table}', '{key}', '2026-01-01T00:00:00Z', printf('%064d', 0))",
            "UPDATE manifest SET value = CAST((SELECT count(*) FROM tombstones) AS TEXT) "
            "WHERE key = 'rows.tombstones'")


def test_should_leave_my_internal_row_alone_if_a_bundle_reuses_its_id_as_public(co: Coalition) -> None:
    secret = co.b.insert(Concern(title="B's internal strategy", sensitivity=Sensitivity.INTERNAL))
    forged = {**to_row(secret), "sensitivity": "public", "title": "Overwritten by a partner"}
    bundle = co.bundle(co.c, "C")
    changed_rows(_row_sql("concerns", forged))(bundle)
    dump = logical_dump(co.b.conn)
    report = import_bundle(co.b, bundle)
    assert report.summary["concerns"]["protected"] == 1
    assert ("concerns", secret.id) in report.protected
    assert co.b.require(Concern, secret.id) == secret
    assert logical_dump(co.b.conn) == dump  # nothing else in C's bundle is new to B


@pytest.mark.parametrize("sensitivity", [Sensitivity.INTERNAL, Sensitivity.PERSONAL])
def test_should_never_delete_internal_or_personal_rows_whatever_the_tombstone_says(
        co: Coalition, sensitivity: Sensitivity) -> None:
    note = co.b.insert(Note(record_table="concerns", record_id=co.sample.concern.id, body="B's own note",
                            sensitivity=sensitivity))
    contact = co.b.insert(Contact(delegation_id=co.sample.delegation.id, name="A delegate B met",
                                  sensitivity=sensitivity))
    bundle = co.bundle(co.a, "A")
    changed_rows(*_tombstone_sql("notes", note.id), *_tombstone_sql("contacts", contact.id))(bundle)
    report = import_bundle(co.b, bundle)
    assert report.summary["notes"]["protected"] == 1 and report.summary["contacts"]["protected"] == 1
    assert co.b.require(Note, note.id) == note and co.b.require(Contact, contact.id) == contact


def test_should_keep_my_internal_note_if_the_owner_deletes_the_concern_it_is_on(co: Coalition) -> None:
    note = co.b.insert(Note(record_table="concerns", record_id=co.sample.concern.id, body="B's own note"))
    co.a.delete(Concern, co.sample.concern.id)
    report = import_bundle(co.b, co.bundle(co.a, "A"))
    assert report.summary["concerns"]["conflict"] == 1
    assert co.b.require(Note, note.id) == note


def test_should_not_link_to_my_internal_row_if_a_bundle_names_it(co: Coalition) -> None:
    secret = co.b.insert(Concern(title="B's internal concern", sensitivity=Sensitivity.INTERNAL))
    bundle = co.bundle(co.c, "C")
    changed_rows(_row_sql("concern_cases", {"concern_id": secret.id, "case_id": co.sample.case.id,
                                            "origin": "", "created_at": "2026-01-01T00:00:00Z"}))(bundle)
    report = import_bundle(co.b, bundle)
    assert report.summary["concern_cases"]["protected"] == 1
    assert co.b.linked("concern_cases", left_id=secret.id) == []


def test_should_refuse_if_a_new_row_takes_the_id_of_another_tables_row_here(co: Coalition) -> None:
    note = co.b.insert(Note(record_table="concerns", record_id=co.sample.concern.id, body="B's own note"))
    bundle = co.bundle(co.c, "C")
    values = {"id": note.id, "sensitivity": "public", "origin": "", "created_at": "2026-01-01T00:00:00Z",
              "updated_at": "2026-01-01T00:00:00Z", "title": "A case wearing a note's id", "country": "",
              "law": "", "summary": "", "date": "", "source_id": None}
    assert tuple(values) == column_names(type(co.sample.case))
    changed_rows(_row_sql("cases", values))(bundle)
    dump = logical_dump(co.b.conn)
    with pytest.raises(BundleError, match="already used by a row of notes"):
        import_bundle(co.b, bundle)
    assert logical_dump(co.b.conn) == dump


def test_proposal_accepted_records_the_partners_base_so_a_reimport_changes_nothing(co: Coalition) -> None:
    co.retitle(co.c, "C's wording")
    bundle = co.bundle(co.c, "C")
    import_bundle(co.b, bundle)
    [view] = open_conflicts(co.b)
    resolve(co.b, view.conflict, Resolution.TAKE_THEIRS)
    assert co.title(co.b) == "C's wording"
    assert sync_store.owners(co.b, "concerns")[co.sample.concern.id] == "A"  # accepting is not owning
    assert not import_bundle(co.b, bundle).applied
    assert row_hash(list(to_row(co.b.require(Concern, co.sample.concern.id)).values())) == \
        sync_store.partner_bases(co.b, "C", "concerns")[co.sample.concern.id]


def test_accepting_a_proposal_for_a_row_made_internal_since_is_refused(co: Coalition) -> None:
    co.retitle(co.c, "C's wording")
    import_bundle(co.b, co.bundle(co.c, "C"))
    concern = co.b.require(Concern, co.sample.concern.id)
    co.b.update(replace(concern, sensitivity=Sensitivity.INTERNAL))
    [view] = open_conflicts(co.b)
    with pytest.raises(ValueError, match="internal or personal here"):
        resolve(co.b, view.conflict, Resolution.TAKE_THEIRS)
    assert co.b.require(Concern, concern.id).sensitivity is Sensitivity.INTERNAL


def test_should_not_attach_their_rows_to_my_internal_row_if_a_bundle_refers_to_it(co: Coalition) -> None:
    secret = co.b.insert(Concern(title="B's internal concern", sensitivity=Sensitivity.INTERNAL))
    their_note = Note(record_table="concerns", record_id=secret.id, body="A partner's note on it",
                      sensitivity=Sensitivity.COALITION, created_at="2026-01-01T00:00:00Z",
                      updated_at="2026-01-01T00:00:00Z")
    bundle = co.bundle(co.c, "C")
    changed_rows(_row_sql("notes", to_row(their_note)))(bundle)
    dump = logical_dump(co.b.conn)
    report = import_bundle(co.b, bundle)
    assert report.summary["notes"]["protected"] == 1 and ("notes", their_note.id) in report.protected
    assert co.b.get(Note, their_note.id) is None
    assert logical_dump(co.b.conn) == dump
