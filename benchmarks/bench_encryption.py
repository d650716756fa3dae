"""The cost of encryption at rest (issue #13): the store benchmark's bulk load, search p50 and a
bundle import, each on a plain workspace (the baseline) and on the same workspace encrypted with
SQLCipher 4, measured alternately in one run; plus opening a connection (key derived once).

    ./dev bench encryption                      # 2k provisions, 10k concerns, 193 delegations
    ./dev bench encryption --full --rounds 1    # the store benchmark's 20k provisions, 100k concerns
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from bench_store import QUERIES
from briefing_app.store import cipher
from briefing_app.store.search import search
from briefing_app.store.workspace import Workspace
from harness import fmt_ms, percentile, print_table
from synthetic import RARE_WORDS, generate

PASSPHRASE = "benchmark passphrase"
ROUNDS = 3


def _load(path: Path, key: cipher.Key | None, records: list, links: dict) -> float:
    start = time.perf_counter()
    with Workspace.open(path, key=key) as ws, ws.transaction():
        ws.insert_many(records)
        for name, pairs in links.items():
            ws.insert_links(name, pairs)
    return time.perf_counter() - start


def _import(bundle: Path, target: Path, key: cipher.Key | None) -> float:
    from briefing_app.bundles.apply import import_bundle

    with Workspace.open(target, key=key) as ws:
        start = time.perf_counter()
        import_bundle(ws, bundle)
        return time.perf_counter() - start


def _ratio_row(label: str, plain: list[float], encrypted: list[float], fmt=lambda s: f"{s:.2f} s") -> list[str]:
    p, e = percentile(plain, 50), percentile(encrypted, 50)
    return [label, fmt(p), fmt(e), f"{e / p:.2f}"]


def main(argv: list[str]) -> None:
    from briefing_app.bundles.export import export_bundle

    full = "--full" in argv
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else ROUNDS
    scale = dict(provisions=20_000, concerns=100_000, delegations=193) if full else \
        dict(provisions=2_000, concerns=10_000, delegations=193)
    records, links = generate(**scale, seed=7)
    total = len(records) + sum(len(p) for p in links.values())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["BRIEFING_HOME"] = str(folder / "home")  # keys and backups of this run only
        key = cipher.new_key(PASSPHRASE)
        loads: dict[str, list[float]] = {"plain": [], "encrypted": []}
        for round_ in range(rounds):  # alternate, so load on the machine affects both alike
            for kind in ("plain", "encrypted"):
                path = folder / f"{kind}-{round_}.sqlite"
                loads[kind].append(_load(path, key if kind == "encrypted" else None, records, links))
        rows = [_ratio_row(f"bulk load, {total:,} rows", loads["plain"], loads["encrypted"])]

        rng = random.Random(3)
        queries = [*QUERIES, *rng.sample(RARE_WORDS, 10)]
        times: dict[str, list[float]] = {"plain": [], "encrypted": []}
        with Workspace.open(folder / "plain-0.sqlite") as plain, \
                Workspace.open(folder / "encrypted-0.sqlite", key=key) as encrypted:
            for _ in range(5):
                for query in rng.sample(queries, len(queries)):
                    for kind, ws in (("plain", plain), ("encrypted", encrypted)):
                        start = time.perf_counter()
                        search(ws, query, limit=50)
                        times[kind].append(time.perf_counter() - start)
            plain.set_meta("sync.organization", "Benchmark partner")
            bundle = export_bundle(plain, folder / "partner.briefing").path
        rows.append(_ratio_row(f"search p50, {len(times['plain'])} queries", times["plain"], times["encrypted"],
                               fmt_ms))
        imports: dict[str, list[float]] = {"plain": [], "encrypted": []}
        for round_ in range(rounds):
            for kind in ("plain", "encrypted"):
                target = folder / f"import-{kind}-{round_}.sqlite"
                imports[kind].append(_import(bundle, target, key if kind == "encrypted" else None))
        rows.append(_ratio_row("bundle import into an empty workspace (with its backup)", imports["plain"],
                               imports["encrypted"]))
        opens: dict[str, list[float]] = {"plain": [], "encrypted": []}
        for _ in range(20):
            for kind in ("plain", "encrypted"):
                start = time.perf_counter()
                Workspace.open_read_only(folder / f"{kind}-0.sqlite", key=key if kind == "encrypted" else None).close()
                opens[kind].append(time.perf_counter() - start)
        rows.append(_ratio_row("open a reader (key already derived)", opens["plain"], opens["encrypted"], fmt_ms))
        start = time.perf_counter()
        cipher.key_for(folder / "encrypted-0.sqlite", PASSPHRASE)
        unlock = time.perf_counter() - start
        print_table(f"Encrypted (SQLCipher 4) vs plain workspace, median of {rounds} run(s) (search: of 100)",
                    ["operation", "plain", "encrypted", "ratio"], rows)
        print(f"\nUnlocking (PBKDF2-HMAC-SHA512, 256,000 iterations, once per file and process): {unlock:.2f} s")
