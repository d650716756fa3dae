"""Two real Syncthing instances on loopback sharing one folder (for the coalition folder test).

Everything stays on 127.0.0.1: no global or local discovery, relays, NAT, STUN, usage or crash
reporting, upgrades. Each instance has its own home under the test's tmp folder and is stopped by
its own process handle.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

BINARY = shutil.which("syncthing")
FOLDER_ID = "coalition"

_OPTIONS = {"globalAnnounceEnabled": "false", "localAnnounceEnabled": "false", "relaysEnabled": "false",
            "natEnabled": "false", "startBrowser": "false", "urAccepted": "-1", "crashReportingEnabled": "false",
            "autoUpgradeIntervalH": "0", "stunKeepaliveStartS": "0", "stunKeepaliveMinS": "0",
            "reconnectionIntervalS": "1", "setLowPriority": "false"}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Instance:
    def __init__(self, home: Path, folder: Path) -> None:
        assert BINARY is not None
        self.home, self.folder = home, folder
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run([BINARY, "generate", f"--home={home}", "--no-default-folder", "--skip-port-probing"],
                       check=True, capture_output=True, timeout=60)
        self.device_id = subprocess.run([BINARY, "serve", f"--home={home}", "--device-id"], check=True,
                                        capture_output=True, text=True, timeout=60).stdout.strip()
        self.port, self.gui_port = _free_port(), _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    def configure(self, other: Instance) -> None:
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        options = root.find("options")
        assert options is not None
        for name, value in _OPTIONS.items():
            node = options.find(name)
            if node is None:
                node = ET.SubElement(options, name)
            node.text = value
        listen = options.find("listenAddress")
        assert listen is not None
        listen.text = f"tcp://127.0.0.1:{self.port}"
        gui = root.find("gui")
        assert gui is not None
        address = gui.find("address")
        assert address is not None
        address.text = f"127.0.0.1:{self.gui_port}"
        peer = ET.SubElement(root, "device", id=other.device_id, name="peer", compression="metadata",
                             introducer="false")
        ET.SubElement(peer, "address").text = f"tcp://127.0.0.1:{other.port}"
        folder = ET.SubElement(root, "folder", id=FOLDER_ID, label=FOLDER_ID, path=str(self.folder),
                               type="sendreceive", rescanIntervalS="2", fsWatcherEnabled="true",
                               fsWatcherDelayS="1")
        for device in (self.device_id, other.device_id):
            ET.SubElement(folder, "device", id=device)
        tree.write(path)

    def start(self) -> None:
        env = {**os.environ, "STNOUPGRADE": "1", "STNORESTART": "1", "STNODEFAULTFOLDER": "1"}
        with (self.home / "log.txt").open("wb") as log:  # the child keeps its own copy of the descriptor
            self.process = subprocess.Popen([BINARY, "serve", f"--home={self.home}", "--no-browser",
                                             "--no-restart"], stdout=log, stderr=subprocess.STDOUT, env=env)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=20)


class SyncthingPair:
    """A and B, each with its copy of the shared folder."""

    def __init__(self, tmp: Path) -> None:
        self.a = Instance(tmp / "st-a", tmp / "folder-a")
        self.b = Instance(tmp / "st-b", tmp / "folder-b")
        self.a.configure(self.b)
        self.b.configure(self.a)

    def __enter__(self) -> SyncthingPair:
        self.a.start()
        self.b.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.a.stop()
        self.b.stop()


def wait_for(path: Path, size: int, timeout: float = 120.0) -> bool:
    """True once `path` exists with `size` bytes (Syncthing renames a finished file into place)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.is_file() and path.stat().st_size == size:
            return True
        time.sleep(0.5)
    return False
