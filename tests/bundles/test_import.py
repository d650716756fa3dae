"""Import: dry run, idempotence, totals, backups and undo, failures and cancel leave no trace."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing_app import paths
from briefing_app.bundles import backups
from briefing_app.bundles.apply import import_bundle, preview, undo_last_import
from briefing_app.bundles.errors import BundleError, UndoError
from briefing_app.bundles.export import export_bundle
from briefing_app.domain.models import Concern
from briefing_app.domain.progress import Cancelled, CancelToken
from briefing_app.store import sync_store
from briefing_app.store.workspace import Workspace
from tests.bundles.builders import build_sample, open_ws
from tests.helpers import logical_dump


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    with open_ws(tmp_path / "a.sqlite") as a:
        build_sample(a)
        return export_bundle(a, tmp_path / "a.briefing", organization="Privacy Coalition").path


@pytest.fixture
def target(tmp_path: Path) -> Workspace:
    ws = open_ws(tmp_path / "b.sqlite", start=1000)
    ws.insert(Concern(title="Mine only"))
    yield ws
    ws.close()


def test_dry_run_reports_counts_and_changes_nothing(bundle: Path, target: Workspace) -> None:
    before = logical_dump(target.conn)
    report = preview(target, bundle)
    assert not report.applied
    assert report.summary["concerns"]["new"] == 1
    assert logical_dump(target.conn) == before
    assert not paths.backups_dir().exists() or list(paths.backups_dir().iterdir()) == []


def test_report_totals_add_up_to_the_bundle_rows(bundle: Path, target: Workspace) -> None:
    report = import_bundle(target, bundle)
    counts = report.manifest.counts
    for table, outcomes in report.summary.items():
        assert sum(outcomes.values()) == counts[table]
    assert sum(report.totals.values()) == sum(counts.values())


def test_importing_the_same_bundle_twice_changes_nothing_the_second_time(bundle: Path, target: Workspace) -> None:
    import_bundle(target, bundle)
    after_first = logical_dump(target.conn)
    second = import_bundle(target, bundle)
    assert not second.applied
    assert set(second.totals) and second.totals["unchanged"] == sum(second.manifest.counts.values())
    assert logical_dump(target.conn) == after_first


def test_import_records_provenance_of_new_rows(bundle: Path, target: Workspace) -> None:
    report = import_bundle(target, bundle)
    concern_id = next(k for k in sync_store.keys_from(target, "concerns", "Privacy Coalition"))
    origin = sync_store.provenance_of(target, "concerns", concern_id)
    assert origin is not None and origin.bundle_id == report.manifest.bundle_id
    assert sync_store.contributors(target, "concerns") == [("Privacy Coalition", 1)]
    assert [target.require(Concern, k).title for k in sync_store.keys_from(target, "concerns", "")] == [
        "Mine only"]


def test_undo_after_import_returns_the_exact_earlier_state(bundle: Path, target: Workspace) -> None:
    before = logical_dump(target.conn)
    report = import_bundle(target, bundle)
    assert report.backup is not None and report.backup.is_file()
    assert logical_dump(target.conn) != before
    undo_last_import(target)
    assert logical_dump(target.conn) == before
    with pytest.raises(UndoError, match="no import to undo"):
        undo_last_import(target)


def test_undo_refuses_when_the_workspace_changed_since_unless_forced(bundle: Path, target: Workspace) -> None:
    before = logical_dump(target.conn)
    import_bundle(target, bundle)
    mine = target.find(Concern, title="Mine only")[0]
    target.update(replace(mine, title="Edited after the import"))
    with pytest.raises(UndoError, match="changed after importing"):
        undo_last_import(target)
    undo_last_import(target, force=True)
    assert logical_dump(target.conn) == before


def test_backups_are_thinned_to_the_configured_number(tmp_path: Path, target: Workspace) -> None:
    target.set_meta(backups.KEEP_KEY, "2")
    with open_ws(tmp_path / "a.sqlite") as a:
        concern = a.insert(Concern(title="v0"))
        for n in range(4):
            concern = a.update(replace(concern, title=f"v{n + 1}"))
            import_bundle(target, export_bundle(a, tmp_path / f"{n}.briefing", organization="Partner").path)
    assert len(backups.snapshots(target)) == 2
    assert target.require(Concern, concern.id).title == "v4"


def test_failure_at_row_k_rolls_back_everything_and_removes_the_backup(bundle: Path, target: Workspace,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    before = logical_dump(target.conn)
    written = {"rows": 0}
    real = sync_store.upsert_rows

    def failing(conn, table, columns, rows):  # type: ignore[no-untyped-def]
        written["rows"] += len(rows)
        if table == "concerns":
            raise RuntimeError("injected failure at row k")
        real(conn, table, columns, rows)

    monkeypatch.setattr(sync_store, "upsert_rows", failing)
    with pytest.raises(RuntimeError, match="injected"):
        import_bundle(target, bundle)
    assert written["rows"] > 0
    assert logical_dump(target.conn) == before
    assert backups.snapshots(target) == []


def test_cancel_during_the_write_rolls_back_and_raises_cancelled(bundle: Path, target: Workspace,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    before = logical_dump(target.conn)
    token = CancelToken()
    real = sync_store.upsert_rows

    def cancelling(conn, table, columns, rows):  # type: ignore[no-untyped-def]
        real(conn, table, columns, rows)
        if table == "concerns":
            token.cancel()

    monkeypatch.setattr(sync_store, "upsert_rows", cancelling)
    with pytest.raises(Cancelled):
        import_bundle(target, bundle, cancel=token)
    assert logical_dump(target.conn) == before
    assert backups.snapshots(target) == []


def test_import_refuses_a_file_that_changed_after_the_preview(bundle: Path, target: Workspace,
                                                              tmp_path: Path) -> None:
    seen = preview(target, bundle).manifest
    with open_ws(tmp_path / "other.sqlite") as other:
        other.insert(Concern(title="Swapped in"))
        export_bundle(other, bundle, organization="Partner")
    before = logical_dump(target.conn)
    with pytest.raises(BundleError, match="changed after the preview"):
        import_bundle(target, bundle, previewed=seen)
    assert logical_dump(target.conn) == before


def _edit_title(ws: Workspace) -> None:
    mine = ws.find(Concern, title="Mine only")[0]
    ws.update(replace(mine, title="Edited after the import"))


def _edit_and_undo_the_edit(ws: Workspace) -> None:
    mine = ws.find(Concern, title="Mine only")[0]
    ws.update(replace(mine, title="Edited after the import"))
    ws.update(mine)


def _delete_imported(ws: Workspace) -> None:
    imported = next(iter(sync_store.keys_from(ws, "concerns", "Privacy Coalition")))
    ws.delete(Concern, imported)


def _unlink_imported(ws: Workspace) -> None:
    left, right = next(iter(ws.conn.execute("SELECT concern_id, provision_id FROM concern_provisions")))
    ws.unlink("concern_provisions", left, right)


def _new_pack_profile(ws: Workspace) -> None:
    from briefing_app.domain.pack_model import PackProfile
    from briefing_app.store import packs_store

    delegation = ws.conn.execute("SELECT id FROM delegations LIMIT 1").fetchone()[0]
    packs_store.save_profile(ws, PackProfile(delegation_id=delegation, name="After the import"))


def _new_partner_key(ws: Workspace) -> None:
    from briefing_app.store import sync_keys

    sync_keys.add_key(ws, sync_keys.PartnerKey("AAAA-BBBB-CCCC-DDDD-EEEE", "Partner", "", "",
                                               "2024-01-01T00:00:00Z", "fingerprint"))


def _plain_sql(ws: Workspace) -> None:
    with ws.transaction():
        ws.conn.execute("UPDATE provisions SET text = text || ' (edited)'")


@pytest.mark.parametrize("edit", [_edit_title, _edit_and_undo_the_edit, _delete_imported, _unlink_imported,
                                  _new_pack_profile, _new_partner_key, _plain_sql])
def test_undo_keeps_a_later_edit_when_the_workspace_changed_after_the_import(
        bundle: Path, target: Workspace, edit: object) -> None:
    """Undo restores the whole snapshot: after any later edit it refuses, and the edit stays."""
    import_bundle(target, bundle)
    edit(target)  # type: ignore[operator]
    edited = logical_dump(target.conn)
    with pytest.raises(UndoError, match="changed after importing") as refused:
        undo_last_import(target)
    assert refused.value.reason == UndoError.CHANGED_SINCE
    assert logical_dump(target.conn) == edited


def test_undo_of_an_import_recorded_before_the_counter_checks_its_fingerprint(bundle: Path,
                                                                               target: Workspace) -> None:
    """Schema 13 and older stored a digest of the shareable rows as after_digest; that still decides."""
    from briefing_app.bundles.apply import workspace_digest

    before = logical_dump(target.conn)
    report = import_bundle(target, bundle)
    with target.transaction():
        target.conn.execute("UPDATE sync_imports SET after_digest = ? WHERE id = ?",
                            (workspace_digest(target), report.import_id))
    _new_pack_profile(target)  # not shareable content: the old fingerprint does not see it
    _edit_title(target)
    with pytest.raises(UndoError, match="changed after importing"):
        undo_last_import(target)
    undo_last_import(target, force=True)
    assert logical_dump(target.conn) == before
    report = import_bundle(target, bundle)
    with target.transaction():
        target.conn.execute("UPDATE sync_imports SET after_digest = ? WHERE id = ?",
                            (workspace_digest(target), report.import_id))
    undo_last_import(target)  # unchanged since: allowed
    assert logical_dump(target.conn) == before
