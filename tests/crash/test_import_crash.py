"""SIGKILL the importing process at random points: the workspace is afterwards intact (integrity_check ok)
and holds exactly the content from before or from after the import, never a mix."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing_app.bundles.export import export_bundle
from briefing_app.domain.models import Concern
from tests.bundles.builders import build_sample, content, open_ws

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

IMPORTER = """
import sys
from briefing_app.bundles.apply import import_bundle
from briefing_app.store.workspace import Workspace
ws = Workspace.open(sys.argv[1])
print("start", flush=True)
import_bundle(ws, sys.argv[2])
print("done", flush=True)
"""
KILLS = 4


def _state(path: Path) -> tuple[list[str], dict[str, list[tuple[object, ...]]], int]:
    conn = sqlite3.connect(path)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        imports = conn.execute("SELECT count(*) FROM sync_imports").fetchone()[0]
        return problems, content(conn), imports
    finally:
        conn.close()


def _start(db: Path, bundle: Path, home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "BRIEFING_HOME": str(home)}
    process = subprocess.Popen([sys.executable, "-c", IMPORTER, str(db), str(bundle)], stdout=subprocess.PIPE,
                               text=True, env=env)
    assert process.stdout is not None and process.stdout.readline().strip() == "start"
    return process


def _close(process: subprocess.Popen[str]) -> None:
    if process.stdout is not None:
        process.stdout.close()


def test_workspace_is_before_or_after_when_import_is_killed_at_random_points(tmp_path: Path) -> None:
    with open_ws(tmp_path / "partner.sqlite") as partner:
        sample = build_sample(partner)
        concerns = [Concern(title=f"Concern {i}", summary="word " * 40, organization_id=sample.org.id)
                    for i in range(6000)]
        partner.insert_many(concerns)
        partner.insert_links("concern_provisions", [(c.id, sample.article.id) for c in concerns])
        bundle = export_bundle(partner, tmp_path / "big.briefing", organization="Partner").path
    original = tmp_path / "original.sqlite"
    with open_ws(original, start=777) as mine:
        build_sample(mine)
        mine.insert(Concern(title="Only mine"))
    _problems, before, _ = _state(original)

    reference = tmp_path / "reference.sqlite"
    shutil.copyfile(original, reference)
    process = _start(reference, bundle, tmp_path / "home-ref")
    started = time.monotonic()
    assert process.wait(timeout=120) == 0
    _close(process)
    duration = time.monotonic() - started
    _problems, after, _ = _state(reference)
    assert after != before

    rng = random.Random(20260101)
    outcomes = []
    for k in range(KILLS):
        db = tmp_path / f"killed-{k}.sqlite"
        shutil.copyfile(original, db)
        process = _start(db, bundle, tmp_path / f"home-{k}")
        time.sleep(rng.uniform(0.0, duration))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        _close(process)
        problems, found, imports = _state(db)
        assert problems == [], f"kill {k}: {problems}"
        assert found in (before, after), f"kill {k}: content is neither before nor after"
        assert imports == (1 if found == after else 0)
        outcomes.append("after" if found == after else "before")
    assert len(outcomes) == KILLS
