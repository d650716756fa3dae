"""After adoption: importing a depositary's status list of ~200 states (wide layout: signature and
instrument per row; long layout: one event a row), the Treaty status page's reads (one row per
state, entry into force), and the uptake report over the demo's two versions.

Baselines measured in the same run: for the import, a bare executemany of the same event rows into
status_events (no parsing, matching, checks or undo record); for the page, one SELECT of every
event; for the uptake report, reading both versions' provisions.

    ./dev bench status            # 200 states, 5 repeats
    ./dev bench status --quick    # 200 states, 2 repeats
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

from briefing_app.demo import install_demo
from briefing_app.domain.models import Delegation, StatusEvent, new_id
from briefing_app.packs.uptake_pdf import report_pdf
from briefing_app.status.importer import ColumnMap, apply_import, plan_import
from briefing_app.status.overview import entry_into_force_of, status_rows
from briefing_app.status.table_input import read_table
from briefing_app.status.uptake_report import build_report
from briefing_app.store import queries, status_store
from briefing_app.store.workspace import Workspace
from harness import fmt_ms, measure, median, print_table

STATES = 200
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _states(ws: Workspace, count: int) -> list[Delegation]:
    def letters(n: int) -> str:  # names never end in digits: the depositary's footnote marks do
        return "".join(chr(ord("a") + (n // 26 ** k) % 26) for k in (2, 1, 0))

    made = [Delegation(name=f"Republic of Benchmarkia {letters(n).capitalize()}", iso_code="") for n in range(count)]
    ws.insert_many(made)
    return made


def wide_table(states: list[Delegation], seed: int = 5) -> str:
    """The UN Treaty Collection's layout: signature, and for 60 % an instrument marked A/AA/a or none."""
    rng = random.Random(seed)
    lines = ["Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a)"]
    for state in states:
        signed = dt.date(2025, 10, 25) + dt.timedelta(days=rng.randrange(0, 400))
        cells = [f"{state.name} {rng.choice(('', '1', '2'))}".strip(),
                 f"{signed.day} {MONTHS[signed.month - 1]} {signed.year}", ""]
        if rng.random() < 0.6:
            bound = signed + dt.timedelta(days=rng.randrange(30, 500))
            cells[2] = f"{bound.day} {MONTHS[bound.month - 1]} {bound.year} {rng.choice(('', 'A', 'AA', 'a'))}".strip()
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def long_table(states: list[Delegation], seed: int = 6) -> str:
    """One event a row: signature, ratification and (for a few) withdrawal: ~3 events per state."""
    rng = random.Random(seed)
    lines = ["State,Action,Date"]
    for state in states:
        day = dt.date(2025, 10, 25) + dt.timedelta(days=rng.randrange(0, 300))
        lines.append(f"{state.name},signature,{day.isoformat()}")
        day += dt.timedelta(days=rng.randrange(30, 400))
        lines.append(f"{state.name},ratification,{day.isoformat()}")
        if rng.random() < 0.9:
            day += dt.timedelta(days=rng.randrange(200, 900))
            lines.append(f"{state.name},withdrawal,{day.isoformat()}")
    return "\n".join(lines) + "\n"


def _bare_insert(ws: Workspace, document_id: str, states: list[Delegation], count: int) -> None:
    """The baseline: `count` event rows inserted with executemany in one transaction, then deleted."""
    now = ws.clock()
    rows = [(new_id(), document_id, states[n % len(states)].id, "signature", "2025-10-25", now, now)
            for n in range(count)]
    with ws.transaction():
        ws.conn.executemany("INSERT INTO status_events (id, document_id, delegation_id, kind, date, created_at, "
                            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    with ws.transaction():
        ws.conn.execute("DELETE FROM status_events WHERE delegation_id IN (SELECT id FROM delegations "
                        "WHERE name LIKE 'Republic of Benchmarkia%')")


def _import(ws: Workspace, document_id: str, text: str, columns: ColumnMap) -> int:
    plan = plan_import(ws, read_table(text), columns, document_id=document_id)
    assert plan.ok, plan.problems[:3]
    done = apply_import(ws, plan)
    status_store.undo_write(ws, done)
    return len(done.inserted)


def main(argv: list[str]) -> None:
    repeat = 2 if "--quick" in argv else 5
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "status.sqlite")
        install_demo(ws)
        document = queries.documents(ws)[0]
        states = _states(ws, STATES)
        wide, long = wide_table(states), long_table(states)
        wide_columns = ColumnMap("Participant", signature="Signature", instrument="Ratification")
        long_columns = ColumnMap("State", kind="Action", date="Date")
        wide_events = _import(ws, document.id, wide, wide_columns)
        long_events = _import(ws, document.id, long, long_columns)
        rows = []
        for label, text, columns, events in (("wide", wide, wide_columns, wide_events),
                                             ("long", long, long_columns, long_events)):
            parse = median(measure(lambda t=text: read_table(t), repeat))  # type: ignore[misc]
            plan = median(measure(lambda t=text, c=columns: plan_import(  # type: ignore[misc]
                ws, read_table(t), c, document_id=document.id), repeat))
            whole = median(measure(lambda t=text, c=columns: _import(ws, document.id, t, c), repeat))  # type: ignore[misc]
            base = median(measure(lambda n=events: _bare_insert(ws, document.id, states, n), repeat))  # type: ignore[misc]
            rows.append((f"{label}: {STATES} states, {events} events", fmt_ms(parse), fmt_ms(plan), fmt_ms(whole),
                         fmt_ms(base), f"{whole / base:.1f}"))
        print_table("Status import: read, plan (every row checked, nothing written), plan + write + undo",
                    ("table", "read_table", "plan_import", "import + undo", "bare insert + delete (baseline)",
                     "ratio"), rows)

        plan = plan_import(ws, read_table(wide), wide_columns, document_id=document.id)
        apply_import(ws, plan)
        events = len(ws.find(StatusEvent))
        select = median(measure(lambda: ws.conn.execute("SELECT * FROM status_events").fetchall(), repeat))
        page = median(measure(lambda: status_rows(ws, document.id), repeat))
        eif = median(measure(lambda: entry_into_force_of(ws, document.id), repeat))
        print_table(f"Treaty status page reads: {len(status_rows(ws, document.id))} delegations, {events} events",
                    ("read", "median", "ratio vs SELECT"),
                    [("SELECT * FROM status_events (baseline)", fmt_ms(select), "1.0"),
                     ("status_rows (table)", fmt_ms(page), f"{page / select:.1f}"),
                     ("entry_into_force_of (chart)", fmt_ms(eif), f"{eif / select:.1f}")])

        versions = queries.versions_of(ws, document.id)
        earlier, later = versions[0], versions[-1]
        read = median(measure(lambda: (queries.provisions_of(ws, earlier.id), queries.provisions_of(ws, later.id)),
                              repeat))
        report = median(measure(lambda: build_report(ws, earlier, later), repeat))
        items = len(build_report(ws, earlier, later).items)
        pdf = median(measure(lambda: report_pdf(build_report(ws, earlier, later), document.title), repeat))
        print_table(f"Uptake report: {earlier.label} → {later.label}, {items} amendments",
                    ("step", "median", "ratio vs reading both versions"),
                    [("provisions_of both versions (baseline)", fmt_ms(read), "1.0"),
                     ("build_report", fmt_ms(report), f"{report / read:.1f}"),
                     ("build_report + PDF", fmt_ms(pdf), f"{pdf / read:.1f}")])
        capital_packs(ws, repeat)
        ws.close()


def capital_packs(ws: Workspace, repeat: int) -> None:
    """A capital pack against the delegation's own briefing pack (its default profile), same run."""
    from briefing_app.packs.build import build_pack
    from briefing_app.packs.capital_pack import capital_pdf
    from briefing_app.packs.capital_parts import Addressee, gather_capital_pack
    from briefing_app.store.packs_store import load_profile

    rows = []
    for code, addressee in (("NG", Addressee.MINISTRY), ("KE", Addressee.COMMITTEE)):
        state = next(d for d in ws.find(Delegation) if d.iso_code == code)
        profile = load_profile(ws, state.id)
        base = median(measure(lambda p=profile: build_pack(ws, p), repeat))  # type: ignore[misc]
        pages = capital_pdf(gather_capital_pack(ws, state, addressee))[1]
        made = median(measure(lambda s=state, a=addressee: capital_pdf(gather_capital_pack(ws, s, a)),  # type: ignore[misc]
                              repeat))
        rows.append((f"{state.name}, {addressee.value} ({pages} pages)", fmt_ms(base), fmt_ms(made),
                     f"{made / base:.2f}"))
    print_table("Capital packs against the delegation's briefing pack (baseline, default profile)",
                ("pack", "briefing pack", "capital pack", "ratio"), rows)
