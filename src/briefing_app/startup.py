"""Which workspace to open: shared by the CLI and the GUI so both behave the same."""

from __future__ import annotations

from pathlib import Path

from briefing_app import paths
from briefing_app.bundles.sweep import sweep_stale_copies
from briefing_app.store.cipher import Key
from briefing_app.store.workspace import Workspace


def resolve_path(db: Path | None) -> tuple[Path, bool]:
    """The workspace path and whether it was chosen explicitly (flag or BRIEFING_DB)."""
    if db is not None:
        return db, True
    from_env = paths.workspace_from_env()
    if from_env is not None:
        return from_env, True
    return paths.default_workspace(), False


def open_workspace(db: Path | None = None, *, demo: bool = False, key: Key | None = None) -> Workspace:
    """Open the chosen workspace, creating it when missing (encrypted under `key` when given).

    The default workspace starts with the demo corpus; an explicitly named new file starts empty
    unless `demo` asks for the corpus. `demo` on an existing non-empty file changes nothing.
    """
    path, explicit = resolve_path(db)
    sweep_stale_copies(paths.data_dir() / "tmp")  # private bundle copies a killed import left behind
    is_new = not path.exists() or path.stat().st_size == 0
    ws = Workspace.open(path, key=key)
    if is_new and (demo or not explicit):
        from briefing_app.demo import install_demo  # the corpus loader is needed on first start only

        try:
            install_demo(ws)
        except BaseException:
            ws.close()
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
            raise
    return ws
