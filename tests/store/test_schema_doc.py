"""docs/schema.md documents every table and column of a fresh workspace."""

from __future__ import annotations

import re
from pathlib import Path

from briefing_app.store.workspace import Workspace

DOC = Path(__file__).resolve().parents[2] / "docs" / "schema.md"
SHARED_COLUMNS = {"id", "sensitivity", "origin", "created_at", "updated_at"}


def _documented(doc: str) -> dict[str, set[str]]:
    """Table → words in its `### \\`table\\`` section, or in an inline `table(col, col)` mention."""
    found: dict[str, set[str]] = {}
    for section in re.split(r"^### ", doc, flags=re.M)[1:]:
        heading = re.match(r"`(\w+)`", section)
        if heading:
            found[heading.group(1)] = set(re.findall(r"\w+", " ".join(re.findall(r"`([^`]+)`", section))))
    for table, columns in re.findall(r"`(\w+)\(([^)`]*)\)`", doc):
        found.setdefault(table, set()).update(re.findall(r"\w+", columns))
    return found


def test_every_table_and_column_is_documented(workspace: Workspace) -> None:
    documented = _documented(DOC.read_text(encoding="utf-8"))
    tables = [r[0] for r in workspace.conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
        "AND name NOT LIKE '%_fts%'")]
    missing = []
    for table in tables:
        if table not in documented:
            missing.append(table)
            continue
        for (column,) in workspace.conn.execute(f"SELECT name FROM pragma_table_info('{table}')"):
            if column not in SHARED_COLUMNS and column not in documented[table]:
                missing.append(f"{table}.{column}")
    assert missing == []
