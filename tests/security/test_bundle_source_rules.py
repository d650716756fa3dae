"""Source checks on the code that handles bundles: no executescript, no ATTACH, no f-string SQL with values."""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "briefing_app"
BUNDLE_CODE = [*sorted((SRC / "bundles").glob("*.py")), SRC / "store" / "sync_store.py",
               SRC / "store" / "sync_tombstones.py"]
# Names an f-string passed straight to execute() may interpolate in bundles/: our own pragma constants.
CONSTANT_NAMES = {"pragma", "value"}


# The one ATTACH allowed: encrypting, decrypting or re-keying a workspace (issue #13) copies it into a
# new file that the same function has just created beside it, because SQLCipher's sqlcipher_export()
# only writes to an attached database. No file from outside (a bundle) is ever attached.
ATTACH_ALLOWED = {SRC / "store" / "convert.py"}


def test_bundle_code_never_uses_executescript_or_attach() -> None:
    for path in [*BUNDLE_CODE, *sorted((SRC / "store").glob("*.py"))]:
        text = path.read_text(encoding="utf-8")
        assert ".executescript(" not in text, path
        if path not in ATTACH_ALLOWED:
            assert not re.search(r"ATTACH\s+(DATABASE\b|['\"?])", text, re.I), path


def test_the_one_attach_is_of_the_conversion_target() -> None:
    text = (SRC / "store" / "convert.py").read_text(encoding="utf-8")
    attaches = re.findall(r"ATTACH\s+DATABASE\s+\S+\s+AS\s+(\w+)", text, re.I)
    assert attaches == ["converted"]
    assert "sqlcipher_export('converted')" in text


def test_sql_in_bundles_is_never_an_fstring_with_values() -> None:
    offenders = []
    for path in sorted((SRC / "bundles").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("execute", "executemany") and node.args):
                continue
            first = node.args[0]
            if isinstance(first, ast.JoinedStr):
                names = {v.value.id if isinstance(v.value, ast.Name) else ast.dump(v.value)
                         for v in first.values if isinstance(v, ast.FormattedValue)}
                if not names <= CONSTANT_NAMES:
                    offenders.append(f"{path.name}:{node.lineno}")
            elif isinstance(first, ast.BinOp | ast.Call) and not _is_sql_builder(first):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def _is_sql_builder(node: ast.expr) -> bool:
    """select_sql(spec) / insert_sql(spec) build statements from format.SPECS identifiers only."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (
        "select_sql", "insert_sql")


def test_bundle_reader_never_opens_the_workspace_connection_on_bundle_data() -> None:
    text = (SRC / "bundles" / "reader.py").read_text(encoding="utf-8")
    assert "mode=ro&immutable=1" in text and "set_authorizer" in text
