"""Assertion helpers shared by test modules."""

from __future__ import annotations

import re
import sqlite3

_FTS_SHADOW = re.compile(r'INSERT INTO "\w+_fts_(data|idx|docsize|config)"')
_COUNTER = 'INSERT INTO "sync_changes"'  # how many rows ever changed: an undo is one more change


def logical_dump(conn: sqlite3.Connection) -> list[str]:
    """The SQL dump without FTS5 shadow tables, whose segment layout differs for equal content, and
    without the change counter (store/sync_schema.py), which counts edits and their undos alike."""
    return [line for line in conn.iterdump() if not _FTS_SHADOW.match(line) and not line.startswith(_COUNTER)]
