"""Pack build time per language (issue #14): the same plan rendered with each language's words,
as ratios to English. Arabic goes through packs/rtl.py (word-level bidi, per-word shaping), Chinese
through reportlab's CJK wrapping and the CJK font.

The languages take turns within each round (so a burst of load on the shared machine hits them
alike) and the ratio uses CPU time of this process, which other processes disturb far less than
wall time; wall time is shown too.

    ./dev bench languages           # median of 5 rounds
    ./dev bench languages --quick   # 1 round
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from briefing_app.domain.languages import PACK_LANGUAGES
from briefing_app.domain.tailoring import PackData, PackProfile, plan_pack
from briefing_app.packs.build import render_plan
from briefing_app.packs.fonts import load_fonts
from briefing_app.packs.gather import for_delegation, read_common
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from harness import print_table
from synthetic import build_synthetic_workspace

ARABIC = "تثير هذه المادة شواغل جدية بشأن حماية حقوق الإنسان والصحفيين والباحثين "


def _data(folder: Path) -> tuple[PackData, str]:
    path = build_synthetic_workspace(folder / "lang.sqlite", provisions=300, concerns=90, delegations=5, seed=6)
    with Workspace.open(path) as ws:
        delegation = queries.delegations(ws)[0]
        return for_delegation(ws, read_common(ws), delegation), delegation.id


def _rounds(cases: dict[str, Callable[[], int]], runs: int) -> dict[str, tuple[float, float, int]]:
    """Per case: median CPU seconds, median wall seconds, pages; cases take turns in each round."""
    for build in cases.values():
        build()  # warm-up: font subsets, catalogues, caches
    cpu: dict[str, list[float]] = {k: [] for k in cases}
    wall: dict[str, list[float]] = {k: [] for k in cases}
    pages: dict[str, int] = {}
    for _ in range(runs):
        for name, build in cases.items():
            start_cpu, start = time.process_time(), time.perf_counter()
            pages[name] = build()
            cpu[name].append(time.process_time() - start_cpu)
            wall[name].append(time.perf_counter() - start)
    return {k: (statistics.median(cpu[k]), statistics.median(wall[k]), pages[k]) for k in cases}


def bench_languages(folder: Path, runs: int) -> None:
    data, delegation_id = _data(folder)
    fonts = load_fonts()
    arabic_data = replace(data, concerns=tuple(replace(c, title=ARABIC[:40], summary=ARABIC * 3)
                                               for c in data.concerns))
    plans = {language: plan_pack(data, PackProfile(delegation_id=delegation_id, language=language))
             for language in PACK_LANGUAGES}
    plans["ar, Arabic concerns"] = plan_pack(arabic_data, PackProfile(delegation_id=delegation_id, language="ar"))
    cases = {name: (lambda plan=plan: render_plan(plan, fonts=fonts).pages) for name, plan in plans.items()}
    results = _rounds(cases, runs)
    base = results["en"][0]
    rows = [[name + (" (baseline)" if name == "en" else ""), len(plans[name].sections), pages,
             f"{cpu_s:.2f}", f"{wall_s:.2f}", f"{cpu_s / base:.2f}"]
            for name, (cpu_s, wall_s, pages) in results.items()]
    print_table(f"One pack per language (synthetic, English content unless named, default profile, median of {runs})",
                ["language", "provisions", "pages", "CPU s", "wall s", "ratio vs English (CPU)"], rows)


def main(argv: list[str]) -> None:
    runs = 1 if "--quick" in argv else 5
    with tempfile.TemporaryDirectory() as tmp:
        bench_languages(Path(tmp), runs)
