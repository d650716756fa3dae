"""`delegations`, `documents` and `log`: what the other commands take, and which packs were exported."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import Any

from briefing_app.cli import lookup
from briefing_app.cli.common import CliError, add_command, print_json, terminal_text, workspace
from briefing_app.domain.models import Position, Provision
from briefing_app.store import queries
from briefing_app.store.packs_store import export_log, profile_names


def register(commands: Any) -> None:
    dels = add_command(commands, "delegations", "List the delegations: the code, name or id that --delegation "
                       "takes, and each one's pack profiles (pack --profile).", run_delegations)
    dels.add_argument("--json", action="store_true", help="machine-readable output")

    docs = add_command(commands, "documents", "List the documents and their versions: what --document takes, "
                       "and the labels that --label, --from, --to and --against take.", run_documents)
    docs.add_argument("--json", action="store_true", help="machine-readable output")

    log = add_command(commands, "log", "List the briefing packs exported from this workspace, newest first, "
                      "with the profile, pages and SHA-256 of each.", run_log)
    log.add_argument("--delegation", metavar="CODE_OR_NAME", help="only this delegation's packs")
    log.add_argument("--limit", type=int, default=0, metavar="N", help="only the newest N entries (default: all)")
    log.add_argument("--json", action="store_true", help="machine-readable output")


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], right: frozenset[int] = frozenset()) -> None:
    """Columns padded to their widest cell; the last column is not padded."""
    cells = [[terminal_text(c) for c in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        parts = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        print("  ".join(parts[:-1] + [row[-1]]).rstrip())


def run_delegations(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        everyone = queries.delegations(ws)
        listed: list[dict[str, Any]] = [{"id": d.id, "iso_code": d.iso_code, "name": d.name, "kind": d.kind.value,
                   "priority": d.priority.value, "languages": list(d.languages),
                   "positions": len(ws.find(Position, delegation_id=d.id)),
                   "profiles": profile_names(ws, d.id)} for d in everyone]
    if args.json:
        print_json(listed)
        return 0
    if not listed:
        print(lookup.NO_DELEGATION)
        return 0
    _table(["CODE", "NAME", "KIND", "PRIORITY", "POSITIONS", "PROFILES", "ID"],
           [[d["iso_code"], d["name"], d["kind"], d["priority"], str(d["positions"]),
             ", ".join(d["profiles"]), d["id"]] for d in listed], right=frozenset({4}))
    print(f"{len(listed)} delegation{'s' if len(listed) != 1 else ''}. --delegation takes the code, the name "
          "(or a distinctive word of it) or the id; pack --profile takes one of the profiles.")
    return 0


def run_documents(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        listed: list[dict[str, Any]] = []
        for document in queries.documents(ws):
            versions = queries.versions_of(ws, document.id)
            listed.append({
                "id": document.id, "title": document.title, "short_title": document.short_title,
                "versions": [{"id": v.id, "seq": v.seq, "label": v.label, "date": v.date, "symbol": v.symbol,
                              "provisions": len(ws.find(Provision, version_id=v.id)),
                              "latest": v is versions[-1]} for v in versions]})
    if args.json:
        print_json(listed)
        return 0
    if not listed:
        print(lookup.NO_DOCUMENT)
        return 0
    for n, doc in enumerate(listed):
        short = f" ({doc['short_title']})" if doc["short_title"] else ""
        if n:
            print()
        print(terminal_text(f"{doc['title']}{short}  id {doc['id']}"))
        if not doc["versions"]:
            print("  no version yet")
            continue
        _table(["  #", "LABEL", "DATE", "SYMBOL", "PROVISIONS", ""],
               [[f"  {v['seq']}", v["label"], v["date"] or "—", v["symbol"] or "—", str(v["provisions"]),
                 "latest" if v["latest"] else ""] for v in doc["versions"]], right=frozenset({0, 4}))
    print()
    print(f"{len(listed)} document{'s' if len(listed) != 1 else ''}. --document takes the id, the short title or "
          "the title; --label, --from, --to and --against take a version's label.")
    return 0


def run_log(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise CliError("--limit must be 0 (all entries) or more")
    with workspace(args) as ws:
        delegation = lookup.find_delegation(ws, args.delegation) if args.delegation else None
        entries = export_log(ws, delegation.id if delegation else None)
    if args.limit:
        entries = entries[:args.limit]
    if args.json:
        print_json([{"exported_at": e.exported_at, "delegation_id": e.delegation_id,
                     "delegation": e.delegation_name, "profile_name": e.profile_name, "template": e.template,
                     "file_name": e.file_name, "pages": e.pages, "sha256": e.sha256,
                     "data_version": e.data_version, "profile": json.loads(e.profile)} for e in entries])
        return 0
    if not entries:
        whose = f" for {lookup.label(delegation)}" if delegation else ""
        print(terminal_text(f"No pack has been exported{whose} from this workspace yet; make one with "
                            "`briefing-app pack --delegation CODE_OR_NAME --out FILE.pdf`."))
        return 0
    print(f"{len(entries)} pack{'s' if len(entries) != 1 else ''} exported, newest first:")
    _table(["EXPORTED (UTC)", "DELEGATION", "PROFILE", "TEMPLATE", "PAGES", "FILE", "SHA-256 (FIRST 16)"],
           [[e.exported_at, e.delegation_name, e.profile_name, e.template, str(e.pages), e.file_name,
             e.sha256[:16]] for e in entries], right=frozenset({4}))
    return 0
