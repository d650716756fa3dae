"""`info` and `search`: what is in the workspace, and full-text search over it."""

from __future__ import annotations

import argparse
from typing import Any

from briefing_app import __version__
from briefing_app.cli.common import CliError, add_command, print_json, workspace
from briefing_app.cli.lookup import NO_DOCUMENT
from briefing_app.domain.views import SearchKind
from briefing_app.store.search import SearchQueryError, search

EMPTY_WORKSPACE = ("This workspace is empty. Import a draft with `briefing-app draft import FILE --new-document "
                   "TITLE --label LABEL` or a partner's bundle with `briefing-app bundle import FILE`; "
                   "`briefing-app --db NEW_FILE --demo` starts a new workspace with the demo corpus.")


def register(commands: Any) -> None:
    info = add_command(commands, "info", "Show the workspace file, schema version and row counts.", run_info)
    info.add_argument("--json", action="store_true", help="machine-readable output")

    find = add_command(commands, "search", "Full-text search over provisions, concerns and amendments.", run_search)
    find.add_argument("query", help='words to find (prefix match), or FTS5 syntax such as "exact phrase"')
    find.add_argument("--kind", choices=[k.value for k in SearchKind], help="only this kind of record")
    find.add_argument("--limit", type=int, default=20, help="maximum number of hits (default 20)")
    find.add_argument("--json", action="store_true", help="machine-readable output")


def run_info(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        data = {
            "workspace": str(ws.path.resolve()),
            "schema_version": ws.schema_version,
            "app_version": __version__,
            "demo": ws.is_demo,
            "encrypted": ws.key is not None,
            "counts": ws.counts(),
        }
    if args.json:
        print_json(data)
        return 0
    print(f"Workspace:      {data['workspace']}")
    print(f"Schema version: {data['schema_version']}")
    print(f"Demo corpus:    {'yes' if data['demo'] else 'no'}")
    print(f"Encrypted:      {'yes (SQLCipher 4)' if data['encrypted'] else 'no'}")
    counts: dict[str, int] = data["counts"]  # type: ignore[assignment]
    width = max(len(t) for t in counts)
    for table, count in counts.items():
        print(f"  {table.ljust(width)}  {count:>7}")
    if not any(counts.values()):
        print(EMPTY_WORKSPACE)
    return 0


def run_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    kinds = (SearchKind(args.kind),) if args.kind else tuple(SearchKind)
    with workspace(args) as ws:
        try:
            hits = search(ws, args.query, kinds=kinds, limit=args.limit)
            counts = ws.counts()
        except SearchQueryError as error:
            raise CliError(str(error)) from error
    empty = not any(counts[table] for table in ("provisions", "concerns", "amendments"))
    if args.json:
        print_json([
            {"kind": h.kind.value, "id": h.record_id, "title": h.title, "snippet": h.snippet,
             "score": round(h.score, 4), "provision_id": h.provision_id, "context": h.context}
            for h in hits
        ])
        return 0
    if not hits and empty:
        print(f"Nothing to search: {NO_DOCUMENT[0].lower()}{NO_DOCUMENT[1:]}")
        return 0
    if not hits:
        print(f"No matches for {args.query!r}.")
        return 0
    for hit in hits:
        print(f"[{hit.kind.value} · {hit.context}] {hit.title}")
        print(f"    {hit.snippet}")
    return 0
