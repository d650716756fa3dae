"""Pack profiles, the export log and the reads a pack needs that the generic record API lacks."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata
from dataclasses import asdict, dataclass, replace
from typing import Any

from briefing_app.domain.enums import Severity
from briefing_app.domain.models import LINKS_BY_NAME, RECORD_TABLES, new_id
from briefing_app.domain.tailoring import PackProfile, PackTemplate
from briefing_app.store.errors import StoreError
from briefing_app.store.workspace import Workspace

_LIST_FIELDS = ("pinned", "excluded", "issuer_ids")


@dataclass(frozen=True, slots=True)
class ExportEntry:
    id: int
    delegation_id: str | None
    delegation_name: str
    profile_name: str
    profile: str
    template: str
    file_name: str
    sha256: str
    pages: int
    data_version: str
    exported_at: str


def profile_to_json(profile: PackProfile) -> str:
    return json.dumps(asdict(profile), ensure_ascii=False, sort_keys=True)


def _profile_from_row(row: sqlite3.Row) -> PackProfile:
    def ids(column: str) -> tuple[str, ...]:
        return tuple(str(x) for x in json.loads(row[column]))

    return PackProfile(
        delegation_id=row["delegation_id"], name=row["name"], template=PackTemplate(row["template"]),
        min_severity=Severity(row["min_severity"]), pinned=ids("pinned"), excluded=ids("excluded"),
        evidence_annex=bool(row["evidence_annex"]), sources_annex=bool(row["sources_annex"]),
        version_id=row["version_id"], pack_date=row["pack_date"], marking=row["marking"],
        issuer_ids=ids("issuer_ids"), language=row["language"],
    )


class ProfileError(StoreError):
    """A profile name that is empty, taken, unknown, or the delegation's last profile being deleted."""


PROFILE_NAME_MAX = 80
DEFAULT_PROFILE = "Default"


def clean_profile_name(name: str) -> str:
    """The name as stored (trimmed); a ProfileError says what is wrong with it."""
    cleaned = name.strip()
    if not cleaned:
        raise ProfileError("A profile needs a name.")
    if len(cleaned) > PROFILE_NAME_MAX:
        raise ProfileError(f"A profile name has at most {PROFILE_NAME_MAX} characters.")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in cleaned):
        raise ProfileError("A profile name is one line of visible text.")
    return cleaned


def load_profile(ws: Workspace, delegation_id: str, name: str | None = None) -> PackProfile:
    """The saved profile of that name (None: the delegation's default, its first saved profile), or
    the built-in settings under that name when none is saved."""
    if name is None:
        saved = profiles_of(ws, delegation_id)
        return saved[0] if saved else PackProfile(delegation_id=delegation_id, name=DEFAULT_PROFILE)
    row = ws.conn.execute(
        "SELECT * FROM pack_profiles WHERE delegation_id = ? AND name = ?", (delegation_id, name)).fetchone()
    return PackProfile(delegation_id=delegation_id, name=name) if row is None else _profile_from_row(row)


def profiles_of(ws: Workspace, delegation_id: str) -> list[PackProfile]:
    """Saved profiles in the order they were created: the first is the delegation's default."""
    rows = ws.conn.execute(
        "SELECT * FROM pack_profiles WHERE delegation_id = ? ORDER BY created_at, rowid", (delegation_id,))
    return [_profile_from_row(r) for r in rows]


def profile_names(ws: Workspace, delegation_id: str) -> list[str]:
    """Names to choose from, default first; the built-in "Default" while none is saved."""
    return [p.name for p in profiles_of(ws, delegation_id)] or [DEFAULT_PROFILE]


def find_profile(ws: Workspace, delegation_id: str, name: str) -> PackProfile | None:
    """The profile named so (exactly, else ignoring case), or None when the delegation has none such."""
    names = profile_names(ws, delegation_id)
    match = name if name in names else next((n for n in names if n.casefold() == name.strip().casefold()), None)
    return None if match is None else load_profile(ws, delegation_id, match)


def _taken(ws: Workspace, delegation_id: str, name: str, ignore: str | None = None) -> bool:
    key = name.casefold()
    return any(p.name.casefold() == key and p.name != ignore for p in profiles_of(ws, delegation_id))


def create_profile(ws: Workspace, profile: PackProfile) -> PackProfile:
    """Save `profile` as a new one of its delegation; its name must be free (ignoring case)."""
    named = replace(profile, name=clean_profile_name(profile.name))
    with ws.transaction():
        if _taken(ws, named.delegation_id, named.name):
            raise ProfileError(f"There is already a profile named {named.name!r} for this delegation.")
        save_profile(ws, named)
    return named


def rename_profile(ws: Workspace, delegation_id: str, old: str, new: str) -> str:
    """Rename a saved profile; returns the stored new name."""
    cleaned = clean_profile_name(new)
    with ws.transaction():
        if _taken(ws, delegation_id, cleaned, ignore=old):
            raise ProfileError(f"There is already a profile named {cleaned!r} for this delegation.")
        cursor = ws.conn.execute(
            "UPDATE pack_profiles SET name = ?, updated_at = ? WHERE delegation_id = ? AND name = ?",
            (cleaned, ws.clock(), delegation_id, old))
        if cursor.rowcount == 0:
            raise ProfileError(f"No saved profile named {old!r} to rename.")
    return cleaned


def delete_profile(ws: Workspace, delegation_id: str, name: str) -> None:
    """Delete a saved profile; a delegation always keeps at least one."""
    with ws.transaction():
        names = [p.name for p in profiles_of(ws, delegation_id)]
        if name not in names:
            raise ProfileError(f"No saved profile named {name!r} to delete.")
        if len(names) == 1:
            raise ProfileError("A delegation keeps at least one profile; this is its last one.")
        ws.conn.execute("DELETE FROM pack_profiles WHERE delegation_id = ? AND name = ?", (delegation_id, name))


def save_profile(ws: Workspace, profile: PackProfile) -> None:
    """Insert or replace the delegation's profile of that name."""
    values: dict[str, Any] = {
        "template": profile.template.value, "min_severity": profile.min_severity.value,
        **{f: json.dumps(list(getattr(profile, f))) for f in _LIST_FIELDS},
        **{f: int(getattr(profile, f)) for f in ("evidence_annex", "sources_annex")},
        "version_id": profile.version_id, "pack_date": profile.pack_date, "marking": profile.marking,
        "language": profile.language,
    }
    now = ws.clock()
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    updates = ", ".join(f"{c} = excluded.{c}" for c in values)
    with ws.transaction():
        ws.conn.execute(
            f"INSERT INTO pack_profiles (id, delegation_id, name, {columns}, created_at, updated_at) "
            f"VALUES (?, ?, ?, {marks}, ?, ?) ON CONFLICT (delegation_id, name) DO UPDATE SET "
            f"{updates}, updated_at = excluded.updated_at",
            [new_id(), profile.delegation_id, profile.name, *values.values(), now, now])


def record_export(ws: Workspace, *, profile: PackProfile, delegation_name: str, file_name: str,
                  sha256: str, pages: int, data_version: str) -> int:
    """Log one written pack; returns the log row id."""
    return _log(ws, (profile.delegation_id, delegation_name, profile.name, profile_to_json(profile),
                     profile.template.value, file_name, sha256, pages, data_version))


CAPITAL_TEMPLATE = "capital-"  # + the addressee: the export log's template of a capital pack


def record_capital_export(ws: Workspace, *, delegation_id: str, delegation_name: str, addressee: str,
                          addressee_name: str, file_name: str, sha256: str, pages: int,
                          data_version: str) -> int:
    """Log one written capital pack (packs/capital_pack.py): template `capital-ministry` or
    `capital-committee`, the addressee as the profile's name; returns the log row id."""
    settings = json.dumps({"capital": addressee, "addressee_name": addressee_name, "delegation_id": delegation_id},
                          ensure_ascii=False, sort_keys=True)
    return _log(ws, (delegation_id, delegation_name, addressee_name, settings, CAPITAL_TEMPLATE + addressee,
                     file_name, sha256, pages, data_version))


def _log(ws: Workspace, values: tuple[str | int, ...]) -> int:
    with ws.transaction():
        cursor = ws.conn.execute(
            "INSERT INTO export_log (delegation_id, delegation_name, profile_name, profile, template, "
            "file_name, sha256, pages, data_version, exported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, ws.clock()))
    return int(cursor.lastrowid or 0)


def export_log(ws: Workspace, delegation_id: str | None = None) -> list[ExportEntry]:
    """Exports, newest first; only one delegation's when given."""
    sql = "SELECT * FROM export_log"
    params: tuple[str, ...] = ()
    if delegation_id is not None:
        sql += " WHERE delegation_id = ?"
        params = (delegation_id,)
    rows = ws.conn.execute(sql + " ORDER BY exported_at DESC, id DESC", params)
    return [ExportEntry(**{k: r[k] for k in r.keys()}) for r in rows]


def data_version(ws: Workspace) -> str:
    """`<latest updated_at>/<fingerprint of row counts and timestamps>`: changes with any edit."""
    digest = hashlib.sha256()
    latest = ""
    for table in RECORD_TABLES:
        count, newest = ws.conn.execute(f"SELECT count(*), max(updated_at) FROM {table}").fetchone()
        digest.update(f"{table}:{count}:{newest}\n".encode())
        latest = max(latest, newest or "")
    for link in LINKS_BY_NAME:
        count = ws.conn.execute(f"SELECT count(*) FROM {link}").fetchone()[0]
        digest.update(f"{link}:{count}\n".encode())
    return f"{latest}/{digest.hexdigest()[:12]}"


def link_pairs(ws: Workspace, link_name: str) -> list[tuple[str, str]]:
    """Every (left, right) pair of a link table, in insertion order."""
    link = LINKS_BY_NAME[link_name]
    rows = ws.conn.execute(f"SELECT {link.left_column}, {link.right_column} FROM {link.name} ORDER BY rowid")
    return [(r[0], r[1]) for r in rows]
