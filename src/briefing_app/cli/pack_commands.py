"""`pack`: a tailored PDF briefing pack for one delegation, or for all of them into a folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from briefing_app.cli.common import CliError, add_command, terminal_text, workspace
from briefing_app.cli.lookup import NO_DELEGATION, find_delegation, label
from briefing_app.domain.enums import Severity
from briefing_app.domain.languages import PACK_LANGUAGES
from briefing_app.domain.models import Delegation
from briefing_app.domain.progress import Cancelled
from briefing_app.domain.tailoring import PackProfile, PackTemplate
from briefing_app.packs.batch import Overrides, export_batch
from briefing_app.packs.build import build_pack, save_pack
from briefing_app.store import queries
from briefing_app.store.packs_store import find_profile, load_profile, profile_names
from briefing_app.store.workspace import Workspace


def register(commands: Any) -> None:
    pack = add_command(commands, "pack", "Write a tailored PDF briefing pack for a delegation (or all).", run_pack)
    which = pack.add_mutually_exclusive_group(required=True)
    which.add_argument("--delegation", metavar="CODE_OR_NAME", help="ISO code or name, e.g. KE or Kenya")
    which.add_argument("--all", action="store_true", help="one pack per delegation (needs --out-dir)")
    pack.add_argument("--out", type=Path, metavar="FILE.pdf", help="where to write the pack (with --delegation)")
    pack.add_argument("--out-dir", type=Path, metavar="DIR", help="folder for the packs (with --all)")
    pack.add_argument("--profile", metavar="NAME",
                      help="the delegation's saved profile to use (default: its default, first profile)")
    pack.add_argument("--template", choices=[t.value for t in PackTemplate],
                      help="full pack, two-page brief or talking points (default: the saved profile's)")
    pack.add_argument("--min-severity", choices=[s.value for s in Severity],
                      help="select provisions with concerns at least this severe (default: the profile's)")
    pack.add_argument("--complete", action="store_true",
                      help="every selected provision and concern; by default a pack covers the 40 provisions "
                           "most important for the delegation and says how many more there are")
    pack.add_argument("--language", choices=list(PACK_LANGUAGES),
                      help="language of the pack's own words (default: the profile's, else the delegation's "
                           "first working language, else English); your content stays as written")
    pack.add_argument("--jobs", type=int, default=0, metavar="N",
                      help="worker processes for --all (default: one per core)")
    pack.add_argument("--capital", choices=["ministry", "committee"],
                      help="a pack for the capital after adoption instead: for the ministry (status, reservations, "
                      "then the bill and safeguards) or the parliament committee (the bill and safeguards first)")
    pack.add_argument("--addressee", metavar="NAME", help="who the capital pack is for, e.g. 'the Senate ICT "
                      "Committee' (with --capital)")


def choose_profile(ws: Workspace, delegation: Delegation, name: str | None) -> PackProfile:
    """The named profile (any case) or the default one; else a CliError listing the delegation's."""
    if name is None:
        return load_profile(ws, delegation.id)
    found = find_profile(ws, delegation.id, name)
    if found is None:
        names = ", ".join(repr(n) for n in profile_names(ws, delegation.id))
        raise CliError(f"{label(delegation)} has no pack profile {name!r}. Its profiles: {names}.")
    return found


def run_pack(args: argparse.Namespace) -> int:
    overrides = Overrides(
        template=PackTemplate(args.template) if args.template else None,
        min_severity=Severity(args.min_severity) if args.min_severity else None, complete=args.complete,
        language=args.language)
    if args.capital:
        from briefing_app.cli.capital_commands import run_capital

        return run_capital(args)
    if args.addressee:
        raise CliError("--addressee goes with --capital")
    if args.all:
        if args.out_dir is None:
            raise CliError("--all needs --out-dir DIR")
        if args.profile is not None:
            raise CliError("--profile goes with --delegation (--all uses each delegation's default profile)")
        return _run_all(args, overrides)
    if args.out is None:
        raise CliError("--delegation needs --out FILE.pdf")
    with workspace(args) as ws:
        delegation = find_delegation(ws, args.delegation)
        profile = choose_profile(ws, delegation, args.profile)
        result = build_pack(ws, overrides.apply(profile))
        try:
            save_pack(ws, result, args.out)
        except OSError as error:
            raise CliError(f"Cannot write {args.out}: {error.strerror or error}") from error
    for warning in result.warnings:
        print(f"briefing-app: warning: {warning}", file=sys.stderr)
    print(f"{args.out}: {terminal_text(label(delegation))}, profile {profile.name!r}, {result.pages} pages, {len(result.plan.sections)} provisions, sha256 {result.sha256}")
    return 0


def _run_all(args: argparse.Namespace, overrides: Overrides) -> int:
    if args.jobs < 0:
        raise CliError("--jobs must be 0 (one per core) or more")
    with workspace(args) as ws:
        ids = [d.id for d in queries.delegations(ws)]
        if not ids:
            raise CliError(NO_DELEGATION)
        try:
            items = export_batch(ws, ids, args.out_dir, overrides=overrides, workers=args.jobs or None)
        except Cancelled:
            raise CliError("cancelled") from None
        except OSError as error:
            raise CliError(f"Cannot write to {args.out_dir}: {error.strerror or error}") from error
    failed = [i for i in items if i.error]
    for item in items:
        for warning in item.warnings:
            print(f"briefing-app: warning: {item.delegation_name}: {warning}", file=sys.stderr)
        if item.error:
            print(f"briefing-app: error: {item.delegation_name}: {item.error}", file=sys.stderr)
    print(f"{len(items) - len(failed)} packs written to {args.out_dir}" + (f", {len(failed)} failed" if failed else ""))
    return 1 if failed else 0
