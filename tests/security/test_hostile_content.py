"""Hostile but well-formed treaty-status rows (issue 9): dates the status views compute with must be
dates, or the bundle is refused with the row named and the workspace unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.bundles.apply import import_bundle
from briefing_app.bundles.errors import BundleError
from briefing_app.bundles.export import export_bundle
from briefing_app.domain.enums import StatusKind
from briefing_app.domain.models import Reservation, StatusEvent
from briefing_app.domain.treaty_status import party_statuses
from tests.bundles.builders import build_sample, open_ws
from tests.helpers import logical_dump
from tests.security.hostile import changed_rows


@pytest.fixture
def status_bundle(tmp_path: Path) -> Path:
    with open_ws(tmp_path / "partner.sqlite") as partner:
        sample = build_sample(partner)
        partner.insert_many([
            StatusEvent(document_id=sample.document.id, delegation_id=sample.delegation.id,
                        kind=StatusKind.SIGNATURE, date="2025-10"),
            Reservation(document_id=sample.document.id, delegation_id=sample.delegation.id, date="2025-10-25")])
        return export_bundle(partner, tmp_path / "partner.briefing", organization="Partner").path


@pytest.mark.parametrize(("statement", "message"), [
    ("UPDATE status_events SET date = 'soon'", "table status_events, row 1.*date 'soon' is not a date"),
    ("UPDATE status_events SET date = ''", "status_events.*date '' is not a date"),
    ("UPDATE reservations SET withdrawn_date = '2025-02-30'", "reservations.*withdrawn_date '2025-02-30'"),
])
def test_a_status_date_that_is_no_date_refuses_the_bundle(tmp_path: Path, status_bundle: Path, statement: str,
                                                          message: str) -> None:
    changed_rows(statement)(status_bundle)
    with open_ws(tmp_path / "mine.sqlite", start=5000) as ws:
        dump = logical_dump(ws.conn)
        with pytest.raises(BundleError, match=message):
            import_bundle(ws, status_bundle)
        assert logical_dump(ws.conn) == dump


def test_valid_partial_and_empty_dates_import_and_the_status_view_reads_them(tmp_path: Path,
                                                                              status_bundle: Path) -> None:
    with open_ws(tmp_path / "mine.sqlite", start=5000) as ws:
        assert import_bundle(ws, status_bundle).applied
        [event] = ws.find(StatusEvent)
        assert party_statuses([event])[event.delegation_id].stage == "signed"
