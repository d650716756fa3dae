"""The change counter (migration 14) that undo of an import checks: every table a user edits has
its triggers, and any insert, update or delete there (through the Workspace or plain SQL) moves it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefing_app.bundles.format import SPECS
from briefing_app.domain.models import Concern
from briefing_app.store import sync_queue
from briefing_app.store.sync_schema import CHANGE_COUNTED
from briefing_app.store.workspace import Workspace
from tests.bundles.builders import build_sample, open_ws

# Tables whose writes are bookkeeping, not a user's edits: undo may discard them (docs/schema.md).
NOT_COUNTED = {"meta", "sync_rows", "sync_tombstones", "sync_imports", "sync_import_log", "sync_partner_bases",
               "sync_history", "sync_changes", "export_log"}


def _tables(ws: Workspace) -> set[str]:
    return {r[0] for r in ws.conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                                          "LIKE 'sqlite%' AND name NOT LIKE '%_fts%'")}


def test_every_table_but_the_bookkeeping_ones_is_counted(tmp_path: Path) -> None:
    with open_ws(tmp_path / "w.sqlite") as ws:
        assert set(CHANGE_COUNTED) == _tables(ws) - NOT_COUNTED  # a new table: count it or list it above
        assert set(SPECS) <= set(CHANGE_COUNTED)
        triggers = {(r[0], r[1]) for r in ws.conn.execute(
            "SELECT tbl_name, name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_count_%'")}
        assert triggers == {(t, f"{t}_count_{e}") for t in CHANGE_COUNTED for e in ("insert", "update", "delete")}


def test_the_counter_moves_on_every_kind_of_write_when_rows_change(tmp_path: Path) -> None:
    with open_ws(tmp_path / "w.sqlite") as ws:
        sample = build_sample(ws)
        seen = [sync_queue.change_count(ws)]

        def moved() -> bool:
            seen.append(sync_queue.change_count(ws))
            return seen[-1] != seen[-2]

        concern = ws.insert(Concern(title="New"))
        assert moved()
        ws.update(replace(concern, title="Renamed"))
        assert moved()
        ws.update(replace(concern, title="New"))  # back to the old text: still a change, still counted
        assert moved()
        ws.link("concern_provisions", concern.id, sample.article.id)
        assert moved()
        ws.unlink("concern_provisions", concern.id, sample.article.id)
        assert moved()
        ws.delete(Concern, sample.concern.id)  # its links go with it (cascade)
        assert moved()
        with ws.transaction():
            ws.conn.execute("UPDATE provisions SET text = text || '.' WHERE id = ?", (sample.article.id,))
        assert moved()
        with ws.transaction():
            ws.conn.execute("UPDATE sync_conflicts SET status = 'kept-mine' WHERE 0")  # no row: no change
        assert not moved()
        assert ws.get_meta("sync.organization") == ""
        ws.set_meta("sync.organization", "Us")  # a setting is not counted
        assert not moved()
