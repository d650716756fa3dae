"""Square brackets, options, statuses and footnotes in the tree and the provision view."""

from __future__ import annotations

import re

import pytest

from briefing_app.domain.enums import ProvisionStatus
from briefing_app.domain.models import Amendment, Document
from briefing_app.drafts.importer import apply_import, plan_import
from briefing_app.drafts.parse import parse_text
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.detail_html import provision_cards
from briefing_app.ui.provision_model import tree_label
from briefing_app.ui.rich import ALTERNATIVE_TINT, BRACKET_TINT, negotiating_html
from tests.drafts.test_structure import CONVENTION


def _provisions(ws: Workspace) -> dict[str, object]:
    document = ws.insert(Document(title="Fraud"))
    version = apply_import(ws, plan_import(ws, parse_text(CONVENTION), document=document, label="Rev.1")).version
    return {p.label: p for p in queries.provisions_of(ws, version.id)}


def test_tree_shows_the_status_and_options(workspace: Workspace) -> None:
    found = _provisions(workspace)
    assert tree_label(found["Article 1"]) == "Article 1 — Purpose · ad ref"
    assert tree_label(found["Option 2"]).startswith("Option 2: No obligation")
    assert tree_label(found["Article 6"]) == "Article 6 — Signature"


def test_provision_view_keeps_brackets_legible_with_status_options_and_footnotes(workspace: Workspace) -> None:
    found = _provisions(workspace)
    html = provision_cards(workspace, found["Article 3 bis"])[0].html
    assert (f'<span style="background-color:{BRACKET_TINT};"><b>[</b>Each State Party '
            f'<span style="background-color:{ALTERNATIVE_TINT};"><b>[</b>may<b>]</b></span>') in html
    assert ProvisionStatus.BRACKETED.label in html
    options = provision_cards(workspace, found["Article 4"])[0].html
    assert "<b>Option 1</b>" in options and "<b>Option 2</b>" in options and "pending" in options
    item_c = provision_cards(workspace, found["Article 2"])[0].html
    assert "Footnotes" in item_c and "The definition follows earlier instruments." in item_c


def test_alternatives_are_shown_apart_with_or_between() -> None:
    for text in ("States [may][shall] act", "States [may]/[shall] act", "States [may / shall] act"):
        html = negotiating_html(text)
        chips = re.findall(rf'<span style="background-color:{ALTERNATIVE_TINT};"><b>\[</b>(.*?)<b>\]</b></span>', html)
        assert chips == ["may", "shall"], text
        assert html.count("or&nbsp;") == 1 and html.startswith("States ") and html.endswith(" act")
    lone = negotiating_html("[Each State Party] [shall act]")
    assert "or&nbsp;" not in lone and lone.count(BRACKET_TINT) == 2
    nested = negotiating_html("[Each State Party [may][shall] ensure it.]")
    assert nested.count("or&nbsp;") == 1 and nested.endswith("ensure it.<b>]</b></span>")


def test_markup_inside_brackets_stays_text() -> None:
    assert negotiating_html("[<b>x</b>]") == (f'<span style="background-color:{BRACKET_TINT};"><b>[</b>'
                                              "&lt;b&gt;x&lt;/b&gt;<b>]</b></span>")


def test_user_sets_a_status_in_one_undo_step(qtbot, monkeypatch, workspace: Workspace) -> None:
    from briefing_app.domain.models import Provision
    from briefing_app.ui import drafts as drafts_feature
    from briefing_app.ui.drafts.status import StatusChooser
    from briefing_app.ui.main_window import MainWindow

    found = _provisions(workspace)
    window = MainWindow(workspace, features=(drafts_feature.install,))
    qtbot.addWidget(window)
    window.select_provision(found["Article 6"].id)
    monkeypatch.setattr(StatusChooser, "ask", classmethod(lambda cls, parent, p: ProvisionStatus.PENDING))
    window.registry.action("drafts.set_status").trigger()
    assert workspace.require(Provision, found["Article 6"].id).status is ProvisionStatus.PENDING
    window.undo_stack.undo()
    assert workspace.require(Provision, found["Article 6"].id).status is ProvisionStatus.UNMARKED
    window.undo_stack.redo()
    assert workspace.require(Provision, found["Article 6"].id).status is ProvisionStatus.PENDING
    assert window.undo_stack.count() == 1


def test_gui_exports_the_selected_version_as_valid_akn(qtbot, monkeypatch, workspace: Workspace, tmp_path,
                                                       akn_schema) -> None:
    from lxml import etree

    from briefing_app.drafts.akn import AknOptions
    from briefing_app.ui import drafts as drafts_feature
    from briefing_app.ui.drafts.export import AknExportDialog, AknFileChooser
    from briefing_app.ui.main_window import MainWindow

    found = _provisions(workspace)
    workspace.insert(Amendment(provision_id=found["Article 6"].id, title="Open to all", target_text="all States",
                               proposed_text="all States and regional organizations"))
    window = MainWindow(workspace, features=(drafts_feature.install,))
    qtbot.addWidget(window)
    window.select_provision(found["Article 6"].id)
    target = tmp_path / "out" / "rev1.xml"
    monkeypatch.setattr(AknFileChooser, "ask", classmethod(lambda cls, parent, suggested: str(target)))
    offered: list[AknOptions] = []

    def choose(cls, parent, last: AknOptions, amendments: bool) -> AknOptions:
        offered.append(last)
        return AknOptions(with_amendments=amendments)

    for amendments in (False, True):
        monkeypatch.setattr(AknExportDialog, "ask", classmethod(
            lambda cls, parent, last, amendments=amendments: choose(cls, parent, last, amendments)))
        window.statusBar().clearMessage()
        window.registry.action("drafts.export_akn").trigger()
        qtbot.waitUntil(lambda: "Exported to" in window.statusBar().currentMessage(), timeout=10000)
        tree = etree.parse(str(target))
        assert akn_schema.validate(tree)
        ins = tree.findall(".//{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}ins")
        assert ("with 1 amendment attached" in window.statusBar().currentMessage()) is amendments
        assert [i.text for i in ins] == ([" and regional organizations"] if amendments else [])
    assert [p.name for p in target.parent.iterdir()] == ["rev1.xml"]
    assert offered[1] == AknOptions(with_amendments=False) and offered[0] == AknOptions()


def test_akn_export_dialog_offers_concerns_and_amendments_as_check_boxes(qtbot) -> None:
    from briefing_app.drafts.akn import AknOptions
    from briefing_app.ui.drafts.export import AknExportDialog

    dialog = AknExportDialog(None, concerns=True, amendments=False)
    qtbot.addWidget(dialog)
    assert dialog.options() == AknOptions(with_concerns=True)
    dialog.amendments.setChecked(True)
    dialog.concerns.setChecked(False)
    assert dialog.options() == AknOptions(with_amendments=True)
    assert "&amendments" in dialog.amendments.text() and "&concerns" in dialog.concerns.text()


def test_akn_export_remembers_the_last_choice(qtbot, monkeypatch, workspace: Workspace, tmp_path) -> None:
    from briefing_app.drafts.akn import AknOptions
    from briefing_app.ui import drafts as drafts_feature
    from briefing_app.ui.drafts.export import AknExportDialog, AknFileChooser
    from briefing_app.ui.main_window import MainWindow

    found = _provisions(workspace)
    window = MainWindow(workspace, features=(drafts_feature.install,))
    qtbot.addWidget(window)
    window.select_provision(found["Article 6"].id)
    monkeypatch.setattr(AknFileChooser, "ask", classmethod(lambda cls, parent, suggested: str(tmp_path / "a.xml")))
    seen: list[AknOptions] = []
    answers = iter([AknOptions(with_concerns=True, with_amendments=True), None])
    monkeypatch.setattr(AknExportDialog, "ask", classmethod(lambda cls, parent, last: (seen.append(last),
                                                                                        next(answers))[1]))
    window.registry.action("drafts.export_akn").trigger()
    qtbot.waitUntil((tmp_path / "a.xml").exists, timeout=10000)
    (tmp_path / "a.xml").unlink()
    window.registry.action("drafts.export_akn").trigger()
    assert seen == [AknOptions(), AknOptions(with_concerns=True, with_amendments=True)]
    assert not (tmp_path / "a.xml").exists()


def test_structure_review_shows_statuses_and_footnotes(qtbot, workspace: Workspace) -> None:
    from briefing_app.ui.drafts.import_dialogs import StructureDialog

    dialog = StructureDialog(None, workspace, parse_text(CONVENTION), "rev1.pdf")
    qtbot.addWidget(dialog)
    items = {}
    stack = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        items[item.text(0)] = item
        stack.extend(item.child(i) for i in range(item.childCount()))
    assert items["Article 1"].text(2) == "ad ref"
    assert items["Article 4"].text(2) == "pending"
    assert items["para. (c)"].text(3).endswith("[1 footnote(s)]")


def test_akn_save_dialog_opens_in_the_akn_folder_with_the_version_name(qtbot, monkeypatch, workspace: Workspace,
                                                                       tmp_path) -> None:
    from briefing_app.ui import drafts as drafts_feature
    from briefing_app.ui.drafts.export import AKN_FILES, AknExportDialog
    from briefing_app.ui.file_dialogs import FileDialogs
    from briefing_app.ui.main_window import MainWindow

    found = _provisions(workspace)
    window = MainWindow(workspace, features=(drafts_feature.install,))
    qtbot.addWidget(window)
    window.select_provision(found["Article 6"].id)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(FileDialogs, "ask_save", classmethod(
        lambda cls, parent, kind, title, name, filters: asked.append((kind, name))))
    monkeypatch.setattr(AknExportDialog, "ask", classmethod(lambda cls, parent, last: pytest.fail("asked")))
    window.registry.action("drafts.export_akn").trigger()
    assert asked == [(AKN_FILES, "fraud-rev-1.xml")]
