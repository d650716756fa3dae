"""GUI benchmarks: start-up to the main window shown, provision-tree filtering at 20k provisions, and
the GUI thread's longest wait (heartbeat) during open, filter, search, import and batch export.

    ./dev bench gui           # 5 start-ups each; 20,000 provisions
    ./dev bench gui --quick   # 3 start-ups; 2,000 provisions
    ./dev bench gui --startup # start-ups only
    ./dev bench gui --startup --compare DIR  # also the app from another checkout's DIR/src, interleaved
    ./dev bench gui --heartbeat DB   # only the heartbeat table, on a copy of the workspace DB (e.g. 1M)

Start-up runs each variant as a fresh process (offscreen), through the `briefing-app` entry point,
and times from spawning it to the line the process prints once its window is shown (wall and CPU);
the baseline is a bare PySide6 QMainWindow in the same run. A second table splits the CPU of both
starts into phases (process CPU at checkpoints: imports, QApplication, opening the workspace, building
and showing the window), to show where the time over the bare window goes.
Filtering compares our store-backed filter over the lazy tree with the textbook approach: every
provision loaded into a QStandardItemModel and filtered by QSortFilterProxyModel (recursive).
The heartbeat is a 10 ms QTimer on the GUI thread: the longest gap between two of its ticks while an
operation runs is the longest a click or a repaint would have waited (baseline: the idle event loop).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from harness import fmt_ms, measure, median, peak_rss_mib, print_table
from synthetic import build_synthetic_workspace

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1360, 820)
window.show()
QTimer.singleShot(0, lambda: (print("shown", time.process_time(), flush=True), app.quit()))
app.exec()
"""

APP = """
import sys
import time
try:
    from briefing_app.launcher import main  # the `briefing-app` entry point, imported first as the script does
except ImportError:  # a checkout from before launcher.py (--compare)
    from briefing_app.cli import main
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
QTimer.singleShot(0, lambda: (print("shown", time.process_time(), flush=True), app.quit()))
sys.exit(main(["--db", sys.argv[1]]))
"""


PHASES = """
import sys, time
marks = [("", 0.0)]
def mark(name): marks.append((name, time.process_time()))
mark("interpreter start")
try:
    from briefing_app.launcher import main
except ImportError:  # a checkout from before launcher.py (--compare)
    from briefing_app.cli import main
mark("the entry point (before: briefing_app.cli and the store, pure Python)")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
mark("import PySide6 QtCore, QtGui, QtWidgets")
import briefing_app.app as composition
mark("the window's modules (briefing_app.app)")
open_workspace, Window = composition.open_workspace, composition.MainWindow
def opened(*args, **kwargs):
    mark("QApplication, settings, translations"); found = open_workspace(*args, **kwargs)
    mark("open the workspace"); return found
class Timed(Window):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs); mark("build the window (MainWindow())")
composition.open_workspace, composition.MainWindow = opened, Timed
app = QApplication([])
def report():
    mark("show it, first events")
    print("phases", " ".join(f"{name.replace(' ', '~')}={(t - before) * 1e3:.2f}"
                             for (name, t), (_n, before) in zip(marks[1:], marks[:-1])), flush=True)
    app.quit()
QTimer.singleShot(0, report)
sys.exit(main(["--db", sys.argv[1]]))
"""


BARE_PHASES = """
import time
marks = [("", 0.0)]
def mark(name): marks.append((name, time.process_time()))
mark("interpreter start")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
mark("import PySide6 QtCore, QtGui, QtWidgets")
app = QApplication([])
mark("QApplication, settings, translations")
window = QMainWindow()
window.resize(1360, 820)
mark("build the window (MainWindow())")
window.show()
def report():
    mark("show it, first events")
    print("phases", " ".join(f"{name.replace(' ', '~')}={(t - before) * 1e3:.2f}"
                             for (name, t), (_n, before) in zip(marks[1:], marks[:-1])), flush=True)
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""


def phases(demo_db: Path, env: dict[str, str], runs: int) -> None:
    """CPU by phase of the start, the bare window's and the app's (demo workspace), interleaved:
    where the time over the bare window goes."""
    found: list[dict[str, list[float]]] = [{}, {}]
    for _ in range(runs):
        for index, (code, args) in enumerate(((BARE_PHASES, []), (PHASES, [str(demo_db)]))):
            out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, env=env, text=True,
                                 check=True).stdout
            line = next(line for line in out.splitlines() if line.startswith("phases "))
            for item in line.split()[1:]:
                name, value = item.rsplit("=", 1)
                found[index].setdefault(name.replace("~", " "), []).append(float(value))
    bare, app = found

    def cell(values: list[float] | None) -> str:
        return f"{median(values):.1f} ms" if values else "—"

    rows = [(name, cell(bare.get(name)), cell(values)) for name, values in app.items()]
    rows.append(("total (sum of the medians)", f"{sum(median(v) for v in bare.values()):.1f} ms",
                 f"{sum(median(v) for v in app.values()):.1f} ms"))
    print_table(f"Start-up CPU by phase (median of {runs}; load average {os.getloadavg()[0]:.1f})",
                ["phase", "bare PySide6 QMainWindow", "Briefing Desk, demo workspace"], rows)


def _time_process(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time from spawning to the window shown, and the CPU time the process used until then
    (less sensitive to other load on the machine)."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, env=env, text=True)
    assert process.stdout is not None
    line = process.stdout.readline().split()
    elapsed = time.perf_counter() - start
    process.wait(timeout=60)
    if not line or line[0] != "shown":
        raise RuntimeError(f"the window did not show (exit code {process.returncode})")
    return elapsed, float(line[1])


def startup(tmp: Path, synthetic_db: Path, runs: int, compare: Path | None = None) -> None:
    from briefing_app.demo import install_demo
    from briefing_app.store.workspace import Workspace

    demo_db = tmp / "demo.sqlite"
    with Workspace.open(demo_db) as ws:
        install_demo(ws)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFING_HOME": str(tmp / "home"),
           "XDG_CONFIG_HOME": str(tmp / "config")}
    variants = [("bare PySide6 QMainWindow (baseline)", BARE, []),
                ("Briefing Desk, demo workspace", APP, [str(demo_db)]),
                (f"Briefing Desk, synthetic {synthetic_db.stem}", APP, [str(synthetic_db)])]
    envs = [env] * len(variants)
    if compare is not None:  # the same programs from another checkout (before/after a change)
        other = {**env, "PYTHONPATH": os.pathsep.join([str(compare.resolve() / "src"), env.get("PYTHONPATH", "")])}
        subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0", str(compare / "src")], check=True,
                       stdout=subprocess.DEVNULL)
        for label, code, args in variants[1:3]:
            variants.append((f"{label}, from {compare}", code, args))
            envs.append(other)
    _time_process(BARE, [], env)  # warm the file cache once
    times: list[list[tuple[float, float]]] = [[] for _ in variants]
    for _ in range(runs):  # interleaved, so changing load on the machine hits every variant alike
        for index, (_label, code, args) in enumerate(variants):
            times[index].append(_time_process(code, args, envs[index]))
    base_wall = median([w for w, _c in times[0]])
    base_cpu = median([c for _w, c in times[0]])
    rows = []
    for (label, _code, _args), measured in zip(variants, times, strict=True):
        wall, cpu = median([w for w, _c in measured]), median([c for _w, c in measured])
        rows.append((label, fmt_ms(wall), f"{wall / base_wall:.2f}", fmt_ms(cpu), f"{cpu / base_cpu:.2f}"))
    print_table(f"Process start → main window shown (median of {runs}; load average {os.getloadavg()[0]:.1f})",
                ["program", "wall", "ratio", "CPU", "CPU ratio"], rows)
    phases(demo_db, env, runs)


def filtering(db: Path, provisions: int) -> None:  # noqa: PLR0915
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication

    from briefing_app.domain.enums import Severity
    from briefing_app.store import queries
    from briefing_app.store.workspace import Workspace
    from briefing_app.ui.background import WORKER_ABOVE
    from briefing_app.ui.navigator import Navigator
    from briefing_app.ui.provision_model import tree_label
    from synthetic import RARE_WORDS

    app = QApplication.instance() or QApplication([])
    ws = Workspace.open(db)
    version_id = queries.latest_version(ws, queries.documents(ws)[0].id).id  # type: ignore[union-attr]
    nav = Navigator()
    open_times = measure(lambda: nav.set_workspace(ws), repeat=3)

    def open_with_badges() -> None:
        loop = QEventLoop()
        nav.model.counts_ready.connect(loop.quit)
        nav.set_workspace(ws)
        if provisions > WORKER_ABOVE:
            loop.exec()
        nav.model.counts_ready.disconnect(loop.quit)

    badge_times = measure(open_with_badges, repeat=3)

    keep: list[QStandardItemModel] = []

    def baseline_model() -> QSortFilterProxyModel:
        model = QStandardItemModel()
        keep.append(model)
        items: dict[str | None, QStandardItem] = {None: model.invisibleRootItem()}
        for provision in queries.provisions_of(ws, version_id):
            item = QStandardItem(tree_label(provision) + " " + provision.text)
            items[provision.parent_id].appendRow(item)
            items[provision.id] = item
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(model)
        proxy.setRecursiveFilteringEnabled(True)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return proxy

    base_open = measure(baseline_model, repeat=3)
    proxy = baseline_model()
    queries_to_type = [("rare word", RARE_WORDS[7]), ("common word", "interception"), ("article number", "Article 12")]
    rows = [("open a version", "textbook: all rows in QStandardItemModel", fmt_ms(median(base_open)), "1.00"),
            ("open a version", "ours: top level now, outline in a worker", fmt_ms(median(open_times)),
             f"{median(open_times) / median(base_open):.2f}"),
            ("open a version, badges in", "… until outline and badge counts arrive", fmt_ms(median(badge_times)),
             f"{median(badge_times) / median(base_open):.2f}")]

    def ours(text: str) -> None:
        """Type, and wait until the tree shows the result (it may come from a worker)."""
        loop = QEventLoop()
        nav.filter_applied.connect(loop.quit)
        nav.filter_edit.setText(text)
        nav.apply_filter()
        if provisions > WORKER_ABOVE and text:
            loop.exec()
        nav.filter_applied.disconnect(loop.quit)
        app.processEvents()

    def walk(parent: QModelIndex | None = None) -> int:
        """Visit every row the proxy shows, as counting or expanding all matches does."""
        index = parent if parent is not None else QModelIndex()
        return sum(1 + walk(proxy.index(row, 0, index)) for row in range(proxy.rowCount(index)))

    nav.set_workspace(ws)
    first = measure(lambda: (ours(queries_to_type[0][1]), ours("")), repeat=1)
    rows.append(("filter: the first on a version", "ours, reading the version's texts once", fmt_ms(first[0]), "—"))
    for label, text in queries_to_type:
        lazy = measure(lambda t=text: (proxy.setFilterFixedString(t), proxy.setFilterFixedString("")), repeat=5)  # type: ignore[misc]
        full = measure(lambda t=text: (proxy.setFilterFixedString(t), walk(), proxy.setFilterFixedString("")), repeat=5)  # type: ignore[misc]
        mine = measure(lambda t=text: (ours(t), ours("")), repeat=5)  # type: ignore[misc]
        rows.append((f"filter: {label}", "textbook, top level only (lazy)", fmt_ms(median(lazy)), "—"))
        rows.append((f"filter: {label}", "textbook, every level visited (baseline)", fmt_ms(median(full)), "1.00"))
        rows.append((f"filter: {label}", "ours: match set in a worker + membership proxy", fmt_ms(median(mine)),
                     f"{median(mine) / median(full):.2f}"))
    nav.filter_edit.clear()

    def severity_facet() -> None:
        loop = QEventLoop()
        nav.filter_applied.connect(loop.quit)
        nav.severity_box.setCurrentIndex(nav.severity_box.findData(Severity.CRITICAL))
        if provisions > WORKER_ABOVE:
            loop.exec()
        nav.filter_applied.disconnect(loop.quit)
        nav.severity_box.setCurrentIndex(0)

    severity = measure(severity_facet, repeat=5)
    rows.append(("facet: severity ≥ critical (set + clear)", "ours: match set in a worker + membership proxy",
                 fmt_ms(median(severity)), "—"))
    print_table(f"Provision tree at {provisions:,} provisions (median; a filter is timed set + cleared)",
                ["operation", "method", "median", "ratio"], rows)
    print(f"\nPeak RSS: {peak_rss_mib():.0f} MiB")
    ws.close()


class Heartbeat:
    """A 10 ms timer on the GUI thread; `run` reports the longest gap between its ticks while an
    operation runs, i.e. the longest the GUI thread could not react."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEventLoop, Qt, QTimer

        self._loop_type = QEventLoop
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self._last = 0.0
        self._gaps: list[float] = []
        self._done: Callable[[], bool] = lambda: True
        self._loop: Any = None
        self._started = False

    def _tick(self) -> None:
        now = time.perf_counter()
        self._gaps.append(now - self._last)
        self._last = now
        if self._started and self._done() and self._loop is not None:
            self._loop.quit()

    def run(self, start: Callable[[], object], done: Callable[[], bool], timeout_s: float = 900) -> tuple[float, float]:
        """Call `start` from the event loop, tick until `done()`; returns (longest gap, seconds)."""
        from PySide6.QtCore import QTimer

        self._gaps, self._done, self._started = [], done, False
        self._loop = self._loop_type()
        began = self._last = time.perf_counter()

        def go() -> None:
            start()
            self._started = True

        QTimer.singleShot(0, go)
        QTimer.singleShot(int(timeout_s * 1000), self._loop.quit)
        self.timer.start()
        self._loop.exec()
        self.timer.stop()
        return max(self._gaps, default=0.0), time.perf_counter() - began


def heartbeat(db: Path, bundle: Path, label: str, packs: int = 20) -> list[list[str]]:
    """Rows of the heartbeat table for one workspace: a MainWindow on the demo workspace opens `db`
    (File → Open), filters the tree, searches, imports `bundle` and exports `packs` packs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from unittest import mock

    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from briefing_app.demo import install_demo
    from briefing_app.domain.enums import Severity
    from briefing_app.domain.pack_model import PackTemplate
    from briefing_app.packs.batch import Overrides
    from briefing_app.store import queries
    from briefing_app.store.workspace import Workspace
    from briefing_app.ui import background
    from briefing_app.ui.bundles import BundlesController
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.packs import PacksController
    from briefing_app.ui.packs.batch_dialog import BatchChoice

    app = QApplication.instance() or QApplication([])
    home = db.parent / f"{db.stem}-home"
    home.mkdir(exist_ok=True)
    demo = Workspace.open(home / "demo.sqlite")
    if not queries.documents(demo):
        install_demo(demo)
    window = MainWindow(demo, settings=QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    beat = Heartbeat()
    bundles, packs_ui = window.features.get(BundlesController), window.features.get(PacksController)

    def idle() -> bool:
        return not background.RUNNING and not window.services.jobs.jobs \
            and QThreadPool.globalInstance().activeThreadCount() == 0

    def settled_after(seconds: float) -> Callable[[], bool]:
        until = time.perf_counter() + seconds
        return lambda: time.perf_counter() >= until

    def filter_tree(text: str) -> None:
        window.navigator.filter_edit.setText(text)
        window.navigator.apply_filter()

    def search(text: str) -> None:
        window.search_dialog.query_edit.setText(text)
        window.search_dialog.run_search()

    steps: list[tuple[str, Callable[[], object], Callable[[], bool]]] = [
        ("idle event loop for 1 s (baseline)", lambda: None, settled_after(1.0)),
        ("open the workspace (File → Open) until the tree's badges are in",
         lambda: window.open_path(str(db)), idle),
        ("filter the tree: a common word", lambda: filter_tree("interception"), idle),
        ("filter the tree: cleared", lambda: filter_tree(""), idle),
        ("search: a common word", lambda: search("judicial authorisation"), idle),
        ("search: a rare word", lambda: search("kaloqui"), idle),
        ("import a bundle (preview, import, views reloaded)",
         lambda: bundles.start_preview(bundle), idle),
        (f"batch export: {packs} packs (talking points, critical concerns)", lambda: packs_ui.start_batch(BatchChoice(
            [d.id for d in queries.delegations(window.workspace)][:packs], home / "packs",
            Overrides(template=PackTemplate.TALKING_POINTS, min_severity=Severity.CRITICAL))), idle),
    ]
    rows = []
    with mock.patch("briefing_app.ui.bundles.dialogs.ImportPreviewDialog.ask", return_value=True), \
            mock.patch("briefing_app.ui.bundles.show_info"), mock.patch("briefing_app.ui.packs.BatchDone.show"):
        base = 0.0
        for name, start, done in steps:
            gap, seconds = beat.run(start, done)
            print(f"  {label}: {name}: {gap * 1000:.0f} ms longest gap, {seconds:.1f} s", file=sys.stderr)
            base = base or gap
            rows.append([label, name, fmt_ms(gap), f"{gap / base:.1f}", f"{seconds:.2f}"])
    window.close()
    if window.workspace is not None:
        window.workspace.close()
    demo.close()
    app.processEvents()
    return rows


def print_heartbeat(rows: list[list[str]]) -> None:
    print_table("GUI thread: longest gap of a 10 ms heartbeat timer (target ≤ 100 ms)",
                ["workspace", "operation", "longest gap", "ratio vs idle", "seconds"], rows)


def heartbeat_on(source: Path, concerns: int = 10_000, packs: int = 5) -> None:
    """The heartbeat table on a copy of an existing workspace (e.g. the 1M one of `./dev bench scale
    --keep DIR`), with a partner bundle of `concerns` concerns; the original is never touched."""
    with tempfile.TemporaryDirectory(dir=source.parent) as folder:
        tmp = Path(folder)
        db = tmp / source.name
        shutil.copyfile(source, db)
        from briefing_app.store.workspace import Workspace

        Workspace.upgrade_file(db)  # an older kept workspace: upgraded first (bench_upgrade times that)
        bundle = partner_bundle(tmp, concerns=concerns)
        conn = sqlite3.connect(db)
        n = conn.execute("SELECT count(*) FROM concerns").fetchone()[0]
        p = conn.execute("SELECT count(*) FROM provisions").fetchone()[0]
        conn.close()
        print_heartbeat(heartbeat(db, bundle, f"{p:,} provisions, {n:,} concerns", packs=packs))


def main(argv: list[str]) -> None:
    if "--heartbeat" in argv:
        heartbeat_on(Path(argv[argv.index("--heartbeat") + 1]))
        return
    quick = "--quick" in argv
    provisions = 2_000 if quick else 20_000
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        db = build_synthetic_workspace(tmp / f"{provisions // 1000}k-provisions.sqlite", provisions=provisions,
                                       concerns=provisions, delegations=193, seed=1)
        compare = Path(argv[argv.index("--compare") + 1]) if "--compare" in argv else None
        startup(tmp, db, 3 if quick else 5, compare)
        if "--startup" in argv:
            return
        filtering(db, provisions)
        bundle = partner_bundle(tmp, concerns=provisions // 10)
        print_heartbeat(heartbeat(db, bundle, f"{provisions:,} provisions, {provisions:,} concerns",
                                  packs=5 if quick else 20))


def partner_bundle(tmp: Path, concerns: int) -> Path:
    """A bundle exported from another synthetic workspace (another seed: nothing in common)."""
    from briefing_app.bundles.export import export_bundle
    from briefing_app.store.workspace import Workspace

    source = build_synthetic_workspace(tmp / "partner.sqlite", provisions=max(100, concerns // 5),
                                       concerns=concerns, delegations=20, seed=99)
    out = tmp / "partner.briefing"
    with Workspace.open(source) as ws:
        export_bundle(ws, out, organization="Partner")
    return out


if __name__ == "__main__":
    main(sys.argv[1:])
