"""Encrypt, decrypt or re-key a workspace file in place (issue #13): through a new file and an
atomic swap, then the old file's bytes are overwritten and it is removed.

The new file is written beside the old one with `sqlcipher_export`, checked (integrity, the same
rows in every table, schema version and application id carried over), synced, and renamed over the
old name. The old inode is overwritten with zeros through a handle kept open across the rename, so
a crash leaves either the old file or the new one under the name, never neither. Overwriting
cannot reach copies a copy-on-write file system or an SSD's wear levelling keep: full-disk
encryption is what covers those. Every connection to the file must be closed first.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path

from briefing_app.store import cipher
from briefing_app.store.cipher import Key
from briefing_app.store.connection import connect_snapshot, integrity_problems
from briefing_app.store.errors import StoreUnavailableError

CHUNK = 1 << 20


def _table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def _export(source: Path, temp: Path, old: Key | None, new: Key | None) -> dict[str, int]:
    """Write `source`'s content into the new file `temp` under the `new` key; return the row counts."""
    conn = cipher.driver().connect(str(source), isolation_level=None)
    try:
        if old is not None:
            cipher.apply_key(conn, old)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = _table_counts(conn)
        user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(temp), new.literal() if new is not None else ""))
        conn.execute("PRAGMA converted.auto_vacuum = INCREMENTAL")  # freed pages can be given back
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute(f"PRAGMA converted.user_version = {user_version}")
        conn.execute(f"PRAGMA converted.application_id = {application_id}")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()
    return counts


def _verify(temp: Path, new: Key | None, counts: dict[str, int], wal: bool) -> None:
    check = connect_snapshot(temp, key=new)
    try:
        problems = integrity_problems(check)
        if problems or _table_counts(check) != counts:
            raise StoreUnavailableError(f"The converted copy did not check out ({'; '.join(problems[:3]) or 'rows differ'}); "
                                        "the workspace was left as it was.")
        check.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
    finally:
        check.close()
    with temp.open("rb+") as handle:
        os.fsync(handle.fileno())


def overwrite(path: Path) -> None:
    """Overwrite a file's bytes with zeros, sync, and remove it (a missing file is fine)."""
    try:
        handle = path.open("rb+")
    except FileNotFoundError:
        return
    with handle:
        _zero(handle.fileno())
    path.unlink(missing_ok=True)


def _zero(fd: int) -> None:
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    block = bytes(CHUNK)
    written = 0
    while written < size:
        written += os.write(fd, block[: min(CHUNK, size - written)])
    os.fsync(fd)


def convert(path: Path | str, old: Key | None, new: Key | None, *, wal: bool = True) -> None:
    """Make the workspace at `path` encrypted under `new` (None: plain), reading it with `old`;
    `wal=False` for a backup snapshot (no WAL).

    Raises WrongPassphraseError (nothing changed) when `old` does not open it, StoreUnavailableError
    when the copy does not check out (nothing changed; the partial copy is removed)."""
    target = Path(path)
    if not target.exists():
        raise StoreUnavailableError(f"No workspace at {target}.")
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.converting")
    try:
        counts = _export(target, temp, old, new)
        _verify(temp, new, counts, wal)
        temp.chmod(target.stat().st_mode & 0o777)
    except BaseException:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            overwrite(leftover)
        raise
    with target.open("rb+") as old_file:
        os.replace(temp, target)
        _zero(old_file.fileno())
    for suffix in ("-wal", "-shm"):
        overwrite(Path(f"{target}{suffix}"))
        Path(f"{temp}{suffix}").unlink(missing_ok=True)
