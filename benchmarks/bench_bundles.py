"""Bundle benchmarks: export, preview and import+merge of a ~100k-row bundle into a workspace of similar
size, against raw ATTACH + INSERT … SELECT of the same rows (the baseline; the app never ATTACHes);
then signing, verifying, digesting and encrypting that bundle, as ratios to its import.

    ./dev bench bundles            # 6,000 provisions, 20,000 concerns: ~100k rows with links
    ./dev bench bundles --quick    # a tenth of that

Every import runs in a child process so its peak RSS is its own.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyrage
from pyrage import x25519

from briefing_app.bundles.export import export_bundle
from briefing_app.bundles.format import SPECS, Digest
from briefing_app.bundles.keystore import KeyStore
from briefing_app.bundles.manifest import Manifest
from briefing_app.bundles.reader import OpenBundle
from briefing_app.bundles.signing import check_signature, sign
from briefing_app.domain.merge import row_hash
from briefing_app.store.workspace import Workspace
from harness import print_table
from synthetic import build_synthetic_workspace

CHILD = """
import json, os, resource, sys, time
sys.path.insert(0, {bench!r})
from bench_bundles import child
print(json.dumps(child(sys.argv[1], sys.argv[2], sys.argv[3])))
"""


def _raw_attach(db: str, bundle: str) -> None:
    """Baseline: attach the bundle and copy every table's rows with INSERT OR IGNORE … SELECT."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("ATTACH DATABASE ? AS b", (bundle,))
    conn.execute("BEGIN IMMEDIATE")
    for table, spec in SPECS.items():
        columns = ", ".join(spec.columns)
        conn.execute(f"INSERT OR IGNORE INTO main.{table} ({columns}) SELECT {columns} FROM b.{table}")
    conn.execute("COMMIT")
    conn.close()


def child(mode: str, db: str, bundle: str) -> dict[str, float]:
    """Run one import in this (child) process; return seconds and peak RSS in MiB."""
    from briefing_app.bundles.apply import import_bundle

    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = before.ru_utime + before.ru_stime  # CPU seconds: steadier than wall time on a shared machine
    start = time.perf_counter()
    if mode == "raw":
        _raw_attach(db, bundle)
    else:
        with Workspace.open(db) as ws:
            report = import_bundle(ws, Path(bundle), dry_run=mode == "preview")
            assert report.applied == (mode == "import"), report.totals  # "again": nothing to write
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime - cpu_before, "rss": usage.ru_maxrss / 1024}


def _run_child(mode: str, db: Path, bundle: Path, home: Path) -> dict[str, float]:
    code = CHILD.format(bench=str(Path(__file__).resolve().parent))
    env = {"BRIEFING_HOME": str(home), "PATH": "/usr/bin:/bin",  # a worktree's PYTHONPATH: its own code
           **({"PYTHONPATH": os.environ["PYTHONPATH"]} if "PYTHONPATH" in os.environ else {})}
    out = subprocess.run([sys.executable, "-c", code, mode, str(db), str(bundle)], capture_output=True,
                         text=True, env=env, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main(argv: list[str]) -> None:
    quick = "--quick" in argv
    provisions, concerns = (600, 2_000) if quick else (6_000, 20_000)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        theirs = build_synthetic_workspace(tmp / "theirs.sqlite", provisions=provisions, concerns=concerns, seed=1)
        mine = build_synthetic_workspace(tmp / "mine.sqlite", provisions=provisions, concerns=concerns, seed=2)
        with Workspace.open(theirs) as ws:
            start = time.perf_counter()
            result = export_bundle(ws, tmp / "theirs.briefing", organization="Partner")
            export_seconds = time.perf_counter() - start
        with Workspace.open(mine) as ws:
            mine_rows = sum(ws.counts().values())
        rows = sum(n for t, n in result.manifest.counts.items() if t != "tombstones")
        runs: dict[str, dict[str, float]] = {}
        for mode in ("raw", "preview", "import"):
            db = tmp / f"{mode}.sqlite"
            shutil.copyfile(mine, db)
            runs[mode] = _run_child(mode, db, result.path, tmp / f"home-{mode}")
        again = tmp / "again.sqlite"
        shutil.copyfile(tmp / "import.sqlite", again)
        runs["again"] = _run_child("again", again, result.path, tmp / "home-again")
        crypto = _crypto_costs(tmp, result.path, result.manifest)

    print(f"\nBundle: {rows:,} rows ({result.path.name}, {result.withheld.get('concerns', 0)} internal concerns "
          f"withheld), exported in {export_seconds:.2f} s. Target workspace: {mine_rows:,} other rows.")
    base = runs["raw"]["seconds"]
    labels = {
        "raw": "raw ATTACH + INSERT OR IGNORE … SELECT (baseline)",
        "preview": "dry run: private copy, hardened open, validate, plan",
        "import": "import: the above + backup + merge in one transaction",
        "again": "same bundle again (all unchanged: nothing written)",
    }
    cpu_base = runs["raw"]["cpu"]
    table = [[labels[m], f"{r['seconds']:.2f}", f"{rows / r['seconds']:,.0f}", f"{r['seconds'] / base:.2f}",
              f"{r['cpu']:.2f}", f"{r['cpu'] / cpu_base:.2f}", f"{r['rss']:.0f}"] for m, r in runs.items()]
    print_table("Import and merge vs raw ATTACH", ["path", "seconds", "rows/s", "ratio vs raw", "CPU s",
                                                   "CPU ratio vs raw", "peak RSS MiB"], table)
    imported = runs["import"]["seconds"]
    print_table("Signing and encryption vs the import itself", ["step", "seconds", "ratio vs import"],
                [[label, f"{seconds:.4f}", f"{seconds / imported:.4f}"] for label, seconds in crypto])


def _crypto_costs(tmp: Path, bundle: Path, manifest: Manifest) -> list[tuple[str, float]]:
    """Seconds for each cryptographic step on this bundle (median of 5 for the fast ones)."""
    keys, other = KeyStore(tmp / "bench-keys"), KeyStore(tmp / "bench-keys-2")
    keys.public(), other.public()

    def median(work: Callable[[], object], repeat: int = 5) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
        return sorted(times)[len(times) // 2]

    signed = sign(manifest, keys)
    with Workspace.open(tmp / "keyring.sqlite") as ws:
        verify = median(lambda: check_signature(ws, signed, bundle.name, other.public()))
    with OpenBundle(bundle) as opened:  # the content digest a signature stands on, recomputed by a reader
        start = time.perf_counter()
        digest = Digest()
        for table, spec in SPECS.items():
            digest.add_all(table, ((spec.key_of(row), row_hash(row)) for _n, row in opened.rows(spec)))
        digest.hexdigest(opened.manifest.format_version)
        digest_seconds = time.perf_counter() - start
    sealed = tmp / "sealed.briefing"
    start = time.perf_counter()
    pyrage.encrypt_file(str(bundle), str(sealed), [x25519.Recipient.from_str(other.public().age_recipient)])
    encrypt = time.perf_counter() - start
    start = time.perf_counter()
    pyrage.decrypt_file(str(sealed), str(tmp / "opened.sqlite"), [other.identity()])
    decrypt = time.perf_counter() - start
    return [("sign the manifest (Ed25519)", median(lambda: sign(manifest, keys))),
            ("verify the signature and look the key up", verify),
            ("content digest over every row (part of every import's validation)", digest_seconds),
            (f"encrypt the bundle file to one recipient (age, {bundle.stat().st_size / 2**20:.0f} MiB)", encrypt),
            ("decrypt it (age)", decrypt)]


if __name__ == "__main__":
    main(sys.argv[1:])
    sys.exit(0)
