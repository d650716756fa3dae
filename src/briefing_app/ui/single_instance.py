"""One window per user and workspace. A second start on a workspace that is already open (a
double-clicked *.briefing bundle, `briefing-app FILE`, `briefing-app open FILE`) hands its file to
the running window over a local socket and exits, instead of becoming a second writer on the file.

The socket is per user: its name hashes the user and the workspace's resolved path, it lives in
$XDG_RUNTIME_DIR (a 0700 folder) when there is one, and the server accepts only the same user.
A message is one line of JSON, `{"bundle": "/absolute/path.briefing"}` or `{"bundle": null}`;
anything else is ignored (the peer is the same user, but the file it names is still untrusted and
goes through the same hardened import preview as File → Import).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

MAX_MESSAGE = 64 * 1024  # a path, with room to spare; longer messages are dropped
CONNECT_MS = 1000
ANSWER_MS = 5000  # the running window answers from its event loop, also while a dialog is open
ANSWER = b"ok\n"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def _socket_folder() -> Path | None:
    """Where the socket and its lock live: $XDG_RUNTIME_DIR on Linux, else Qt's default (the
    per-user temp folder on macOS and Windows; on Windows the name is a named pipe)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform.startswith("linux") and runtime and Path(runtime).is_dir():
        return Path(runtime)
    return None


def server_name(workspace: Path) -> str:
    """The socket name for this user and workspace (a full path where the platform takes one)."""
    digest = hashlib.sha256(f"{_user()}\0{workspace.resolve()}".encode()).hexdigest()[:24]
    name = f"briefing-desk-{digest}"
    folder = _socket_folder()
    return str(folder / name) if folder is not None else name


def _lock_path(name: str) -> str:
    return name + ".lock" if os.path.isabs(name) else str(Path(QDir.tempPath()) / f"{name}.lock")


class Claim(Enum):
    SERVING = "serving"  # this process now owns the workspace; its server is listening
    HANDED_OVER = "handed over"  # the running window took the file; this process should exit
    NOT_ANSWERING = "not answering"  # another process holds the workspace's socket but did not answer
    UNAVAILABLE = "unavailable"  # no socket could be made (odd platform): carry on alone


def encode(bundle: Path | None) -> bytes:
    return json.dumps({"bundle": str(bundle) if bundle is not None else None}).encode() + b"\n"


def decode(data: bytes) -> tuple[bool, Path | None]:
    """(valid, bundle) from one message; invalid when not one line of the JSON above with an
    absolute path (or null)."""
    if len(data) > MAX_MESSAGE or not data.endswith(b"\n"):
        return False, None
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False, None
    if not isinstance(message, dict) or set(message) != {"bundle"}:
        return False, None
    bundle = message["bundle"]
    if bundle is None:
        return True, None
    if not isinstance(bundle, str) or "\0" in bundle or not os.path.isabs(bundle):
        return False, None
    return True, Path(bundle)


def hand_over(name: str, bundle: Path | None) -> Claim | None:
    """Send `bundle` to the process listening on `name`: HANDED_OVER, NOT_ANSWERING, or None when
    nobody listens there."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return None
    socket.write(encode(bundle))
    socket.flush()
    answer = b""
    while len(answer) < len(ANSWER) and socket.waitForReadyRead(ANSWER_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return Claim.HANDED_OVER if answer.startswith(ANSWER) else Claim.NOT_ANSWERING


class InstanceServer(QObject):
    """Listens on the current workspace's socket; `received` carries each handed-over bundle
    (None: the second start named no file, so only raise the window)."""

    received = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def name(self) -> str:
        return self._server.fullServerName() if self._server.isListening() else ""

    def claim(self, workspace: Path, bundle: Path | None = None) -> Claim:
        """Hand `bundle` to a window already on `workspace`, else listen for later starts. The
        check and the listen happen under a lock file, so two starts at once cannot both listen."""
        name = server_name(workspace)
        lock = QLockFile(_lock_path(name))
        lock.setStaleLockTime(10_000)
        locked = lock.tryLock(3 * CONNECT_MS)
        try:
            outcome = hand_over(name, bundle)
            if outcome is not None:
                return outcome
            return Claim.SERVING if self.listen(name) else Claim.UNAVAILABLE
        finally:
            if locked:
                lock.unlock()

    def listen(self, name: str) -> bool:
        """Listen on `name`. A socket file nobody answers on is a leftover of a killed process: on
        Unix, Qt's UserAccessOption listen replaces it; without that, removeServer does."""
        self.close()
        if self._server.listen(name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(name)
            return self._server.listen(name)
        return False

    def follow(self, workspace: Path | None) -> None:
        """The window shows another workspace (or none): listen under that one's name, unless
        another process already listens there."""
        name = server_name(workspace) if workspace is not None else ""
        if name == self.name:
            return
        self.close()
        if not name:
            return
        probe = QLocalSocket()
        probe.connectToServer(name)
        if probe.waitForConnected(CONNECT_MS):
            probe.disconnectFromServer()
            return
        self.listen(name)

    def close(self) -> None:
        if self._server.isListening():
            self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data and len(data) <= MAX_MESSAGE:
            self._buffers[socket] = data  # the rest of the line is still on its way
            return
        self._buffers[socket] = b""
        valid, bundle = decode(data.partition(b"\n")[0] + b"\n")
        if valid:
            socket.write(ANSWER)
            socket.flush()
        socket.disconnectFromServer()
        if valid:
            self.received.emit(bundle)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def bring_forward(window: QWidget, bundle: Path | None, preview: Callable[[Path], object]) -> None:
    """What a handed-over start does in the running window: show it in front (restored when
    minimised; the desktop may only flash it) and start the bundle's import preview."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)
    if bundle is not None:
        preview(bundle)
