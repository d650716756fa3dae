"""Pack build time per language (issue #14): the same plan rendered with each language's words,
as ratios to English. Arabic goes through packs/rtl.py (word-level bidi, per-word shaping), Chinese
through reportlab's CJK wrapping and the CJK font.

    ./dev bench languages           # median of 3 runs per language
    ./dev bench languages --quick   # 1 run
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import replace
from pathlib import Path

from briefing_app.domain.languages import PACK_LANGUAGES
from briefing_app.domain.tailoring import PackProfile, plan_pack
from briefing_app.packs.build import render_plan
from briefing_app.packs.fonts import load_fonts
from briefing_app.packs.gather import for_delegation, read_common
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from harness import median, print_table
from synthetic import build_synthetic_workspace


def bench_languages(folder: Path, runs: int) -> None:
    path = build_synthetic_workspace(folder / "lang.sqlite", provisions=300, concerns=90, delegations=5, seed=6)
    fonts = load_fonts()
    with Workspace.open(path) as ws:
        delegation = queries.delegations(ws)[0]
        data = for_delegation(ws, read_common(ws), delegation)
    rows, base = [], 0.0
    for language in PACK_LANGUAGES:
        plan = plan_pack(data, PackProfile(delegation_id=delegation.id, language=language))
        render_plan(plan, fonts=fonts)  # warm-up: font subsets, the catalogue
        times, pages = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            pages = render_plan(plan, fonts=fonts).pages
            times.append(time.perf_counter() - start)
        seconds = median(times)
        base = base or seconds
        rows.append([language + (" (baseline)" if language == "en" else ""), len(plan.sections), pages,
                     f"{seconds:.2f}", f"{seconds / base:.2f}"])
    print_table(f"One pack per language (synthetic, English content, default profile, median of {runs})",
                ["language", "provisions", "pages", "seconds", "ratio vs English"], rows)


def bench_arabic_content(folder: Path, runs: int) -> None:
    """Arabic words around Arabic content: every paragraph goes through the RTL path."""
    path = build_synthetic_workspace(folder / "lang-ar.sqlite", provisions=300, concerns=90, delegations=5, seed=6)
    with Workspace.open(path) as ws:
        delegation = queries.delegations(ws)[0]
        data = for_delegation(ws, read_common(ws), delegation)
    arabic = "تثير هذه المادة شواغل جدية بشأن حماية حقوق الإنسان والصحفيين والباحثين "
    data_ar = replace(data, concerns=tuple(replace(c, title=arabic[:40], summary=arabic * 3) for c in data.concerns))
    rows, base = [], 0.0
    for label, (d, language) in {"English words, English content (baseline)": (data, "en"),
                                 "Arabic words, English content": (data, "ar"),
                                 "Arabic words, Arabic concerns": (data_ar, "ar")}.items():
        plan = plan_pack(d, PackProfile(delegation_id=delegation.id, language=language))
        times, pages = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            pages = render_plan(plan).pages
            times.append(time.perf_counter() - start)
        seconds = median(times)
        base = base or seconds
        rows.append([label, pages, f"{seconds:.2f}", f"{seconds / base:.2f}"])
    print_table(f"Arabic packs (median of {runs})", ["pack", "pages", "seconds", "ratio vs English"], rows)


def main(argv: list[str]) -> None:
    runs = 1 if "--quick" in argv else 3
    with tempfile.TemporaryDirectory() as tmp:
        bench_languages(Path(tmp), runs)
        bench_arabic_content(Path(tmp), runs)
