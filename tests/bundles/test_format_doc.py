"""docs/bundle-format.md stays true: its SQL is what the reader expects, and every table is named."""

from __future__ import annotations

import re
from pathlib import Path

from briefing_app.bundles.format import (
    COUNT_KEYS,
    FORMAT_VERSION,
    LINK_TOMBSTONE_FORMAT,
    MANIFEST_KEYS,
    NEWEST_FORMAT,
    SIGNATURE_KEYS,
    SPECS,
    expected_schema,
)

DOC = (Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md").read_text(encoding="utf-8")


def test_every_create_statement_in_the_doc_is_one_the_reader_accepts() -> None:
    statements = re.findall(r"^CREATE TABLE .*$", DOC, flags=re.M)
    accepted = {sql for _kind, _table, sql in expected_schema().values() if sql}
    assert len(statements) >= 4
    assert set(statements) <= accepted


def test_every_table_and_manifest_key_is_named_in_the_doc() -> None:
    for table in SPECS:
        assert f"`{table}`" in DOC, table
    for key in MANIFEST_KEYS:
        assert f"`{key}`" in DOC, key
    assert "`rows.<table>`" in DOC and all(k.startswith("rows.") for k in COUNT_KEYS)


def test_every_format_version_a_reader_accepts_is_documented() -> None:
    row = re.search(r"^\| `PRAGMA user_version` \|(.*)$", DOC, flags=re.M)
    assert row is not None
    assert all(f"**{version}**" in row.group(1) for version in range(1, NEWEST_FORMAT + 1))
    assert f"**{FORMAT_VERSION}**" in row.group(1) and f"**{LINK_TOMBSTONE_FORMAT}**" in row.group(1)
    for key in SIGNATURE_KEYS:
        assert f"`{key}`" in DOC
    assert f"Link tombstones (format {LINK_TOMBSTONE_FORMAT})" in DOC
