"""Draft benchmarks: mapping two 500-article drafts, against number-only matching as the baseline.

    ./dev bench drafts           # 500 articles, 5 timed runs each
    ./dev bench drafts --quick   # 100 articles, 2 runs

The new draft is made from the old one by the edits negotiators make: 10 new articles inserted (so
everything after them is renumbered), 10 deleted, 10 split in two, 10 pairs merged, 60 reworded in a
few words. "Correct" means an old article's proposed targets equal the edit that was really made.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from briefing_app.domain.enums import ProvisionKind
from briefing_app.domain.mapping import Mapping, MatchKind, propose_mapping
from briefing_app.domain.models import Document, Provision
from briefing_app.drafts.importer import apply_import, plan_import
from briefing_app.drafts.parse import parse_text
from briefing_app.store.workspace import Workspace
from harness import median, peak_rss_mib, print_table
from synthetic import RARE_WORDS, WORDS

T = TypeVar("T")
Truth = dict[str, tuple[str, ...]]  # old article key → keys of the new articles it became


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(12, 26))
    words[rng.randrange(len(words))] = rng.choice(RARE_WORDS)
    return " ".join(words).capitalize() + "."


def _reword(rng: random.Random, text: str) -> str:
    words = text.split()
    for _ in range(max(2, len(words) // 15)):
        words[rng.randrange(len(words))] = rng.choice(WORDS)
    return " ".join(words)


def make_drafts(articles: int, seed: int = 7) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]], Truth]:
    """(key, heading, text) of the old and new articles in reading order, and the true mapping."""
    rng = random.Random(seed)
    old = [(f"o{i}", " ".join(rng.choices(WORDS, k=3)).capitalize(),
            " ".join(_sentence(rng) for _ in range(rng.randint(3, 6)))) for i in range(articles)]
    scale = articles / 500
    keys = [k for k, _, _ in old]
    rng.shuffle(keys)
    cut = [round(n * scale) for n in (10, 10, 10, 60)]
    deleted = set(keys[:cut[0]])
    split = set(keys[cut[0]:cut[0] + cut[1]])
    merged_first = keys[sum(cut[:2]):sum(cut[:3])]
    reworded = set(keys[sum(cut[:3]):sum(cut)])
    by_key = {k: (h, t) for k, h, t in old}
    merge_with: dict[str, str] = {}
    order = [k for k, _, _ in old]
    taken = deleted | split | reworded | set(merged_first)
    for first in merged_first:
        index = order.index(first)
        partner = order[index + 1] if index + 1 < len(order) else None
        if partner is not None and partner not in taken:
            merge_with[first] = partner
            taken.add(partner)
    new: list[tuple[str, str, str]] = []
    truth: Truth = {}
    absorbed = set(merge_with.values())
    for key in order:
        heading, text = by_key[key]
        if key in deleted:
            truth[key] = ()
        elif key in absorbed:
            continue
        elif key in split:
            sentences = text.split(". ")
            half = max(1, len(sentences) // 2)
            parts = (". ".join(sentences[:half]).rstrip(".") + ".", ". ".join(sentences[half:]))
            new += [(f"{key}a", heading, parts[0]), (f"{key}b", heading + " (continued)", parts[1])]
            truth[key] = (f"{key}a", f"{key}b")
        elif key in merge_with:
            partner = merge_with[key]
            new.append((f"{key}+", heading, text + " " + by_key[partner][1]))
            truth[key] = truth[partner] = (f"{key}+",)
        else:
            new.append((f"{key}'", heading, _reword(rng, text) if key in reworded else text))
            truth[key] = (f"{key}'",)
        if rng.random() < 10 * scale / articles:
            new.append((f"n{len(new)}", " ".join(rng.choices(WORDS, k=3)).capitalize(),
                        " ".join(_sentence(rng) for _ in range(4))))
    return old, new, truth


def provisions(version: str, items: list[tuple[str, str, str]]) -> list[Provision]:
    return [Provision(id=key, version_id=version, kind=ProvisionKind.ARTICLE, number=str(i),
                      heading=heading, text=text, position=i) for i, (key, heading, text) in enumerate(items, 1)]


def number_only(old: list[Provision], new: list[Provision]) -> dict[str, tuple[str, ...]]:
    """Baseline: article n of the old draft is article n of the new one."""
    by_number = {p.number: p.id for p in new}
    return {p.id: (by_number[p.number],) if p.number in by_number else () for p in old}


def ours(old: list[Provision], new: list[Provision]) -> dict[str, tuple[str, ...]]:
    mapping: Mapping = propose_mapping(old, new)
    return {e.old_id: tuple(sorted(e.new_ids)) for e in mapping.entries if e.old_id}


def accuracy(result: dict[str, tuple[str, ...]], truth: Truth) -> float:
    return sum(1 for key, targets in truth.items() if tuple(sorted(result.get(key, ()))) == tuple(sorted(targets))) / len(truth)


def timed(fn: Callable[[], T], runs: int) -> tuple[float, T]:
    """Median seconds over `runs` calls, and the last call's result."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return median(times), value


def as_text(items: list[tuple[str, str, str]]) -> str:
    return "\n\n".join(f"Article {i}. {heading}\n{text}" for i, (_key, heading, text) in enumerate(items, 1))


def main(argv: list[str]) -> None:
    quick = "--quick" in argv
    articles, runs = (100, 2) if quick else (500, 5)
    old_items, new_items, truth = make_drafts(articles)
    old, new = provisions("old", old_items), provisions("new", new_items)
    rows = []
    base_time, base_result = timed(lambda: number_only(old, new), runs)
    rows.append(["number-only matching (baseline)", f"{base_time * 1000:.1f}", "1.00",
                 f"{accuracy(base_result, truth):.1%}"])
    our_time, our_result = timed(lambda: ours(old, new), runs)
    rows.append(["propose_mapping (headings + text + numbers)", f"{our_time * 1000:.1f}",
                 f"{our_time / base_time:.0f}", f"{accuracy(our_result, truth):.1%}"])
    reworded_all = [(k, h, _reword(random.Random(k), t)) for k, h, t in new_items]
    worst = provisions("new", reworded_all)
    worst_time, _ = timed(lambda: propose_mapping(old, worst), max(1, runs // 2))
    rows.append(["propose_mapping, every article reworded", f"{worst_time * 1000:.1f}",
                 f"{worst_time / base_time:.0f}", "—"])
    print_table(f"Mapping {len(old)} → {len(new)} articles (median of {runs} runs)",
                ["method", "ms", "ratio vs baseline", "old articles mapped correctly"], rows)
    kinds = propose_mapping(old, new)
    print("\nProposed: " + ", ".join(f"{kinds.count(k)} {k.value}" for k in MatchKind if kinds.count(k)))
    _import_table(old_items, new_items, runs)
    print(f"\nPeak RSS: {peak_rss_mib():.0f} MiB")


def _import_table(old_items: list[tuple[str, str, str]], new_items: list[tuple[str, str, str]], runs: int) -> None:
    """End to end: parse the new draft's text, plan and apply the import into a workspace."""
    old_text, new_text = as_text(old_items), as_text(new_items)
    parse_time, _ = timed(lambda: parse_text(new_text), runs)
    with tempfile.TemporaryDirectory() as folder:
        times = []
        for run in range(max(1, runs // 2)):
            with Workspace.open(Path(folder) / f"w{run}.sqlite") as ws:
                document = ws.insert(Document(title="Synthetic treaty"))
                apply_import(ws, plan_import(ws, parse_text(old_text), document=document, label="A"))
                start = time.perf_counter()
                apply_import(ws, plan_import(ws, parse_text(new_text), document=document, label="B"))
                times.append(time.perf_counter() - start)
    full = median(times)
    print_table("Import of the new draft's text", ["step", "ms", "ratio vs parse"], [
        ["parse the text (baseline)", f"{parse_time * 1000:.1f}", "1.00"],
        ["parse + plan + map + save + carry", f"{full * 1000:.1f}", f"{full / parse_time:.1f}"],
    ])
