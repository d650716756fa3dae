"""Store benchmarks: bulk load rate, and full-text search latency vs a LIKE scan and bm25 ranking.

    ./dev bench store            # 20k provisions, 100k concerns, 193 delegations
    ./dev bench store --quick    # a tenth of that
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_search import bm25_search
from briefing_app.domain.models import LINKS_BY_NAME, TABLE_OF
from briefing_app.store import migrations
from briefing_app.store.records import to_row
from briefing_app.store.search import search
from briefing_app.store.workspace import Workspace
from harness import fmt_ms, peak_rss_mib, percentile, print_table
from synthetic import RARE_WORDS, generate

QUERIES = ["interception", "journalist", "judicial authorisation", "researcher", "extradition",
           "surveillance", "dual criminality", "privacy", "confidentiality", "victim"]


LIKE_SQL = """
    SELECT 'provision', id FROM provisions WHERE heading LIKE :p OR text LIKE :p
    UNION ALL SELECT 'concern', id FROM concerns WHERE title LIKE :p OR summary LIKE :p
    UNION ALL SELECT 'amendment', id FROM amendments WHERE proposed_text LIKE :p OR rationale LIKE :p"""


def like_search(ws: Workspace, text: str) -> int:
    """Baseline: what search costs without an index: scan the same three tables for every match."""
    return len(ws.conn.execute(LIKE_SQL, {"p": f"%{text}%"}).fetchall())


SEARCHES: dict[str, Callable[[Workspace, str], object]] = {
    "LIKE scan of the same 3 tables (baseline)": like_search,
    "FTS5, bm25 over every match (the order before)": lambda ws, q: bm25_search(ws, q, limit=50),
    "FTS5, tiers read in index order (search())": lambda ws, q: search(ws, q, limit=50),
}
"""Each query runs through every method in turn, so load on the machine affects them alike."""


def _load_ours(path: Path, records: list, links: dict) -> float:
    start = time.perf_counter()
    with Workspace.open(path) as ws, ws.transaction():
        ws.insert_many(records)
        for name, pairs in links.items():
            ws.insert_links(name, pairs)
    return time.perf_counter() - start


def _load_raw(path: Path, records: list, links: dict) -> float:
    """Baseline: the same rows with plain executemany into the v1 tables (no FTS, no record layer)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.migrate(conn, name="raw", target=1)
    rows_by_table: dict[str, list[dict]] = {}
    for record in records:
        row = {**to_row(record), "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}
        rows_by_table.setdefault(TABLE_OF[type(record)], []).append(row)
    start = time.perf_counter()
    conn.execute("BEGIN")
    for table, rows in rows_by_table.items():
        cols = list(rows[0])
        conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                         [list(r.values()) for r in rows])
    for name, pairs in links.items():
        link = LINKS_BY_NAME[name]
        conn.executemany(f"INSERT INTO {name} ({link.left_column}, {link.right_column}, created_at) "
                         "VALUES (?, ?, 'x')", pairs)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main(argv: list[str]) -> None:
    quick = "--quick" in argv
    scale = dict(provisions=2_000, concerns=10_000, delegations=193) if quick else \
        dict(provisions=20_000, concerns=100_000, delegations=193)
    records, links = generate(**scale, seed=7)
    total_rows = len(records) + sum(len(p) for p in links.values())
    with tempfile.TemporaryDirectory() as tmp:
        ours_path, raw_path = Path(tmp) / "ours.sqlite", Path(tmp) / "raw.sqlite"
        raw = _load_raw(raw_path, records, links)
        ours = _load_ours(ours_path, records, links)
        print_table(
            f"Bulk load: {total_rows:,} rows ({scale['provisions']:,} provisions, {scale['concerns']:,} concerns)",
            ["path", "seconds", "rows/s", "ratio vs raw"],
            [["raw executemany, no FTS (baseline)", f"{raw:.2f}", f"{total_rows / raw:,.0f}", "1.00"],
             ["Workspace.insert_many + FTS triggers", f"{ours:.2f}", f"{total_rows / ours:,.0f}",
              f"{ours / raw:.2f}"]])

        rng = random.Random(3)
        query_sets = {"common words (match ~30% of rows)": QUERIES,
                      "selective words (match <0.1% of rows)": rng.sample(RARE_WORDS, 10)}
        rows = []
        with Workspace.open(ours_path) as ws:
            for set_name, queries in query_sets.items():
                times: dict[str, list[float]] = {label: [] for label in SEARCHES}
                for _ in range(5):
                    for query in rng.sample(queries, len(queries)):
                        for label, run in SEARCHES.items():
                            start = time.perf_counter()
                            run(ws, query)
                            times[label].append(time.perf_counter() - start)
                base = percentile(times[next(iter(SEARCHES))], 50)
                for label, values in times.items():
                    rows.append([set_name, label, fmt_ms(percentile(values, 50)), fmt_ms(percentile(values, 95)),
                                 f"{percentile(values, 50) / base:.2f}"])
        print_table("Search latency, 50 queries per set", ["queries", "method", "p50", "p95", "p50 ratio"], rows)
    print(f"\nPeak RSS of the benchmark process: {peak_rss_mib():.0f} MiB")
