"""Export: what goes into a bundle, what never does, and that the file is built fresh and atomically."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefing_app.bundles.apply import import_bundle
from briefing_app.bundles.export import export_bundle
from briefing_app.bundles.format import FORMAT_VERSION, SPECS
from briefing_app.bundles.selection import Selection
from briefing_app.domain.models import Concern
from briefing_app.store.schema import APPLICATION_ID
from tests.bundles.builders import SECRET_CONTACT, SECRET_NOTE, build_sample, content, open_ws


def _ids(path: Path, table: str) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute(f"SELECT {SPECS[table].columns[0]} FROM {table}")}
    finally:
        conn.close()


def test_round_trip_gives_identical_shareable_content_when_imported_into_empty_workspace(tmp_path: Path) -> None:
    with open_ws(tmp_path / "a.sqlite") as a:
        build_sample(a)
        export_bundle(a, tmp_path / "a.briefing", organization="Partner", include_internal=True)
        with open_ws(tmp_path / "b.sqlite") as b:
            report = import_bundle(b, tmp_path / "a.briefing")
            assert report.applied
            mine, theirs = content(a.conn), content(b.conn)
    personal = {"contacts"}
    for table in SPECS:
        if table in personal:
            assert theirs[table] == []
        else:
            assert theirs[table] == mine[table], table


def test_default_bundle_leaves_out_internal_and_personal_rows_and_links_to_them(tmp_path: Path) -> None:
    with open_ws(tmp_path / "a.sqlite") as a:
        sample = build_sample(a)
        result = export_bundle(a, tmp_path / "x.briefing", organization="Partner")
    concerns = _ids(result.path, "concerns")
    assert sample.concern.id in concerns and sample.internal_concern.id not in concerns
    assert _ids(result.path, "contacts") == set()
    assert len(_ids(result.path, "notes")) == 1  # the coalition note; the internal one stays home
    assert all(sample.internal_concern.id not in k for k in _ids(result.path, "concern_provisions"))
    assert result.withheld["concerns"] == 1 and result.withheld["contacts"] == 1


def test_include_internal_exports_internal_rows_but_never_personal_ones(tmp_path: Path) -> None:
    with open_ws(tmp_path / "a.sqlite") as a:
        sample = build_sample(a)
        result = export_bundle(a, tmp_path / "x.briefing", organization="Partner", include_internal=True)
    assert sample.internal_concern.id in _ids(result.path, "concerns")
    assert _ids(result.path, "contacts") == set()
    raw = result.path.read_bytes()
    assert SECRET_NOTE.encode() in raw and SECRET_CONTACT.encode() not in raw


def test_bundle_is_marked_as_ours_and_has_no_triggers_views_or_fts(tmp_path: Path) -> None:
    with open_ws(tmp_path / "a.sqlite") as a:
        build_sample(a)
        result = export_bundle(a, tmp_path / "x.briefing", organization="Partner", description="For the coalition")
    conn = sqlite3.connect(result.path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == FORMAT_VERSION
        kinds = {r[0] for r in conn.execute("SELECT type FROM sqlite_schema")}
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema")]
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        manifest = dict(conn.execute("SELECT key, value FROM manifest"))
    finally:
        conn.close()
    assert kinds == {"table", "index"}
    assert not any("fts" in n for n in names)
    assert manifest["description"] == "For the coalition" and manifest["rows.concerns"] == "1"


def test_selection_of_a_delegation_carries_its_positions_and_what_they_refer_to(tmp_path: Path) -> None:
    with open_ws(tmp_path / "a.sqlite") as a:
        sample = build_sample(a)
        result = export_bundle(a, tmp_path / "x.briefing", organization="Partner",
                               selection=Selection(delegation_ids=(sample.delegation.id,)))
    assert _ids(result.path, "delegations") == {sample.delegation.id}
    assert _ids(result.path, "positions") == {sample.position.id}
    assert _ids(result.path, "provisions") == {sample.article.id}
    assert _ids(result.path, "documents") == {sample.document.id}
    assert _ids(result.path, "concerns") == set()


def test_selection_by_concern_category_carries_those_concerns_and_their_links(tmp_path: Path) -> None:
    with open_ws(tmp_path / "a.sqlite") as a:
        sample = build_sample(a)
        a.insert(Concern(title="Other", category="scope"))
        result = export_bundle(a, tmp_path / "x.briefing", organization="Partner", selection=Selection(concern_categories=("surveillance",)))
    assert _ids(result.path, "concerns") == {sample.concern.id}
    assert _ids(result.path, "amendments") == {sample.amendment.id}
    assert _ids(result.path, "cases") == {sample.case.id}
    assert _ids(result.path, "delegations") == set()


def test_failed_export_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out" / "x.briefing"
    out.parent.mkdir()
    out.write_bytes(b"previous bundle")
    with open_ws(tmp_path / "a.sqlite") as a:
        build_sample(a)

        def broken(*_args: object) -> str:
            raise OSError("disk full")

        monkeypatch.setattr("briefing_app.bundles.export.row_hash", broken)
        with pytest.raises(OSError):
            export_bundle(a, out, organization="Partner")
    assert out.read_bytes() == b"previous bundle"
    assert [p.name for p in out.parent.iterdir()] == ["x.briefing"]
