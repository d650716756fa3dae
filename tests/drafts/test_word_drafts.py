"""Word drafts as negotiators send them (raw OOXML built in tests/drafts/word_files.py): every word Word
shows is read, in order, and nothing it does not show; tracked changes are read as accepted and said so."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.domain.enums import ProvisionStatus
from briefing_app.drafts.text_input import load_draft
from briefing_app.store.workspace import Workspace
from tests.drafts.test_structure import _node, _outline
from tests.drafts.word_files import delete, footnote, ins, p, r, table, write_docx
from tests.helpers import logical_dump

pytest.importorskip("docx")

BODY = "".join([
    p(r("The States Parties to this Convention,")),
    p(r("Have agreed as follows:")),
    p(r("Scope of application"), level=0),
    p(r("This Convention applies to "), ins("the prevention of "), delete("all "), r("offences."), level=1),
    p(r("It applies "), '<w:commentRangeStart w:id="0"/>', r("in time of peace"), '<w:commentRangeEnd w:id="0"/>',
      '<w:r><w:commentReference w:id="0"/></w:r>', r(" and of armed conflict."), level=1),
    p(r("Use of terms"), level=0),
    p(r("For the purposes of this Convention, as article "),
      '<w:fldSimple w:instr=" REF art_scope \\r "><w:r><w:t>1</w:t></w:r></w:fldSimple>', r(" says:"), level=1),
    p(r("“Serious harm” means harm to a person’s life or safety;"), footnote(5), level=2),
    p(r("“System” means any device"), '<w:hyperlink w:anchor="annex">', r(" listed in the annex"), "</w:hyperlink>",
      r(";"), level=2),
    p(r("Illegal access"), level=0),
    p(r("[Each State Party shall criminalize access "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
      '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("without right"),
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>', r(".]"), footnote(2), level=1),
    p(r("Option 1: Intent is required."), level=None),
    p(r("Option 2: Intent and harm are required."), level=None),
    '<w:sdt><w:sdtContent>', p(r("Article 4"), "<w:r><w:br/></w:r>", r("Signature and entry into force")), '</w:sdtContent></w:sdt>',
    table(("1. This Convention shall be open for signature.", "[Agreed ad referendum]")),
    p('<w:moveFrom w:id="92" w:author="Chair" w:date="2026-03-01T10:00:00Z">', r("MOVED-AWAY "), "</w:moveFrom>",
      r("2. It shall enter into force "),
      '<w:moveTo w:id="93" w:author="Chair" w:date="2026-03-01T10:00:00Z">', r("ninety days after"), "</w:moveTo>",
      r(" the thirtieth ratification.")),
])


def test_a_word_draft_reads_every_word_word_shows_and_none_it_hides(tmp_path: Path) -> None:
    parsed = load_draft(write_docx(tmp_path / "rev2.docx", BODY))
    assert _outline(parsed) == [
        (0, "preamble", "", ""),
        (0, "article", "1", "Scope of application"),
        (1, "paragraph", "1", ""),
        (1, "paragraph", "2", ""),
        (0, "article", "2", "Use of terms"),
        (1, "paragraph", "1", ""),
        (2, "paragraph", "1(a)", ""),
        (2, "paragraph", "1(b)", ""),
        (0, "article", "3", "Illegal access"),
        (1, "paragraph", "1", ""),
        (2, "option", "Option 1", ""),
        (2, "option", "Option 2", ""),
        (0, "article", "4", "Signature and entry into force"),
        (1, "paragraph", "1", ""),
        (1, "paragraph", "2", ""),
    ]
    article_1 = parsed.nodes[1]
    assert article_1.children[0].text == "This Convention applies to the prevention of offences."
    assert article_1.children[1].text == "It applies in time of peace and of armed conflict."
    assert _node(parsed, "Article 2").children[0].text == "For the purposes of this Convention, as article 1 says:"
    serious = _node(parsed, "para. 1(a)")
    assert serious.text == "“Serious harm” means harm to a person’s life or safety;"
    assert serious.footnotes == ("1 See the chair’s note of 3 March.",)
    assert _node(parsed, "para. 1(b)").text == "“System” means any device listed in the annex;"
    access = _node(parsed, "Article 3").children[0]
    assert access.text == "[Each State Party shall criminalize access without right.]"
    assert access.status is ProvisionStatus.BRACKETED
    assert access.footnotes == ("2 Proposed by one delegation; others prefer “serious harm”.",)
    final = _node(parsed, "Article 4")
    assert final.children[0].status is ProvisionStatus.AGREED_AD_REFERENDUM
    assert final.children[1].text == "It shall enter into force ninety days after the thirtieth ratification."
    words = " ".join(f"{n.heading} {n.text} {' '.join(n.footnotes)}" for _d, n in parsed.walk())
    for hidden in ("all offences", "SECRET-COMMENT", "PAGE", "MOVED-AWAY", "REF"):
        assert hidden not in words
    assert parsed.unplaced[0].text == "tracked changes: 2 insertions, 2 deletions"
    assert "accepted" in parsed.unplaced[0].reason


def test_a_word_draft_without_tracked_changes_says_nothing_about_them(tmp_path: Path) -> None:
    parsed = load_draft(write_docx(tmp_path / "clean.docx", p(r("Article 1 – Scope")) + p(r("Text."))))
    assert parsed.unplaced == ()
    assert parsed.nodes[0].text == "Text."


def test_cli_dry_run_of_a_word_draft_shows_its_tree_and_saves_nothing(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = write_docx(tmp_path / "rev2.docx", BODY)
    db = tmp_path / "w.sqlite"
    Workspace.open(db).close()
    with Workspace.open(db) as ws:
        before = logical_dump(ws.conn)
    code = main(["draft", "import", str(path), "--new-document", "Draft convention", "--label", "Rev.2",
                 "--dry-run", "--db", str(db)])
    out = capsys.readouterr().out
    assert code == 0
    assert "a preamble, 4 articles, 0 chapters, 8 paragraphs, 2 options, 2 with a status" in out
    assert "tracked changes: 2 insertions, 2 deletions" in out
    with Workspace.open(db) as ws:
        assert logical_dump(ws.conn) == before


def test_hidden_text_is_left_out_and_a_list_that_starts_at_12_numbers_from_12(tmp_path: Path) -> None:
    body = (p(r("Jurisdiction"), level=0, numbering_id=2)
            + p(r("Each State Party shall establish jurisdiction"),
                '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> HIDDEN-NOTE</w:t></w:r>', r("."),
                level=1, numbering_id=2)
            + p(r("Extradition"), level=0, numbering_id=2))
    parsed = load_draft(write_docx(tmp_path / "second-part.docx", body))
    assert _outline(parsed) == [(0, "article", "12", "Jurisdiction"), (1, "paragraph", "1", ""),
                                (0, "article", "13", "Extradition")]
    assert parsed.nodes[0].children[0].text == "Each State Party shall establish jurisdiction."
