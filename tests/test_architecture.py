"""The folders are the architecture: imports flow one way and SQL stays in store/ and bundles/."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "briefing_app"


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _layer(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def test_only_ui_and_app_import_pyside6() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in _modules()
                 if _layer(p) not in ("ui", "app") and any(n.split(".")[0] == "PySide6" for n in _imports(p))]
    assert offenders == []


def test_domain_imports_nothing_with_io_qt_or_sql() -> None:
    forbidden = {"sqlite3", "sqlite_utils", "PySide6", "reportlab", "os", "pathlib", "subprocess"}
    offenders = {str(p.relative_to(PACKAGE)): sorted(n for n in _imports(p) if n.split(".")[0] in forbidden)
                 for p in (PACKAGE / "domain").rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_inner_layers_do_not_import_outer_ones() -> None:
    outer = {"domain": {"store", "bundles", "packs", "drafts", "ui", "cli", "app"},
             "store": {"bundles", "packs", "drafts", "ui", "cli", "app"},
             "bundles": {"ui", "cli", "app"}, "packs": {"ui", "cli", "app"}, "drafts": {"ui", "cli", "app"},
             "meetings": {"ui", "cli", "app"}, "protect": {"ui", "cli", "app"}}
    offenders = []
    for path in _modules():
        banned = outer.get(_layer(path), set())
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "briefing_app" and len(parts) > 1 and parts[1] in banned:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


_SQL = re.compile(r"""["'][^"']*\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b""",
                  re.IGNORECASE)


def test_sql_lives_only_in_store_and_bundles() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in _modules()
                 if _layer(p) not in ("store", "bundles") and _SQL.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_ui_and_cli_reach_the_database_only_through_store_functions() -> None:
    """No raw connection outside store/ (bundles/ keeps its own bundle-file connection): the UI and
    the CLI call store functions that take a Workspace."""
    offenders = [str(p.relative_to(PACKAGE)) for p in _modules()
                 if _layer(p) in ("ui", "cli", "app") and re.search(r"\.conn\b", p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_only_store_touches_a_workspace_connection() -> None:
    """Beyond ui/cli/app: drafts/, packs/, status/, domain/ … take a Workspace too (bundles/reader.py
    holds the connection to the bundle file itself, which is no workspace)."""
    exempt = {PACKAGE / "bundles" / "reader.py"}
    offenders = [str(p.relative_to(PACKAGE)) for p in _modules()
                 if _layer(p) != "store" and p not in exempt and re.search(r"\.conn\b", p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_ui_jobs_write_only_through_the_write_lease() -> None:
    """One writer (store/writer.py): a UI job writes through `services.jobs.write`, never a writable
    Workspace of its own; main_window.py opens the GUI thread's own workspace."""
    offenders = [str(p.relative_to(PACKAGE)) for p in _modules()
                 if _layer(p) == "ui" and p.name != "main_window.py"
                 and re.search(r"\bWorkspace\.open\(", p.read_text(encoding="utf-8"))]
    assert offenders == []


def _module_name(path: Path) -> str:
    parts = ("briefing_app", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_time_imports(path: Path, known: set[str]) -> set[str]:
    """Our modules `path` imports when it is imported: top-level imports outside `if TYPE_CHECKING:`
    (imports inside functions run later and cannot close a cycle at import time)."""
    found: set[str] = set()
    for statement in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(statement, ast.If) and "TYPE_CHECKING" in ast.unparse(statement.test):
            continue
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue
        for node in ast.walk(statement):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name in known)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    name = f"{node.module}.{alias.name}"
                    found.add(name if name in known else node.module)
    return {name for name in found if name in known}


def test_no_import_cycles_between_our_modules() -> None:
    """The window no longer imports its menus' users and back (issue 16 item 1); no other module
    pair or ring may start one."""
    modules = {_module_name(p): p for p in _modules()}
    graph = {name: _import_time_imports(path, set(modules)) - {name} for name, path in modules.items()}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for nxt in sorted(graph[name]):
            if state.get(nxt) == 1:
                cycles.append([*trail[trail.index(nxt):], nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []

@pytest.mark.slow  # mypy's first run in a fresh tree takes ~30 s; then about a second
def test_the_tree_passes_the_quality_gates() -> None:
    """What `./dev lint` checks in CI (issue 16 item 8), here too because everyone runs this file
    before landing: ruff with the project's rules, mypy with disallow_untyped_defs on the package."""
    root = PACKAGE.parents[1]
    for gate in (["ruff", "check", "--quiet", "src", "tests", "benchmarks"], ["mypy"]):
        run = subprocess.run([sys.executable, "-m", *gate], cwd=root, capture_output=True, text=True,
                             timeout=600, check=False)
        assert run.returncode == 0, f"{gate[0]}:\n{run.stdout[-3000:]}{run.stderr[-1000:]}"
