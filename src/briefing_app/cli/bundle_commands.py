"""`bundle export|import|undo-import` and `check`: share work with partners, and check the workspace."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from briefing_app.bundles import keyring
from briefing_app.bundles.apply import ImportReport, import_bundle, undo_last_import
from briefing_app.bundles.backups import KEEP_KEY
from briefing_app.bundles.errors import BundleError, ExportError, UndoError
from briefing_app.bundles.export import ORGANIZATION_KEY, export_bundle
from briefing_app.bundles.keystore import fingerprint
from briefing_app.bundles.selection import Selection
from briefing_app.cli import bundle_queue_commands
from briefing_app.cli.common import CliError, add_command, print_json, terminal_text, workspace
from briefing_app.cli.lookup import find_delegation, find_document
from briefing_app.domain.merge import Outcome

INTERNAL_WARNING = ("warning: --include-internal puts rows marked internal (meeting notes, contacts, internal "
                    "analysis) into the bundle; share it only with people who may read them. Personal rows "
                    "never leave.")


def register(commands: Any) -> None:
    from briefing_app.cli import add_workspace_options

    bundle = commands.add_parser("bundle", help="Share work with partners as .briefing bundles.",
                                 description="Export, import and undo shared .briefing bundles.")
    add_workspace_options(bundle)
    actions = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)

    export = add_command(actions, "export", "Write a bundle of shareable rows (public and coalition by default).",
                         run_export)
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="bundle file to write (.briefing)")
    export.add_argument("--document", action="append", default=[], metavar="ID_OR_TITLE",
                        help="a document with its versions, provisions, amendments and positions (repeatable)")
    export.add_argument("--delegation", action="append", default=[], metavar="CODE_OR_NAME",
                        help="a delegation with its positions: ISO code, name or id, as for `pack` (repeatable)")
    export.add_argument("--concern-category", action="append", default=[], metavar="TEXT",
                        help="concerns of this category, with what they cite (repeatable)")
    export.add_argument("--concern-organization", action="append", default=[], metavar="ID",
                        help="concerns of this organization (repeatable)")
    export.add_argument("--include-internal", action="store_true",
                        help="also export rows marked internal (prints a warning); personal rows never leave")
    export.add_argument("--description", default="", help="a line for the recipient")
    export.add_argument("--organization", default=None,
                        help="our organization's name for the manifest (saved for next time)")
    export.add_argument("--encrypt-to", action="append", default=[], metavar="ORGANIZATION",
                        help="encrypt the bundle so only this partner can read it (repeatable; "
                             "their key must be in the keyring)")
    export.add_argument("--recipient", action="append", default=[], metavar="AGE1…",
                        help="also encrypt to this age recipient key (repeatable)")
    export.add_argument("--json", action="store_true", help="machine-readable output")

    imp = add_command(actions, "import", "Check a bundle and merge it into the workspace (backup first).",
                      run_import)
    imp.add_argument("file", type=Path, metavar="FILE", help="the .briefing file")
    imp.add_argument("--dry-run", action="store_true", help="only show what the import would do")
    imp.add_argument("--keep-backups", type=int, default=None, metavar="N",
                     help="keep the last N import backups (saved for next time; default 10)")
    imp.add_argument("--json", action="store_true", help="machine-readable output")

    undo = add_command(actions, "undo-import", "Restore the workspace as it was before the last import.",
                       run_undo)
    undo.add_argument("--force", action="store_true", help="undo even though the workspace changed since")

    bundle_queue_commands.register(actions)

    add_command(commands, "check", "Run SQLite integrity and foreign-key checks on the workspace.", run_check)


def run_export(args: argparse.Namespace) -> int:
    if args.include_internal:
        print(f"briefing-app: {INTERNAL_WARNING}", file=sys.stderr)
    with workspace(args) as ws:
        # codes, names and ids, as `pack` takes them; an unknown one stops here, naming the choices
        selection = Selection(tuple(find_document(ws, d).id for d in args.document),
                              tuple(find_delegation(ws, d).id for d in args.delegation),
                              tuple(args.concern_category), tuple(args.concern_organization))
        if args.organization is not None:
            ws.set_meta(ORGANIZATION_KEY, args.organization)
        recipients = [*keyring.recipients_for(ws, args.encrypt_to), *args.recipient]
        try:
            result = export_bundle(ws, args.out, selection=selection, include_internal=args.include_internal,
                                   description=args.description, recipients=recipients)
        except ExportError as error:
            raise CliError(f"bundle not written: {error}") from error
        except OSError as error:
            raise CliError(f"cannot write {args.out}: {error.strerror or error}") from error
    counts = {t: n for t, n in result.manifest.counts.items() if n}
    if args.json:
        print_json({"file": str(result.path), "bundle_id": result.manifest.bundle_id, "rows": counts,
                    "withheld": result.withheld, "include_internal": args.include_internal})
        return 0
    print(f"Wrote {result.path} ({sum(counts.values())} rows, bundle {result.manifest.bundle_id}), signed with "
          f"key {fingerprint(result.manifest.signer_key, result.manifest.age_recipient)}"
          + (f", encrypted to {len(recipients)} recipient(s)." if recipients else "."))
    for table, count in counts.items():
        print(f"  {table:<24} {count:>7}")
    if result.withheld:
        left_out = ", ".join(f"{t} {n}" for t, n in result.withheld.items())
        print(f"Left out (sensitivity, or refers to a row left out): {left_out}")
    return 0


def _print_report(report: ImportReport) -> None:
    who = report.manifest.organization or "an unnamed organization"
    print(terminal_text(f"{report.file_name}: bundle from {who}, made {report.manifest.created_at}"
                + (f" — {report.manifest.description}" if report.manifest.description else "")))
    print(terminal_text(f"  {report.signature.describe(report.manifest.organization)}"
                        + ("; it was encrypted to you" if report.encrypted else "")))
    outcomes = [o.value for o in Outcome]
    print(f"  {'table':<24}" + "".join(f"{o:>11}" for o in outcomes))
    for table, counts in report.summary.items():
        print(f"  {table:<24}" + "".join(f"{counts[o]:>11}" for o in outcomes))
    print(f"  {'total':<24}" + "".join(f"{report.totals[o]:>11}" for o in outcomes))


def run_import(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        if args.keep_backups is not None:
            if args.keep_backups < 1:
                raise CliError("--keep-backups must be at least 1")
            ws.set_meta(KEEP_KEY, str(args.keep_backups))
        try:
            report = import_bundle(ws, args.file, dry_run=args.dry_run)
        except BundleError as error:
            raise CliError(f"bundle refused, workspace unchanged: {error}") from error
    if args.json:
        print_json(report.as_json())
        return 0
    _print_report(report)
    if args.dry_run:
        print("Dry run: nothing was changed.")
    elif not report.applied:
        print("Nothing to import: the workspace already has everything in this bundle.")
    else:
        print(f"Imported. Backup: {report.backup}")
        conflicts = report.totals[Outcome.CONFLICT.value]
        proposals = report.totals[Outcome.PROPOSAL.value]
        if conflicts or proposals:
            print(f"{conflicts} conflict(s) and {proposals} proposal(s) wait for you: "
                  "`briefing-app bundle pending` lists them (or Tools → Resolve conflicts in the app).")
    if report.protected:
        print(f"Left untouched because they are internal or personal here ({len(report.protected)}):")
        for table, key in report.protected[:20]:
            print(f"  {table} {key}")
    return 0


def run_undo(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        try:
            entry = undo_last_import(ws, force=args.force)
        except UndoError as error:
            raise CliError(str(error)) from error
    print(f"Undid the import of {entry.file_name} ({entry.imported_at}).")
    return 0


def run_check(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        problems = ws.integrity_problems()
        path = ws.path
    if problems:
        for problem in problems:
            print(problem)
        raise CliError(f"{path.name} has {len(problems)} problem(s); restore a backup from the backups folder")
    print(f"{path.name}: integrity and foreign keys ok.")
    return 0
