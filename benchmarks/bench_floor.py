"""Floor mode: the time from Enter to the entry saved (committed with synchronous=FULL) and shown
(row in the list, window repainted), with 20,000 interventions already in the workspace, against a
bare insert of one intervention row measured in the same run; and the work done per keystroke.

    ./dev bench floor            # 20,000 interventions, 300 entries timed
    ./dev bench floor --quick    # 2,000 interventions, 100 entries
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from briefing_app.domain.enums import InterventionStance, Stance  # noqa: E402
from briefing_app.domain.meetings import meeting_with_source  # noqa: E402
from briefing_app.domain.models import Delegation, Intervention, Meeting, Position, Provision, Record, Session  # noqa: E402
from briefing_app.store import meetings_store, queries  # noqa: E402
from briefing_app.store.workspace import Workspace  # noqa: E402
from harness import fmt_ms, median, percentile, print_table  # noqa: E402
from synthetic import build_synthetic_workspace  # noqa: E402

STANCES = list(InterventionStance)


def fill(ws: Workspace, interventions: int, seed: int = 3) -> Meeting:
    """A session of 40 meetings holding `interventions` entries, 7 in 10 with their position."""
    rng = random.Random(seed)
    document = queries.documents(ws)[0]
    version = queries.latest_version(ws, document.id)
    assert version is not None
    provisions = [p for p in ws.find(Provision, version_id=version.id) if p.kind.value in ("article", "paragraph")]
    delegations = ws.find(Delegation)
    session = Session(name="Benchmark session", start_date="2024-07-29", end_date="2024-08-30")
    records: list[Record] = [session]
    meetings = []
    for n in range(1, 41):
        source, meeting = meeting_with_source(session, Meeting(session_id=session.id, number=n,
                                                               date=f"2024-08-{(n + 1) // 2:02d}", version_id=version.id))
        assert source is not None
        records += [source, meeting]
        meetings.append(meeting)
    for n in range(interventions):
        meeting = meetings[n * len(meetings) // interventions]
        who, where, stance = rng.choice(delegations), rng.choice(provisions), rng.choice(STANCES)
        position = None
        if stance is not InterventionStance.ASKS and rng.random() < 0.7:
            position = Position(delegation_id=who.id, provision_id=where.id, stance=Stance.SUPPORTS,
                                date=meeting.date, source_id=meeting.source_id)
            records.append(position)
        records.append(Intervention(meeting_id=meeting.id, delegation_id=who.id, stance=stance, seq=n + 1,
                                    spoken_at="2024-08-01T10:00:00Z", provision_id=where.id, line=f"{who.iso_code} x",
                                    position_id=position.id if position else None))
    ws.insert_many(records)
    return meetings[-1]


def bare_inserts(ws: Workspace, meeting: Meeting, delegation: str, count: int, durable: bool) -> list[float]:
    times = []
    for n in range(count):
        row = Intervention(meeting_id=meeting.id, delegation_id=delegation, stance=InterventionStance.ASKS,
                           seq=100_000 + n, line="bare")
        start = time.perf_counter()
        if durable:
            with meetings_store.durable(ws), ws.transaction():
                ws.insert(row)
        else:
            ws.insert(row)
        times.append(time.perf_counter() - start)
    return times


def lines(ws: Workspace, count: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    codes = [d.iso_code for d in ws.find(Delegation) if d.iso_code]
    out = []
    for n in range(count):
        where = f"{rng.randint(1, 60)}" + (f".{rng.randint(1, 3)}" if rng.random() < 0.5 else "")
        if n % 10 == 3:
            out.append(f"{rng.choice(codes)} {where} prop replace 'may' with 'shall'")
        else:
            out.append(f"{rng.choice(codes)} {where} {rng.choice(['sup', 'opp', 'und', '?'])} note {n}")
    return out


def main(argv: list[str]) -> None:
    quick = "--quick" in argv
    total, timed = (2_000, 100) if quick else (20_000, 300)
    app = QApplication.instance() or QApplication([])
    from briefing_app.ui import meetings
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.meetings import MeetingsController

    with tempfile.TemporaryDirectory() as folder:
        db = build_synthetic_workspace(Path(folder) / "floor.sqlite", provisions=2_000, concerns=2_000,
                                       delegations=193, seed=1)
        ws = Workspace.open(db)
        meeting = fill(ws, total)
        delegation = ws.find(Delegation)[0].id
        plain = bare_inserts(ws, meeting, delegation, timed, durable=False)
        synced = bare_inserts(ws, meeting, delegation, timed, durable=True)
        window = MainWindow(ws, features=(meetings.install,))
        floor = window.features.get(MeetingsController).start_floor()
        assert floor is not None
        floor.show()
        app.processEvents()
        enter: list[float] = []
        saved: list[float] = []
        keys: list[float] = []
        for line in lines(ws, timed):
            for char in line:
                start = time.perf_counter()
                QTest.keyClick(floor.line, char)
                keys.append(time.perf_counter() - start)
            start = time.perf_counter()
            QTest.keyClick(floor.line, Qt.Key.Key_Return)
            saved.append(time.perf_counter() - start)  # committed, row in the list model, line cleared
            floor.repaint()  # the whole window, as a worst case (Qt repaints only what changed)
            enter.append(time.perf_counter() - start)
            assert not floor.line.text(), floor.preview.text()
            app.processEvents()  # the debounced preview and side panel run between entries, as when typing
        stored = meetings_store.intervention_count(ws)
        floor.close()
        window.close()
        ws.close()
    base = median(plain)
    rows = [
        ("bare insert of one row (synchronous=NORMAL)", fmt_ms(median(plain)), fmt_ms(percentile(plain, 99)), "1.0×"),
        ("bare insert of one row, durable (synchronous=FULL)", fmt_ms(median(synced)), fmt_ms(percentile(synced, 99)),
         f"{median(synced) / base:.1f}×"),
        ("floor mode: Enter → saved (FULL), row in the list", fmt_ms(median(saved)), fmt_ms(percentile(saved, 99)),
         f"{median(saved) / base:.1f}×"),
        ("floor mode: Enter → saved and the whole window repainted", fmt_ms(median(enter)),
         fmt_ms(percentile(enter, 99)), f"{median(enter) / base:.1f}×"),
        ("floor mode: one keystroke (completion, no reads)", fmt_ms(median(keys)), fmt_ms(percentile(keys, 99)),
         f"{median(keys) / base:.1f}×"),
    ]
    print_table(f"Enter to saved and shown, {total:,} interventions in the workspace ({stored:,} after), "
                f"{timed} entries typed", ("operation", "median", "p99", "median vs bare insert"), rows)


if __name__ == "__main__":
    main(sys.argv[1:])
