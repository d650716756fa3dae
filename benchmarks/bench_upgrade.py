"""Opening an older workspace: the desktop app's schema upgrade (12 → latest) at scale, and its cancel.

    ./dev bench upgrade                           # a generated 100k-concern workspace
    ./dev bench upgrade --concerns 10000          # smaller
    ./dev bench upgrade --db /tmp/scale/scale-1000000.sqlite   # a copy of an existing workspace (e.g. the
                                                  # 1M one `./dev bench scale --keep /tmp/scale` made)

The workspace (a copy; the original is never touched) is taken back to schema 12 (the last schema
before the badge indexes, step 13, and the change counter, step 14), then upgraded the way the
window does it (`Workspace.upgrade_file`: every pending step in one transaction, in a worker behind
ui/upgrade_dialog.py). Baseline, in the same run: copying the same file once (reading and writing
every byte). A second run is cancelled half-way through (by the time of the first): the file must
then be byte for byte as it was, and the table says whether it is and how long the roll-back took.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from harness import print_table
from synthetic import build_synthetic_workspace


def _back_to_schema_12(path: Path) -> None:
    """Undo steps 14 (change counter: its table and triggers) and 13 (badge indexes) on `path`."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        triggers = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name GLOB '*_count_*'")]
        for name in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("DROP TABLE IF EXISTS sync_changes")
        conn.execute("DROP INDEX IF EXISTS concern_provisions_provision")
        conn.execute("DROP INDEX IF EXISTS concerns_severity")
        conn.execute("CREATE INDEX IF NOT EXISTS concern_provisions_provision_id "
                     "ON concern_provisions(provision_id)")
        conn.execute("PRAGMA user_version = 12")
        conn.execute("COMMIT")
        conn.execute("VACUUM")  # as an older file would be: no free pages left by the drops
    finally:
        conn.close()


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 22):
            sha.update(chunk)
    return sha.hexdigest()


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str]) -> None:
    from briefing_app.domain.progress import Cancelled
    from briefing_app.store import migrations
    from briefing_app.store.workspace import Workspace

    concerns = int(argv[argv.index("--concerns") + 1]) if "--concerns" in argv else 100_000
    source = Path(argv[argv.index("--db") + 1]) if "--db" in argv else None
    with tempfile.TemporaryDirectory(dir=source.parent if source else None) as folder:
        tmp = Path(folder)
        if source is None:
            source = build_synthetic_workspace(tmp / "source.sqlite", provisions=concerns // 5, concerns=concerns,
                                               delegations=193, seed=7)
        old = tmp / "old.sqlite"
        shutil.copyfile(source, old)
        _back_to_schema_12(old)
        conn = sqlite3.connect(old)
        n_concerns = conn.execute("SELECT count(*) FROM concerns").fetchone()[0]
        n_links = conn.execute("SELECT count(*) FROM concern_provisions").fetchone()[0]
        conn.close()
        size_mib = old.stat().st_size / 2**20
        digest = _digest(old)
        print(f"  {n_concerns:,} concerns, {n_links:,} concern-provision links, {size_mib:,.0f} MiB at schema 12",
              file=sys.stderr)

        copy_wall, copy_cpu = _timed(lambda: shutil.copyfile(old, tmp / "copy.sqlite"))
        (tmp / "copy.sqlite").unlink()

        # The cancelled run first (on the pristine file), stopped half-way by a clock guess from a
        # dry upgrade of a copy, so that the full upgrade below runs on the same bytes.
        trial = tmp / "trial.sqlite"
        shutil.copyfile(old, trial)
        steps: list[str] = []
        up_wall, up_cpu = _timed(lambda: Workspace.upgrade_file(
            trial, on_step=lambda i, n, step: steps.append(f"{step.version}: {step.description}")))
        assert migrations.schema_version(sqlite3.connect(trial)) == migrations.latest_version()
        trial.unlink()

        stop = threading.Event()
        timer = threading.Timer(up_wall / 2, stop.set)
        outcome = "not cancelled (finished first)"
        began = time.perf_counter()
        timer.start()
        try:
            Workspace.upgrade_file(old, should_stop=stop.is_set)
        except Cancelled:
            outcome = "cancelled"
        cancel_wall = time.perf_counter() - began
        timer.cancel()
        unchanged = _digest(old) == digest
        print("  steps: " + "; ".join(steps), file=sys.stderr)

    rows = [
        ["copy the file once (baseline)", f"{copy_wall:.2f}", f"{copy_cpu:.2f}", "1.00", "—"],
        [f"upgrade 12 → {migrations.latest_version()} in one transaction", f"{up_wall:.2f}", f"{up_cpu:.2f}",
         f"{up_wall / copy_wall:.1f}", "—"],
        [f"the same, Cancel after {up_wall / 2:.1f} s", f"{cancel_wall:.2f}", "—", f"{cancel_wall / copy_wall:.1f}",
         f"{outcome}; file {'byte for byte unchanged' if unchanged else 'CHANGED'}"],
    ]
    print_table(f"Schema upgrade of an older workspace: {n_concerns:,} concerns, {size_mib:,.0f} MiB",
                ["run", "wall s", "CPU s", "wall ratio vs copy", "result"], rows)


if __name__ == "__main__":
    main(sys.argv[1:])
