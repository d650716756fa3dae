"""The coalition folder: two workspaces (two computers' keys) and one folder, then the same through two
real Syncthing instances on loopback."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing_app.bundles import coalition, keyring
from briefing_app.bundles.keystore import KeyStore
from briefing_app.bundles.signing import Trust
from briefing_app.domain.models import Concern
from tests.bundles.builders import Sample, build_sample, content, open_ws
from tests.bundles.syncthing_pair import BINARY, SyncthingPair, wait_for
from tests.helpers import logical_dump


class Partners:
    def __init__(self, tmp: Path, folder_a: Path, folder_b: Path) -> None:
        self.keys_a, self.keys_b = KeyStore(tmp / "keys-a"), KeyStore(tmp / "keys-b")
        self.a = open_ws(tmp / "a.sqlite")
        self.sample: Sample = build_sample(self.a)
        self.b = open_ws(tmp / "b.sqlite", start=5000)
        for ws, name, folder in ((self.a, "Privacy Coalition", folder_a), (self.b, "Press Desk", folder_b)):
            ws.set_meta("sync.organization", name)
            coalition.set_folder(ws, folder)

    def trust_each_other(self, tmp: Path) -> None:
        for ws, keys, name, other in ((self.b, self.keys_a, "Privacy Coalition", "a"),
                                      (self.a, self.keys_b, "Press Desk", "b")):
            path = tmp / f"{other}.briefing-key"
            path.write_text(keyring.key_file_text(name, keys.public()), encoding="utf-8")
            keyring.add_key_file(ws, path)

    def close(self) -> None:
        self.a.close()
        self.b.close()


@pytest.fixture
def shared(tmp_path: Path) -> Partners:
    folder = tmp_path / "coalition"
    folder.mkdir()
    partners = Partners(tmp_path, folder, folder)
    yield partners
    partners.close()


def test_publish_writes_one_signed_bundle_and_rewrites_it_only_after_a_change(shared: Partners) -> None:
    first = coalition.publish(shared.a, keys=shared.keys_a)
    assert first is not None and first.path.name == "privacy-coalition.briefing"
    before = first.path.read_bytes()
    assert coalition.publish(shared.a, keys=shared.keys_a) is None
    assert first.path.read_bytes() == before
    shared.a.update(replace(shared.a.require(Concern, shared.sample.concern.id), title="Sharper"))
    again = coalition.publish(shared.a, keys=shared.keys_a)
    assert again is not None and again.manifest.bundle_id != first.manifest.bundle_id
    assert [p.name for p in again.path.parent.iterdir()] == ["privacy-coalition.briefing"]


def test_untrusted_bundles_are_only_offered_never_imported_automatically(shared: Partners) -> None:
    coalition.publish(shared.a, keys=shared.keys_a)
    dump = logical_dump(shared.b.conn)
    result = coalition.sync_folder(shared.b, keys=shared.keys_b, auto=True, publish_first=False)
    assert result.imported == [] and logical_dump(shared.b.conn) == dump
    [offer] = result.offers or []
    assert offer.report is not None and offer.report.signature.trust is Trust.UNKNOWN_KEY
    assert offer.report.totals["new"] > 0


def test_trusted_partners_sync_both_ways_and_own_or_imported_bundles_are_not_offered(shared: Partners,
                                                                                    tmp_path: Path) -> None:
    shared.trust_each_other(tmp_path)
    coalition.sync_folder(shared.a, keys=shared.keys_a, auto=True)
    result = coalition.sync_folder(shared.b, keys=shared.keys_b, auto=True)
    assert [r.manifest.organization for r in result.imported or []] == ["Privacy Coalition"]
    assert result.published is not None  # B's own bundle, now with A's rows
    assert content(shared.b.conn)["concerns"] == content(shared.a.conn)["concerns"][:1] or \
        shared.b.get(Concern, shared.sample.concern.id) is not None
    assert coalition.offers(shared.b, keys=shared.keys_b) == []  # A's is imported, B's is its own
    shared.b.update(replace(shared.b.require(Concern, shared.sample.concern.id), title="B's proposal"))
    coalition.sync_folder(shared.b, keys=shared.keys_b, auto=True)
    back = coalition.sync_folder(shared.a, keys=shared.keys_a, auto=True)
    [report] = back.imported or []
    assert report.summary["concerns"]["proposal"] == 1  # even trusted, B only proposes edits to A's rows
    assert shared.a.require(Concern, shared.sample.concern.id).title == shared.sample.concern.title


def test_a_refused_file_in_the_folder_is_listed_with_its_reason(shared: Partners) -> None:
    folder = coalition.folder_of(shared.b)
    (folder / "junk.briefing").write_bytes(b"not a bundle at all" * 10)
    [offer] = coalition.offers(shared.b, keys=shared.keys_b)
    assert offer.report is None and "not a SQLite file" in offer.problem


def test_scheduling_follows_the_interval_setting(shared: Partners) -> None:
    assert coalition.due(shared.a, last_run=0.0, now=coalition.DEFAULT_MINUTES * 60.0)
    assert not coalition.due(shared.a, last_run=100.0, now=100.0 + 60)
    shared.a.set_meta(coalition.INTERVAL_KEY, "0")
    assert not coalition.due(shared.a, last_run=0.0, now=10**9)


@pytest.mark.slow
@pytest.mark.skipif(BINARY is None, reason="needs the syncthing binary (Debian package syncthing)")
def test_two_syncthing_instances_on_loopback_carry_a_trusted_bundle_between_workspaces(tmp_path: Path) -> None:
    pair = SyncthingPair(tmp_path)
    partners = Partners(tmp_path, pair.a.folder, pair.b.folder)
    try:
        partners.trust_each_other(tmp_path)
        with pair:
            published = coalition.publish(partners.a, keys=partners.keys_a)
            assert published is not None
            arrived = pair.b.folder / published.path.name
            assert wait_for(arrived, published.path.stat().st_size), (pair.a.home / "log.txt").read_text()[-2000:]
            result = coalition.sync_folder(partners.b, keys=partners.keys_b, auto=True, publish_first=False)
            [report] = result.imported or []
            assert report.signature.trust is Trust.TRUSTED and report.applied
            assert partners.b.require(Concern, partners.sample.concern.id).title == partners.sample.concern.title
    finally:
        partners.close()
