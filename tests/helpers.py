"""Assertion helpers shared by test modules."""

from __future__ import annotations

import re
import sqlite3

_FTS_SHADOW = re.compile(r'INSERT INTO "\w+_fts_(data|idx|docsize|config)"')


def logical_dump(conn: sqlite3.Connection) -> list[str]:
    """The SQL dump without FTS5 shadow tables, whose segment layout differs for equal content."""
    return [line for line in conn.iterdump() if not _FTS_SHADOW.match(line)]
