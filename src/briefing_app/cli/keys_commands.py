"""`keys …`: this computer's bundle keys and the partner keyring (signed and encrypted bundles)."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from briefing_app.bundles import keyring
from briefing_app.bundles.export import ORGANIZATION_KEY
from briefing_app.bundles.keystore import KeyStore, normal_fingerprint
from briefing_app.bundles.signing import REQUIRE_TRUSTED_KEY
from briefing_app.cli.common import CliError, add_command, print_json, terminal_text, workspace
from briefing_app.store import sync_keys


def register(commands: Any) -> None:
    from briefing_app.cli import add_workspace_options

    keys = commands.add_parser("keys", help="Signing and encryption keys for bundles, and partners' keys.",
                               description="This computer's keys and the keyring of partners' keys.")
    add_workspace_options(keys)
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    show = add_command(actions, "show", "Print this computer's key fingerprint (made on first use).", run_show)
    show.add_argument("--json", action="store_true", help="machine-readable output")
    export = add_command(actions, "export", "Write our public keys as a key file to give to partners.",
                         run_export)
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="key file to write")
    export.add_argument("--organization", default=None, help="our organization (default: the saved one)")
    add = add_command(actions, "add", "Trust the keys in a partner's key file.", run_add)
    add.add_argument("file", type=Path, metavar="FILE", help="the partner's key file")
    add.add_argument("--organization", default=None, help="whose key it is (default: as the file says)")
    add.add_argument("--fingerprint", default="", metavar="FP",
                     help="the fingerprint the partner read out to you: the file must match it")
    trust = add_command(actions, "trust", "Trust a key by the fingerprint a partner read out to you.", run_trust)
    trust.add_argument("--organization", required=True, help="the partner organization")
    trust.add_argument("--fingerprint", required=True, metavar="FP", help="e.g. BJXD-SSJV-4J6D-P7KB-BXFY")
    listing = add_command(actions, "list", "List the partner keys this workspace trusts.", run_list)
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    remove = add_command(actions, "remove", "Stop trusting a partner key.", run_remove)
    remove.add_argument("fingerprint", metavar="FP")
    policy = add_command(actions, "require-trusted",
                         "Accept only bundles signed by a trusted key (on) or any valid bundle (off).",
                         run_require_trusted)
    policy.add_argument("state", choices=("on", "off"))


def run_show(args: argparse.Namespace) -> int:
    store = KeyStore()
    public = store.public()
    if args.json:
        print_json({"fingerprint": public.fingerprint, "signing_key": public.signing_key,
                    "age_recipient": public.age_recipient, "folder": str(store.folder)})
        return 0
    print(f"Fingerprint: {public.fingerprint}")
    print(f"Age recipient (partners encrypt to it): {public.age_recipient}")
    print(f"Private keys: {store.folder} (keep them; never share them)")
    return 0


def run_export(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        organization = (args.organization or ws.get_meta(ORGANIZATION_KEY)).strip()
    if not organization:
        raise CliError("name your organization (--organization NAME)")
    public = KeyStore().public()
    out = Path(args.out)
    handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent if str(out.parent) else ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(keyring.key_file_text(organization, public))
        os.chmod(temp, 0o644)
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    print(terminal_text(f"Wrote {out} for {organization}: fingerprint {public.fingerprint}"))
    print("Read the fingerprint out to your partners on the phone when they add the file.")
    return 0


def run_add(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        entry = keyring.add_key_file(ws, args.file, organization=args.organization,
                                     expected_fingerprint=args.fingerprint)
    print(terminal_text(f"Trusted {entry.organization}: key {entry.fingerprint}"))
    if not args.fingerprint:
        print("Compare this fingerprint with the one your partner reads out to you; if it differs, "
              f"remove it (briefing-app keys remove {entry.fingerprint}).")
    return 0


def run_trust(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        entry = keyring.trust_fingerprint(ws, args.organization, args.fingerprint)
    print(terminal_text(f"Trusted {entry.organization}: key {entry.fingerprint}"
                        + ("" if entry.signing_key else " (its keys arrive with their first signed bundle)")))
    return 0


def run_list(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        entries = sync_keys.partner_keys(ws)
        required = ws.get_meta(REQUIRE_TRUSTED_KEY) == "1"
    if args.json:
        print_json({"require_trusted": required, "keys": [
            {"fingerprint": e.fingerprint, "organization": e.organization, "can_encrypt": bool(e.age_recipient),
             "added_at": e.added_at, "source": e.source} for e in entries]})
        return 0
    for e in entries:
        how = "key file" if e.source == "file" else "fingerprint by phone"
        state = "can encrypt to" if e.age_recipient else "no keys seen yet"
        print(terminal_text(f"{e.fingerprint}  {e.organization}  (added {e.added_at[:10]} from a {how}; {state})"))
    print(f"{len(entries)} partner key(s); only trusted bundles are imported: {'yes' if required else 'no'}.")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    normal = normal_fingerprint(args.fingerprint)
    with workspace(args) as ws:
        if not normal or not sync_keys.remove_key(ws, normal):
            raise CliError(f"no trusted key {args.fingerprint} (see briefing-app keys list)")
    print(f"No longer trusted: {normal}")
    return 0


def run_require_trusted(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        ws.set_meta(REQUIRE_TRUSTED_KEY, "1" if args.state == "on" else "0")
    print("Only bundles signed by a trusted key are imported now." if args.state == "on"
          else "Any valid bundle may be imported (the preview says whether it is signed and trusted).")
    return 0
