"""Render the main views of the demo workspace to docs/screenshots/*.png (offscreen, fixed font).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from briefing_app.workarounds import install_workarounds  # noqa: E402

install_workarounds()  # before Qt is imported, as the app does

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QColor, QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from briefing_app.demo import install_demo  # noqa: E402
from briefing_app.domain.enums import ProvisionKind  # noqa: E402
from briefing_app.domain.models import Provision  # noqa: E402
from briefing_app.store import queries  # noqa: E402
from briefing_app.store.workspace import Workspace  # noqa: E402
from briefing_app.ui.features import DEFAULT_FEATURES  # noqa: E402
from briefing_app.ui.i18n import install_translations  # noqa: E402
from briefing_app.ui.main_window import MainWindow  # noqa: E402

SIZE = (1440, 880)


def article(ws: Workspace, heading: str) -> Provision:
    """The latest version's article with this heading."""
    document = queries.documents(ws)[0]
    version = queries.latest_version(ws, document.id)
    assert version is not None
    return next(p for p in queries.provisions_of(ws, version.id)
                if p.kind is ProvisionKind.ARTICLE and p.heading == heading)


def save(widget: QWidget, out: Path, name: str) -> None:
    for _ in range(4):  # cards wrap their text over a few layout passes
        QApplication.processEvents()
    if isinstance(widget, MainWindow) and widget.workspace is not None:  # not this run's random temp folder
        folder = str(widget.workspace.path.parent)
        widget.path_label.setText(widget.path_label.text().replace(folder, "~/Documents/Briefing Desk"))
    widget.grab().save(str(out / name))
    print(out / name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    install_translations(app)
    font, style = app.font(), app.style().name()
    app.setStyle("Fusion")
    app.setFont(QFont("DejaVu Sans", 10))
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        ws = Workspace.open(Path(tmp) / "demo.sqlite")
        install_demo(ws)
        main_views(ws, args.out)
        in_french(ws, args.out, Path(tmp))
        floor_mode(ws, args.out)
        after_adoption(ws, args.out)
        ws.close()
        coalition_exchange(Path(tmp), args.out)
        negotiating_text(Path(tmp), args.out)
        next_draft(Path(tmp), args.out)
        locked(Path(tmp), args.out)
        empty = Workspace.open(Path(tmp) / "empty.sqlite")
        welcome = MainWindow(empty, features=DEFAULT_FEATURES)
        welcome.resize(*SIZE)
        welcome.show()
        save(welcome, args.out, "empty-workspace.png")
        welcome.close()
        empty.close()
    app.setStyle(style)
    app.setFont(font)
    return 0


def locked(folder: Path, out: Path) -> None:
    """An encrypted demo workspace after File → Lock now (issue #13): nothing of it shows."""
    from briefing_app.store import cipher

    ws = Workspace.open(folder / "locked.sqlite", key=cipher.new_key("screenshot"))
    install_demo(ws)
    window = MainWindow(ws, features=DEFAULT_FEATURES)
    window.resize(*SIZE)
    window.show()
    window.registry.action("protect.lock").trigger()
    save(window, out, "locked.png")
    window.close()
    ws.close()


def in_french(ws: Workspace, out: Path, folder: Path) -> None:
    """Article 30 with the interface in French (issue #14): View → Language → Français."""
    from briefing_app.domain.models import Delegation
    from briefing_app.ui.i18n import remove_translations
    from briefing_app.ui.status import StatusController

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, "fr", cache=folder / "i18n")
    try:
        window = MainWindow(ws, features=DEFAULT_FEATURES)
        window.resize(*SIZE)
        window.show()
        window.select_provision(article(ws, "Interception of content data").id)
        window.panel.tabs.setCurrentIndex(0)
        save(window, out, "interface-fr.png")
        window.registry.show_page("status")  # Treaty status: stages, steps and a reservation in French
        status_page = window.features.get(StatusController).status_page
        status_page.select_delegation(next(d.id for d in ws.find(Delegation) if d.iso_code == "RU"))
        save(window, out, "treaty-status-fr.png")
        window.close()
    finally:
        remove_translations(app)


def main_views(ws: Workspace, out: Path) -> None:
    """The window's own views on the demo workspace, and the search dialog."""
    window = MainWindow(ws, features=DEFAULT_FEATURES)
    window.resize(*SIZE)
    window.show()
    window.select_provision(article(ws, "Interception of content data").id)
    window.panel.tabs.setCurrentIndex(0)
    save(window, out, "main-concerns.png")
    window.select_provision(article(ws, "Respect for human rights").id)
    window.panel.tabs.setCurrentIndex(1)
    save(window, out, "amendments-redline.png")
    window.show_page("matrix")
    window.matrix_page.amendments_box.setChecked(True)
    save(window, out, "position-matrix.png")
    window.show_page("delegations")
    page = window.delegations_page
    noted = [r for r in range(page.proxy.rowCount())
             if "⚠ INTERNAL" in _detail_after_select(page, r)]
    page.select_row(noted[0] if noted else 0)
    save(window, out, "delegations.png")
    window.show_page("evidence")
    save(window, out, "sources-and-cases.png")
    window.show_page("provisions")
    window.open_search()
    window.search_dialog.query_edit.setText("interception")
    window.search_dialog.run_search()
    save(window.search_dialog, out, "search.png")
    window.search_dialog.hide()
    window.close()

def after_adoption(ws: Workspace, out: Path) -> None:
    """Treaty status (Russia selected: an illustrative ratification and reservation), Nigeria's
    Cybercrimes Act, and the uptake report between the demo's two versions."""
    from briefing_app.domain.models import Delegation
    from briefing_app.ui import status

    window = MainWindow(ws, features=DEFAULT_FEATURES)
    window.resize(*SIZE)
    window.show()
    controller = window.features.get(status.StatusController)
    by_code = {d.iso_code: d.id for d in ws.find(Delegation) if d.iso_code}
    window.registry.show_page("status")
    controller.status_page.select_delegation(by_code["RU"])
    save(window, out, "treaty-status.png")
    window.registry.show_page("national")
    controller.national.page.select_state(by_code["NG"])
    save(window, out, "national-implementation.png")
    window.registry.show_page("uptake")
    save(window, out, "uptake.png")
    window.close()


NEGOTIATING_TEXT = """\
A/AC.999/7 Draft text of the chair (illustrative, written for this screenshot)

The States Parties to this Convention,
Have agreed as follows:

CHAPTER III
INTERNATIONAL COOPERATION

Article 35 – 24/7 Network [Agreed ad referendum]
1. Each State Party shall designate a point of contact available at all times.[^1]
2. [Each State Party [may][shall] ensure that the point of contact can act quickly.]

Article 36
Retention of data
[Pending]
Option 1: Each State Party shall require service providers to keep traffic data for [six][twelve] months.
Option 2: Nothing in this Convention requires the retention of data.

IN WITNESS WHEREOF, the undersigned have signed this Convention.

[^1]: The network builds on existing arrangements between law enforcement authorities.
"""


def negotiating_text(folder: Path, out: Path) -> None:
    """An illustrative negotiating text with brackets, options, statuses and a footnote: the import's
    structure review, then the provision view."""
    from briefing_app.domain.models import Document
    from briefing_app.drafts.importer import apply_import, plan_import
    from briefing_app.drafts.parse import parse_text
    from briefing_app.ui.drafts.import_dialogs import StructureDialog

    ws = Workspace.open(folder / "negotiation.sqlite")
    parsed = parse_text(NEGOTIATING_TEXT)
    document = ws.insert(Document(title="Draft convention (illustrative)", short_title="Illustrative draft"))
    dialog = StructureDialog(None, ws, parsed, "A_AC.999_7.pdf", document.id)
    dialog.resize(900, 620)
    dialog.label_edit.setText("Chair's text")  # as the user types it: Next is then offered
    dialog.show()
    save(dialog, out, "import-structure.png")
    dialog.close()
    version = apply_import(ws, plan_import(ws, parsed, document=document, label="Chair's text")).version
    window = MainWindow(ws, features=DEFAULT_FEATURES)
    window.resize(*SIZE)
    window.show()
    article = next(p for p in queries.provisions_of(ws, version.id) if p.label == "Article 36")
    window.select_provision(article.id)
    window.navigator.tree.expandAll()
    window.statusBar().clearMessage()  # not the temporary folder's path
    save(window, out, "negotiating-text.png")
    window.close()
    ws.close()


def next_draft(folder: Path, out: Path) -> None:
    """The chair's revised text settles Article 35(2) ([may][shall] → shall) and Article 36's options:
    Compare versions on Article 35, the review of what was carried, and the Akoma Ntoso export's
    choices drawn over the window as the user sees them."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    from briefing_app.domain.models import Amendment, Concern, Document
    from briefing_app.drafts.importer import apply_import, plan_import
    from briefing_app.drafts.parse import parse_text
    from briefing_app.ui import drafts
    from briefing_app.ui.drafts.export import AknExportDialog

    ws = Workspace.open(folder / "next-draft.sqlite")
    document = ws.insert(Document(title="Draft convention (illustrative)", short_title="Illustrative draft"))
    first = apply_import(ws, plan_import(ws, parse_text(NEGOTIATING_TEXT), document=document,
                                         label="Chair's text", date="2026-02-02")).version
    paragraph = next(p for p in queries.provisions_of(ws, first.id) if p.number == "2" and p.parent_id)
    concern = ws.insert(Concern(title="A duty to act 'quickly' skips the requested State's safeguards"))
    ws.link("concern_provisions", concern.id, paragraph.id)
    ws.insert(Amendment(provision_id=paragraph.id, title="Keep 'may'", target_text="[may][shall]", proposed_text="may",
                        rationale="Speed must not override the checks a request needs."))
    revised = NEGOTIATING_TEXT.replace("2. [Each State Party [may][shall] ensure", "2. Each State Party shall ensure").replace(
        "ensure that the point of contact can act quickly.]", "ensure that the point of contact can act quickly.").replace(
        "Option 1: Each State Party shall require service providers to keep traffic data for [six][twelve] months.\n"
        "Option 2: Nothing in this Convention requires the retention of data.",
        "Each State Party may require service providers to keep traffic data for [six][twelve] months.")
    second = apply_import(ws, plan_import(ws, parse_text(revised), document=document, label="Chair's text, Rev.1",
                                          date="2026-03-09")).version
    window = MainWindow(ws, features=DEFAULT_FEATURES)
    window.resize(*SIZE)
    window.show()
    article = next(p for p in queries.provisions_of(ws, second.id) if p.label == "Article 35")
    window.select_provision(article.id)
    window.statusBar().clearMessage()  # not the temporary folder's path
    controller = window.features.get(drafts.DraftsController)
    controller.show_compare()
    assert controller.compare is not None
    controller.compare.resize(1100, 640)
    save(controller.compare, out, "draft-compare.png")
    controller.compare.close()
    controller.show_review(second.id)
    assert controller.review is not None
    controller.review.resize(1100, 640)
    save(controller.review, out, "draft-review.png")
    controller.review.close()
    dialog = AknExportDialog(window, concerns=False, amendments=True)
    dialog.show()
    for _ in range(4):
        QApplication.processEvents()
    picture = window.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 60))
    shown = dialog.grab()
    painter.drawPixmap(QPoint((picture.width() - shown.width()) // 2, (picture.height() - shown.height()) // 3), shown)
    painter.end()
    picture.save(str(out / "akn-export.png"))
    print(out / "akn-export.png")
    dialog.close()
    window.close()
    ws.close()


def floor_mode(ws: Workspace, out: Path) -> None:
    """Floor mode on the demo's 11th meeting (Article 6(2)) with a few lines typed, and the matrix
    filtered to that meeting."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from briefing_app.domain.models import Meeting
    from briefing_app.ui.meetings import MeetingsController

    window = MainWindow(ws, features=DEFAULT_FEATURES)
    window.resize(*SIZE)
    window.show()
    floor = window.features.get(MeetingsController).start_floor()
    assert floor is not None
    floor.open_meeting(next(m for m in ws.find(Meeting) if m.number == 11))
    floor.resize(1280, 760)
    for line in ("NZ 6.2 opp #2 keeps the list of rights", "CH 6.2 sup as drafted", "KE 6.2 ? asks whether #3 narrows it"):
        QTest.keyClicks(floor.line, line)
        QTest.keyClick(floor.line, Qt.Key.Key_Return)
    QApplication.processEvents()
    QTest.keyClicks(floor.line, "EG 6.2 prop insert 'and duties' after 'association'")
    floor._after_pause()  # what the typing pause would show: the preview and Egypt's earlier entries
    save(floor, out, "floor-mode.png")
    floor.close()
    window.show_page("matrix")
    page = window.matrix_page
    page.meeting_filter.setCurrentIndex(page.meeting_filter.findText("From: 11th meeting (2024-08)"))
    model = page.model
    row = [d.name for d in model.delegations].index("Malaysia")
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("6")
    page.table.setCurrentIndex(model.index(row, column))
    save(window, out, "matrix-from-meeting.png")
    window.close()


PARTNER = "Rights Partner Network (illustrative)"  # a fictional partner; its edits are ours, written for this


def coalition_exchange(folder: Path, out: Path) -> None:
    """A partner (another workspace, its own keys) got our bundle, changed one of our concerns and an
    amendment, removed a case, and wrote its signed bundle into the shared coalition folder: the
    folder's offer, the import preview with its signature verdict, the partner keys and the
    proposals waiting after the import."""
    previous_home = os.environ.get("BRIEFING_HOME")
    os.environ["BRIEFING_HOME"] = str(folder / "data")  # the import's backup and private copy stay in tmp
    try:
        _coalition_exchange(folder, out)
    finally:
        if previous_home is None:
            del os.environ["BRIEFING_HOME"]
        else:
            os.environ["BRIEFING_HOME"] = previous_home


def _partner_proposes(folder: Path, ours_keys: object, partner_keys: object) -> tuple[Workspace, Path]:
    """Our demo workspace with the partner's key trusted, and the coalition folder holding the
    partner's signed bundle of its changes to our rows."""
    from briefing_app.bundles import coalition, keyring
    from briefing_app.bundles.apply import import_bundle
    from briefing_app.bundles.export import ORGANIZATION_KEY, export_bundle
    from briefing_app.bundles.keystore import KeyStore
    from briefing_app.domain.models import Amendment, Case, Concern

    assert isinstance(ours_keys, KeyStore) and isinstance(partner_keys, KeyStore)
    shared = folder / "coalition"
    shared.mkdir()
    ours = Workspace.open(folder / "ours.sqlite")
    install_demo(ours)
    ours.set_meta(ORGANIZATION_KEY, "Our NGO (illustrative)")
    with Workspace.open(folder / "partner.sqlite") as partner:
        import_bundle(partner, export_bundle(ours, folder / "ours.briefing", keys=ours_keys).path, keys=partner_keys)
        concern = next(c for c in partner.find(Concern) if c.title.startswith("Serious-crime threshold"))
        partner.update(replace(concern, title="Serious-crime threshold opens cross-border evidence sharing to "
                                              "offences that punish speech"))
        amendment = sorted(partner.find(Amendment), key=lambda a: a.title)[0]
        partner.update(replace(amendment, proposed_text=amendment.proposed_text + " and subject to prior "
                                                                                   "judicial authorisation"))
        partner.delete(Case, sorted(partner.find(Case), key=lambda c: c.title)[0].id)
        partner.set_meta(ORGANIZATION_KEY, PARTNER)
        coalition.set_folder(partner, shared)
        coalition.publish(partner, keys=partner_keys)
    key_file = folder / f"partner{keyring.KEY_FILE_SUFFIX}"
    key_file.write_text(keyring.key_file_text(PARTNER, partner_keys.public()), encoding="utf-8")
    keyring.add_key_file(ours, key_file)
    keyring.trust_fingerprint(ours, "Treaty Watch (illustrative)", KeyStore(folder / "keys-third").public().fingerprint)
    coalition.set_folder(ours, shared)
    return ours, shared


def _coalition_exchange(folder: Path, out: Path) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QSplitter

    from briefing_app.bundles import coalition
    from briefing_app.bundles.apply import import_bundle
    from briefing_app.bundles.conflicts import open_conflicts
    from briefing_app.bundles.keystore import KeyStore
    from briefing_app.ui.bundles.coalition_view import CoalitionDialog
    from briefing_app.ui.bundles.conflict_view import ConflictDialog
    from briefing_app.ui.bundles.dialogs import ImportPreviewDialog
    from briefing_app.ui.bundles.keys_view import KeysDialog

    ours_keys = KeyStore(folder / "keys-ours")
    ours, _shared = _partner_proposes(folder, ours_keys, KeyStore(folder / "keys-partner"))
    offers = coalition.offers(ours, keys=ours_keys)
    shown = CoalitionDialog(None, ours, lambda: None, lambda _path: None)
    shown.folder.setText("~/Sync/coalition")
    shown.show_offers(offers)
    shown.offers.setCurrentRow(0)
    shown.show()
    shown.resize(900, 420)  # after show: dialogs open at most 92 % of the (small) offscreen screen
    save(shown, out, "coalition-folder.png")
    shown.close()
    report = offers[0].report
    assert report is not None
    preview = ImportPreviewDialog(None, report)
    preview.show()
    preview.resize(1180, 560)
    save(preview, out, "bundle-signature-preview.png")
    preview.close()
    keys = KeysDialog(None, ours, ours_keys)
    keys.show()
    keys.resize(960, 420)
    save(keys, out, "partner-keys.png")
    keys.close()
    import_bundle(ours, offers[0].path, keys=ours_keys)
    stack = QUndoStack()
    proposals = ConflictDialog(None, ours, lambda: None, stack)
    proposals.list.setCurrentRow(next(i for i, v in enumerate(open_conflicts(ours)) if v.conflict.table == "concerns"))
    proposals.show()
    proposals.resize(1180, 640)
    proposals.findChild(QSplitter).setSizes([330, 850])
    save(proposals, out, "proposals.png")
    proposals.close()
    for dialog in (shown, preview, keys, proposals):  # parentless: delete them while the app still runs
        dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ours.close()


def _detail_after_select(page: object, row: int) -> str:
    page.select_row(row)  # type: ignore[attr-defined]
    return str(page.detail.plain_text())  # type: ignore[attr-defined]


if __name__ == "__main__":
    raise SystemExit(main())
