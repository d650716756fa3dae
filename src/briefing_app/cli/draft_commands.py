"""`draft import`, `draft diff` and `draft review`: new drafts of a treaty from the command line."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from briefing_app.cli import lookup
from briefing_app.cli.common import CliError, add_command, print_json, workspace
from briefing_app.domain.mapping import MatchKind
from briefing_app.domain.models import Document, Provision
from briefing_app.domain.pack_text import clip
from briefing_app.drafts.compare import changes_between, summarize, versions_for_diff
from briefing_app.drafts.errors import DraftImportError, DraftInputError
from briefing_app.drafts.importer import ImportPlan, apply_import, find_version, plan_import
from briefing_app.drafts.review import review_items
from briefing_app.drafts.text_input import load_draft
from briefing_app.packs.build import write_atomically
from briefing_app.store import queries


def register(commands: Any) -> None:
    from briefing_app.cli import add_workspace_options  # the package imports this module first

    draft = commands.add_parser("draft", help="Import a new draft, compare versions, review carried analysis.",
                                description="New drafts of a treaty: import, compare, review.")
    add_workspace_options(draft)
    sub = draft.add_subparsers(dest="draft_command", metavar="ACTION", required=True)

    imp = add_command(sub, "import", "Import a draft (.txt, .md, .docx, .pdf) as a new version; map its "
                      "provisions onto the previous version and carry concerns, amendments and positions.",
                      run_import)
    imp.add_argument("file", type=Path, help="the draft: UTF-8 text or Markdown, a PDF with a text layer, or .docx (docx extra)")
    target = imp.add_mutually_exclusive_group()
    target.add_argument("--document", help="document id, short title or title (default: the only document)")
    target.add_argument("--new-document", metavar="TITLE", help="create a new document with this title; "
                        "the draft becomes its first version")
    imp.add_argument("--label", required=True, help='label of the new version, e.g. "Rev.3"')
    imp.add_argument("--date", default="", help="date of the draft (ISO, e.g. 2024-08-08)")
    imp.add_argument("--against", metavar="LABEL", help="map against this version (default: the latest)")
    imp.add_argument("--dry-run", action="store_true", help="show the structure and mapping; save nothing")
    imp.add_argument("--force", action="store_true",
                     help="save it as a new version even when it looks like a different treaty")
    imp.add_argument("--json", action="store_true", help="machine-readable output")

    diff = add_command(sub, "diff", "List the provisions that changed between two versions.", run_diff)
    diff.add_argument("--document", help="document id, short title or title (default: the only document)")
    diff.add_argument("--from", dest="from_label", required=True, metavar="LABEL", help="older version")
    diff.add_argument("--to", dest="to_label", required=True, metavar="LABEL", help="newer version")
    diff.add_argument("--all", action="store_true", help="also list unchanged provisions")
    diff.add_argument("--json", action="store_true", help="machine-readable output")

    export = add_command(sub, "export", "Write a version as Akoma Ntoso 3.0 XML (validates against the "
                         "OASIS schema).", run_export)
    export.add_argument("--document", help="document id, short title or title (default: the only document)")
    export.add_argument("--label", required=True, help="the version to export")
    export.add_argument("--format", choices=["akn"], default="akn", help="akn: Akoma Ntoso 3.0 (the default)")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.xml", help="file to write")
    export.add_argument("--with-concerns", action="store_true",
                        help="add the public and coalition concerns on each provision as authorial notes")
    export.add_argument("--with-amendments", action="store_true",
                        help="attach our public and coalition amendments as Akoma Ntoso amendment documents, "
                             "each a redline of its provision in del/ins")

    review = add_command(sub, "review", "List what needs a human look after a new draft was imported.", run_review)
    review.add_argument("--document", help="document id, short title or title (default: the only document)")
    review.add_argument("--label", help="the imported version (default: the latest)")
    review.add_argument("--json", action="store_true", help="machine-readable output")


def run_import(args: argparse.Namespace) -> int:  # noqa: PLR0912
    try:
        parsed = load_draft(args.file)
    except DraftInputError as error:
        raise CliError(f"{args.file.name}: {error}") from error
    with workspace(args) as ws:
        if args.new_document is not None:
            document = Document(title=args.new_document.strip() or args.file.stem)
        else:
            document = lookup.find_document(ws, args.document)
        try:
            plan = plan_import(ws, parsed, document=document, label=args.label, date=args.date,
                               against=args.against)
        except DraftImportError as error:
            raise CliError(str(error)) from error
        carried: Counter[str] = Counter()
        if plan.looks_unrelated and not (args.dry_run or args.force):
            assert plan.base is not None
            raise CliError(f"{args.file.name} looks like a different treaty: only {plan.continuity:.0%} of the "
                           f"articles of {plan.base.label} continue in it, so its analysis would be orphaned. "
                           "Import it with --new-document TITLE, or map it anyway with --force; nothing was saved")
        if not args.dry_run:
            result = apply_import(ws, plan)
            carried.update(c.state.value for c in result.carried)
    report = _mapping_report(plan)
    if args.json:
        print_json({"structure": parsed.summary(), "dry_run": args.dry_run, "continuity": round(plan.continuity, 4),
                    "looks_unrelated": plan.looks_unrelated,
                    "unplaced": [{"line": u.line, "text": u.text, "reason": u.reason} for u in parsed.unplaced],
                    "against": plan.base.label if plan.base else None, "mapping": report,
                    "carried": dict(carried)})
        return 0
    print(f"{args.file.name}: {parsed.summary()}")
    for line in parsed.unplaced:
        where = f"line {line.line}" if line.line else "not read"  # line 0: pages of a PDF without text
        print(f"  not placed, {where} ({line.reason}): {clip(line.text, 100)}")
    if plan.looks_unrelated and plan.base is not None:
        print(f"Warning: this text looks like a different treaty: only {plan.continuity:.0%} of the articles of "
              f"{plan.base.label} continue in it. To keep it apart, import it with --new-document TITLE.")
    if plan.base is None:
        print(f"First version of {document.short_title or document.title}: nothing to map against.")
    else:
        print(f"Mapping onto {plan.base.label}:")
        for row in report:
            if row["kind"] != MatchKind.SAME.value:
                figure = f" ({row['similarity']:.0%} similar)" if row["kind"] in ("changed", "split", "merged") else ""
                print(f"  {row['kind']:<11} {row['old'] or '—'} → {', '.join(row['new']) or '—'}{figure}")
        same = sum(1 for row in report if row["kind"] == MatchKind.SAME.value)
        print(f"  ({same} provisions unchanged)")
    if args.dry_run:
        print("Dry run: nothing was saved.")
        return 0
    print(f"Saved {plan.version.label} as version {plan.version.seq} of {document.short_title or document.title}.")
    if carried:
        print("Carried analysis: " + ", ".join(f"{n} {state}" for state, n in sorted(carried.items())))
        print("Run `briefing-app draft review` to see what needs a look.")
    return 0


def _mapping_report(plan: ImportPlan) -> list[dict[str, Any]]:
    by_id: dict[str, Provision] = {p.id: p for p in (*plan.old_provisions, *plan.provisions)}

    def name(pid: str) -> str:
        provision = by_id[pid]
        return f"{provision.label} ({provision.heading})" if provision.heading else provision.label

    return [{"old": name(e.old_id) if e.old_id else None, "kind": e.kind.value,
             "new": [name(n) for n in e.new_ids], "similarity": round(e.similarity, 4)}
            for e in plan.mapping.entries]


def run_diff(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        document = lookup.find_document(ws, args.document)
        try:
            old, new = versions_for_diff(ws, document.id, args.from_label, args.to_label)
        except DraftImportError as error:
            raise CliError(str(error)) from error
        changes = changes_between(ws, old.id, new.id, include_unchanged=args.all)
    if args.json:
        print_json([{"kind": c.kind.value, "old": c.old.label if c.old else None,
                     "new": c.new.label if c.new else None, "heading": c.heading, "change_ratio": c.ratio,
                     "note": c.note} for c in changes])
        return 0
    if not changes:
        print(f"No provision changed between {old.label} and {new.label}.")
        return 0
    differ = "provision differs" if len(changes) == 1 else "provisions differ"
    print(f"{len(changes)} {differ} between {old.label} and {new.label} ({summarize(changes)}):")
    for c in changes:
        note = f"  [{c.note}]" if c.note else ""
        print(f"  {c.kind.value:<10} {c.ratio:>4.0%}  {c.label}: {c.heading}{note}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from briefing_app.drafts.akn import AknOptions, export_version

    with workspace(args) as ws:
        document = lookup.find_document(ws, args.document)
        try:
            version = find_version(ws, document, args.label)
            data = export_version(ws, version, AknOptions(with_concerns=args.with_concerns, with_amendments=args.with_amendments))
        except (DraftImportError, DraftInputError) as error:
            raise CliError(str(error)) from error
    try:
        write_atomically(args.out, data)
    except OSError as error:
        raise CliError(f"cannot write {args.out}: {error.strerror or error}") from error
    attached = data.count(b"<amendment ")
    extra = f" with {attached} amendment{'s' if attached != 1 else ''}" if args.with_amendments else ""
    print(f"Wrote {version.label} as Akoma Ntoso{extra} to {args.out} ({len(data):,} bytes).")
    return 0


def run_review(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        document = lookup.find_document(ws, args.document)
        try:
            version = find_version(ws, document, args.label) if args.label else queries.latest_version(ws, document.id)
        except DraftImportError as error:
            raise CliError(str(error)) from error
        if version is None:
            raise CliError(f"{document.title} has no versions yet")
        items = review_items(ws, version.id)
    if args.json:
        print_json([{"state": i.state, "kind": i.record_kind, "title": i.title, "old": i.old_label,
                     "new": i.new_label, "detail": i.detail} for i in items])
        return 0
    if not items:
        print(f"Nothing needs a look in {version.label}.")
        return 0
    print(f"{len(items)} items need a look in {version.label}:")
    for i in items:
        print(f"  {i.state:<18} {i.record_kind:<10} {clip(i.title, 60)}")
        print(f"  {'':<18} {i.old_label} → {i.new_label}" + (f"  ({i.detail})" if i.detail else ""))
    return 0
