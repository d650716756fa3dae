"""sync_store.row_hashes with `keys`: the same hashes as the whole table filtered, whether few or
most rows match (few: only those rows are read, by rowid)."""

from __future__ import annotations

import pytest

from briefing_app.bundles.format import SPECS
from briefing_app.store import sync_store
from briefing_app.store.workspace import Workspace


@pytest.mark.parametrize("table", ["provisions", "concerns", "concern_provisions", "positions"])
@pytest.mark.parametrize("share", [0.0, 0.01, 0.2, 0.3, 1.0])
def test_row_hashes_of_some_keys_are_the_whole_tables_hashes_filtered(demo_workspace: Workspace, table: str,
                                                                      share: float) -> None:
    columns = SPECS[table].columns
    everything = sync_store.row_hashes(demo_workspace, table, columns)
    assert everything, table
    keys = sorted(everything)
    chosen = set(keys[:max(1, round(len(keys) * share))] if share else []) | {"not-a-key", "x y"}
    found = sync_store.row_hashes(demo_workspace, table, columns, keys=chosen)
    assert found == {k: h for k, h in everything.items() if k in chosen}
    assert list(found) == [k for k in everything if k in chosen]  # rowid order either way


def test_few_matching_keys_read_only_those_rows(demo_workspace: Workspace) -> None:
    columns = SPECS["provisions"].columns
    everything = sync_store.row_hashes(demo_workspace, "provisions", columns)
    some = set(sorted(everything)[:3])
    statements: list[str] = []
    demo_workspace.conn.set_trace_callback(statements.append)
    assert sync_store.row_hashes(demo_workspace, "provisions", columns, keys=some) == {
        k: everything[k] for k in some}
    assert sync_store.row_hashes(demo_workspace, "provisions", columns, keys=set()) == {}
    demo_workspace.conn.set_trace_callback(None)
    full_reads = [s for s in statements if s.startswith(f"SELECT {', '.join(columns)} FROM provisions")
                  and "WHERE rowid IN" not in s]
    assert full_reads == []
    assert sum("WHERE rowid IN" in s for s in statements) == 1
