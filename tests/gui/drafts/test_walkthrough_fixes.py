"""What the Xvfb walkthrough of a PDF import found (issue #10 item 5, #15): the structure review names
the new document and version from the draft itself, the file dialog opens in the drafts folder, the
mapping does not repeat a heading that is the label, the review names paragraphs with their article,
and an article whose paragraphs changed says so."""

from __future__ import annotations

from pathlib import Path

from briefing_app.domain.enums import ProvisionKind
from briefing_app.domain.models import Concern, Document, Provision
from briefing_app.drafts.importer import apply_import, plan_import
from briefing_app.drafts.parse import parse_text
from briefing_app.drafts.review import review_items
from briefing_app.store import queries, ui_queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.detail_html import provision_cards
from tests.drafts.test_brackets_carry import REV1, REV2
from tests.drafts.test_structure import CONVENTION


def _two_versions(ws: Workspace) -> tuple[dict[str, Provision], dict[str, Provision]]:
    document = ws.insert(Document(title="Points of contact"))
    first = apply_import(ws, plan_import(ws, parse_text(REV1), document=document, label="Rev.1")).version
    old = {ui_queries.full_label(ws, p): p for p in queries.provisions_of(ws, first.id)}
    concern = ws.insert(Concern(title="Shall is too strong"))
    ws.link("concern_provisions", concern.id, old["Article 1(2)"].id)
    second = apply_import(ws, plan_import(ws, parse_text(REV2), document=document, label="Rev.2")).version
    return old, {ui_queries.full_label(ws, p): p for p in queries.provisions_of(ws, second.id)}


def test_full_labels_name_paragraphs_items_and_options_with_their_article(workspace: Workspace) -> None:
    document = workspace.insert(Document(title="Fraud"))
    version = apply_import(workspace, plan_import(workspace, parse_text(CONVENTION), document=document,
                                                  label="Rev.1")).version
    labels = [ui_queries.full_label(workspace, p) for p in queries.provisions_of(workspace, version.id)]
    for expected in ("Article 2(b)(ii)", "Article 3 bis(2)", "Article 4, Option 2", "Article 5(1)(b)", "Article 5(2)",
                     "Annex I(1)"):
        assert expected in labels


def test_review_names_a_paragraph_with_its_article(workspace: Workspace) -> None:
    _old, new = _two_versions(workspace)
    version_id = new["Article 1"].version_id
    [item] = review_items(workspace, version_id)
    assert (item.old_label, item.new_label) == ("Article 1(2)", "Article 1(2)")


def test_an_article_whose_paragraphs_changed_says_so(workspace: Workspace) -> None:
    _old, new = _two_versions(workspace)
    assert "Changed since Rev.1" in provision_cards(workspace, new["Article 1"])[0].html
    assert "Changed since" not in provision_cards(workspace, new["Article 2"])[0].html


def test_structure_review_suggests_the_drafts_own_title_and_symbol(qtbot, workspace: Workspace) -> None:
    from briefing_app.ui.drafts.import_dialogs import StructureDialog

    parsed = parse_text("A/AC.999/7 Draft convention on cooperation against fraud\n\nThe States Parties to this "
                        "Convention,\nHave agreed as follows:\n\nArticle 1. Purpose\nText.\n", symbol="A/AC.999/7")
    dialog = StructureDialog(None, workspace, parsed, "A_AC.999_7.pdf")
    qtbot.addWidget(dialog)
    assert dialog.new_title.text() == "Draft convention on cooperation against fraud"
    assert dialog.label_edit.text() == "A/AC.999/7" and dialog.next_button.isEnabled()
    plain = StructureDialog(None, workspace, parse_text("Article 1. Purpose\nText.\n"), "rev3.txt")
    qtbot.addWidget(plain)
    assert (plain.new_title.text(), plain.label_edit.text()) == ("rev3", "")


def test_mapping_names_a_heading_once(workspace: Workspace) -> None:
    from briefing_app.ui.drafts.import_dialogs import _name

    final = Provision(version_id="v", kind=ProvisionKind.SECTION, number="", heading="FINAL CLAUSES")
    article = Provision(version_id="v", kind=ProvisionKind.ARTICLE, number="6", heading="Signature")
    assert (_name(final), _name(article)) == ("FINAL CLAUSES", "Article 6. Signature")


def test_compare_redline_names_a_heading_once() -> None:
    from briefing_app.drafts.compare import ChangeKind, ProvisionChange
    from briefing_app.ui.drafts.compare_view import change_html

    preamble = Provision(version_id="v", kind=ProvisionKind.PREAMBLE, number="", heading="Preamble", text="Recitals.")
    article = Provision(version_id="v", kind=ProvisionKind.ARTICLE, number="6", heading="Signature", text="Open.")
    shown = [change_html(ProvisionChange(ChangeKind.ADDED, None, p, 1.0)) for p in (preamble, article)]
    assert shown[0].startswith("<h3>Preamble</h3>") and "Preamble. Preamble" not in shown[0]
    assert shown[1].startswith("<h3>Article 6. Signature</h3>")


def test_import_file_dialog_opens_in_the_drafts_folder_and_offers_xml(qtbot, monkeypatch, tmp_path: Path) -> None:
    from briefing_app.ui import drafts as ui_drafts
    from briefing_app.ui.file_dialogs import FileDialogs

    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(FileDialogs, "ask_open", classmethod(
        lambda cls, parent, kind, title, filters: asked.append((kind, filters))))
    assert ui_drafts.DraftFileChooser.ask(None) == ""
    assert asked[0][0] == ui_drafts.DRAFT_FILES and "*.xml" in asked[0][1] and "*.pdf" in asked[0][1]


def test_compare_and_review_say_what_the_new_draft_settled(workspace: Workspace) -> None:
    from briefing_app.drafts.compare import changes_between
    from briefing_app.ui.drafts.compare_view import change_html, statuses_html
    from briefing_app.ui.drafts.review_view import item_html

    old, new = _two_versions(workspace)
    change = next(c for c in changes_between(workspace, old["Article 1"].version_id, new["Article 1"].version_id)
                  if c.new is not None and c.new.number == "1")
    html = change_html(change, statuses=statuses_html(workspace, change))
    assert "Article 1(2): bracketed (not agreed) → no status" in html
    [item] = review_items(workspace, new["Article 1"].version_id)
    assert "(Article 1(2) → Article 1(2))" in item_html(workspace, item) and "para. 2" not in item_html(workspace, item)


def test_status_bar_counts_say_one_amendment_not_one_amendments(qtbot, workspace: Workspace) -> None:
    from briefing_app.ui.main_window import MainWindow

    old, _new = _two_versions(workspace)
    window = MainWindow(workspace, features=())
    qtbot.addWidget(window)
    window.status_line.show_counts(workspace.path, workspace.counts())
    text = window.counts_label.text()
    assert "1 concern ·" in text and "0 delegations" in text and f"{workspace.counts()['provisions']} provisions" in text


def test_version_choices_name_the_date_without_doubled_brackets() -> None:
    from briefing_app.ui.drafts.compare_view import version_choice

    assert version_choice("Zero draft (2023)", "2023-06") == "Zero draft (2023) · 2023-06"
    assert version_choice("Rev.3", "") == "Rev.3"


def test_akn_export_suggests_a_file_name_in_the_packs_scheme() -> None:
    from briefing_app.domain.models import Document, Version
    from briefing_app.ui.drafts.export import akn_file_name

    document = Document(title="United Nations Convention against Cybercrime", short_title="UN Cybercrime Convention")
    version = Version(document_id=document.id, label="Adopted text (2024)", seq=2)
    assert akn_file_name(document, version) == "un-cybercrime-convention-adopted-text-2024.xml"
    assert akn_file_name(None, Version(document_id="d", label="A/AC.291/22/Rev.3", seq=1)) == "a-ac-291-22-rev-3.xml"
