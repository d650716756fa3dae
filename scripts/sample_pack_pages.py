"""Render the README's sample pack pages (docs/sample-pack-page*.png) from the demo corpus:
Kenya's full pack, its cover and the first page that shows a redline, at 80 dpi.

Run: .venv/bin/python scripts/sample_pack_pages.py [--out docs]   (needs pdftoppm)
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader

from briefing_app.demo import install_demo
from briefing_app.domain.models import Organization
from briefing_app.domain.tailoring import PackProfile
from briefing_app.packs.build import build_pack
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from briefing_app.workarounds import install_workarounds


def redline_page(pdf: bytes) -> int:
    """The first page (1-based) after the contents whose text holds a recommended amendment."""
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]
    after = next(n for n, text in enumerate(pages) if "Contents" in text[:200]) + 1
    return next(n + 1 for n in range(after, len(pages)) if "Rationale:" in pages[n])


def main() -> None:
    install_workarounds()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs"))
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm is missing (Debian: poppler-utils)")
    with tempfile.TemporaryDirectory() as tmp:
        with Workspace.open(Path(tmp) / "demo.sqlite") as ws:
            install_demo(ws)
            kenya = next(d for d in queries.delegations(ws) if d.iso_code == "KE")
            issuer = next(o for o in ws.find(Organization) if o.coalition_member)
            result = build_pack(ws, PackProfile(delegation_id=kenya.id, issuer_ids=(issuer.id,)))
        pdf = Path(tmp) / "pack.pdf"
        pdf.write_bytes(result.pdf)
        for page, name in ((1, "sample-pack-page-cover"), (redline_page(result.pdf), "sample-pack-page")):
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                            str(pdf), str(args.out / name)], check=True)
            print(f"{args.out / name}.png: page {page} of {result.pages}")


if __name__ == "__main__":
    main()
