"""The frozen app against the unfrozen one (issue #18): the app folder's size, and start-up times of
the same three things, each in a fresh process on a fresh profile: `--version`, `info --json`, and
the window offscreen until shown (BRIEFING_EXIT_WHEN_SHOWN). Ratio: frozen / unfrozen, same run.

Run: ./dev bench dist [--repeat N]   (builds the app first, cached like the slow test)
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import median, print_table

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))
import frozen_build  # noqa: E402

sys.path.pop(0)

CASES = (("--version", ["--version"], {}),
         ("info --json", ["info", "--json"], {}),
         ("window shown (offscreen)", [], {"BRIEFING_EXIT_WHEN_SHOWN": "1"}))


def _fresh_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFING_", "XDG_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen")
    return env


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run (CPU: user + system of the process and its children, which
    other jobs on the machine disturb far less than wall time)."""
    cpu, start = _cpu_children(), time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{command} failed: {done.stderr[-2000:]}")
    return elapsed, _cpu_children() - cpu


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench dist")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    folder = frozen_build.build()
    frozen = [str(frozen_build.executable(folder))]
    unfrozen = [sys.executable, "-m", "briefing_app"]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, arguments, extra in CASES:
            times: dict[str, list[tuple[float, float]]] = {"frozen": [], "unfrozen": []}
            for run in range(args.repeat + 1):  # the first of each is a warm-up (the demo workspace is made)
                for name, command in (("unfrozen", unfrozen), ("frozen", frozen)):
                    home = Path(tmp) / f"{name}-{label.split()[0].strip('-')}"
                    elapsed = _timed(command + arguments, {**_fresh_env(home), **extra})
                    if run:
                        times[name].append(elapsed)
            wall = {name: median([w for w, _ in runs]) for name, runs in times.items()}
            cpu = {name: median([c for _, c in runs]) for name, runs in times.items()}
            rows.append((label, f"{wall['unfrozen'] * 1000:.0f} / {cpu['unfrozen'] * 1000:.0f} ms",
                         f"{wall['frozen'] * 1000:.0f} / {cpu['frozen'] * 1000:.0f} ms",
                         f"{wall['frozen'] / wall['unfrozen']:.2f}", f"{cpu['frozen'] / cpu['unfrozen']:.2f}"))
    load = os.getloadavg()[0]
    print_table(f"Start-up, median of {args.repeat} after one warm-up run (load average {load:.1f})",
                ("what", "unfrozen: python -m briefing_app (wall / CPU)", "frozen: dist/briefing-desk (wall / CPU)",
                 "wall ratio", "CPU ratio"), rows)
    size = frozen_build.folder_size(folder)
    internal = folder / "_internal"
    parts = sorted(((frozen_build.folder_size(p) if p.is_dir() else p.stat().st_size, p.name)
                    for p in internal.iterdir() if not p.is_symlink()), reverse=True)[:6]
    print_table("App folder", ("part", "size"),
                [("dist/briefing-desk (all)", f"{size / 2**20:.0f} MiB")]
                + [(f"_internal/{name}", f"{bytes_ / 2**20:.1f} MiB") for bytes_, name in parts])
