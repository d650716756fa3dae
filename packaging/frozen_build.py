"""Build the frozen app once per set of inputs: the slow test (tests/test_frozen_app.py) and the
benchmark (benchmarks/bench_dist.py) share a build cached under ~/.cache/briefing-desk-frozen/<hash>,
where the hash covers the sources, resources, the spec, pyproject.toml, Python and every installed
package's version. `./dev dist` builds into dist/ without the cache."""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "briefing-desk.spec"
NAME = "briefing-desk"
INPUTS = ("src", "resources")  # folders; plus the spec, its entry script and pyproject.toml


def cache_root() -> Path:
    value = os.environ.get("XDG_CACHE_HOME")
    return (Path(value) if value else Path.home() / ".cache") / "briefing-desk-frozen"


def inputs_hash() -> str:
    digest = hashlib.sha256()
    files = [ROOT / "pyproject.toml", SPEC, SPEC.with_name("briefing_desk.py")] + sorted(
        path for folder in INPUTS for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc")
    for path in files:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(sys.version.encode())
    for dist in sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()):
        digest.update(dist.encode() + b"\n")
    return digest.hexdigest()[:20]


def executable(folder: Path) -> Path:
    """The executable the tests and the benchmark run (Windows: the console one, whose output they read)."""
    return folder / (NAME + "-cli.exe" if sys.platform == "win32" else NAME)


def build(out: Path | None = None) -> Path:
    """The app folder (…/briefing-desk), built unless the cache has it for these inputs."""
    base = out or cache_root() / inputs_hash()
    folder = base / "dist" / NAME
    if executable(folder).is_file():
        return folder
    if out is None:  # builds for older inputs are not needed again
        for stale in cache_root().glob("*"):
            shutil.rmtree(stale, ignore_errors=True)
    shutil.rmtree(base, ignore_errors=True)
    done = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                           "--distpath", str(base / "dist"), "--workpath", str(base / "build"), str(SPEC)],
                          capture_output=True, text=True, timeout=1800, check=False, cwd=ROOT)
    if done.returncode != 0 or not executable(folder).is_file():
        raise RuntimeError(f"PyInstaller failed ({done.returncode}):\n{done.stderr[-4000:]}")
    shutil.rmtree(base / "build", ignore_errors=True)  # only the app folder is kept
    return folder


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


if __name__ == "__main__":
    print(build())
