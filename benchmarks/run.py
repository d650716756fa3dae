"""Run benchmarks: `./dev bench` runs every benchmarks/bench_*.py; `./dev bench store` runs one.

Each bench module has `main(argv: list[str]) -> None` printing Markdown tables with ratios against a
baseline measured in the same run. Paste the output into docs/benchmarks.md with the command used.
"""

from __future__ import annotations

import importlib
import platform
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main(argv: list[str]) -> int:
    from briefing_app.workarounds import install_workarounds

    install_workarounds()  # as the app and the CLI do (Qt and reportlab fixes)
    names = [argv[0]] if argv and not argv[0].startswith("-") else sorted(
        p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    rest = argv[1:] if argv and not argv[0].startswith("-") else argv
    print(f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"{platform.machine()}, {platform.system()}")
    for name in names:
        module = importlib.import_module(f"bench_{name}")
        print(f"\n## {name}")
        module.main(rest)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
