"""CLI for encrypted workspaces (issue #13 item 2): --passphrase-file on every command and
BRIEFING_PASSPHRASE_FILE, encrypt / decrypt / change-passphrase, three tries on a terminal, never
the passphrase as an argument, a wrong one changes nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from briefing_app.cli import build_parser, main
from briefing_app.cli import passphrase as passphrase_module
from briefing_app.store import cipher
from briefing_app.store.workspace import Workspace
from tests.protect.secrets import leaks, plant


@pytest.fixture(autouse=True)
def _fresh_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    cipher.KEYCHAIN._keys.clear()
    monkeypatch.delenv("BRIEFING_PASSPHRASE_FILE", raising=False)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    cipher.KEYCHAIN._keys.clear()  # each run stands for a new process
    return code, out, err


def _secret_file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.fixture
def plain_db(tmp_path: Path) -> Path:
    (tmp_path / "ws").mkdir()
    db = tmp_path / "ws" / "w.sqlite"
    with Workspace.open(db) as ws:
        plant(ws)
    return db


def test_encrypt_then_every_command_needs_the_passphrase_file(capsys, plain_db: Path, tmp_path: Path) -> None:
    pw = _secret_file(tmp_path, "pw.txt", "a long passphrase")
    code, out, err = _run(capsys, "encrypt", "--db", str(plain_db), "--passphrase-file", str(pw))
    assert code == 0 and "Encrypted" in out, err
    assert cipher.is_encrypted(plain_db) and leaks(plain_db.parent) == []
    code, _, err = _run(capsys, "info", "--db", str(plain_db))
    assert code == 1 and "--passphrase-file" in err and "BRIEFING_PASSPHRASE_FILE" in err
    code, out, _ = _run(capsys, "info", "--json", "--db", str(plain_db), "--passphrase-file", str(pw))
    assert code == 0 and json.loads(out)["counts"]["contacts"] == 1 and json.loads(out)["encrypted"] is True
    code, out, _ = _run(capsys, "--passphrase-file", str(pw), "search", "Testland", "--db", str(plain_db))
    assert code == 0


def test_environment_variable_names_the_passphrase_file(capsys, plain_db: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    pw = _secret_file(tmp_path, "pw.txt", "from the environment")
    monkeypatch.setenv("BRIEFING_PASSPHRASE_FILE", str(pw))
    assert _run(capsys, "encrypt", "--db", str(plain_db))[0] == 0
    code, out, err = _run(capsys, "check", "--db", str(plain_db))
    assert code == 0, err


def test_wrong_passphrase_file_is_one_line_and_changes_nothing(capsys, plain_db: Path, tmp_path: Path) -> None:
    pw = _secret_file(tmp_path, "pw.txt", "right one")
    _run(capsys, "encrypt", "--db", str(plain_db), "--passphrase-file", str(pw))
    before = hashlib.sha256(plain_db.read_bytes()).hexdigest()
    files = sorted(p.name for p in plain_db.parent.iterdir())
    wrong = _secret_file(tmp_path, "wrong.txt", "wrong one")
    for command in (["info"], ["decrypt"], ["change-passphrase", "--new-passphrase-file", str(pw)]):
        code, _, err = _run(capsys, *command, "--db", str(plain_db), "--passphrase-file", str(wrong))
        assert code == 1 and "passphrase is wrong" in err and err.count("\n") == 1
    assert hashlib.sha256(plain_db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in plain_db.parent.iterdir()) == files


def test_three_tries_on_a_terminal_then_a_clear_refusal(capsys, plain_db: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _run(capsys, "encrypt", "--db", str(plain_db), "--passphrase-file", str(_secret_file(tmp_path, "p", "sesame")))
    typed = iter(["no", "nope", "still no", "sesame"])
    asked: list[str] = []
    monkeypatch.setattr(passphrase_module, "_interactive", lambda: True)
    monkeypatch.setattr(passphrase_module.getpass, "getpass", lambda prompt: asked.append(prompt) or next(typed))
    code, _, err = _run(capsys, "info", "--db", str(plain_db))
    assert code == 1 and len(asked) == 3 and "3 wrong passphrases" in err and err.count("Wrong passphrase") == 2
    typed = iter(["oops", "sesame"])
    code, out, err = _run(capsys, "info", "--db", str(plain_db))
    assert code == 0 and "Schema version" in out


def test_change_passphrase_then_decrypt_keeps_every_row(capsys, plain_db: Path, tmp_path: Path) -> None:
    with Workspace.open(plain_db) as ws:
        counts = ws.counts()
    old = _secret_file(tmp_path, "old", "first passphrase")
    new = _secret_file(tmp_path, "new", "second passphrase")
    _run(capsys, "encrypt", "--db", str(plain_db), "--passphrase-file", str(old))
    code, out, err = _run(capsys, "change-passphrase", "--db", str(plain_db), "--passphrase-file", str(old),
                          "--new-passphrase-file", str(new))
    assert code == 0, err
    assert _run(capsys, "info", "--db", str(plain_db), "--passphrase-file", str(old))[0] == 1
    code, out, err = _run(capsys, "decrypt", "--db", str(plain_db), "--passphrase-file", str(new))
    assert code == 0 and not cipher.is_encrypted(plain_db), err
    with Workspace.open(plain_db) as ws:
        assert ws.counts() == counts


def test_new_workspace_named_with_a_passphrase_file_is_created_encrypted(capsys, tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    pw = _secret_file(tmp_path, "pw", "brand new")
    code, out, err = _run(capsys, "info", "--db", str(db), "--demo", "--passphrase-file", str(pw))
    assert code == 0 and cipher.is_encrypted(db), err
    assert b"Convention" not in db.read_bytes() and b"treaty" not in db.read_bytes()


def test_no_option_takes_a_passphrase_itself() -> None:
    parser = build_parser()
    help_texts = [parser.format_help()]
    for action in parser._actions:
        if hasattr(action, "choices") and isinstance(action.choices, dict):
            help_texts.extend(sub.format_help() for sub in action.choices.values())
    options = {word for text in help_texts for word in text.split() if word.startswith("--")}
    assert {o for o in options if "passphrase" in o} <= {"--passphrase-file", "--new-passphrase-file"}
    assert "--passphrase-file" in options


def test_window_start_with_a_passphrase_file_unlocks_without_a_dialog(capsys, plain_db: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing_app.app as app_module

    pw = _secret_file(tmp_path, "pw", "window")
    _run(capsys, "encrypt", "--db", str(plain_db), "--passphrase-file", str(pw))
    started: list[bool] = []
    monkeypatch.setattr(app_module, "run_gui", lambda db, demo, bundle=None: started.append(cipher.KEYCHAIN.get(db) is not None) or 0)
    assert main(["--db", str(plain_db), "--passphrase-file", str(pw)]) == 0 and started == [True]
    wrong = _secret_file(tmp_path, "wrong", "nope")
    code, _, err = _run(capsys, "--db", str(plain_db), "--passphrase-file", str(wrong))
    assert code == 1 and "passphrase is wrong" in err and len(started) == 1
