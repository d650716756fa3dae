"""Nothing readable at rest (issue #13 item 6, SECURITY-CHECKS 27): an encrypted workspace's file,
WAL, backups and temp files hold no plaintext of planted secrets during and after a bundle import,
a batch pack export (worker processes get the key) and a SIGKILL in the middle of an import."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app import paths
from briefing_app.bundles.apply import import_bundle
from briefing_app.bundles.export import export_bundle
from briefing_app.domain.models import Concern
from briefing_app.packs.batch import export_batch
from briefing_app.store import cipher
from briefing_app.store.workspace import Workspace
from tests.bundles.builders import SECRET_CONCERN, SECRET_CONTACT, SECRET_NOTE, build_sample, open_ws
from tests.conftest import FixedClock
from tests.protect.secrets import SECRETS, leaks, plant

ALL_SECRETS = (*SECRETS, SECRET_NOTE, SECRET_CONTACT, SECRET_CONCERN)
PASSPHRASE = "at rest"


@pytest.fixture(autouse=True)
def _empty_keychain() -> None:
    cipher.KEYCHAIN._keys.clear()


def _partner_bundle(folder: Path, concerns: int = 50) -> Path:
    folder.mkdir()
    with open_ws(folder / "partner.sqlite") as partner:
        sample = build_sample(partner)
        extra = [Concern(title=f"Partner concern {i}", summary="word " * 40, organization_id=sample.org.id)
                 for i in range(concerns)]
        partner.insert_many(extra)
        return export_bundle(partner, folder / "partner.briefing", organization="Partner").path


def _mine(folder: Path) -> Workspace:
    folder.mkdir()
    ws = Workspace.open(folder / "mine.sqlite", key=cipher.new_key(PASSPHRASE), clock=FixedClock(500))
    build_sample(ws)
    plant(ws)
    return ws


def _scan(*folders: Path) -> list[str]:
    return leaks(*folders, secrets=ALL_SECRETS)


def test_import_into_an_encrypted_workspace_leaves_no_plaintext_during_or_after(tmp_path: Path) -> None:
    bundle = _partner_bundle(tmp_path / "partner")
    ws = _mine(tmp_path / "mine")
    home = paths.data_dir()
    seen: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.extend(_scan(tmp_path / "mine", home))

    report = import_bundle(ws, bundle, progress=progress)
    assert report is not None and seen == []
    assert list(paths.backups_dir().glob("*.backup.sqlite"))  # the import's backup exists, encrypted
    assert _scan(tmp_path / "mine", home) == []
    ws.close()
    assert _scan(tmp_path / "mine", home) == []


def test_batch_pack_export_of_an_encrypted_workspace_leaves_no_plaintext(tmp_path: Path) -> None:
    ws = _mine(tmp_path / "mine")
    delegations = [r[0] for r in ws.conn.execute("SELECT id FROM delegations ORDER BY name")][:2]
    items = export_batch(ws, delegations, tmp_path / "packs", workers=2)
    assert [i.error for i in items] == ["", ""] and len(list((tmp_path / "packs").glob("*.pdf"))) == 2
    assert _scan(tmp_path / "mine", tmp_path / "packs", paths.data_dir()) == []
    ws.close()


IMPORTER = """
import sys
import time
from pathlib import Path
from briefing_app.bundles.apply import import_bundle
from briefing_app.protect.conversion import unlock
from briefing_app.store.workspace import Workspace
db = Path(sys.argv[1])
ws = Workspace.open(db, key=unlock(db, Path(sys.argv[3]).read_text().strip()))
print("start", flush=True)
seen = []
def progress(done, total, message):
    if message.startswith(("Merging", "Saving")):
        seen.append(message)
    if len(seen) == int(sys.argv[4]):
        print("writing", flush=True)  # the test kills the process now, in the middle of the import
        time.sleep(30)
import_bundle(ws, sys.argv[2], progress=progress)
print("done", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_an_import_leaves_no_plaintext_and_a_sound_encrypted_file(tmp_path: Path) -> None:
    bundle = _partner_bundle(tmp_path / "partner", concerns=4000)
    _mine(tmp_path / "mine").close()
    db = tmp_path / "mine" / "mine.sqlite"
    secret_file = tmp_path / "pass"
    secret_file.write_text(PASSPHRASE)
    env = {**os.environ, "BRIEFING_HOME": str(paths.data_dir())}
    process = subprocess.Popen([sys.executable, "-c", IMPORTER, str(db), str(bundle), str(secret_file),
                                str(random.randint(1, 8))], stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None and process.stdout.readline().strip() == "start"
    assert process.stdout.readline().strip() == "writing"
    assert _scan(tmp_path / "mine", paths.data_dir()) == []  # mid-import: WAL and backup are encrypted
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL
    process.stdout.close()
    assert _scan(tmp_path / "mine", paths.data_dir()) == []
    cipher.KEYCHAIN._keys.clear()
    with Workspace.open(db, key=cipher.key_for(db, PASSPHRASE)) as ws:
        assert ws.integrity_problems() == [] and ws.find(Concern, title=SECRET_CONCERN)
    assert _scan(tmp_path / "mine", paths.data_dir()) == []
