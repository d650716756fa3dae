"""`briefing-app pack --profile NAME`: a named profile of the delegation, its default otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.domain.tailoring import PackProfile, PackTemplate
from briefing_app.store.packs_store import create_profile, export_log, save_profile
from briefing_app.store.workspace import Workspace
from tests.conftest import FixedClock
from tests.packs.fixtures import Fixture, build_fixture


@pytest.fixture
def profiled(tmp_path: Path) -> Iterator[tuple[Path, Fixture]]:
    """Kenya with two profiles: "Full pack — session 2" (the default) and a talking-points one."""
    with Workspace.open(tmp_path / "cli-packs.sqlite", clock=FixedClock()) as ws:
        fixture = build_fixture(ws)
        save_profile(ws, PackProfile(delegation_id=fixture.kenya.id, name="Full pack — session 2"))
        create_profile(ws, PackProfile(delegation_id=fixture.kenya.id, name="Ambassador",
                                       template=PackTemplate.TALKING_POINTS))
        path = ws.path
    yield path, fixture


def _logged(db: Path, delegation_id: str) -> list[tuple[str, str]]:
    with Workspace.open(db) as ws:
        return [(e.profile_name, e.template) for e in export_log(ws, delegation_id)]


def test_named_profile_is_used_and_logged_when_given(profiled, tmp_path: Path, capsys) -> None:
    db, fx = profiled
    code = main(["--db", str(db), "pack", "--delegation", "KE", "--profile", "ambassador",
                 "--out", str(tmp_path / "a.pdf")])
    assert code == 0
    assert "profile 'Ambassador'" in capsys.readouterr().out
    assert _logged(db, fx.kenya.id) == [("Ambassador", "talking-points")]


def test_default_profile_is_used_when_no_profile_is_given(profiled, tmp_path: Path) -> None:
    db, fx = profiled
    assert main(["--db", str(db), "pack", "--delegation", "Kenya", "--out", str(tmp_path / "d.pdf")]) == 0
    assert _logged(db, fx.kenya.id) == [("Full pack — session 2", "full")]


def test_unknown_profile_lists_the_delegations_profiles_and_writes_nothing(profiled, tmp_path: Path,
                                                                          capsys) -> None:
    db, fx = profiled
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db), "pack", "--delegation", "KE", "--profile", "Minister", "--out", str(out)]) == 1
    assert ("Kenya (KE) has no pack profile 'Minister'. Its profiles: 'Full pack — session 2', 'Ambassador'."
            in capsys.readouterr().err)
    assert not out.exists() and _logged(db, fx.kenya.id) == []


def test_builtin_default_is_the_only_choice_when_none_is_saved(profiled, tmp_path: Path, capsys) -> None:
    db, _ = profiled
    assert main(["--db", str(db), "pack", "--delegation", "NO", "--profile", "default",
                 "--out", str(tmp_path / "n.pdf")]) == 0
    assert main(["--db", str(db), "pack", "--delegation", "NO", "--profile", "Brief",
                 "--out", str(tmp_path / "m.pdf")]) == 1
    assert "Its profiles: 'Default'." in capsys.readouterr().err


def test_profile_with_all_is_refused(profiled, tmp_path: Path, capsys) -> None:
    db, _ = profiled
    assert main(["--db", str(db), "pack", "--all", "--out-dir", str(tmp_path / "p"), "--profile", "Ambassador"]) == 1
    assert "--profile goes with --delegation" in capsys.readouterr().err
    assert not (tmp_path / "p").exists()
