"""CLI: draft import / diff / review — printed mapping, dry run, JSON, one-line errors, nothing saved on failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.store.workspace import Workspace
from tests.cli.test_workspace_commands import _run
from tests.drafts.conftest import FIXTURES, import_rev1
from tests.helpers import logical_dump


@pytest.fixture
def rev1_db(tmp_path: Path) -> Path:
    path = tmp_path / "drafts.sqlite"
    with Workspace.open(path) as ws:
        import_rev1(ws)
    return path


def _dump(path: Path) -> list[str]:
    with Workspace.open(path) as ws:
        return logical_dump(ws.conn)


def test_import_prints_the_mapping_and_carried_states_when_applied(capsys, rev1_db: Path) -> None:
    code, out, _ = _run(capsys, "draft", "import", str(FIXTURES / "rev2.md"), "--label", "Rev.2",
                        "--date", "2024-01-15", "--db", str(rev1_db))
    assert code == 0
    assert "split       Article 4 (Illegal access and interception) → Article 5 (Illegal access), " \
           "Article 6 (Illegal interception)" in out
    assert "deleted     Article 8 (Offences relating to other conventions) → —" in out
    assert "Saved Rev.2 as version 2" in out
    assert "possibly-adopted" in out and "orphaned" in out
    code, out, _ = _run(capsys, "draft", "review", "--json", "--db", str(rev1_db))
    items = json.loads(out)
    assert {i["state"] for i in items} == {"base-text-changed", "possibly-adopted", "orphaned", "new-provision"}
    assert any(i["title"] == "Require dishonest intent" and i["state"] == "possibly-adopted" for i in items)


def test_dry_run_shows_the_mapping_and_saves_nothing(capsys, rev1_db: Path) -> None:
    before = _dump(rev1_db)
    code, out, _ = _run(capsys, "draft", "import", str(FIXTURES / "rev2.md"), "--label", "Rev.2",
                        "--dry-run", "--json", "--db", str(rev1_db))
    data = json.loads(out)
    assert code == 0 and data["dry_run"] is True and data["against"] == "Rev.1"
    assert {"old": "Article 8 (Offences relating to other conventions)", "kind": "deleted", "new": [],
            "similarity": 0.0} in data["mapping"]
    assert _dump(rev1_db) == before


def test_import_of_hostile_file_fails_with_one_line_and_changes_nothing(capsys, rev1_db: Path, tmp_path: Path) -> None:
    before = _dump(rev1_db)
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x01binary\xff" * 100)
    code, _, err = _run(capsys, "draft", "import", str(junk), "--label", "Rev.2", "--db", str(rev1_db))
    assert code == 1 and err.count("\n") == 1 and "looks binary" in err
    code, _, err = _run(capsys, "draft", "import", str(FIXTURES / "rev2.md"), "--label", "Rev.1", "--db", str(rev1_db))
    assert code == 1 and "already has a version 'Rev.1'" in err
    assert _dump(rev1_db) == before


def test_new_document_takes_the_draft_as_its_first_version(capsys, tmp_path: Path) -> None:
    db = tmp_path / "fresh.sqlite"
    code, out, _ = _run(capsys, "draft", "import", str(FIXTURES / "rev1.txt"), "--new-document", "Cybercrime",
                        "--label", "Rev.1", "--db", str(db))
    assert code == 0 and "First version of Cybercrime" in out
    code, _, err = _run(capsys, "draft", "diff", "--from", "Rev.1", "--to", "Rev.9", "--db", str(db))
    assert code == 1 and "has no version 'Rev.9'" in err


def test_diff_lists_changed_provisions_with_change_ratio(capsys, rev1_db: Path) -> None:
    _run(capsys, "draft", "import", str(FIXTURES / "rev2.md"), "--label", "Rev.2", "--db", str(rev1_db))
    code, out, _ = _run(capsys, "draft", "diff", "--from", "Rev.1", "--to", "rev.2", "--json", "--db", str(rev1_db))
    rows = json.loads(out)
    assert code == 0
    assert [(r["kind"], r["old"], r["new"]) for r in rows] == [
        ("renumbered", "Article 9", "Article 4"),
        ("changed", "Article 4", "Article 5"),
        ("added", None, "Article 6"),
        ("changed", "Article 5", "Article 7"),
        ("removed", "Article 6", None),
        ("changed", "Article 7", "Article 8"),
        ("removed", "Article 8", None),
        ("added", None, "Article 9"),
    ]
    misuse = rows[5]
    assert 0.05 < misuse["change_ratio"] < 0.3
    assert rows[2]["note"] == "split from Article 4" and rows[4]["note"] == "merged into Article 7"
    code, out, _ = _run(capsys, "draft", "diff", "--from", "Rev.1", "--to", "Rev.1", "--db", str(rev1_db))
    assert code == 0 and "No provision changed" in out


def test_every_draft_command_has_help(capsys) -> None:
    for action in ("import", "diff", "review"):
        with pytest.raises(SystemExit) as exit_info:
            main(["draft", action, "--help"])
        assert exit_info.value.code == 0
        assert "usage: briefing-app draft " + action in capsys.readouterr().out


def test_review_cuts_long_titles_at_a_word_with_an_ellipsis(capsys, rev1_db: Path) -> None:
    from briefing_app.domain.models import Concern
    from briefing_app.store import queries
    from briefing_app.store.workspace import Workspace

    long_title = "Interception powers reach journalists' sources without independent judicial authorisation"
    with Workspace.open(rev1_db) as ws:
        version = queries.latest_version(ws, queries.documents(ws)[0].id)
        article = next(p for p in queries.provisions_of(ws, version.id) if p.label == "Article 4")
        concern = ws.insert(Concern(title=long_title))
        ws.link("concern_provisions", concern.id, article.id)
    _run(capsys, "draft", "import", str(FIXTURES / "rev2.md"), "--label", "Rev.2", "--db", str(rev1_db))
    code, out, _ = _run(capsys, "draft", "review", "--db", str(rev1_db))
    assert code == 0
    line = next(row for row in out.splitlines() if "Interception powers" in row)
    shown = line.split("Interception powers", 1)[1]
    assert shown.endswith("…") and not shown.endswith(" …")
    assert (long_title.split("Interception powers", 1)[1]).startswith(shown[:-1])
    assert shown[:-1].split()[-1] in long_title.split()  # a whole word before the ellipsis


OTHER_TREATY = "\n".join(
    f"Article {n}. {heading}\nEach Contracting Party shall {words}.\n"
    for n, (heading, words) in enumerate([
        ("Fishing zones", "mark the boundaries of its coastal fishing zones on nautical charts"),
        ("Catch quotas", "publish yearly quotas for every species of migratory fish"),
        ("Vessel registers", "keep a public register of trawlers flying its flag"),
        ("Port inspections", "inspect the holds of foreign vessels landing fish in its ports"),
        ("Bycatch", "require nets that spare turtles, dolphins and seabirds"),
        ("Scientific committee", "send two marine biologists to the scientific committee"),
        ("Dispute settlement", "submit quarrels about quotas to a panel of three arbitrators"),
        ("Depositary", "deposit its instrument of accession with the secretariat in Reykjavik"),
    ], start=1))


def test_a_different_treaty_is_refused_as_a_new_version_unless_forced(capsys, rev1_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "fisheries.txt"
    other.write_text(OTHER_TREATY, encoding="utf-8")
    before = _dump(rev1_db)
    code, _, err = _run(capsys, "draft", "import", str(other), "--label", "Fish.1", "--db", str(rev1_db))
    assert code == 1 and "looks like a different treaty" in err and "--new-document" in err
    assert _dump(rev1_db) == before
    code, out, _ = _run(capsys, "draft", "import", str(other), "--label", "Fish.1", "--dry-run", "--json",
                        "--db", str(rev1_db))
    assert code == 0 and json.loads(out)["looks_unrelated"] is True
    code, out, _ = _run(capsys, "draft", "import", str(FIXTURES / "rev2.md"), "--label", "Rev.2", "--dry-run",
                        "--json", "--db", str(rev1_db))
    assert json.loads(out)["looks_unrelated"] is False and json.loads(out)["continuity"] > 0.5
    code, _, _ = _run(capsys, "draft", "import", str(other), "--new-document", "Fisheries", "--label", "Fish.1",
                      "--db", str(rev1_db))
    assert code == 0


def test_diff_says_one_provision_differs_in_the_singular(capsys, rev1_db: Path, tmp_path: Path) -> None:
    text = (FIXTURES / "rev1.txt").read_text(encoding="utf-8")
    changed = tmp_path / "rev1b.txt"
    changed.write_text(text.replace("more efficiently and effectively", "more effectively"), encoding="utf-8")
    code, _, _ = _run(capsys, "draft", "import", str(changed), "--label", "Rev.1b", "--db", str(rev1_db))
    assert code == 0
    code, out, _ = _run(capsys, "draft", "diff", "--from", "Rev.1", "--to", "Rev.1b", "--db", str(rev1_db))
    assert code == 0 and out.startswith("1 provision differs between Rev.1 and Rev.1b")
