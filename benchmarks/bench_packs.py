"""Briefing-pack benchmarks: one ~100-page pack against a bare reportlab build of the same flowables,
and every delegation of a 193-delegation corpus serially against the process pool; peak memory.

    ./dev bench packs           # 100-page pack (3 runs each); 193 delegations
    ./dev bench packs --quick   # 24 delegations, 1 run each
"""

from __future__ import annotations

import io
import os
import resource
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from briefing_app.domain.enums import Severity
from briefing_app.domain.tailoring import PackProfile, plan_pack
from briefing_app.packs.batch import export_batch
from briefing_app.packs.build import build_pack, render_plan
from briefing_app.packs.contents import CALLBACK
from briefing_app.packs.flow import Writer
from briefing_app.packs.fonts import load_fonts
from briefing_app.packs.gather import for_delegation, read_common
from briefing_app.packs.story import build_story
from briefing_app.packs.styles import make_styles
from briefing_app.packs.wording import wording
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from harness import median, peak_rss_mib, print_table
from synthetic import build_synthetic_workspace


def _children_peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def bench_one_pack(folder: Path, runs: int) -> None:
    path = build_synthetic_workspace(folder / "pack100.sqlite", provisions=1000, concerns=280, delegations=193, seed=3)
    with Workspace.open(path) as ws:
        delegation = queries.delegations(ws)[0]
        # the complete pack (every qualifying provision): the default one is capped at 40 provisions
        profile = PackProfile(delegation_id=delegation.id, min_severity=Severity.HIGH, complete=True)
        plan = plan_pack(for_delegation(ws, read_common(ws), delegation), profile)
        fonts = load_fonts()

        def bare() -> int:
            writer = Writer(fonts, make_styles(fonts), wording())
            buffer = io.BytesIO()
            doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
            # the contents lines' page numbers are drawn by a callback: here it draws nothing
            doc.beforeDocument = lambda: doc.canv.setNamedCB(CALLBACK, lambda *_args: None)
            doc.build(build_story(writer, plan))
            return int(doc.page)

        timings: dict[str, list[float]] = {"bare": [], "render": [], "full": [], "default": []}
        cpu: dict[str, list[float]] = {name: [] for name in timings}  # process CPU: less disturbed by load
        pages = {}
        briefing = replace(profile, complete=False)
        for _ in range(runs):
            for name, fn in (("bare", bare), ("render", lambda: render_plan(plan).pages),
                             ("full", lambda: build_pack(ws, profile).pages),
                             ("default", lambda: build_pack(ws, briefing).pages)):
                start, start_cpu = time.perf_counter(), time.process_time()
                pages[name] = fn()
                timings[name].append(time.perf_counter() - start)
                cpu[name].append(time.process_time() - start_cpu)
    base, base_cpu = median(timings["bare"]), median(cpu["bare"])
    labels = {
        "bare": "bare reportlab: same flowables, SimpleDocTemplate.build, one pass (baseline)",
        "render": "render_plan: + contents (one pass, page numbers as forms), outline, header/footer, page x of y",
        "full": "build_pack: + reading the workspace and tailoring",
        "default": "build_pack, default profile: briefing-sized (40 provisions, 8 concerns each)",
    }
    rows = [[label, pages[name], f"{median(timings[name]):.2f}", f"{median(timings[name]) / base:.2f}",
             f"{median(cpu[name]):.2f}", f"{median(cpu[name]) / base_cpu:.2f}"] for name, label in labels.items()]
    print_table(f"One pack ({len(plan.sections)} provisions, median of {runs}; load average {os.getloadavg()[0]:.1f})",
                ["build", "pages", "seconds", "ratio vs bare", "CPU s", "CPU ratio"], rows)


def bench_all_delegations(folder: Path, delegations: int) -> None:
    path = build_synthetic_workspace(folder / "batch.sqlite", provisions=200, concerns=60, delegations=193, seed=4)
    cores = os.cpu_count() or 1
    rows = []
    with Workspace.open(path) as ws:
        ids = [d.id for d in queries.delegations(ws)][:delegations]
        results = {}
        for label, workers in (("serial, in process (baseline)", 1), (f"process pool, {cores} workers", cores)):
            start = time.perf_counter()
            items = export_batch(ws, ids, folder / f"out-{workers}", workers=workers)
            seconds = time.perf_counter() - start
            results[label] = seconds
            pages = sum(i.pages for i in items)
            assert not [i for i in items if i.error]
            rows.append([label, len(items), pages, f"{seconds:.1f}", f"{len(items) / seconds:.2f}"])
    base = next(iter(results.values()))
    for row, seconds in zip(rows, results.values(), strict=True):
        row.append(f"{seconds / base:.2f}")
    print_table(f"All {len(ids)} delegations of a 193-delegation corpus, full template, default profile",
                ["run", "packs", "pages", "seconds", "packs/s", "ratio vs serial"], rows)


def bench_long_text(folder: Path, runs: int) -> None:
    """One delegation's pack with ordinary text, then with pathological lengths in the data."""
    path = build_synthetic_workspace(folder / "long.sqlite", provisions=200, concerns=60, delegations=5, seed=5)
    long_words, long_token = "word " * 40_000, "x" * 200_000
    with Workspace.open(path) as ws:
        delegation = queries.delegations(ws)[0]
        profile = PackProfile(delegation_id=delegation.id)
        common = read_common(ws)
        data = for_delegation(ws, common, delegation)
        first = plan_pack(data, profile).sections[0].concerns[0].concern
        cases = {
            "ordinary text (baseline)": data,
            "one concern title of 200,000 characters": replace(data, concerns=tuple(
                replace(c, title=long_token) if c.id == first.id else c for c in data.concerns)),
            "one concern summary of 200,000 characters": replace(data, concerns=tuple(
                replace(c, summary=long_words) if c.id == first.id else c for c in data.concerns)),
            "every concern and amendment text 200,000 characters": replace(
                data, concerns=tuple(replace(c, title=long_token, summary=long_words) for c in data.concerns),
                amendments=tuple(replace(a, title=long_token, rationale=long_words, proposed_text=long_words)
                                 for a in data.amendments)),
        }
        rows, base = [], 0.0
        for label, case in cases.items():
            times, pages = [], 0
            for _ in range(runs):
                start = time.perf_counter()
                pages = render_plan(plan_pack(case, profile)).pages
                times.append(time.perf_counter() - start)
            seconds = median(times)
            base = base or seconds
            rows.append([label, pages, f"{seconds:.3f}", f"{seconds / base:.2f}"])
    print_table(f"Very long text in the data (synthetic, 200 provisions, median of {runs})",
                ["data", "pages", "seconds", "ratio vs ordinary"], rows)


def main(argv: list[str]) -> None:
    quick = "--quick" in argv
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_long_text(folder, runs=1 if quick else 3)
        bench_one_pack(folder, runs=1 if quick else 3)
        bench_all_delegations(folder, delegations=24 if quick else 193)
    print(f"\nPeak RSS: this process {peak_rss_mib():.0f} MiB; largest worker process {_children_peak_mib():.0f} MiB")
