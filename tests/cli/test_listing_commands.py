"""CLI: `delegations`, `documents` and `log` list what the other commands take; empty workspaces say
what to do next; delegation names resolve the way a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.cli.common import terminal_text
from briefing_app.cli.lookup import match_delegations
from briefing_app.domain.enums import DelegationKind, Stance
from briefing_app.domain.models import Delegation, Document, Position, Provision, ProvisionKind, Version
from briefing_app.domain.tailoring import PackProfile
from briefing_app.store.packs_store import create_profile, record_export, save_profile
from briefing_app.store.workspace import Workspace
from tests.conftest import FixedClock

NAMES = [("Iran (Islamic Republic of)", "IR"), ("United Kingdom", "GB"), ("United States of America", "US"),
         ("Côte d'Ivoire", "CI"), ("Viet Nam", "VN"), ("Kenya", "KE"), ("India", "IN"),
         ("Democratic Republic of the Congo", "CD"), ("African Group", "")]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def listed_db(tmp_path: Path) -> Path:
    """Nine delegations (Kenya with two pack profiles and one position), one document with two
    versions, and one logged pack export for Kenya."""
    with Workspace.open(tmp_path / "listed.sqlite", clock=FixedClock()) as ws:
        ids = {}
        for name, code in NAMES:
            kind = DelegationKind.REGIONAL_GROUP if not code else DelegationKind.STATE
            ids[name] = ws.insert(Delegation(name=name, iso_code=code, kind=kind)).id
        doc = ws.insert(Document(title="Convention against Cybercrime", short_title="UNCC"))
        zero = ws.insert(Version(document_id=doc.id, label="Zero draft", seq=1, date="2023-06"))
        final = ws.insert(Version(document_id=doc.id, label="Adopted", seq=2, symbol="A/RES/79/243"))
        ws.insert(Provision(version_id=zero.id, kind=ProvisionKind.ARTICLE, number="1", heading="Purpose"))
        for number in ("1", "2"):
            article = ws.insert(Provision(version_id=final.id, kind=ProvisionKind.ARTICLE, number=number))
        ws.insert(Position(delegation_id=ids["Kenya"], stance=Stance.SUPPORTS, provision_id=article.id))
        kenya = PackProfile(delegation_id=ids["Kenya"], name="Full pack")
        save_profile(ws, kenya)
        create_profile(ws, PackProfile(delegation_id=ids["Kenya"], name="Ambassador"))
        record_export(ws, profile=kenya, delegation_name="Kenya", file_name="kenya.pdf", sha256="ab" * 32,
                      pages=7, data_version="v1")
        return ws.path


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    path = tmp_path / "empty.sqlite"
    Workspace.open(path).close()
    return path


def test_delegations_json_lists_code_name_id_and_profiles_when_asked(capsys, listed_db: Path) -> None:
    code, out, _ = _run(capsys, "--db", str(listed_db), "delegations", "--json")
    listed = {d["name"]: d for d in json.loads(out)}
    assert code == 0
    assert set(listed) == {name for name, _ in NAMES}
    kenya = listed["Kenya"]
    assert (kenya["iso_code"], kenya["kind"], kenya["positions"]) == ("KE", "state", 1)
    assert kenya["profiles"] == ["Full pack", "Ambassador"]
    assert listed["India"]["profiles"] == ["Default"]
    assert listed["African Group"]["iso_code"] == ""


def test_delegations_table_names_what_pack_takes_when_listed(capsys, listed_db: Path) -> None:
    code, out, _ = _run(capsys, "--db", str(listed_db), "delegations")
    assert code == 0
    kenya = next(line for line in out.splitlines() if "Kenya" in line)
    assert kenya.split()[:2] == ["KE", "Kenya"]
    assert "Full pack, Ambassador" in kenya
    assert "9 delegations" in out and "--delegation takes the code" in out


def test_documents_lists_versions_with_labels_and_provision_counts(capsys, listed_db: Path) -> None:
    code, out, _ = _run(capsys, "--db", str(listed_db), "documents", "--json")
    [doc] = json.loads(out)
    assert code == 0
    assert (doc["title"], doc["short_title"]) == ("Convention against Cybercrime", "UNCC")
    assert [(v["label"], v["provisions"], v["latest"]) for v in doc["versions"]] == [
        ("Zero draft", 1, False), ("Adopted", 2, True)]
    _, text, _ = _run(capsys, "--db", str(listed_db), "documents")
    assert "Convention against Cybercrime (UNCC)" in text
    adopted = next(line for line in text.splitlines() if "Adopted" in line)
    assert adopted.split() == ["2", "Adopted", "—", "A/RES/79/243", "2", "latest"]


def test_log_lists_exports_and_filters_by_delegation_name(capsys, listed_db: Path) -> None:
    code, out, _ = _run(capsys, "--db", str(listed_db), "log", "--json", "--delegation", "kenya")
    [entry] = json.loads(out)
    assert code == 0
    assert (entry["delegation"], entry["profile_name"], entry["file_name"], entry["pages"]) == (
        "Kenya", "Full pack", "kenya.pdf", 7)
    assert entry["sha256"] == "ab" * 32 and entry["profile"]["template"] == "full"
    _, text, _ = _run(capsys, "--db", str(listed_db), "log")
    assert "1 pack exported" in text and "kenya.pdf" in text and "ab" * 8 in text
    _, other, _ = _run(capsys, "--db", str(listed_db), "log", "--delegation", "India")
    assert other.startswith("No pack has been exported for India (IN)")


@pytest.mark.parametrize("argv, expected", [
    (["documents"], "holds no document yet; import one with `briefing-app draft import"),
    (["delegations"], "holds no delegation yet"),
    (["log"], "No pack has been exported from this workspace yet; make one with `briefing-app pack"),
    (["search", "interception"], "Nothing to search: this workspace holds no document yet"),
    (["info"], "This workspace is empty. Import a draft with"),
])
def test_listings_say_what_to_do_when_workspace_is_empty(capsys, empty_db: Path, argv, expected) -> None:
    code, out, _ = _run(capsys, "--db", str(empty_db), *argv)
    assert code == 0
    assert expected in out
    assert "database" not in out.casefold()


@pytest.mark.parametrize("argv, expected", [
    (["draft", "review"], "This workspace holds no document yet; import one with"),
    (["draft", "diff", "--from", "a", "--to", "b"], "This workspace holds no document yet"),
    (["pack", "--delegation", "KE", "--out", "x.pdf"], "This workspace holds no delegation yet"),
    (["pack", "--all", "--out-dir", "packs"], "This workspace holds no delegation yet"),
])
def test_commands_explain_an_empty_workspace_instead_of_failing_oddly(capsys, empty_db: Path, argv,
                                                                      expected) -> None:
    code, _, err = _run(capsys, "--db", str(empty_db), *argv)
    assert code == 1
    assert expected in err
    assert "0 documents" not in err


def test_draft_commands_point_to_documents_when_the_document_is_unknown(capsys, listed_db: Path) -> None:
    code, _, err = _run(capsys, "--db", str(listed_db), "draft", "review", "--document", "Treaty X")
    assert code == 1
    assert "No document 'Treaty X'; `briefing-app documents` lists" in err
    assert _run(capsys, "--db", str(listed_db), "draft", "review", "--document", "uncc")[0] == 0


def _everyone() -> list[Delegation]:
    return [Delegation(name=name, iso_code=code) for name, code in NAMES]


@pytest.mark.parametrize("typed, meant", [
    ("Iran", "Iran (Islamic Republic of)"), ("iran islamic", "Iran (Islamic Republic of)"),
    ("IR", "Iran (Islamic Republic of)"), ("cote d'ivoire", "Côte d'Ivoire"), ("Vietnam", "Viet Nam"),
    ("USA", "United States of America"), ("UK", "United Kingdom"), ("united states", "United States of America"),
    ("DRC", "Democratic Republic of the Congo"), ("congo", "Democratic Republic of the Congo"),
    ("  kenya ", "Kenya"), ("african group", "African Group"),
])
def test_delegation_is_found_when_typed_as_users_type_it(typed: str, meant: str) -> None:
    assert [d.name for d in match_delegations(typed, _everyone())] == [meant]


@pytest.mark.parametrize("typed", ["Ken", "of", "the", "Kenia", ""])
def test_delegation_is_not_guessed_from_a_fragment_or_typo(typed: str) -> None:
    assert match_delegations(typed, _everyone()) == []


def test_all_close_names_are_suggested_when_a_word_matches_several(capsys, listed_db: Path) -> None:
    code, _, err = _run(capsys, "--db", str(listed_db), "log", "--delegation", "United")
    assert code == 1
    assert "'United' matches 2 delegations: United Kingdom (GB); United States of America (US)." in err
    assert "`briefing-app delegations` lists them all" in err


def test_unknown_delegation_points_to_the_delegations_command(capsys, listed_db: Path) -> None:
    _, _, typo = _run(capsys, "--db", str(listed_db), "log", "--delegation", "Kenia")
    assert "No delegation 'Kenia'. Did you mean: Kenya (KE)? (`briefing-app delegations` lists them all.)" in typo
    _, _, prefix = _run(capsys, "--db", str(listed_db), "log", "--delegation", "Ken")
    assert "Did you mean: Kenya (KE)?" in prefix
    _, _, nothing = _run(capsys, "--db", str(listed_db), "log", "--delegation", "Atlantis")
    assert "No delegation 'Atlantis' in this workspace; `briefing-app delegations` lists them all." in nothing


def test_terminal_text_drops_control_and_bidi_characters_from_names() -> None:
    assert terminal_text("Evil\x1b[2J\nname\u202eabc\u2028x") == "Evil [2J nameabc x"
