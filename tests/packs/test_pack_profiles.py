"""Several named pack profiles per delegation: create, rename, delete, the default, uniqueness."""

from __future__ import annotations

import pytest

from briefing_app.domain.tailoring import PackProfile, PackTemplate
from briefing_app.store.packs_store import (
    ProfileError,
    create_profile,
    delete_profile,
    find_profile,
    load_profile,
    profile_names,
    rename_profile,
    save_profile,
)
from tests.helpers import logical_dump


def test_created_profiles_are_listed_in_creation_order_with_the_first_as_default(pack_ws) -> None:
    ws, fx = pack_ws
    assert profile_names(ws, fx.kenya.id) == ["Default"]  # built-in while none is saved
    create_profile(ws, PackProfile(delegation_id=fx.kenya.id, name="  Full pack — session 2 "))
    create_profile(ws, PackProfile(delegation_id=fx.kenya.id, name="Ambassador", template=PackTemplate.BRIEF))
    assert profile_names(ws, fx.kenya.id) == ["Full pack — session 2", "Ambassador"]
    assert load_profile(ws, fx.kenya.id).name == "Full pack — session 2"
    assert load_profile(ws, fx.kenya.id, "Ambassador").template is PackTemplate.BRIEF
    assert profile_names(ws, fx.brazil.id) == ["Default"]  # Brazil's own saved profile only


def test_names_are_unique_per_delegation_ignoring_case_when_created(pack_ws) -> None:
    ws, fx = pack_ws
    create_profile(ws, PackProfile(delegation_id=fx.kenya.id, name="Ambassador"))
    before = logical_dump(ws.conn)
    with pytest.raises(ProfileError, match="already a profile named 'AMBASSADOR'"):
        create_profile(ws, PackProfile(delegation_id=fx.kenya.id, name="AMBASSADOR"))
    assert logical_dump(ws.conn) == before
    create_profile(ws, PackProfile(delegation_id=fx.brazil.id, name="Ambassador"))  # another delegation: fine
    assert "Ambassador" in profile_names(ws, fx.brazil.id)


@pytest.mark.parametrize("name", ["", "   ", "two\nlines", "x" * 81])
def test_bad_names_are_refused_when_created(pack_ws, name: str) -> None:
    ws, fx = pack_ws
    with pytest.raises(ProfileError):
        create_profile(ws, PackProfile(delegation_id=fx.kenya.id, name=name))
    assert profile_names(ws, fx.kenya.id) == ["Default"]


def test_rename_keeps_settings_and_refuses_taken_names(pack_ws) -> None:
    ws, fx = pack_ws
    save_profile(ws, PackProfile(delegation_id=fx.kenya.id, marking="Kenya only"))
    create_profile(ws, PackProfile(delegation_id=fx.kenya.id, name="Brief"))
    assert rename_profile(ws, fx.kenya.id, "Default", " Full pack ") == "Full pack"
    assert profile_names(ws, fx.kenya.id) == ["Full pack", "Brief"]  # still the default
    assert load_profile(ws, fx.kenya.id).marking == "Kenya only"
    with pytest.raises(ProfileError, match="already a profile named 'brief'"):
        rename_profile(ws, fx.kenya.id, "Full pack", "brief")
    assert rename_profile(ws, fx.kenya.id, "Brief", "BRIEF") == "BRIEF"  # a change of case is its own name
    with pytest.raises(ProfileError, match="No saved profile named 'Missing'"):
        rename_profile(ws, fx.kenya.id, "Missing", "Other")
    assert profile_names(ws, fx.kenya.id) == ["Full pack", "BRIEF"]


def test_delete_removes_one_profile_but_never_the_last(pack_ws) -> None:
    ws, fx = pack_ws
    save_profile(ws, PackProfile(delegation_id=fx.kenya.id))
    create_profile(ws, PackProfile(delegation_id=fx.kenya.id, name="Brief", template=PackTemplate.BRIEF))
    delete_profile(ws, fx.kenya.id, "Default")
    assert profile_names(ws, fx.kenya.id) == ["Brief"]
    assert load_profile(ws, fx.kenya.id).template is PackTemplate.BRIEF  # the next one is the default
    with pytest.raises(ProfileError, match="at least one profile"):
        delete_profile(ws, fx.kenya.id, "Brief")
    with pytest.raises(ProfileError, match="No saved profile"):
        delete_profile(ws, fx.kenya.id, "Default")
    assert profile_names(ws, fx.kenya.id) == ["Brief"]


def test_find_matches_names_ignoring_case_and_knows_the_builtin_default(pack_ws) -> None:
    ws, fx = pack_ws
    assert find_profile(ws, fx.kenya.id, "default") == PackProfile(delegation_id=fx.kenya.id)
    create_profile(ws, PackProfile(delegation_id=fx.kenya.id, name="Ambassador"))
    assert find_profile(ws, fx.kenya.id, "ambassador") == PackProfile(delegation_id=fx.kenya.id, name="Ambassador")
    assert find_profile(ws, fx.kenya.id, "Default") is None  # once saved profiles exist, only they count
