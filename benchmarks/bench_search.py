"""Search quality: the tiered order against bm25 (the order before it) on judged demo-corpus queries.

    ./dev bench search

benchmarks/search_judgements.toml grades every record that matches each query (0-3). The table gives
nDCG@10 (graded) and precision@5 (grade 2 or more counts as relevant) for each ranking, with ratios
to bm25 measured in the same run. `bm25_search` is also the baseline of `./dev bench store`.
"""

from __future__ import annotations

import math
import tempfile
import tomllib
from collections.abc import Callable, Sequence
from itertools import zip_longest
from pathlib import Path
from statistics import fmean

from briefing_app import paths
from briefing_app.demo import install_demo, stable_id
from briefing_app.domain.views import SearchHit, SearchKind
from briefing_app.store.search import prepare_query, search
from briefing_app.store.workspace import Workspace
from harness import print_table

JUDGEMENTS = Path(__file__).with_name("search_judgements.toml")
DEMO_FILES = {"provisions": ("provisions-adopted.toml", "provisions-zero-draft.toml"),
              "concerns": ("concerns.toml",), "amendments": ("amendments.toml",)}

_BM25_SQL = {  # search.py's queries before the tiers, unchanged
    SearchKind.PROVISION: """
        SELECT p.id, trim(CASE p.kind WHEN 'preamble' THEN 'Preamble'
                       ELSE upper(substr(p.kind, 1, 1)) || substr(p.kind, 2) || ' ' || p.number END
                       || CASE WHEN p.heading != '' THEN ': ' || p.heading ELSE '' END),
               snippet(provisions_fts, -1, '[', ']', '…', 12),
               bm25(provisions_fts, 5.0, 3.0, 1.0)
                 * CASE WHEN v.seq = (SELECT max(seq) FROM versions WHERE document_id = v.document_id)
                        THEN 1.5 ELSE 1.0 END AS rank,
               p.id, p.version_id, v.label
        FROM provisions_fts JOIN provisions p ON p.rowid = provisions_fts.rowid
        JOIN versions v ON v.id = p.version_id
        WHERE provisions_fts MATCH :query
        ORDER BY rank LIMIT :limit""",
    SearchKind.CONCERN: """
        SELECT c.id, c.title, snippet(concerns_fts, -1, '[', ']', '…', 12),
               bm25(concerns_fts, 3.0, 1.0, 1.0),
               (SELECT cp.provision_id FROM concern_provisions cp WHERE cp.concern_id = c.id
                ORDER BY cp.rowid LIMIT 1), NULL, c.severity
        FROM concerns_fts JOIN concerns c ON c.rowid = concerns_fts.rowid
        WHERE concerns_fts MATCH :query
        ORDER BY bm25(concerns_fts, 3.0, 1.0, 1.0) LIMIT :limit""",
    SearchKind.AMENDMENT: """
        SELECT a.id, CASE WHEN a.title != '' THEN a.title ELSE 'Amendment' END,
               snippet(amendments_fts, -1, '[', ']', '…', 12),
               bm25(amendments_fts, 3.0, 1.0, 1.0), a.provision_id, NULL, a.status
        FROM amendments_fts JOIN amendments a ON a.rowid = amendments_fts.rowid
        WHERE amendments_fts MATCH :query
        ORDER BY bm25(amendments_fts, 3.0, 1.0, 1.0) LIMIT :limit""",
}


def bm25_search(ws: Workspace, text: str, limit: int = 50) -> list[tuple[SearchKind, str, float]]:
    """The ranking search used before the tiers: bm25 over every match (title weighted, a document's
    latest version boosted), kinds merged by score. Returns (kind, record id, score), best first."""
    hits = [(kind, row[0], -float(row[3]))
            for kind, sql in _BM25_SQL.items()
            for row in ws.conn.execute(sql, {"query": prepare_query(text), "limit": limit})]
    return sorted(hits, key=lambda hit: hit[2], reverse=True)[:limit]


def demo_keys() -> dict[str, str]:
    """Record id → demo-corpus key, for provisions, concerns and amendments."""
    keys: dict[str, str] = {}
    for table, files in DEMO_FILES.items():
        for name in files:
            with (paths.resources_dir() / "demo" / name).open("rb") as handle:
                for entry in tomllib.load(handle)[table]:
                    keys[stable_id(table, entry["key"])] = entry["key"]
    return keys


def ndcg(ranked: Sequence[str], grades: dict[str, int], k: int = 10) -> float:
    def dcg(gains: Sequence[int]) -> float:
        return sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = dcg(sorted(grades.values(), reverse=True)[:k])
    return dcg([grades.get(key, 0) for key in ranked[:k]]) / ideal if ideal else 0.0


def precision(ranked: Sequence[str], grades: dict[str, int], k: int = 5) -> float:
    return sum(1 for key in ranked[:k] if grades.get(key, 0) >= 2) / k


def _tiers_then_bm25(ours: list[SearchHit], scores: dict[str, float]) -> list[str]:
    """The tiers with bm25 inside each tier: what the tiers would give if scoring were free."""
    order = []
    for tier in sorted({hit.score for hit in ours}, reverse=True):
        per_kind = [sorted((h.record_id for h in ours if h.kind is kind and h.score == tier),
                           key=lambda rid: -scores[rid]) for kind in SearchKind]
        order += [rid for group in zip_longest(*per_kind) for rid in group if rid is not None]
    return order


def main(argv: list[str]) -> None:
    with JUDGEMENTS.open("rb") as handle:
        judged: dict[str, dict[str, int]] = tomllib.load(handle)["queries"]
    keys = demo_keys()
    rankings: dict[str, Callable[[Workspace, str], list[str]]] = {
        "bm25 over every match (the order before; baseline)":
            lambda ws, q: [rid for _k, rid, _s in bm25_search(ws, q, 1000)],
        "tiers, bm25 inside a tier (scores every match)":
            lambda ws, q: _tiers_then_bm25(search(ws, q, limit=1000),
                                           {rid: s for _k, rid, s in bm25_search(ws, q, 1000)}),
        "tiers: title/heading first, then document order or newest first (ours)":
            lambda ws, q: [h.record_id for h in search(ws, q, limit=1000)],
    }
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in rankings}
    unjudged: set[tuple[str, str]] = set()
    worse: list[str] = []
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp) / "demo.sqlite") as ws:
        install_demo(ws)
        for query, grades in judged.items():
            per_query = {}
            for name, rank in rankings.items():
                ranked = [keys.get(rid, rid) for rid in rank(ws, query)]
                unjudged |= {(query, key) for key in ranked if key not in grades}
                per_query[name] = (ndcg(ranked, grades), precision(ranked, grades))
                results[name].append(per_query[name])
            base, ours = (per_query[name][0] for name in (next(iter(rankings)), list(rankings)[-1]))
            if ours < base - 0.05:
                worse.append(f"{query} ({ours:.2f} vs {base:.2f})")
    base_ndcg = fmean(v[0] for v in results[next(iter(rankings))])
    base_p5 = fmean(v[1] for v in results[next(iter(rankings))])
    rows = []
    for name, values in results.items():
        mean_ndcg, mean_p5 = fmean(v[0] for v in values), fmean(v[1] for v in values)
        rows.append([name, f"{mean_ndcg:.3f}", f"{mean_ndcg / base_ndcg:.2f}", f"{mean_p5:.3f}",
                     f"{mean_p5 / base_p5:.2f}"])
    print_table(f"Search quality on the demo corpus: {len(judged)} judged queries",
                ["ranking", "nDCG@10", "ratio", "P@5", "ratio"], rows)
    print(f"\nQueries where ours is more than 0.05 nDCG@10 below bm25: {', '.join(worse) or 'none'}")
    if unjudged:
        print(f"Matching records without a judgement (counted as 0): {len(unjudged)}, e.g. "
              + ", ".join(f"{q}: {k}" for q, k in sorted(unjudged)[:5]))
