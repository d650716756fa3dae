"""`bundle pending|accept|reject`: what partners' bundles left for the user to decide, from the shell.

Conflicts (the row's owner and you both changed it) and proposals (a change or deletion from a
partner that does not own the row here) wait in one queue; accept takes theirs, reject keeps yours.
Each decision is recorded with the partner, so the same bundle imported again asks nothing.
"""

from __future__ import annotations

import argparse
from typing import Any

from briefing_app.bundles.conflicts import ConflictView, Resolution, open_conflicts, resolve
from briefing_app.cli.common import CliError, add_command, print_json, terminal_text, workspace
from briefing_app.domain.field_diff import plain_redline
from briefing_app.store.errors import StoreError

KIND_TEXT = {"both-changed": "conflict: both changed it",
             "deleted-here": "conflict: you deleted it, they changed it",
             "deleted-there": "conflict: they deleted it, you changed it or work of yours needs it",
             "proposed-change": "proposal: change",
             "proposed-deletion": "proposal: delete"}


def register(actions: Any) -> None:
    pending = add_command(actions, "pending", "List the conflicts and proposals that wait for your decision.",
                          run_pending)
    pending.add_argument("--json", action="store_true", help="machine-readable output")
    for name, verb, handler in (("accept", "Take their version (for a proposed deletion: delete)", run_accept),
                                ("reject", "Keep yours", run_reject)):
        command = add_command(actions, name, f"{verb} for pending items, by number or --all.", handler)
        command.add_argument("ids", nargs="*", type=int, metavar="N", help="numbers from `bundle pending`")
        command.add_argument("--all", action="store_true", help="every pending item")
        command.add_argument("--bundle", metavar="FILE", default="",
                             help="every pending item one bundle left (its file name, as `bundle pending` shows)")


def _label(view: ConflictView) -> str:
    row = view.mine or view.theirs or {}
    for field in ("title", "name", "label", "heading", "body"):
        if row.get(field):
            return str(row[field])[:70]
    return view.conflict.key


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _short(value: object) -> str:
    text = "" if value is None else str(value)
    return repr(text if len(text) <= 60 else text[:59] + "…")


def _as_json(view: ConflictView) -> dict[str, Any]:
    c = view.conflict
    return {"id": c.id, "table": c.table, "key": c.key, "kind": c.kind, "organization": c.organization,
            "fields": [] if view.mine is None or view.theirs is None else view.differing,
            "bundle": c.bundle, "mine": view.mine, "theirs": view.theirs,
            "redlines": {ch.column: plain_redline(ch.segments) for ch in view.changes() if ch.segments}}


def run_pending(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        views = open_conflicts(ws)
    if args.json:
        print_json([_as_json(v) for v in views])
        return 0
    if not views:
        print("Nothing waits for a decision.")
        return 0
    for view in views:
        c = view.conflict
        changed = "" if view.mine is None or view.theirs is None else f" (fields: {', '.join(view.differing)})"
        print(terminal_text(f"{c.id:>5}  {c.table:<22} {_label(view)}"))
        bundle = f" · bundle {c.bundle}" if c.bundle else ""
        print(terminal_text(f"       from {c.organization} — {KIND_TEXT.get(c.kind, c.kind)}{changed}{bundle}"))
        if view.mine is not None and view.theirs is not None:
            shown = [ch for ch in view.changes() if ch.column not in ("created_at", "updated_at")]
            for change in shown[:3]:
                text = (_clip(plain_redline(change.segments)) if change.segments
                        else f"{_short(change.mine)} → {_short(change.theirs)}")
                print(terminal_text(f"         {change.column}: {text}"))
    print(f"{len(views)} pending: `briefing-app bundle accept N` takes theirs, `bundle reject N` keeps yours "
          "(--bundle FILE: all from one bundle).")
    return 0


def _decide(args: argparse.Namespace, resolution: Resolution) -> int:
    if not args.ids and not args.all and not args.bundle:
        raise CliError("name the pending items (numbers from `briefing-app bundle pending`), a --bundle, "
                       "or use --all")
    with workspace(args) as ws:
        views = {v.conflict.id: v for v in open_conflicts(ws)}
        unknown = [n for n in args.ids if n not in views]
        if unknown:
            raise CliError(f"no pending item numbered {', '.join(map(str, unknown))} "
                           "(see `briefing-app bundle pending`)")
        chosen = list(views.values()) if args.all else [views[n] for n in args.ids]
        if args.bundle:
            from_file = [v for v in views.values() if v.conflict.bundle == args.bundle]
            if not from_file:
                raise CliError(f"nothing pending from a bundle named {terminal_text(args.bundle)!r} "
                               "(see `briefing-app bundle pending`)")
            chosen += [v for v in from_file if v not in chosen]
        done = 0
        try:
            with ws.transaction():
                for view in chosen:
                    resolve(ws, view.conflict, resolution)
                    done += 1
        except (ValueError, StoreError) as error:
            raise CliError(f"nothing decided: item {chosen[done].conflict.id}: {error}") from error
    verb = "accepted" if resolution is Resolution.TAKE_THEIRS else "rejected"
    print(f"{verb.capitalize()} {done} item(s).")
    return 0


def run_accept(args: argparse.Namespace) -> int:
    return _decide(args, Resolution.TAKE_THEIRS)


def run_reject(args: argparse.Namespace) -> int:
    return _decide(args, Resolution.KEEP_MINE)
