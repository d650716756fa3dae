"""SIGKILL the importing process at chosen points of the import and at random moments: afterwards the
workspace opens, passes integrity_check, and holds exactly the content from before or from after the
import, never a mix; a kill before the commit leaves it as before, a kill after it as after."""

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
from briefing_app.store.workspace import Workspace
from tests.bundles.builders import build_sample, content, open_ws

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
              pytest.mark.slow]  # one full import and six killed ones of a 6,000-concern bundle

# Prints each progress report; when told a message prefix and a count, stops at that report (inside
# the import's transaction, on the worker's own thread) until the test kills it.
IMPORTER = """
import sys
from briefing_app.bundles.apply import import_bundle
from briefing_app.store.workspace import Workspace
stop_at, stop_count = sys.argv[3], int(sys.argv[4])
seen = 0
def progress(done, total, message):
    global seen
    print("progress", message, flush=True)
    if stop_at and message.startswith(stop_at):
        seen += 1
        if seen == stop_count:
            print("stopped", flush=True)
            sys.stdin.readline()
ws = Workspace.open(sys.argv[1])
print("start", flush=True)
import_bundle(ws, sys.argv[2], progress=progress)
print("done", flush=True)
if stop_at == "done":
    print("stopped", flush=True)
    sys.stdin.readline()
"""
# (report to stop at, which occurrence, the content expected after the kill)
STOPS = [
    ("Checking", 1, "before"),  # validating the bundle: nothing written yet
    ("Merging concerns", 2, "before"),  # 2,000 of the 6,000 concerns written, transaction open
    ("Saving", 1, "before"),  # every row written, the commit not yet made
    ("done", 1, "after"),  # committed: the kill cannot undo it
]
RANDOM_KILLS = 2


def _state(path: Path) -> tuple[list[str], dict[str, list[tuple[object, ...]]], int]:
    conn = sqlite3.connect(path)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        imports = conn.execute("SELECT count(*) FROM sync_imports").fetchone()[0]
        return problems, content(conn), imports
    finally:
        conn.close()


def _start(db: Path, bundle: Path, home: Path, stop: str = "", count: int = 0) -> subprocess.Popen[str]:
    env = {**os.environ, "BRIEFING_HOME": str(home)}
    process = subprocess.Popen([sys.executable, "-c", IMPORTER, str(db), str(bundle), stop, str(count)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None and process.stdout.readline().strip() == "start"
    return process


def _wait_until_stopped(process: subprocess.Popen[str]) -> list[str]:
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        lines.append(line.strip())
        if lines[-1] == "stopped":
            return lines
    raise AssertionError(f"the importer ended without reaching its stop: {lines[-3:]}")


def _close(process: subprocess.Popen[str]) -> None:
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


def _kill(process: subprocess.Popen[str]) -> int:
    process.send_signal(signal.SIGKILL)
    code = process.wait(timeout=30)
    _close(process)
    return code


def _opens(path: Path) -> bool:
    """The app can open the file again (hot journal rolled back, schema read, migrations checked)."""
    with Workspace.open(path) as ws:
        return ws.schema_version > 0


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, object], float]:
    """A large partner bundle, my workspace before importing it, its content after, and the import's duration."""
    tmp_path = tmp_path_factory.mktemp("import-crash")
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
    problems, before, imports = _state(original)
    assert problems == [] and imports == 0

    reference = tmp_path / "reference.sqlite"
    shutil.copyfile(original, reference)
    process = _start(reference, bundle, tmp_path / "home-ref")
    started = time.monotonic()
    assert process.wait(timeout=120) == 0
    duration = time.monotonic() - started
    _close(process)
    problems, after, imports = _state(reference)
    assert problems == [] and imports == 1
    assert len(after["concerns"]) == len(before["concerns"]) + 6001  # the partner's 6,000 and its sample one
    return original, bundle, {"before": before, "after": after}, duration


@pytest.mark.parametrize(("stop", "count", "expected"), STOPS, ids=[s[0] for s in STOPS])
def test_workspace_is_as_expected_when_import_is_killed_at_a_chosen_point(
        scene: tuple[Path, Path, dict[str, object], float], tmp_path: Path,
        stop: str, count: int, expected: str) -> None:
    original, bundle, contents, _duration = scene
    db = tmp_path / "killed.sqlite"
    shutil.copyfile(original, db)
    process = _start(db, bundle, tmp_path / "home", stop, count)
    reports = _wait_until_stopped(process)
    assert _kill(process) == -signal.SIGKILL  # killed at the stop, not ended by itself
    assert ("done" in reports) is (expected == "after")
    assert _opens(db)
    problems, found, imports = _state(db)
    assert problems == []
    assert found == contents[expected], f"killed at {stop} #{count}: not the content from {expected}"
    assert imports == (1 if expected == "after" else 0)


def test_workspace_is_before_or_after_when_import_is_killed_at_random_moments(
        scene: tuple[Path, Path, dict[str, object], float], tmp_path: Path) -> None:
    original, bundle, contents, duration = scene
    rng = random.Random(20260101)
    for k in range(RANDOM_KILLS):
        db = tmp_path / f"killed-{k}.sqlite"
        shutil.copyfile(original, db)
        process = _start(db, bundle, tmp_path / f"home-{k}")
        time.sleep(rng.uniform(0.0, duration))
        _kill(process)
        assert _opens(db), f"kill {k}: the workspace does not open"
        problems, found, imports = _state(db)
        assert problems == [], f"kill {k}: {problems}"
        assert found in (contents["before"], contents["after"]), f"kill {k}: content is neither before nor after"
        assert imports == (1 if found == contents["after"] else 0)
