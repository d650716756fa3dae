"""PDF draft benchmark: a 200-page UN-style draft imported end to end, against bare text extraction.

    ./dev bench pdf              # 200 pages, 3 timed runs
    ./dev bench pdf --quick      # about 40 pages, 1 run
    ./dev bench pdf --compare    # also pdfplumber's extract_text on the same file (if installed)

The PDF is laid out by tests/drafts/pdf_layout.py (running header with the document symbol, footer
with page numbers, line numbers, footnotes, hyphenation). "End to end" is what `draft import` does
with it over a previous version carrying concerns, amendments and positions: the byte checks, PDFium
in its child process, the layout, the structure, the mapping and the carry, saved in one transaction.
The baseline is PDFium's plain text of every page, in this process, with nothing else.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from briefing_app.domain.enums import Stance
from briefing_app.domain.models import Amendment, Concern, Delegation, Document, Position
from briefing_app.drafts.importer import apply_import, plan_import
from briefing_app.drafts.parse import parse_text
from briefing_app.drafts.pdf_columns import split_columns
from briefing_app.drafts.pdf_input import PdfLimits, _extract_in_child, read_pdf
from briefing_app.drafts.pdf_scripts import script_action
from briefing_app.drafts.text_input import load_draft
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from harness import median, peak_rss_mib, print_table
from synthetic import WORDS

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.drafts.pdf_layout import Block, write_draft_pdf  # noqa: E402


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choices(WORDS, k=rng.randint(14, 28))).capitalize() + "."


def make_blocks(articles: int, seed: int = 3) -> list[Block]:
    rng = random.Random(seed)
    blocks: list[Block] = []
    for number in range(1, articles + 1):
        if number % 12 == 1:
            blocks.append(Block(f"CHAPTER {number // 12 + 1}", heading=True))
            blocks.append(Block(" ".join(rng.choices(WORDS, k=3)).capitalize(), heading=True))
        blocks.append(Block(f"Article {number} – {' '.join(rng.choices(WORDS, k=3)).capitalize()}", heading=True))
        notes = (f"Footnote on article {number}: {_sentence(rng)}",) if number % 5 == 0 else ()
        blocks.append(Block(f"1. {_sentence(rng)} {_sentence(rng)}", notes=notes))
        blocks.append(Block(f"2. {_sentence(rng)}"))
        blocks.append(Block(f"(a) {_sentence(rng)}"))
        blocks.append(Block(f"(b) {_sentence(rng)}"))
    return blocks


def _bare_text(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    chars = 0
    for index in range(len(document)):
        page = document[index]
        textpage = page.get_textpage()
        chars += len(textpage.get_text_range())
        textpage.close()
        page.close()
    document.close()
    return chars


def _timed(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return median(times)


def _workspace_with_analysis(folder: Path, text: str, run: int) -> tuple[Workspace, Document]:
    """A workspace holding the draft's previous version with analysis on every third article."""
    ws = Workspace.open(folder / f"w{run}.sqlite")
    document = ws.insert(Document(title="Synthetic treaty"))
    result = apply_import(ws, plan_import(ws, parse_text(text), document=document, label="Rev.1"))
    delegation = ws.insert(Delegation(name="Freedonia"))
    for article in [p for p in queries.provisions_of(ws, result.version.id) if p.kind.value == "article"][::3]:
        concern = ws.insert(Concern(title=f"Concern on {article.label}"))
        ws.link("concern_provisions", concern.id, article.id)
        amendment = ws.insert(Amendment(provision_id=article.id, title="Narrow it", proposed_text="narrowly"))
        ws.insert(Position(delegation_id=delegation.id, stance=Stance.SUPPORTS, amendment_id=amendment.id))
        ws.insert(Position(delegation_id=delegation.id, stance=Stance.OPPOSES, provision_id=article.id))
    return ws, document


def main(argv: list[str]) -> None:
    quick = "--quick" in argv
    articles, runs = (110, 1) if quick else (540, 3)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        pdf = write_draft_pdf(folder / "draft.pdf", make_blocks(articles))
        import pypdfium2 as pdfium
        pages = len(pdfium.PdfDocument(str(pdf)))
        previous_text = read_pdf(pdf).text
        bare = _timed(lambda: _bare_text(pdf), runs)
        read = _timed(lambda: read_pdf(pdf), runs)
        scripts = _timed(lambda: script_action(str(pdf)), runs)
        segments = _extract_in_child(pdf, PdfLimits())
        columns = _timed(lambda: [split_columns(page, 11.0) for page in segments], runs)
        parsed = _timed(lambda: load_draft(pdf), runs)
        full_times = []
        for run in range(runs):
            ws, document = _workspace_with_analysis(folder, previous_text, run)
            with ws:
                start = time.perf_counter()
                draft = load_draft(pdf)
                result = apply_import(ws, plan_import(ws, draft, document=document, label="Rev.2"))
                full_times.append(time.perf_counter() - start)
        full = median(full_times)
        rows = [
            ["PDFium plain text of every page (baseline)", f"{bare * 1000:.0f}", "1.0"],
            ["read_pdf: byte checks + child process + layout", f"{read * 1000:.0f}", f"{read / bare:.1f}"],
            ["  of which: script check, pypdf object tree", f"{scripts * 1000:.0f}", f"{scripts / bare:.2f}"],
            ["  of which: two-column check, every page", f"{columns * 1000:.0f}", f"{columns / bare:.2f}"],
            ["+ structure (load_draft)", f"{parsed * 1000:.0f}", f"{parsed / bare:.1f}"],
            ["+ plan, map, save, carry (draft import)", f"{full * 1000:.0f}", f"{full / bare:.1f}"],
        ]
        if "--compare" in argv:
            try:
                import pdfplumber
            except ImportError:
                print("\n(pdfplumber is not installed: pip install pdfplumber to compare)")
            else:
                def plumber() -> None:
                    with pdfplumber.open(str(pdf)) as document:
                        for page in document.pages:
                            page.extract_text()
                slow = _timed(plumber, 1)
                rows.append(["pdfplumber extract_text, every page (for the choice)", f"{slow * 1000:.0f}",
                             f"{slow / bare:.1f}"])
        print_table(f"Importing a {pages}-page PDF draft ({articles} articles, median of {runs} runs)",
                    ["step", "ms", "ratio vs bare text"], rows)
        print(f"\nCarried: {len(result.carried)} records; peak RSS of this process {peak_rss_mib():.0f} MiB "
              "(the PDF child process is separate)")
