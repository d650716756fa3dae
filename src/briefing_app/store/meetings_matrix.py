"""The position matrix and meetings: which positions came from which meetings, and from where."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefing_app.domain.meetings import meeting_label
from briefing_app.domain.models import Meeting
from briefing_app.store.workspace import Workspace


@dataclass(frozen=True, slots=True)
class Scope:
    """Which meetings the matrix shows positions from: all of them (both None), a session, or one."""

    session_id: str | None = None
    meeting_id: str | None = None


def positions_from(ws: Workspace, scope: Scope) -> set[str]:
    """Ids of positions captured in the scope's meetings or citing their sources."""
    where, params = "", []
    if scope.meeting_id is not None:
        where, params = " WHERE m.id = ?", [scope.meeting_id]
    elif scope.session_id is not None:
        where, params = " WHERE m.session_id = ?", [scope.session_id]
    heard = ws.conn.execute(f"SELECT i.position_id FROM interventions i JOIN meetings m ON m.id = i.meeting_id{where}"
                            f"{' AND' if where else ' WHERE'} i.position_id IS NOT NULL", params)
    cited = ws.conn.execute(f"SELECT pos.id FROM positions pos JOIN meetings m ON m.source_id = pos.source_id{where}",
                            params)
    return {r[0] for r in heard} | {r[0] for r in cited}


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a position came from, for the matrix: said in a meeting (an intervention records it), from
    a meeting's report (it cites the meeting's source), or another source."""

    said: bool  # an intervention records it: captured in the room, or a line from the meeting's report
    meeting: str  # "11th meeting (2024-08-02)", '' when not from a meeting
    session: str
    line: str  # the capture line
    source: str  # the source's title, '' when none
    source_date: str


def provenance(ws: Workspace, position_ids: Iterable[str]) -> dict[str, Provenance]:
    wanted = list(dict.fromkeys(position_ids))
    found: dict[str, Provenance] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = ws.conn.execute(
            f"""SELECT pos.id, s.title, s.date, i.line, mi.number AS i_number, mi.date AS i_date, si.name AS i_session,
                       ms.number AS s_number, ms.date AS s_date, ss.name AS s_session
                FROM positions pos
                LEFT JOIN sources s ON s.id = pos.source_id
                LEFT JOIN interventions i ON i.position_id = pos.id
                LEFT JOIN meetings mi ON mi.id = i.meeting_id LEFT JOIN sessions si ON si.id = mi.session_id
                LEFT JOIN meetings ms ON ms.source_id = pos.source_id LEFT JOIN sessions ss ON ss.id = ms.session_id
                WHERE pos.id IN ({marks})""", chunk)
        for row in rows:
            if row["id"] in found:
                continue
            said = row["i_number"] is not None
            number, date, session = ((row["i_number"], row["i_date"], row["i_session"]) if said
                                     else (row["s_number"], row["s_date"], row["s_session"]))
            meeting = meeting_label(Meeting(session_id="", number=int(number), date=date)) if number is not None else ""
            found[row["id"]] = Provenance(said, meeting, session or "", row["line"] or "", row["title"] or "",
                                          row["date"] or "")
    return found
