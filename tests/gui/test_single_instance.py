"""One window per user and workspace (ui/single_instance.py): a second start on an open workspace
hands its bundle to the running window, in two real processes (offscreen)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing_app.store.workspace import Workspace
from briefing_app.ui.single_instance import MAX_MESSAGE, Claim, InstanceServer, decode, encode, server_name
from tests.gui.conftest import build_treaty

# The running window: the real app, with the preview dialog answering "no" and saying so.
RUNNING = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from briefing_app import app as app_module
from briefing_app.cli import main
from briefing_app.ui.bundles.dialogs import ImportPreviewDialog

def ask(cls, parent, report):
    print(f"asked: {report.file_name}", flush=True)
    QTimer.singleShot(0, QApplication.instance().quit)
    return False

ImportPreviewDialog.ask = classmethod(ask)
forward = app_module.bring_forward

def bring_forward(window, bundle, preview):
    print(f"forward: {bundle}", flush=True)
    forward(window, bundle, preview)

app_module.bring_forward = bring_forward
QApplication([])
QTimer.singleShot(0, lambda: print("shown", flush=True))
sys.exit(main(["--db", sys.argv[1]]))
"""


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFING_HOME": str(tmp_path / "home"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "BRIEFING_EXIT_WHEN_SHOWN": ""}


def _wait_for(process: subprocess.Popen[str], prefix: str, timeout: float = 90) -> list[str]:
    """The lines `process` printed until one starting with `prefix` (failing after `timeout`)."""
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.5)
        if ready:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line.strip())
            if line.startswith(prefix):
                return lines
    pytest.fail(f"no {prefix!r} from the running window; it printed {lines}")


def _start_running(tmp_path: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", RUNNING, str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=_env(tmp_path))


def _second_start(tmp_path: Path, *args: str, exit_when_shown: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**_env(tmp_path), "BRIEFING_EXIT_WHEN_SHOWN": "1" if exit_when_shown else ""}
    return subprocess.run([sys.executable, "-m", "briefing_app", *args], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(timeout=30)
    if process.stdout is not None:
        process.stdout.close()


@pytest.fixture
def partner_bundle(tmp_path: Path) -> Path:
    from briefing_app.bundles.export import export_bundle

    with Workspace.open(tmp_path / "partner.sqlite") as partner:
        build_treaty(partner)
        return export_bundle(partner, tmp_path / "from partner.briefing", organization="Partner NGO").path


def test_a_bundle_opened_while_the_workspace_is_open_goes_to_the_running_window(tmp_path: Path,
                                                                                partner_bundle: Path) -> None:
    db = tmp_path / "mine.sqlite"
    running = _start_running(tmp_path, db)
    try:
        _wait_for(running, "shown")
        second = _second_start(tmp_path, "--db", str(db), "open", str(partner_bundle))
        assert second.returncode == 0, second.stderr[-2000:]
        assert "shown:" not in second.stdout  # no second window, so no second writer
        assert "went there" in second.stdout
        lines = _wait_for(running, "asked:")
        assert f"forward: {partner_bundle}" in lines
        assert lines[-1] == f"asked: {partner_bundle.name}"  # the hardened preview ran in the running window
        assert running.wait(timeout=60) == 0
    finally:
        _stop(running)
    with Workspace.open(db) as mine:  # the preview wrote nothing
        assert mine.counts()["provisions"] == 0


def test_a_plain_second_start_raises_the_running_window_and_a_relative_bundle_arrives_absolute(
        tmp_path: Path, partner_bundle: Path) -> None:
    db = tmp_path / "mine.sqlite"
    running = _start_running(tmp_path, db)
    try:
        _wait_for(running, "shown")
        second = _second_start(tmp_path, "--db", str(db))
        assert second.returncode == 0 and "shown:" not in second.stdout, second.stderr[-2000:]
        assert _wait_for(running, "forward:")[-1] == "forward: None"
        relative = subprocess.run([sys.executable, "-m", "briefing_app", "--db", str(db), partner_bundle.name],
                                  capture_output=True, text=True, env=_env(tmp_path), timeout=120,
                                  check=False, cwd=tmp_path)  # as a file manager may pass it
        assert relative.returncode == 0, relative.stderr[-2000:]
        assert _wait_for(running, "asked:")[-1] == f"asked: {partner_bundle.name}"
    finally:
        _stop(running)


def test_another_workspace_and_a_killed_window_leave_the_next_start_its_own_window(tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite"
    running = _start_running(tmp_path, db)
    try:
        _wait_for(running, "shown")
        other = _second_start(tmp_path, "--db", str(tmp_path / "other.sqlite"))
        assert other.returncode == 0 and other.stdout.startswith("shown: other.sqlite"), other.stderr[-2000:]
        running.send_signal(signal.SIGKILL)  # leaves its socket file behind
        running.wait(timeout=30)
        again = _second_start(tmp_path, "--db", str(db))
        assert again.returncode == 0 and again.stdout.startswith("shown: mine.sqlite"), again.stderr[-2000:]
    finally:
        _stop(running)


def test_the_socket_name_depends_on_the_workspace_not_on_how_its_path_is_spelled(tmp_path: Path,
                                                                                 monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert server_name(Path("a.sqlite")) == server_name(tmp_path / "sub" / ".." / "a.sqlite")
    assert server_name(tmp_path / "a.sqlite") != server_name(tmp_path / "b.sqlite")


@pytest.mark.parametrize("message", [
    b"", b"{}\n", b"not json\n", b'["/x.briefing"]\n', b'{"bundle": "relative.briefing"}\n',
    b'{"bundle": 3}\n', b'{"bundle": "/x.briefing", "run": "rm"}\n', b'{"bundle": "/x\\u0000y"}\n',
    b'{"bundle": "/x.briefing"}', b'{"bundle": "/' + b"x" * MAX_MESSAGE + b'"}\n', b"\xff\xfe\n",
])
def test_a_malformed_message_is_ignored(message: bytes) -> None:
    assert decode(message) == (False, None)


def test_a_message_carries_an_absolute_bundle_or_none() -> None:
    assert decode(encode(Path("/tmp/from partner.briefing"))) == (True, Path("/tmp/from partner.briefing"))
    assert decode(encode(None)) == (True, None)


def _listens(name: str) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    probe = QLocalSocket()
    probe.connectToServer(name)
    found = probe.waitForConnected(1000)
    probe.abort()
    return found


def test_the_server_follows_the_workspace_the_window_shows(qapp, tmp_path: Path) -> None:
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    server = InstanceServer()
    try:
        assert server.claim(first) is Claim.SERVING and _listens(server_name(first))
        server.follow(second)  # File → Open another workspace
        assert _listens(server_name(second)) and not _listens(server_name(first))
        server.follow(None)  # File → Close
        assert server.name == "" and not _listens(server_name(second))
    finally:
        server.close()
