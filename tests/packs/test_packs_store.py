"""Pack profiles per delegation, the export log, and atomic pack files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_app.domain.enums import Severity
from briefing_app.domain.models import Delegation
from briefing_app.domain.tailoring import PackProfile, PackTemplate
from briefing_app.packs.build import build_pack, pack_file_name, save_pack, write_atomically
from briefing_app.store.packs_store import data_version, export_log, load_profile, profiles_of, save_profile


def test_profile_round_trips_and_is_kept_per_delegation_when_saved(pack_ws) -> None:
    ws, fx = pack_ws
    profile = PackProfile(delegation_id=fx.kenya.id, template=PackTemplate.BRIEF, min_severity=Severity.LOW,
                          pinned=("a", "b"), excluded=("c",), evidence_annex=False, pack_date="2024-09-03",
                          marking="Für Kenia — 内部", issuer_ids=("o1",))
    save_profile(ws, profile)
    assert load_profile(ws, fx.kenya.id) == profile
    save_profile(ws, PackProfile(delegation_id=fx.kenya.id, marking="changed"))
    assert load_profile(ws, fx.kenya.id).marking == "changed"
    assert [p.name for p in profiles_of(ws, fx.kenya.id)] == ["Default"]
    assert load_profile(ws, fx.brazil.id).marking == "ZQXOTHERPROFILE"
    assert load_profile(ws, fx.kenya.id, "Other") == PackProfile(delegation_id=fx.kenya.id, name="Other")


def test_export_is_logged_with_hash_and_data_version_when_saved(pack_ws, tmp_path: Path) -> None:
    ws, fx = pack_ws
    result = build_pack(ws, PackProfile(delegation_id=fx.kenya.id))
    target = tmp_path / "out" / pack_file_name(result.plan)
    save_pack(ws, result, target)
    assert target.read_bytes() == result.pdf
    [entry] = export_log(ws, fx.kenya.id)
    assert (entry.delegation_name, entry.file_name, entry.sha256, entry.pages) == (
        "Kenya", "briefing-ke-full-2026-01-01.pdf", result.sha256, result.pages)
    assert entry.data_version == data_version(ws) and json.loads(entry.profile)["template"] == "full"
    assert export_log(ws, fx.brazil.id) == []
    ws.delete(Delegation, fx.kenya.id)
    assert export_log(ws)[0].delegation_id is None  # the log outlives the delegation


def test_data_version_changes_when_data_changes(pack_ws) -> None:
    ws, fx = pack_ws
    before = data_version(ws)
    ws.insert(Delegation(name="Chile"))
    assert data_version(ws) != before


def test_failed_write_leaves_old_file_and_no_temp_when_writing(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old")

    def broken(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", broken)
    with pytest.raises(OSError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]
