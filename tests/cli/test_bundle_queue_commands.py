"""CLI: `bundle pending`, `bundle accept`, `bundle reject` over proposals a partner's bundle left."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from briefing_app.bundles.apply import import_bundle
from briefing_app.bundles.export import export_bundle
from briefing_app.cli import main
from briefing_app.domain.models import Amendment, Concern
from tests.bundles.builders import Sample, build_sample, open_ws


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def proposals(tmp_path: Path) -> tuple[Path, Sample]:
    """A's workspace after B proposed a new concern title (ESC in it) and a new amendment title."""
    a_path = tmp_path / "a.sqlite"
    with open_ws(a_path) as a, open_ws(tmp_path / "b.sqlite", start=5000) as b:
        sample = build_sample(a)
        import_bundle(b, export_bundle(a, tmp_path / "a.briefing", organization="A").path)
        b.update(replace(b.require(Concern, sample.concern.id), title="Sharper \x1b[2J title"))
        b.update(replace(b.require(Amendment, sample.amendment.id), title="B's amendment title"))
        assert import_bundle(a, export_bundle(b, tmp_path / "b.briefing", organization="B").path).applied
    return a_path, sample


def test_pending_lists_proposals_with_sender_and_fields_and_no_raw_escape(
        capsys: pytest.CaptureFixture[str], proposals: tuple[Path, Sample]) -> None:
    db, _sample = proposals
    code, out, _ = _run(capsys, "bundle", "pending", "--db", str(db))
    assert code == 0 and "from B — proposal: change (fields: updated_at, title)" in out
    assert "\x1b" not in out and "Sharper" in out
    code, out, _ = _run(capsys, "bundle", "pending", "--db", str(db), "--json")
    items = json.loads(out)
    assert [(i["table"], i["kind"], i["fields"]) for i in items] == [
        ("concerns", "proposed-change", ["updated_at", "title"]),
        ("amendments", "proposed-change", ["updated_at", "title"])]


def test_accept_one_and_reject_the_rest_then_nothing_is_pending(capsys: pytest.CaptureFixture[str],
                                                                proposals: tuple[Path, Sample]) -> None:
    db, sample = proposals
    _, out, _ = _run(capsys, "bundle", "pending", "--db", str(db), "--json")
    concern_item = next(i["id"] for i in json.loads(out) if i["table"] == "concerns")
    assert _run(capsys, "bundle", "accept", str(concern_item), "--db", str(db))[:2] == (0, "Accepted 1 item(s).\n")
    assert _run(capsys, "bundle", "reject", "--all", "--db", str(db))[:2] == (0, "Rejected 1 item(s).\n")
    assert "Nothing waits" in _run(capsys, "bundle", "pending", "--db", str(db))[1]
    with open_ws(db, start=90000) as a:
        assert a.require(Concern, sample.concern.id).title == "Sharper \x1b[2J title"
        assert a.require(Amendment, sample.amendment.id).title == sample.amendment.title


def test_accept_refuses_unknown_numbers_and_an_empty_request(capsys: pytest.CaptureFixture[str],
                                                             proposals: tuple[Path, Sample]) -> None:
    db, _sample = proposals
    code, _, err = _run(capsys, "bundle", "accept", "999", "--db", str(db))
    assert code == 1 and "no pending item numbered 999" in err
    code, _, err = _run(capsys, "bundle", "reject", "--db", str(db))
    assert code == 1 and "--all" in err


def test_pending_shows_a_redline_of_changed_text_and_the_bundle(capsys: pytest.CaptureFixture[str],
                                                                 proposals: tuple[Path, Sample]) -> None:
    db, _sample = proposals
    _, out, _ = _run(capsys, "bundle", "pending", "--db", str(db))
    assert "· bundle b.briefing" in out
    assert "title: [-Add a judge-]{+B's amendment title+}" in out
    _, out, _ = _run(capsys, "bundle", "pending", "--db", str(db), "--json")
    amendment = next(i for i in json.loads(out) if i["table"] == "amendments")
    assert amendment["bundle"] == "b.briefing" and amendment["redlines"]["title"].startswith("[-Add a judge-]")


def test_accept_all_from_one_bundle(capsys: pytest.CaptureFixture[str], proposals: tuple[Path, Sample]) -> None:
    db, sample = proposals
    code, _, err = _run(capsys, "bundle", "accept", "--bundle", "other.briefing", "--db", str(db))
    assert code == 1 and "nothing pending from a bundle named 'other.briefing'" in err
    assert _run(capsys, "bundle", "accept", "--bundle", "b.briefing", "--db", str(db))[:2] == \
        (0, "Accepted 2 item(s).\n")
    with open_ws(db, start=90000) as a:
        assert a.require(Amendment, sample.amendment.id).title == "B's amendment title"
