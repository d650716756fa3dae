"""`pack --capital ministry|committee`: the after-adoption pack for a state's capital."""

from __future__ import annotations

import argparse

from briefing_app.cli.common import CliError, terminal_text, workspace
from briefing_app.cli.lookup import find_delegation, label


def run_capital(args: argparse.Namespace) -> int:
    from briefing_app.packs.capital_pack import log_capital_pack, write_capital_pack  # reportlab: only here
    from briefing_app.packs.capital_parts import Addressee, gather_capital_pack

    if args.all or args.delegation is None:
        raise CliError("--capital goes with --delegation (one state's capital)")
    if args.out is None:
        raise CliError("--capital needs --out FILE.pdf")
    if args.profile or args.template or args.min_severity or args.complete or args.language:
        raise CliError("--profile, --template, --min-severity, --complete and --language are for delegation packs, "
                       "not --capital")
    with workspace(args) as ws:
        delegation = find_delegation(ws, args.delegation)
        pack = gather_capital_pack(ws, delegation, Addressee(args.capital), addressee_name=args.addressee or "")
        try:
            saved = write_capital_pack(ws, pack, args.out)
        except OSError as error:
            raise CliError(f"Cannot write {args.out}: {error.strerror or error}") from error
        log_capital_pack(ws, saved)
        pages = saved.pages
    print(f"{args.out}: {terminal_text(label(delegation))}, {args.capital} pack for "
          f"{terminal_text(pack.addressee_name)}, {pages} pages, {len(pack.needs)} articles needing safeguards, "
          f"{len(pack.laws)} law(s) compared")
    return 0
