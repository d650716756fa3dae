"""The status bar's record counts (ui/status_line.py): a module of its own, so that counting at
start-up does not import the drafts' carry planning with store/drafts_store.py."""

from __future__ import annotations

from briefing_app.store.workspace import Workspace


def current_counts(ws: Workspace) -> dict[str, int]:
    """What the workspace holds as a reader means it: provisions of each document's latest version, and
    amendments and positions once each however many drafts they were carried through (a carried copy
    is the same amendment on the new text, not a second one). Concerns and delegations are never copied."""
    latest = """SELECT v.id FROM versions v WHERE v.seq = (SELECT max(w.seq) FROM versions w
                WHERE w.document_id = v.document_id)"""
    provisions = ws.conn.execute(f"SELECT count(*) FROM provisions WHERE version_id IN ({latest})").fetchone()[0]

    def lineages(table: str) -> int:
        return int(ws.conn.execute(
            f"""SELECT count(*) FROM {table} WHERE id NOT IN (SELECT carried_id FROM draft_carries
                WHERE record_table = ? AND carried_id IS NOT NULL)""", (table,)).fetchone()[0])

    return {"provisions": int(provisions), "concerns": int(ws.conn.execute("SELECT count(*) FROM concerns").fetchone()[0]),
            "amendments": lineages("amendments"), "positions": lineages("positions"),
            "delegations": int(ws.conn.execute("SELECT count(*) FROM delegations").fetchone()[0])}
