"""`briefing-app pack`: one delegation to a file, all delegations to a folder, helpful errors."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from briefing_app.cli import main
from briefing_app.domain.models import Delegation
from briefing_app.packs.batch import export_batch, file_stems
from briefing_app.store.packs_store import export_log
from briefing_app.store.workspace import Workspace
from tests.packs.conftest import pdf_text


def test_pack_for_delegation_code_writes_pdf_and_logs_it(pack_ws, tmp_path: Path, capsys) -> None:
    ws, fx = pack_ws
    out = tmp_path / "kenya.pdf"
    code = main(["--db", str(ws.path), "pack", "--delegation", "ke", "--out", str(out),
                 "--template", "brief", "--min-severity", "low"])
    assert code == 0
    assert "Two-page brief" in pdf_text(out.read_bytes()) and len(PdfReader(out).pages) <= 2
    assert "sha256" in capsys.readouterr().out
    with Workspace.open(ws.path) as check:
        [entry] = export_log(check, fx.kenya.id)
    assert (entry.file_name, entry.template) == ("kenya.pdf", "brief")


def test_unknown_delegation_lists_close_matches_when_packing(pack_ws, tmp_path: Path, capsys) -> None:
    ws, _ = pack_ws
    code = main(["--db", str(ws.path), "pack", "--delegation", "Kenia", "--out", str(tmp_path / "x.pdf")])
    assert code == 1
    assert "No delegation 'Kenia'. Did you mean: Kenya (KE)?" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_pack_needs_matching_output_option(pack_ws, capsys) -> None:
    ws, _ = pack_ws
    assert main(["--db", str(ws.path), "pack", "--all"]) == 1
    assert "--all needs --out-dir DIR" in capsys.readouterr().err


def test_all_delegations_are_written_in_parallel_and_logged(pack_ws, tmp_path: Path, capsys) -> None:
    ws, _ = pack_ws
    code = main(["--db", str(ws.path), "pack", "--all", "--out-dir", str(tmp_path / "packs"), "--jobs", "2"])
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "packs").iterdir()) == [  # the single export's scheme
        "briefing-br-full-2026-01-01.pdf", "briefing-ke-full-2026-01-01.pdf", "briefing-no-full-2026-01-01.pdf"]
    assert "3 packs written" in capsys.readouterr().out
    with Workspace.open(ws.path) as check:
        assert len(export_log(check)) == 3


def test_parallel_and_serial_batches_give_identical_files(pack_ws, tmp_path: Path) -> None:
    ws, _ = pack_ws
    ids = [d.id for d in ws.find(Delegation)]
    serial = export_batch(ws, ids, tmp_path / "a", workers=1)
    parallel = export_batch(ws, ids, tmp_path / "b", workers=2)
    assert {i.delegation_id: i.sha256 for i in serial} == {i.delegation_id: i.sha256 for i in parallel}
    assert all(not i.error and i.sha256 for i in serial + parallel)


def test_cancelled_batch_stops_and_keeps_written_packs_logged(pack_ws, tmp_path: Path) -> None:
    from briefing_app.domain.progress import Cancelled, CancelToken

    ws, _ = pack_ws
    token = CancelToken()
    ids = [d.id for d in ws.find(Delegation)]
    try:
        export_batch(ws, ids, tmp_path / "c", workers=1, cancel=token,
                     progress=lambda done, total, name: token.cancel())
    except Cancelled:
        pass
    else:
        raise AssertionError("expected Cancelled")
    assert len(list((tmp_path / "c").iterdir())) == 1 == len(export_log(ws))


def test_file_stems_stay_distinct_when_codes_collide() -> None:
    a, b = Delegation(name="Côte d'Ivoire"), Delegation(name="Cote d Ivoire")
    stems = file_stems([a, b])
    assert stems[a.id] == "briefing-cote-d-ivoire" and stems[b.id] != stems[a.id]


def test_single_and_batch_exports_name_files_alike(pack_ws, tmp_path: Path) -> None:
    from briefing_app.domain.tailoring import PackProfile, PackTemplate
    from briefing_app.packs.build import build_pack, pack_file_name
    from briefing_app.store.packs_store import save_profile

    ws, fx = pack_ws
    save_profile(ws, PackProfile(delegation_id=fx.kenya.id, template=PackTemplate.BRIEF, pack_date="2024-09-03"))
    single = pack_file_name(build_pack(ws, PackProfile(delegation_id=fx.kenya.id, template=PackTemplate.BRIEF,
                                                       pack_date="2024-09-03")).plan)
    items = export_batch(ws, [fx.kenya.id], tmp_path / "batch", workers=1)
    assert single == "briefing-ke-brief-2024-09-03.pdf" == items[0].file_name
    assert (tmp_path / "batch" / single).is_file()
