"""`status` (list, import, entry into force) and `uptake` ("Was our ask adopted?") from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from briefing_app.cli.common import CliError, add_command, print_json, terminal_text, workspace
from briefing_app.cli.lookup import find_delegation, find_document
from briefing_app.domain.enums import Confidence
from briefing_app.domain.languages import PACK_LANGUAGES
from briefing_app.domain.models import Document, Source
from briefing_app.drafts.errors import DraftImportError
from briefing_app.drafts.importer import find_version
from briefing_app.status.importer import ColumnMap, apply_import, plan_import
from briefing_app.status.overview import eif_summary, reservation_lines, status_rows
from briefing_app.status.table_input import TableError, read_table
from briefing_app.status.uptake_report import UptakeReport, build_report
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace


def register(commands: Any) -> None:
    from briefing_app.cli import add_workspace_options

    status = commands.add_parser("status", help="Treaty status: who signed and ratified, entry into force, "
                                 "and the depositary's list imported.",
                                 description="Signatures, instruments and withdrawals per state.")
    add_workspace_options(status)
    sub = status.add_subparsers(dest="status_command", metavar="ACTION", required=True)

    listing = add_command(sub, "list", "Each delegation's status, and the entry-into-force count.", run_list)
    listing.add_argument("--document", help="the treaty (default: the only document)")
    listing.add_argument("--group", help="only members of this group (e.g. 'African Group', BRICS)")
    listing.add_argument("--json", action="store_true", help="machine-readable output")

    reservations = add_command(sub, "reservations", "Reservations and declarations with the articles they touch.",
                               run_reservations)
    reservations.add_argument("--document", help="the treaty (default: the only document)")
    reservations.add_argument("--delegation", metavar="CODE_OR_NAME", help="only this delegation's")
    reservations.add_argument("--json", action="store_true", help="machine-readable output")

    laws = add_command(sub, "laws", "National laws and bills, section by section, with the treaty articles each "
                       "implements and the concerns and cases on it.", run_laws)
    laws.add_argument("--delegation", metavar="CODE_OR_NAME", help="only this state's")
    laws.add_argument("--json", action="store_true", help="machine-readable output")

    imp = add_command(sub, "import", "Import the depositary's status list from a CSV file or a pasted table "
                      "(tab-separated); every bad row is reported and nothing is written.", run_import)
    imp.add_argument("file", type=Path, help="CSV or tab-separated text; '-' reads standard input")
    imp.add_argument("--document", help="the treaty (default: the only document)")
    imp.add_argument("--participant", default="Participant", help="column naming the state (default: Participant)")
    imp.add_argument("--signature", default="", help="column of signature dates")
    imp.add_argument("--instrument", default="", help="column of instrument dates, optionally marked A (acceptance), "
                     "AA (approval), a (accession) or d (succession)")
    imp.add_argument("--withdrawal", default="", help="column of withdrawal dates")
    imp.add_argument("--kind", default="", help="column naming each row's step (with --date: one step a row)")
    imp.add_argument("--date", default="", help="column of dates (with --kind)")
    imp.add_argument("--source", help="id or title of the source the list comes from")
    imp.add_argument("--confidence", choices=[c.value for c in Confidence], default="high")
    imp.add_argument("--add-delegations", action="store_true", help="create delegations for unknown participants")
    imp.add_argument("--dry-run", action="store_true", help="check and show what would change; write nothing")
    imp.add_argument("--json", action="store_true", help="machine-readable output")

    uptake = commands.add_parser("uptake", help="Was our ask adopted? Each amendment on one version judged "
                                 "against a later one.", description="Was our ask adopted?")
    add_workspace_options(uptake)
    uptake.set_defaults(handler=run_uptake)
    uptake.add_argument("--document", help="the treaty (default: the only document)")
    uptake.add_argument("--from", dest="from_label", metavar="LABEL", help="version the amendments were made on "
                        "(default: the one before --to)")
    uptake.add_argument("--to", dest="to_label", metavar="LABEL", help="later version (default: the latest)")
    out = uptake.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="machine-readable output")
    out.add_argument("--csv", type=Path, metavar="FILE", help="write the report as CSV")
    out.add_argument("--pdf", type=Path, metavar="FILE", help="write the report as a PDF, with the evidence "
                     "as a redline")
    uptake.add_argument("--language", choices=list(PACK_LANGUAGES), default="en",
                        help="language of the PDF's own words (default: English); your content stays as written")


def run_list(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        document = find_document(ws, args.document)
        group = find_delegation(ws, args.group) if args.group else None
        rows = status_rows(ws, document.id, group_id=group.id if group else None)
        summary = eif_summary(ws, document.id, on=dt.date.fromisoformat(ws.clock()[:10]))
        if args.json:
            print_json({"document": document.title, "entry_into_force": summary,
                        "delegations": [r.to_json() for r in rows]})
            return 0
        print(terminal_text(f"{document.title}: {summary['text']}"))
        for row in rows:
            mark = " (illustrative)" if row.illustrative else ""
            print(terminal_text(f"  {row.name:<38} {row.stage_label:<22} {row.dates}{mark}"))
    return 0


def run_reservations(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        document = find_document(ws, args.document)
        delegation = find_delegation(ws, args.delegation) if args.delegation else None
        lines = reservation_lines(ws, document.id, delegation.id if delegation else None)
        names = {d.id: d.name for d in queries.delegations(ws)}
        if args.json:
            print_json([{"delegation": names.get(line.reservation.delegation_id, ""),
                         "kind": line.reservation.kind.value, "date": line.reservation.date,
                         "scope": line.scope.label, "withdrawn": line.reservation.withdrawn_date,
                         "illustrative": line.reservation.illustrative, "summary": line.reservation.summary}
                        for line in lines])
            return 0
        if not lines:
            print("no reservations or declarations recorded")
        for line in lines:
            print(terminal_text(f"{names.get(line.reservation.delegation_id, '?')}: {line.text}"))
    return 0


def run_laws(args: argparse.Namespace) -> int:
    from briefing_app.store import status_store

    with workspace(args) as ws:
        delegation = find_delegation(ws, args.delegation) if args.delegation else None
        names = {d.id: d.name for d in queries.delegations(ws)}
        found = [(law, status_store.section_details(ws, law.id))
                 for law in status_store.laws_of(ws, delegation.id if delegation else None)]
        if args.json:
            print_json([{"delegation": names.get(law.delegation_id, ""), "title": law.title, "kind": law.kind.value,
                         "stage": law.stage.value, "date": law.date, "url": law.url, "illustrative": law.illustrative,
                         "sections": [{"number": d.section.number, "heading": d.section.heading,
                                       "text": d.section.text, "articles": [a.label for a in d.articles],
                                       "concerns": [c.title for c in d.concerns], "cases": [c.title for c in d.cases]}
                                      for d in details]} for law, details in found])
            return 0
        if not found:
            print("no national laws or bills recorded")
        for law, details in found:
            mark = " (illustrative)" if law.illustrative else ""
            print(terminal_text(f"{names.get(law.delegation_id, '?')}: {law.title} — {law.kind.value}, "
                                f"{law.stage.value} {law.date}".rstrip() + mark))
            for d in details:
                implements = ", ".join(a.label for a in d.articles) or "no treaty article"
                counts = [f"{len(d.concerns)} concern(s)"] if d.concerns else []
                counts += [f"{len(d.cases)} case(s)"] if d.cases else []
                print(terminal_text(f"  {d.section.label} {d.section.heading} → {implements}"
                                    + "".join(f"; {c}" for c in counts)))
    return 0


def _source(ws: Workspace, key: str | None) -> str | None:
    if not key:
        return None
    found = ws.get(Source, key) or next((s for s in ws.find(Source) if s.title.casefold() == key.casefold()), None)
    if found is None:
        raise CliError(f"no source {key!r} in the workspace (give its id or exact title)")
    return found.id


def run_import(args: argparse.Namespace) -> int:
    try:
        text = sys.stdin.read() if str(args.file) == "-" else args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CliError(f"{args.file}: cannot read it as UTF-8 text ({error})") from error
    try:
        table = read_table(text)
    except TableError as error:
        raise CliError(f"{args.file.name}: {error}") from error
    columns = ColumnMap(args.participant, args.signature, args.instrument, args.withdrawal, args.kind, args.date)
    if not any((args.signature, args.instrument, args.withdrawal, args.date)):
        columns = _untc_columns(table.header, args.participant)
    with workspace(args) as ws:
        document = find_document(ws, args.document)
        plan = plan_import(ws, table, columns, document_id=document.id, source_id=_source(ws, args.source),
                           confidence=Confidence(args.confidence), create_missing=args.add_delegations)
        counts = {a: plan.count(a) for a in ("new", "updated", "unchanged")}
        if args.json:
            print_json({"ok": plan.ok, "written": plan.ok and not args.dry_run, **counts,
                        "new_delegations": [d.name for d in plan.new_delegations],
                        "problems": [{"line": p.line, "participant": p.participant, "message": p.message}
                                     for p in plan.problems]})
        for problem in plan.problems if not args.json else ():
            print(terminal_text(str(problem)), file=sys.stderr)
        if not plan.ok:
            raise CliError(f"{len(plan.problems)} row(s) could not be read; nothing was imported")
        if not args.dry_run:
            apply_import(ws, plan)
        if not args.json:
            verb = "would import" if args.dry_run else "imported"
            print(f"{verb}: {counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged"
                  + (f"; {len(plan.new_delegations)} new delegation(s)" if plan.new_delegations else ""))
    return 0


def _untc_columns(header: tuple[str, ...], participant: str) -> ColumnMap:
    """Without column options: the UN Treaty Collection's layout, found by the words of its headers."""
    def find(*words: str) -> str:
        return next((h for h in header if any(w in h.casefold() for w in words)), "")

    columns = ColumnMap(participant, signature=find("signature"),
                        instrument=find("ratification", "accession", "instrument"), withdrawal=find("withdrawal",
                                                                                                    "denunciation"))
    if not (columns.signature or columns.instrument or columns.withdrawal):
        raise CliError("name the columns holding dates: --signature, --instrument, --withdrawal, or --kind and --date")
    return columns


def _versions(ws: Workspace, document: Document, from_label: str | None, to_label: str | None) -> tuple[Any, Any]:
    versions = queries.versions_of(ws, document.id)
    try:
        later = find_version(ws, document, to_label) if to_label else (versions[-1] if versions else None)
        if later is None:
            raise CliError(f"{document.title} has no versions")
        earlier = find_version(ws, document, from_label) if from_label else queries.previous_version(ws, later)
    except DraftImportError as error:
        raise CliError(str(error)) from error
    if earlier is None:
        raise CliError(f"{later.label} is the first version; name an earlier one with --from")
    if earlier.seq >= later.seq:
        raise CliError(f"--from {earlier.label} must be older than --to {later.label}")
    return earlier, later


def run_uptake(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        document = find_document(ws, args.document)
        earlier, later = _versions(ws, document, args.from_label, args.to_label)
        report = build_report(ws, earlier, later)
        if args.json:
            print_json(report.to_json())
        elif args.csv:
            _write_csv(report, args.csv)
            print(f"wrote {len(report.items)} amendment(s) to {args.csv}")
        elif args.pdf:
            pages = _write_pdf(report, document.title, args.pdf, args.language)
            print(f"wrote {len(report.items)} amendment(s) on {pages} page(s) to {args.pdf}")
        else:
            _print_report(report)
    return 0


def _print_report(report: UptakeReport) -> None:
    totals = report.totals()
    print(terminal_text(f"Was our ask adopted? {report.earlier.label} → {report.later.label}: "
                        + ", ".join(f"{n} {k}" for k, n in totals.items())))
    for item in report.items:
        print(terminal_text(f"  {item.outcome.value:<18} {item.provision.label:<14} {item.amendment.title}"))
        print(terminal_text(f"  {'':<18} {item.assessment.reason}; {item.assessment.share:.0%} of the change, "
                            f"similarity {item.assessment.similarity:.2f}"
                            + (f"; backed by {', '.join(item.supporters)}" if item.supporters else "")))


def _write_pdf(report: UptakeReport, title: str, path: Path, language: str) -> int:
    from briefing_app.packs.build import write_atomically
    from briefing_app.packs.uptake_pdf import report_pdf  # reportlab only when a PDF is asked for

    data, pages = report_pdf(report, title, language=language)
    try:
        write_atomically(path, data)
    except OSError as error:
        raise CliError(f"cannot write {path}: {error}") from error
    return pages


def _write_csv(report: UptakeReport, path: Path) -> None:
    from briefing_app.status.export import write_atomically

    rows = [["amendment", "provision", "judged against", "outcome", "share of the change", "similarity",
             "reason", "current status", "suggested status", "supporters", "delegations for",
             "delegations against"]]
    for i in report.items:
        rows.append([i.amendment.title, i.provision.label, i.continuation.label if i.continuation else "",
                     i.outcome.value, f"{i.assessment.share:.2f}", f"{i.assessment.similarity:.2f}",
                     i.assessment.reason, i.amendment.status.value, i.suggested_status, "; ".join(i.supporters),
                     "; ".join(i.delegations_for), "; ".join(i.delegations_against)])
    try:
        write_atomically(path, rows)
    except OSError as error:
        raise CliError(f"cannot write {path}: {error}") from error


