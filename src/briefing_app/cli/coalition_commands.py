"""`coalition folder|publish|status|sync`: exchange bundles through a folder a sync engine shares."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from briefing_app.bundles import coalition
from briefing_app.cli.common import add_command, print_json, terminal_text, workspace


def register(commands: Any) -> None:
    from briefing_app.cli import add_workspace_options

    group = commands.add_parser("coalition", help="Share bundles through a synced coalition folder.",
                                description="Write our signed bundle into a folder a sync engine (Syncthing, "
                                            "Nextcloud, a network share) shares with partners; read theirs.")
    add_workspace_options(group)
    actions = group.add_subparsers(dest="coalition_command", metavar="ACTION", required=True)
    folder = add_command(actions, "folder", "Set the coalition folder (and how often the app syncs it).",
                         run_folder)
    folder.add_argument("path", type=Path, metavar="PATH")
    folder.add_argument("--every", type=int, default=coalition.DEFAULT_MINUTES, metavar="MINUTES",
                        help=f"publish and look every MINUTES while the app runs (0: only on request; "
                             f"default {coalition.DEFAULT_MINUTES})")
    publish = add_command(actions, "publish", "Write our signed bundle into the folder now.", run_publish)
    publish.add_argument("--force", action="store_true", help="write it even if nothing changed")
    status = add_command(actions, "status", "List partners' bundles in the folder and what importing would do.",
                         run_status)
    status.add_argument("--json", action="store_true", help="machine-readable output")
    sync = add_command(actions, "sync", "Publish ours, then import partners' bundles signed by trusted keys "
                                        "(with --auto) and list the others.", run_sync)
    sync.add_argument("--auto", action="store_true",
                      help="import bundles signed by a trusted partner key without asking")
    sync.add_argument("--no-publish", action="store_true", help="only look, do not write ours")


def run_folder(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        coalition.set_folder(ws, args.path, args.every)
    print(terminal_text(f"Coalition folder: {args.path.resolve()}"
                        + (f" (the app syncs it every {args.every} minutes)" if args.every else "")))
    return 0


def run_publish(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        result = coalition.publish(ws, force=args.force)
    if result is None:
        print("Nothing changed since the last time: the folder already has our latest bundle.")
    else:
        print(terminal_text(f"Wrote {result.path} (bundle {result.manifest.bundle_id})."))
    return 0


def _describe(offer: coalition.Offer) -> str:
    if offer.report is None:
        return f"{offer.path.name}: refused — {offer.problem}"
    report = offer.report
    totals = {k: v for k, v in report.totals.items() if v and k != "unchanged"}
    counts = ", ".join(f"{n} {k}" for k, n in totals.items()) or "nothing new"
    return (f"{offer.path.name}: from {report.manifest.organization}, made {report.manifest.created_at}; "
            f"{report.signature.describe(report.manifest.organization)}; {counts}")


def run_status(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        found = coalition.offers(ws)
    if args.json:
        print_json([{"file": o.path.name, "problem": o.problem, "trusted": o.trusted,
                     "report": o.report.as_json() if o.report else None} for o in found])
        return 0
    for offer in found:
        print(terminal_text(_describe(offer)))
    print(f"{len(found)} partner bundle(s) in the folder; import one with `briefing-app bundle import FILE`.")
    return 0


def run_sync(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        result = coalition.sync_folder(ws, auto=args.auto, publish_first=not args.no_publish)
    if result.published is not None:
        print(terminal_text(f"Published {result.published.path.name}."))
    for report in result.imported or []:
        print(terminal_text(f"Imported {report.file_name} from {report.manifest.organization} (trusted)."))
    for offer in result.offers or []:
        print(terminal_text("Waiting for you: " + _describe(offer)))
    return 0
