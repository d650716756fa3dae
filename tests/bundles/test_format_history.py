"""Older bundles (formats 1 to 3) still import, in the shapes bundles/format_history.py declares:
tables an older format lacks read as empty, columns an older release did not know (provisions'
status and footnotes before format 3) read as what the importer has, or the default for a new row."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from briefing_app.bundles.apply import import_bundle
from briefing_app.bundles.errors import BundleError
from briefing_app.bundles.export import export_bundle
from briefing_app.bundles.format import NEWEST_FORMAT, SPECS
from briefing_app.bundles.format_history import FORMATS, column_shapes, shape_ddl
from briefing_app.bundles.keystore import KeyStore
from briefing_app.domain.enums import ProvisionKind, ProvisionStatus
from briefing_app.domain.models import Provision
from tests.bundles.builders import Sample, build_sample, open_ws
from tests.helpers import logical_dump
from tests.security.hostile import downgrade, narrow_table, reseal

OLD = ("status", "footnotes")


class Pair:
    """A (a partner) exports, B imports; `bundle(version)` writes A's bundle as that format's writer did."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.keys = KeyStore(tmp / "keys-b")
        self.a = open_ws(tmp / "a.sqlite")
        self.sample: Sample = build_sample(self.a)
        self.b = open_ws(tmp / "b.sqlite", start=5000)
        self.count = 0

    def bundle(self, version: int | None = None, *, narrow: bool = True) -> Path:
        self.count += 1
        path = export_bundle(self.a, self.tmp / f"a{self.count}.briefing", organization="Old Partner",
                             keys=KeyStore(self.tmp / "keys-a")).path
        if version is not None:
            downgrade(path, version, narrow=narrow)
        return path

    def status_here(self, provision_id: str) -> tuple[str, str]:
        row = self.b.conn.execute("SELECT status, footnotes FROM provisions WHERE id = ?", (provision_id,)).fetchone()
        return str(row[0]), str(row[1])


@pytest.fixture
def pair(tmp_path: Path) -> Pair:
    made = Pair(tmp_path)
    yield made
    made.a.close()
    made.b.close()


def _held_columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def test_every_format_a_reader_reads_is_declared_with_what_it_holds() -> None:
    assert sorted(FORMATS) == list(range(1, NEWEST_FORMAT + 1))
    assert column_shapes("provisions", 1)[-1] == tuple(c for c in SPECS["provisions"].columns if c not in OLD)
    assert column_shapes("provisions", 3) == (SPECS["provisions"].columns,)
    assert column_shapes("concerns", 1) == (SPECS["concerns"].columns,)


@pytest.mark.parametrize("version", [1, 2])
def test_format_1_and_2_bundles_without_provision_status_import_with_the_defaults(pair: Pair, version: int) -> None:
    pair.a.update(replace(pair.sample.article, status=ProvisionStatus.AGREED, footnotes=("a note",)))
    bundle = pair.bundle(version)
    assert "status" not in _held_columns(bundle, "provisions")  # as the 2026-11-28 release wrote it
    report = import_bundle(pair.b, bundle, keys=pair.keys)
    assert report.applied and report.summary["provisions"]["new"] == 2
    assert pair.status_here(pair.sample.article.id) == (ProvisionStatus.UNMARKED.value, "[]")
    assert pair.b.require(Provision, pair.sample.article.id).heading == "Interception"


@pytest.mark.parametrize("version", [1, 2])
def test_format_1_and_2_bundles_with_the_status_columns_import_them_too(pair: Pair, version: int) -> None:
    pair.a.update(replace(pair.sample.article, status=ProvisionStatus.AGREED))
    report = import_bundle(pair.b, pair.bundle(version, narrow=False), keys=pair.keys)
    assert report.applied
    assert pair.status_here(pair.sample.article.id)[0] == ProvisionStatus.AGREED.value


def test_a_column_an_older_bundle_lacks_keeps_the_value_it_has_here(pair: Pair) -> None:
    pair.a.update(replace(pair.sample.article, status=ProvisionStatus.AGREED, footnotes=("fn",)))
    assert import_bundle(pair.b, pair.bundle(), keys=pair.keys).applied  # today's format: status travels
    article = pair.a.require(Provision, pair.sample.article.id)
    pair.a.update(replace(article, heading="Interception of content data"))
    report = import_bundle(pair.b, pair.bundle(2), keys=pair.keys)
    assert report.summary["provisions"]["updated"] == 1 and report.summary["provisions"]["unchanged"] == 1
    here = pair.b.require(Provision, article.id)
    assert here.heading == "Interception of content data"
    assert (here.status, here.footnotes) == (ProvisionStatus.AGREED, ("fn",))  # not reset to the defaults
    again = import_bundle(pair.b, pair.bundle(2), keys=pair.keys)  # the same content again: nothing to do
    assert not again.would_change


def _extra_provision(pair: Pair) -> Provision:
    extra = Provision(version_id=pair.sample.version.id, kind=ProvisionKind.ARTICLE, number="31",
                      heading="Spare", text="Nothing cites it.")
    pair.a.insert(extra)
    assert import_bundle(pair.b, pair.bundle(), keys=pair.keys).applied
    pair.a.delete(Provision, extra.id)
    return extra


def test_an_older_tombstone_hashed_over_fewer_columns_deletes_the_version_it_names(pair: Pair) -> None:
    extra = _extra_provision(pair)
    report = import_bundle(pair.b, pair.bundle(2), keys=pair.keys)
    assert report.summary["provisions"]["tombstone"] == 1
    assert pair.b.get(Provision, extra.id) is None


def test_an_older_tombstone_is_a_conflict_when_a_column_it_cannot_see_changed_here(pair: Pair) -> None:
    extra = _extra_provision(pair)
    pair.b.update(replace(pair.b.require(Provision, extra.id), status=ProvisionStatus.PENDING))
    report = import_bundle(pair.b, pair.bundle(2), keys=pair.keys)
    assert report.summary["provisions"]["conflict"] == 1
    assert pair.b.require(Provision, extra.id).status is ProvisionStatus.PENDING


@pytest.mark.parametrize("version", [3, 4])
def test_provisions_without_status_are_refused_from_format_3_on(pair: Pair, version: int) -> None:
    bundle = pair.bundle(version)
    conn = sqlite3.connect(bundle, isolation_level=None)
    narrow_table(conn, "provisions", column_shapes("provisions", 1)[-1])
    conn.close()
    reseal(bundle)
    dump = logical_dump(pair.b.conn)
    with pytest.raises(BundleError, match="provisions.*does not have the expected columns"):
        import_bundle(pair.b, bundle, keys=pair.keys)
    assert logical_dump(pair.b.conn) == dump


def test_a_shape_no_release_wrote_is_refused(pair: Pair) -> None:
    bundle = pair.bundle(2, narrow=False)
    conn = sqlite3.connect(bundle, isolation_level=None)
    half = tuple(c for c in SPECS["provisions"].columns if c != "footnotes")  # only one of the two gone
    narrow_table(conn, "provisions", half)
    conn.close()
    reseal(bundle)
    assert shape_ddl(SPECS["provisions"], half) not in {shape_ddl(SPECS["provisions"], s)
                                                        for s in column_shapes("provisions", 2)}
    with pytest.raises(BundleError, match="does not have the expected columns"):
        import_bundle(pair.b, bundle, keys=pair.keys)


def test_workspace_unchanged_reading_older_formats_in_a_dry_run(pair: Pair) -> None:
    dump = logical_dump(pair.b.conn)
    report = import_bundle(pair.b, pair.bundle(1), dry_run=True, keys=pair.keys)
    assert not report.applied and report.would_change
    assert logical_dump(pair.b.conn) == dump
