"""The import's faster write paths (issue #17 item 5) leave exactly what the plain paths left."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.bundles.apply import import_bundle, workspace_digest
from briefing_app.bundles.export import export_bundle
from briefing_app.bundles.format import SPECS
from briefing_app.domain.models import Concern
from briefing_app.domain.views import SearchKind
from briefing_app.store import sync_store
from briefing_app.store.search import search
from tests.bundles.builders import build_sample, content, open_ws
from tests.helpers import logical_dump


def _concern_rows(n: int, title: str) -> list[tuple[object, ...]]:
    rows = []
    for i in range(n):
        concern = Concern(title=f"{title} {i}", summary=f"summary {i}")
        values = {"id": concern.id, "title": concern.title, "summary": concern.summary, "severity": "high",
                  "category": "12", "status": "open", "organization_id": None, "date": "2024",
                  "sensitivity": "public", "origin": "", "created_at": "2024-01-01T00:00:00Z",
                  "updated_at": "2024-01-01T00:00:00Z"}
        rows.append(tuple(values[c] for c in SPECS["concerns"].columns))
    return rows


@pytest.mark.parametrize("size", [sync_store.STAGE_FROM - 1, sync_store.STAGE_FROM + 5])
def test_a_staged_upsert_writes_what_row_by_row_writes(tmp_path: Path, size: int,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    columns = SPECS["concerns"].columns
    rows = _concern_rows(size, "Encryption backdoor")
    results = []
    for name, stage_from in (("direct", 10**9), ("staged", 1)):
        monkeypatch.setattr(sync_store, "STAGE_FROM", stage_from)
        with open_ws(tmp_path / f"{name}.sqlite") as ws, ws.transaction():
            sync_store.upsert_rows(ws, "concerns", columns, rows)
            changed = [tuple("New title" if c == "title" else v for c, v in zip(columns, rows[0], strict=True))]
            sync_store.upsert_rows(ws, "concerns", columns, changed)  # an update of an existing row
            sync_store.upsert_rows(ws, "concerns", columns, [*changed, *rows[1:]])  # a mix, all updates
            order = ws.conn.execute("SELECT id, typeof(date), typeof(organization_id) FROM concerns "
                                    "ORDER BY rowid").fetchall()
            hits = {h.record_id for h in search(ws, "backdoor", kinds=(SearchKind.CONCERN,), limit=500)}
            renamed = {h.record_id for h in search(ws, '"New title"', kinds=(SearchKind.CONCERN,))}
            temp = ws.conn.execute("SELECT name FROM sqlite_temp_master").fetchall()
            results.append((order, hits, renamed, temp))
    assert results[0] == results[1]
    order, hits, renamed, temp = results[1]
    assert [r[0] for r in order] == [r[0] for r in rows] and order[0][1:] == ("text", "null")
    assert renamed == {rows[0][0]} and len(hits) == size - 1  # FTS followed the update
    assert temp == []  # the staging table is gone


def test_an_import_through_staging_equals_one_row_by_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_ws(tmp_path / "a.sqlite") as a:
        build_sample(a)
        for i in range(30):
            a.insert(Concern(title=f"Bulk {i}", summary="staged"))
        bundle = export_bundle(a, tmp_path / "a.briefing", organization="Privacy Coalition").path
    dumps = []
    for name, stage_from in (("direct", 10**9), ("staged", 1)):
        monkeypatch.setattr(sync_store, "STAGE_FROM", stage_from)
        with open_ws(tmp_path / f"{name}.sqlite", start=1000) as ws:
            report = import_bundle(ws, bundle)
            assert report.applied and report.summary["concerns"]["new"] == 31
            dumps.append((content(ws.conn), workspace_digest(ws)))
            assert logical_dump(ws.conn)
    assert dumps[0] == dumps[1]


def test_take_bases_writes_what_set_bases_and_set_partner_bases_write(tmp_path: Path) -> None:
    provenance = sync_store.Provenance("Partner", "bundle-1", "2024-01-01T00:00:00Z")
    items = [(f"key-{i:03d}", f"{i:064x}") for i in (5, 3, 9, 1)]
    tables = []
    for name in ("separate", "together"):
        with open_ws(tmp_path / f"{name}.sqlite") as ws, ws.transaction():
            sync_store.set_bases(ws, "concerns", items[:1], None)  # one row known before, no owner yet
            if name == "separate":
                sync_store.set_bases(ws, "concerns", items, provenance)
                sync_store.set_partner_bases(ws, "Partner", "concerns", items, remember=False)
            else:
                sync_store.take_bases(ws, "Partner", "concerns", iter(items), provenance)
            tables.append({t: ws.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall()  # noqa: S608
                           for t in ("sync_rows", "sync_partner_bases", "sync_history")})
            assert ws.conn.execute("SELECT name FROM sqlite_temp_master").fetchall() == []
    assert tables[0] == tables[1]
    assert len(tables[1]["sync_rows"]) == 4 and {r[3] for r in tables[1]["sync_rows"]} == {"Partner"}
