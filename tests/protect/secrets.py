"""Planted secrets for the at-rest tests (issue #13): distinctive strings in personal and internal
records, and a check that scans raw bytes of every file under a folder for them."""

from __future__ import annotations

from pathlib import Path

from briefing_app.domain.models import Contact, Delegation, Note, Sensitivity
from briefing_app.store.workspace import Workspace

SECRETS = ("Zelda Quorvath-Imbeni", "+41 79 555 0187", "meet at the safe house behind Quai Wilson")


def plant(ws: Workspace) -> None:
    """A delegation with a contact (name, phone) and an internal note holding the secrets."""
    ws.insert_many([
        Delegation(id="5ec2e700-0000-4000-8000-00000000d001", name="Republic of Testland", iso_code="TL"),
        Contact(id="5ec2e700-0000-4000-8000-00000000c001", delegation_id="5ec2e700-0000-4000-8000-00000000d001", name=SECRETS[0], phone=SECRETS[1]),
        Note(id="5ec2e700-0000-4000-8000-00000000a001", record_table="delegations", record_id="5ec2e700-0000-4000-8000-00000000d001", body=SECRETS[2],
             sensitivity=Sensitivity.PERSONAL),
    ])


def leaks(*folders: Path, secrets: tuple[str, ...] = SECRETS) -> list[str]:
    """'file: secret' for every planted secret found in the raw bytes of any file under `folders`
    (UTF-8 and UTF-16, the encodings SQLite stores text in). Files may vanish while it reads."""
    found = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            try:
                data = path.read_bytes()
            except FileNotFoundError:
                continue
            for secret in secrets:
                if secret.encode("utf-8") in data or secret.encode("utf-16-le") in data:
                    found.append(f"{path.name}: {secret}")
    return found


def content(conn: object) -> dict[str, object]:
    """Schema and every row of every table (FTS shadow tables aside), for either driver (SQLCipher's
    connection has no iterdump)."""
    schema = sorted(tuple(r) for r in conn.execute(  # type: ignore[attr-defined]
        "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite%'"))
    tables = [name for kind, name, _sql in schema if kind == "table" and "_fts_" not in name]
    rows = {t: sorted(map(tuple, conn.execute(f'SELECT * FROM "{t}"')), key=repr)  # type: ignore[attr-defined]
            for t in tables}
    return {"schema": schema, "rows": rows}
