"""PDF drafts: a layout-faithful UN-style PDF reads back to the same structure as its text; hostile and
scanned PDFs are refused with a clear message, bounded in time and memory, and nothing is saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.domain.enums import ProvisionStatus
from briefing_app.drafts.errors import DraftInputError
from briefing_app.drafts.pdf_input import PdfLimits, read_pdf
from briefing_app.drafts.text_input import load_draft
from briefing_app.store.workspace import Workspace
from tests.drafts import hostile_pdfs
from tests.drafts.pdf_layout import Block, write_draft_pdf
from tests.drafts.test_structure import CONVENTION, _outline
from tests.helpers import logical_dump


def _blocks(text: str) -> list[Block]:
    """The test convention as a laid-out document: one block per line, '[^N]' refs as real footnotes."""
    notes = {line.split("]:", 1)[0][2:]: line.split("]:", 1)[1].strip()
             for line in text.splitlines() if line.startswith("[^")}
    blocks = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("[^"):
            continue
        refs = [n for n in notes if f"[^{n}]" in line]
        body = line
        for n in refs:
            body = body.replace(f"[^{n}]", "")
        heading = len(body) < 60 and not body.rstrip().endswith((".", ";", ":", ",")) and body[:1] not in "(1234567890"
        blocks.append(Block(body, heading=heading and not body.startswith(("Option", "[", "a)", "b)")),
                            notes=tuple(notes[n] for n in refs)))
    return blocks


@pytest.fixture(scope="module")
def convention_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "A_AC.999_3_Rev.1.pdf"
    long_text = CONVENTION.replace(
        "The purpose of this Convention is to prevent online fraud.",
        "The purpose of this Convention is to prevent online fraud and to strengthen international "
        "cooperation, including technical assistance and capacity-building, between the competent "
        "authorities of the States Parties and relevant intergovernmental organizations.")
    return write_draft_pdf(path, _blocks(long_text * 1))


def test_pdf_reads_back_to_the_structure_of_its_text(convention_pdf: Path) -> None:
    parsed = load_draft(convention_pdf)
    from briefing_app.drafts.parse import parse_text
    assert _outline(parsed) == _outline(parse_text(CONVENTION))
    assert parsed.symbol == "A/AC.999/3/Rev.1"


def test_pdf_layout_leaves_the_text_clean(convention_pdf: Path) -> None:
    parsed = load_draft(convention_pdf)
    texts = "\n".join(node.text + " " + node.heading for _d, node in parsed.walk())
    for noise in ("A/AC.999", "V.26-04417", "Draft convention on cooperation", "/2", "[^"):
        assert noise not in texts
    article_1 = next(node for _d, node in parsed.walk() if node.label == "Article 1")
    assert "international cooperation, including technical assistance and capacity-building" in article_1.text
    assert "inter national" not in texts and "internatio nal" not in texts
    assert article_1.status is ProvisionStatus.AGREED_AD_REFERENDUM


def test_pdf_footnotes_stay_with_the_provision_they_mark(convention_pdf: Path) -> None:
    parsed = load_draft(convention_pdf)
    item = next(node for _d, node in parsed.walk() if node.label == "para. (c)")
    assert item.footnotes == ("1 The definition follows earlier instruments.",)
    assert item.text.endswith("communication service.")


def test_text_across_a_page_break_stays_one_paragraph(tmp_path: Path) -> None:
    sentence = "Each State Party shall cooperate with the other States Parties in good faith and without delay."
    blocks = [Block("Article 1. Cooperation", heading=True), Block(" ".join([sentence] * 60))]
    parsed = load_draft(write_draft_pdf(tmp_path / "long.pdf", blocks))
    assert parsed.nodes[0].text == " ".join([sentence] * 60)


def test_scanned_pdf_is_refused_without_ocr(tmp_path: Path) -> None:
    with pytest.raises(DraftInputError, match="no text layer.*no OCR"):
        read_pdf(hostile_pdfs.scanned(tmp_path / "scan.pdf"))


HOSTILE = {
    "encrypted": (hostile_pdfs.encrypted, "encrypted or password-protected"),  # PDFium said: password
    "broken-xref": (hostile_pdfs.broken_xref, "broken xref"),
    "5000-pages": (hostile_pdfs.many_pages, "5,000 pages"),
    "javascript": (hostile_pdfs.javascript, "JavaScript"),
    "hidden-javascript": (lambda p: hostile_pdfs.javascript(p, hidden=True), "JavaScript"),
    "zip-bomb": (hostile_pdfs.zip_bomb, "zip bomb"),
    "not-a-pdf": (lambda p: (p.write_bytes(b"GIF89a" + b"\0" * 100), p)[1], "not a PDF"),
}


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_pdf_is_refused_with_a_clear_message(tmp_path: Path, kind: str) -> None:
    make, message = HOSTILE[kind]
    path = make(tmp_path / f"{kind}.pdf")
    with pytest.raises(DraftInputError, match=message) as refused:
        read_pdf(path)
    assert str(refused.value).startswith(path.name) and "Nothing was imported" in str(refused.value)


def test_pdf_reading_is_bounded_in_time_and_memory(tmp_path: Path) -> None:
    path = hostile_pdfs.plain(tmp_path / "plain.pdf")
    with pytest.raises(DraftInputError, match="longer than 0 seconds"):
        read_pdf(path, PdfLimits(seconds=0.01))
    with pytest.raises(DraftInputError, match="memory"):
        read_pdf(path, PdfLimits(memory_mb=8))


@pytest.mark.parametrize("kind", ["encrypted", "zip-bomb", "5000-pages"])
def test_cli_import_of_a_hostile_pdf_saves_nothing(tmp_path: Path, kind: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.sqlite"
    Workspace.open(db).close()
    with Workspace.open(db) as ws:
        before = logical_dump(ws.conn)
    path = HOSTILE[kind][0](tmp_path / f"{kind}.pdf")
    files = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm")))
    code = main(["draft", "import", str(path), "--new-document", "Hostile", "--label", "Rev.1", "--db", str(db)])
    assert code == 1
    assert HOSTILE[kind][1] in capsys.readouterr().err
    with Workspace.open(db) as ws:
        assert logical_dump(ws.conn) == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == files


@pytest.mark.parametrize("where", hostile_pdfs.SCRIPT_PLACES)
def test_script_actions_are_found_in_the_object_tree_wherever_they_sit(tmp_path: Path, where: str) -> None:
    path = hostile_pdfs.script_in(tmp_path / f"{where}.pdf", where)
    with pytest.raises(DraftInputError, match="contains JavaScript") as refused:
        read_pdf(path)
    assert str(refused.value).startswith(path.name) and "Nothing was imported" in str(refused.value)


@pytest.mark.parametrize("where", hostile_pdfs.LETTER_PLACES)
def test_the_letters_js_in_text_fonts_or_names_are_no_script(tmp_path: Path, where: str) -> None:
    path = hostile_pdfs.js_letters_in(tmp_path / f"{where}.pdf", where)
    data = path.read_bytes()
    assert b"/JS" in data or where == "compressed-content"
    assert "Article 1. Purpose of A/JS/2024/1" in read_pdf(path, PdfLimits(min_chars_per_page=10)).text


def test_script_check_names_where_the_action_sits(tmp_path: Path) -> None:
    from briefing_app.drafts.pdf_scripts import script_action

    assert script_action(str(hostile_pdfs.javascript(tmp_path / "open.pdf"))) == "/Root/OpenAction"
    assert script_action(str(hostile_pdfs.script_in(tmp_path / "link.pdf", "link"))) == "/Root/Pages/Kids[0]/Annots[0]/A"
    assert script_action(str(hostile_pdfs.js_letters_in(tmp_path / "font.pdf", "font-program"))) is None


def test_cli_import_of_a_scanned_pdf_says_why_and_saves_nothing(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.sqlite"
    Workspace.open(db).close()
    with Workspace.open(db) as ws:
        before = logical_dump(ws.conn)
    path = hostile_pdfs.scanned(tmp_path / "scan.pdf", pages=3)
    capsys.readouterr()
    assert main(["draft", "import", str(path), "--new-document", "Scan", "--label", "Rev.1", "--db", str(db)]) == 1
    error = capsys.readouterr().err
    assert "scan.pdf has no text layer" in error and "no OCR" in error and "Nothing was imported" in error
    with Workspace.open(db) as ws:
        assert logical_dump(ws.conn) == before


def test_encryption_is_read_from_the_trailer_not_from_words_in_the_text(tmp_path: Path) -> None:
    from briefing_app.drafts.pdf_checks import check_pdf_bytes

    plain = hostile_pdfs.encrypt_word_in_content(tmp_path / "iso.pdf")
    assert b"/Encrypt" in plain.read_bytes()
    assert "See /Encrypt in ISO 32000" in read_pdf(plain, PdfLimits(min_chars_per_page=10)).text
    for path in (hostile_pdfs.encrypted(tmp_path / "trailer.pdf"),
                 hostile_pdfs.encrypted_by_xref_stream(tmp_path / "xref-stream.pdf")):
        with pytest.raises(DraftInputError, match="encrypted"):
            check_pdf_bytes(path.read_bytes(), path.name)


def test_pages_without_a_text_layer_in_a_draft_that_has_one_are_listed(tmp_path: Path) -> None:
    path = hostile_pdfs.partly_scanned(tmp_path / "annex-scanned.pdf", scanned_pages=(2, 3), pages=4)
    assert read_pdf(path).pages_without_text == (2, 3)
    parsed = load_draft(path)
    assert [n.number for n in parsed.nodes] == ["1", "2"]
    assert (parsed.unplaced[0].text, parsed.unplaced[0].reason) == (
        "pages 2–3 of 4", "no text layer (scanned?): whatever these pages hold is missing from the import")
    whole = load_draft(hostile_pdfs.partly_scanned(tmp_path / "plain.pdf", scanned_pages=(), pages=2))
    assert not any("text layer" in u.reason for u in whole.unplaced)


def test_page_ranges_are_written_as_a_reader_would() -> None:
    from briefing_app.drafts.pdf_input import page_ranges

    assert page_ranges((3, 5, 6, 7, 9)) == "3, 5–7, 9"


def test_cli_import_says_which_pages_had_no_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.sqlite"
    Workspace.open(db).close()
    path = hostile_pdfs.partly_scanned(tmp_path / "annex.pdf", scanned_pages=(3,), pages=3)
    capsys.readouterr()
    assert main(["draft", "import", str(path), "--new-document", "Annexed", "--label", "Rev.1", "--dry-run",
                 "--db", str(db)]) == 0
    assert "not placed, not read (no text layer (scanned?)" in capsys.readouterr().out
