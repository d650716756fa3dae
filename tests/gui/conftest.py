"""GUI fixtures: a small treaty built in code, and QSettings kept in a temp INI (never $HOME)."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from briefing_app.domain.enums import (
    AmendmentAction,
    Confidence,
    ProvisionKind,
    Sensitivity,
    Severity,
    Stance,
)
from briefing_app.domain.models import (
    Amendment,
    Case,
    Concern,
    Contact,
    Delegation,
    Document,
    Note,
    Organization,
    Position,
    Provision,
    Source,
    Version,
)
from briefing_app.store.workspace import Workspace
from briefing_app.ui.i18n import install_translations
from briefing_app.ui.main_window import MainWindow
from tests.conftest import FixedClock
from tests.helpers import logical_dump

INTERCEPTION_TEXT = (
    "Each State Party shall adopt such legislative measures as may be necessary to empower its "
    "competent authorities to collect or record, in real time, content data of specified communications."
)


@dataclass
class Treaty:
    """Ids of the records the GUI tests look at."""

    ws: Workspace
    document: Document
    draft: Version
    adopted: Version
    chapter: Provision
    access: Provision
    interception: Provision
    interception_p1: Provision
    rights: Provision
    old_interception: Provision
    amnesty: Organization
    article19: Organization
    privacy: Concern
    overbroad: Concern
    safeguards: Amendment
    kenya: Delegation
    brazil: Delegation
    source: Source
    case: Case


def build_treaty(ws: Workspace) -> Treaty:
    """Two versions of a three-article convention with concerns, amendments and positions."""
    doc = Document(title="Convention against Cybercrime", short_title="Cybercrime Convention")
    draft = Version(document_id=doc.id, label="Zero draft", seq=1, date="2023-06-29")
    adopted = Version(document_id=doc.id, label="Adopted text", seq=2, date="2024-08-08")
    chapter = Provision(version_id=adopted.id, kind=ProvisionKind.CHAPTER, number="II",
                        heading="Criminalization", position=1)
    access = Provision(version_id=adopted.id, kind=ProvisionKind.ARTICLE, number="7", heading="Illegal access",
                       text="Each State Party shall establish as a criminal offence access to an ICT system without right.",
                       parent_id=chapter.id, position=1)
    chapter4 = Provision(version_id=adopted.id, kind=ProvisionKind.CHAPTER, number="IV",
                         heading="Procedural measures", position=2)
    interception = Provision(version_id=adopted.id, kind=ProvisionKind.ARTICLE, number="30",
                             heading="Interception of content data", text="", parent_id=chapter4.id, position=1)
    interception_p1 = Provision(version_id=adopted.id, kind=ProvisionKind.PARAGRAPH, number="1",
                                text=INTERCEPTION_TEXT, parent_id=interception.id, position=1)
    interception_p2 = Provision(version_id=adopted.id, kind=ProvisionKind.PARAGRAPH, number="2",
                                text="Such measures shall be subject to article 24.", parent_id=interception.id,
                                position=2)
    rights = Provision(version_id=adopted.id, kind=ProvisionKind.ARTICLE, number="6",
                       heading="Respect for human rights",
                       text="States Parties shall ensure that the implementation of their obligations under "
                            "this Convention is consistent with their obligations under international human "
                            "rights law.", parent_id=chapter.id, position=0)
    old_interception = Provision(version_id=draft.id, kind=ProvisionKind.ARTICLE, number="42",
                                 heading="Interception of content data",
                                 text="Each State Party shall empower its authorities to intercept content data.",
                                 position=1, lineage_id=interception_p1.lineage_id)
    old_access = Provision(version_id=draft.id, kind=ProvisionKind.ARTICLE, number="6", heading="Illegal access",
                           text=access.text, position=2, lineage_id=access.lineage_id)
    amnesty = Organization(name="Amnesty International", short_name="Amnesty")
    article19 = Organization(name="ARTICLE 19", short_name="ARTICLE 19")
    source = Source(title="Joint NGO letter on the draft convention", organization_id=amnesty.id,
                    url="https://example.org/letter", date="2024-01-22")
    case = Case(title="Prosecution of a journalist under a cybercrime law", country="XX", source_id=source.id)
    privacy = Concern(title="Real-time interception without judicial authorisation",
                      summary="No prior independent authorisation is required.", severity=Severity.CRITICAL,
                      category="surveillance", organization_id=amnesty.id, date="2024-01-22")
    overbroad = Concern(title="Overbroad offence of illegal access", summary="No intent requirement.",
                        severity=Severity.MEDIUM, category="criminalization",
                        organization_id=article19.id, date="2024-02-01")
    safeguards = Amendment(provision_id=interception_p1.id, title="Require judicial authorisation",
                           action=AmendmentAction.INSERT, target_text="real time,",
                           proposed_text="subject to prior judicial authorisation,",
                           rationale="Interception is the most intrusive measure.", organization_id=amnesty.id,
                           date="2024-01-22")
    kenya = Delegation(name="Kenya", iso_code="KE", languages=("en", "sw"))
    brazil = Delegation(name="Brazil", iso_code="BR", languages=("pt",))
    records = [
        amnesty, article19, doc, draft, adopted, chapter, rights, access, chapter4, interception,
        interception_p1, interception_p2, old_interception, old_access, source, case, privacy, overbroad,
        safeguards, kenya, brazil,
        Position(delegation_id=kenya.id, provision_id=interception.id, stance=Stance.UNDECIDED,
                 date="2024-02-01", illustrative=True, confidence=Confidence.LOW),
        Position(delegation_id=brazil.id, amendment_id=safeguards.id, stance=Stance.OPPOSES,
                 date="2024-02-02", source_id=source.id),
        Note(record_table="delegations", record_id=kenya.id, body="Met the legal adviser on Tuesday."),
        Contact(delegation_id=kenya.id, name="A. Delegate", role="Legal adviser",
                sensitivity=Sensitivity.PERSONAL),
    ]
    ws.insert_many(records)
    ws.insert_links("concern_provisions", [(privacy.id, interception_p1.id), (overbroad.id, access.id)])
    ws.insert_links("concern_sources", [(privacy.id, source.id)])
    ws.insert_links("concern_cases", [(privacy.id, case.id)])
    ws.insert_links("amendment_concerns", [(safeguards.id, privacy.id)])
    ws.insert_links("amendment_supporters", [(safeguards.id, article19.id)])
    return Treaty(ws, doc, draft, adopted, chapter, access, interception, interception_p1, rights,
                  old_interception, amnesty, article19, privacy, overbroad, safeguards, kenya, brazil,
                  source, case)


def content_dump(conn: sqlite3.Connection) -> list[str]:
    """The logical dump without sync tombstones: redoing a delete records the deletion again with a
    new time. Undoing an insert leaves none (tests/gui/test_editing.py checks that)."""
    return [line for line in logical_dump(conn) if not line.startswith('INSERT INTO "sync_tombstones"')]


@pytest.fixture(autouse=True)
def english_plurals(qapp: QApplication) -> None:
    """As the app does (ui/i18n.py): "%n concern(s)" reads "1 concern"."""
    install_translations(qapp)


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As the app does (ui/gc_guard.py): no automatic collection that could start in a job's worker
    thread; collect here, on the GUI thread, after each test instead."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def no_unexpected_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody patched would wait for a click forever offscreen: fail the test instead,
    naming the dialog. Tests answer dialogs through their `ask` classmethods (or patch exec)."""

    def refuse(dialog: QDialog) -> int:
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        raise AssertionError(f"unexpected modal dialog {dialog.windowTitle()!r}: {text}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """QSettings go to a fresh INI folder for every test."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def treaty(tmp_path: Path) -> Iterator[Treaty]:
    ws = Workspace.open(tmp_path / "treaty.sqlite", clock=FixedClock())
    yield build_treaty(ws)
    ws.close()


@pytest.fixture
def window(qtbot, treaty: Treaty) -> MainWindow:
    """The main window on the treaty, without the feature packages' extensions."""
    win = MainWindow(treaty.ws, features=())
    qtbot.addWidget(win)
    return win
