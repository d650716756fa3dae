"""CLI: `keys show|export|add|trust|list|remove|require-trusted` and encrypted, signed bundles between two
computers (two data folders)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_app.cli import main
from tests.bundles.builders import build_sample, open_ws


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def computers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """Switch between A's and B's data folder (their own keys); A's workspace holds the sample."""
    homes = {"A": tmp_path / "home-a", "B": tmp_path / "home-b"}
    with open_ws(tmp_path / "a.sqlite") as a:
        build_sample(a)

    def on(name: str) -> Path:
        monkeypatch.setenv("BRIEFING_HOME", str(homes[name]))
        return tmp_path / f"{name.lower()}.sqlite"
    return on


def test_keys_travel_by_file_and_phone_and_an_encrypted_bundle_arrives_trusted(
        capsys: pytest.CaptureFixture[str], computers, tmp_path: Path) -> None:  # noqa: ANN001
    a = computers("A")
    code, out, _ = _run(capsys, "keys", "show", "--json", "--db", str(a))
    a_print = json.loads(out)["fingerprint"]
    assert code == 0 and len(a_print) == 24
    key_file = tmp_path / "a.briefing-key"
    assert _run(capsys, "keys", "export", "--out", str(key_file), "--organization", "Privacy Coalition",
                "--db", str(a))[0] == 0
    b = computers("B")
    _, out, _ = _run(capsys, "keys", "show", "--json", "--db", str(b))
    b_key_file = tmp_path / "b.briefing-key"
    _run(capsys, "keys", "export", "--out", str(b_key_file), "--organization", "Press Desk", "--db", str(b))
    code, _, err = _run(capsys, "keys", "add", str(key_file), "--fingerprint", "AAAA-BBBB-CCCC-DDDD-EEEE",
                        "--db", str(b))
    assert code == 1 and "does not match" in err
    code, out, _ = _run(capsys, "keys", "add", str(key_file), "--fingerprint", a_print.lower(), "--db", str(b))
    assert code == 0 and f"Trusted Privacy Coalition: key {a_print}" in out

    a = computers("A")
    _run(capsys, "keys", "add", str(b_key_file), "--db", str(a))
    bundle = tmp_path / "for-b.briefing"
    code, out, err = _run(capsys, "bundle", "export", "--out", str(bundle), "--organization", "Privacy Coalition",
                          "--encrypt-to", "press desk", "--db", str(a))
    assert code == 0 and "encrypted to 1 recipient" in out and f"key {a_print}" in out
    assert bundle.read_bytes().startswith(b"age-encryption.org/v1")
    code, _, err = _run(capsys, "bundle", "export", "--out", str(tmp_path / "x.briefing"), "--organization",
                        "Privacy Coalition", "--encrypt-to", "Nobody", "--db", str(a))
    assert code == 1 and "no key to encrypt to Nobody" in err

    b = computers("B")
    _run(capsys, "keys", "require-trusted", "on", "--db", str(b))
    code, out, _ = _run(capsys, "bundle", "import", str(bundle), "--dry-run", "--db", str(b))
    assert code == 0 and f"signed by Privacy Coalition, key {a_print}, trusted; it was encrypted to you" in out
    code, out, _ = _run(capsys, "keys", "list", "--json", "--db", str(b))
    listing = json.loads(out)
    assert listing["require_trusted"] is True and listing["keys"][0]["can_encrypt"] is True
    assert _run(capsys, "keys", "remove", a_print, "--db", str(b))[0] == 0
    code, _, err = _run(capsys, "bundle", "import", str(bundle), "--db", str(b))
    assert code == 1 and "only bundles signed by a trusted partner key" in err
    code, out, _ = _run(capsys, "keys", "trust", "--organization", "Privacy Coalition", "--fingerprint", a_print,
                        "--db", str(b))
    assert code == 0 and "Trusted Privacy Coalition" in out
    code, out, _ = _run(capsys, "bundle", "import", str(bundle), "--db", str(b))
    assert code == 0 and "Imported." in out
