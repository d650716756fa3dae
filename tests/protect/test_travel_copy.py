"""Travel copies (issue #13 item 4): a new encrypted workspace with only the chosen document and
delegations, no personal records unless asked; merging back after the trip goes through a bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.bundles.apply import import_bundle
from briefing_app.bundles.export import export_bundle
from briefing_app.bundles.selection import Selection
from briefing_app.bundles.travel import TravelCopyError, make_travel_copy
from briefing_app.cli import main
from briefing_app.domain.models import (
    Concern,
    Contact,
    Delegation,
    Document,
    Note,
    Provision,
    Sensitivity,
)
from briefing_app.store import cipher
from briefing_app.store.workspace import Workspace
from tests.protect.secrets import SECRETS, leaks, plant


@pytest.fixture(autouse=True)
def _empty_keychain() -> None:
    cipher.KEYCHAIN._keys.clear()


@pytest.fixture
def home(demo_workspace: Workspace) -> Workspace:
    plant(demo_workspace)
    demo_workspace.set_meta("sync.organization", "Privacy Coalition")
    return demo_workspace


def _trip(home: Workspace) -> Selection:
    return Selection(document_ids=(home.find(Document)[0].id,), delegation_ids=("5ec2e700-0000-4000-8000-00000000d001",))


def test_travel_copy_holds_only_the_choice_encrypted_without_personal_records(home: Workspace, tmp_path: Path) -> None:
    (tmp_path / "trip").mkdir()
    target = tmp_path / "trip" / "geneva.sqlite"
    copy = make_travel_copy(home, target, cipher.new_key("trip"), _trip(home))
    assert cipher.is_encrypted(target) and leaks(target.parent) == []
    assert "(travel copy" in copy.organization
    with Workspace.open(target, key=cipher.key_for(target, "trip")) as trip:
        # the document brings the delegations whose positions it records; contacts only of the chosen one
        assert "5ec2e700-0000-4000-8000-00000000d001" in [d.id for d in trip.find(Delegation)]
        assert [c.delegation_id for c in trip.find(Contact)] == ["5ec2e700-0000-4000-8000-00000000d001"]
        assert len(home.find(Contact)) > 1
        assert trip.require(Contact, "5ec2e700-0000-4000-8000-00000000c001").phone == SECRETS[1]  # internal: the trip needs it
        assert trip.get(Note, "5ec2e700-0000-4000-8000-00000000a001") is None  # personal: only when asked
        assert trip.counts()["provisions"] == home.counts()["provisions"] == copy.counts["provisions"]
        assert trip.counts()["notes"] < home.counts()["notes"]
        assert trip.integrity_problems() == []


def test_personal_records_come_only_when_asked_and_internal_can_stay_home(home: Workspace, tmp_path: Path) -> None:
    with_personal = tmp_path / "a.sqlite"
    make_travel_copy(home, with_personal, cipher.new_key("x"), _trip(home), include_personal=True)
    with Workspace.open(with_personal, key=cipher.key_for(with_personal, "x")) as trip:
        assert trip.require(Note, "5ec2e700-0000-4000-8000-00000000a001").body == SECRETS[2]
    lean = tmp_path / "b.sqlite"
    make_travel_copy(home, lean, cipher.new_key("y"), _trip(home), include_internal=False)
    with Workspace.open(lean, key=cipher.key_for(lean, "y")) as trip:
        assert trip.get(Contact, "5ec2e700-0000-4000-8000-00000000c001") is None and trip.find(Concern, sensitivity=Sensitivity.INTERNAL) == []


def test_refused_without_a_choice_or_onto_an_existing_file(home: Workspace, tmp_path: Path) -> None:
    with pytest.raises(TravelCopyError):
        make_travel_copy(home, tmp_path / "all.sqlite", cipher.new_key("z"), Selection())
    existing = tmp_path / "there.sqlite"
    existing.write_bytes(b"mine")
    with pytest.raises(TravelCopyError):
        make_travel_copy(home, existing, cipher.new_key("z"), _trip(home))
    assert existing.read_bytes() == b"mine" and not (tmp_path / "all.sqlite").exists()


def test_notes_taken_on_the_trip_merge_back_through_a_bundle(home: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "trip.sqlite"
    make_travel_copy(home, target, cipher.new_key("trip"), _trip(home))
    provision = home.find(Provision)[0]
    with Workspace.open(target, key=cipher.key_for(target, "trip")) as trip:
        heard = trip.insert(Concern(title="Heard in the corridor: the chair's text drops article 5",
                                    sensitivity=Sensitivity.COALITION))
        trip.link("concern_provisions", heard.id, provision.id)
        bundle = export_bundle(trip, tmp_path / "back.briefing").path
    report = import_bundle(home, bundle)
    assert report.applied and home.require(Concern, heard.id).title.startswith("Heard in the corridor")
    assert home.linked("concern_provisions", left_id=heard.id) == [provision.id]


def test_cli_travel_copy(home: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home.close()
    secret = tmp_path / "pw"
    secret.write_text("trip pass\n")
    out = tmp_path / "cli-trip.sqlite"
    code = main(["travel-copy", "--db", str(home.path), "--out", str(out), "--delegation", "TL",
                 "--new-passphrase-file", str(secret)])
    assert code == 0, capsys.readouterr().err
    assert "1 delegations" in capsys.readouterr().out and cipher.is_encrypted(out)
    assert main(["travel-copy", "--db", str(home.path), "--out", str(tmp_path / "x.sqlite")]) == 1
    assert "--document" in capsys.readouterr().err
