"""Scaling: search, tree open, one pack and an import at 10k, 100k and 1M concerns.

    ./dev bench scale                 # 10k, 100k and 1M concerns (about an hour, 2.5 GB of disk)
    ./dev bench scale --quick         # 1k and 10k
    ./dev bench scale --keep DIR      # keep the generated workspaces in DIR and reuse them next time
    ./dev bench scale --sizes 10000,100000   # only these sizes (the first is the ratios' base)

Each workspace is synthetic (benchmarks/synthetic.py: provisions a fifth of the concerns, 193
delegations), generated here and never committed. Every cell gives the figure and its ratio to the
smallest workspace's; the import rows also give the ratio to a raw ATTACH + INSERT of the same
bundle into the same workspace (bench_bundles' baseline). A pack is built in a child process and
stopped after PACK_TIMEOUT_S.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_bundles import _run_child
from bench_gui import Heartbeat, partner_bundle
from bench_search import bm25_search
from bench_store import QUERIES
from harness import percentile, print_table
from synthetic import RARE_WORDS, build_synthetic_workspace

PACK_TIMEOUT_S = 240
PACK_CHILD = """
import json, sys, time
from briefing_app.domain.enums import Severity
from briefing_app.domain.tailoring import PackProfile
from briefing_app.packs.build import build_pack
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
with Workspace.open(sys.argv[1]) as ws:
    delegation = queries.delegations(ws)[0]
    start = time.perf_counter()
    pages = build_pack(ws, PackProfile(delegation_id=delegation.id, min_severity=Severity.HIGH)).pages
    print(json.dumps({"seconds": time.perf_counter() - start, "pages": pages}))
"""


def _workspace(folder: Path, concerns: int) -> tuple[Path, float | None]:
    path = folder / f"scale-{concerns}.sqlite"
    if path.exists():
        return path, None
    start = time.perf_counter()
    build_synthetic_workspace(path, provisions=concerns // 5, concerns=concerns, delegations=193, seed=7)
    return path, time.perf_counter() - start


def _search(path: Path) -> dict[str, float]:
    from briefing_app.store.search import search
    from briefing_app.store.workspace import Workspace

    rng = random.Random(3)
    rare = rng.sample(RARE_WORDS, 10)
    out: dict[str, float] = {}
    with Workspace.open(path) as ws:
        for name, queries, run, repeat in (
                ("common", QUERIES, lambda q: search(ws, q, limit=50), 5),
                ("rare", rare, lambda q: search(ws, q, limit=50), 5),
                ("bm25", QUERIES, lambda q: bm25_search(ws, q, limit=50), 1)):
            times = []
            for _ in range(repeat):
                for query in queries:
                    start = time.perf_counter()
                    run(query)
                    times.append(time.perf_counter() - start)
            out[name] = percentile(times, 50)
    return out


def _tree_open(path: Path) -> dict[str, float]:
    """Open the navigator on the workspace: GUI-thread time of the call, time until the badges are
    in, and the heartbeat's longest gap meanwhile."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from briefing_app.store.workspace import Workspace
    from briefing_app.ui import background
    from briefing_app.ui.navigator import Navigator

    app = QApplication.instance() or QApplication([])
    beat = Heartbeat()
    with Workspace.open(path) as ws:
        nav = Navigator()
        nav.resize(420, 820)
        nav.show()
        called: list[float] = []
        counted: list[float] = []
        nav.model.counts_ready.connect(lambda: counted.append(time.perf_counter()))

        def start() -> None:
            begin = time.perf_counter()
            nav.set_workspace(ws)
            called.append(time.perf_counter() - begin)
            called.append(begin)

        gap, _seconds = beat.run(start, lambda: bool(counted) and not background.RUNNING)
        nav.close()
        nav.deleteLater()
        app.processEvents()
    return {"call": called[0], "badges": counted[0] - called[1], "gap": gap}


def _pack(path: Path) -> dict[str, float] | None:
    try:
        out = subprocess.run([sys.executable, "-c", PACK_CHILD, str(path)], capture_output=True, text=True,
                             check=True, timeout=PACK_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _import(path: Path, bundle: Path, folder: Path) -> dict[str, float]:
    runs = {}
    for mode in ("raw", "import"):
        copy = folder / f"import-{mode}.sqlite"
        shutil.copyfile(path, copy)
        runs[mode] = _run_child(mode, copy, bundle, folder / f"home-{mode}")["seconds"]
        copy.unlink()
    return runs


def _cell(value: float | None, base: float | None, fmt: Callable[[float], str]) -> str:
    if value is None:
        return f"> {PACK_TIMEOUT_S} s (stopped)"
    ratio = f" ({value / base:.1f}×)" if base else ""
    return fmt(value) + ratio


def main(argv: list[str]) -> None:
    sizes = (1_000, 10_000) if "--quick" in argv else (10_000, 100_000, 1_000_000)
    if "--sizes" in argv:
        sizes = tuple(int(n) for n in argv[argv.index("--sizes") + 1].split(","))
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = keep or tmp
        folder.mkdir(parents=True, exist_ok=True)
        bundle = partner_bundle(tmp, concerns=10_000 if sizes[-1] >= 100_000 else 1_000)
        results: dict[int, dict[str, float | None]] = {}
        for concerns in sizes:
            path, built = _workspace(folder, concerns)
            print(f"  {concerns:,} concerns: {f'built in {built:.0f} s' if built else 'reused'}, "
                  f"{path.stat().st_size / 2**20:,.0f} MiB", file=sys.stderr)
            row: dict[str, float | None] = {"built": built}
            row.update({f"search_{k}": v for k, v in _search(path).items()})
            row.update({f"tree_{k}": v for k, v in _tree_open(path).items()})
            pack = _pack(path)
            row["pack_seconds"] = pack["seconds"] if pack else None
            row["pack_pages"] = pack["pages"] if pack else None
            row.update({f"import_{k}": v for k, v in _import(path, bundle, tmp).items()})
            results[concerns] = row
            print(f"  {concerns:,} concerns measured: {row}", file=sys.stderr)

    first = results[sizes[0]]
    ms: Callable[[float], str] = lambda v: f"{v * 1000:.1f} ms"  # noqa: E731
    sec: Callable[[float], str] = lambda v: f"{v:.2f} s"  # noqa: E731
    lines = [
        ("search p50, common words (tiers)", "search_common", ms),
        ("search p50, selective words (tiers)", "search_rare", ms),
        ("search p50, common words, bm25 (the order before)", "search_bm25", ms),
        ("tree open: GUI thread busy in the call", "tree_call", ms),
        ("tree open: until outline and badges are in", "tree_badges", sec),
        ("tree open: longest heartbeat gap", "tree_gap", ms),
        ("one pack, default profile (high and critical)", "pack_seconds", sec),
        ("raw ATTACH + INSERT of the partner bundle (baseline)", "import_raw", sec),
        ("import of the partner bundle", "import_import", sec),
    ]
    rows = [[label, *(_cell(results[n][key], first[key], fmt) for n in sizes)] for label, key, fmt in lines]
    rows.insert(7, ["pack pages", *(str(int(p)) if (p := results[n]["pack_pages"]) else "—" for n in sizes)])
    rows.append(["import ÷ raw, same workspace", *(
        f"{results[n]['import_import'] / results[n]['import_raw']:.1f}×"  # type: ignore[operator]
        for n in sizes)])
    print_table("Scaling: concerns in the workspace (provisions a fifth of that); ratio to the first column",
                ["measure", *(f"{n:,} concerns" for n in sizes)], rows)
    with_bundle = "10,000" if sizes[-1] >= 100_000 else "1,000"
    print(f"\nThe partner bundle: a synthetic workspace of {with_bundle} concerns (another seed), exported.")
