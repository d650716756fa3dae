"""CLI: `coalition folder|publish|status|sync` between two computers (two data folders) and one folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_app.cli import main
from tests.bundles.builders import build_sample, open_ws


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_publish_then_the_partner_sees_an_untrusted_offer_and_sync_auto_leaves_it(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, a, b = tmp_path / "shared", tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    folder.mkdir()
    with open_ws(a) as ws:
        build_sample(ws)
        ws.set_meta("sync.organization", "Privacy Coalition")
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home-a"))
    code, _, err = _run(capsys, "coalition", "publish", "--db", str(a))
    assert code == 1 and "no coalition folder is set" in err
    assert _run(capsys, "coalition", "folder", str(folder), "--every", "5", "--db", str(a))[0] == 0
    code, out, _ = _run(capsys, "coalition", "publish", "--db", str(a))
    assert code == 0 and "privacy-coalition.briefing" in out
    assert "Nothing changed" in _run(capsys, "coalition", "publish", "--db", str(a))[1]

    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home-b"))
    _run(capsys, "coalition", "folder", str(folder), "--db", str(b))
    code, out, _ = _run(capsys, "coalition", "status", "--json", "--db", str(b))
    [offer] = json.loads(out)
    assert offer["file"] == "privacy-coalition.briefing" and offer["trusted"] is False
    assert offer["report"]["signature"]["trust"] == "unknown-key"
    code, out, _ = _run(capsys, "coalition", "sync", "--auto", "--no-publish", "--db", str(b))
    assert code == 0 and "Waiting for you: privacy-coalition.briefing" in out and "Imported" not in out
