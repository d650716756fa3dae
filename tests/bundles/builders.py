"""Small workspaces built in code for bundle tests, plus helpers to compare content and file state."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from briefing_app.bundles.format import SPECS
from briefing_app.domain.enums import DelegationKind, ProvisionKind, Sensitivity, Severity, Stance
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
from briefing_app.store import sync_store
from briefing_app.store.workspace import Workspace
from tests.conftest import FixedClock

SECRET_NOTE = "ZEBRA-SECRET-MEETING-7731"
SECRET_CONTACT = "PERSONAL-PHONE-555-0199"
SECRET_CONCERN = "INTERNAL-STRATEGY-QUOKKA"


@dataclass
class Sample:
    ws: Workspace
    org: Organization
    document: Document
    version: Version
    article: Provision
    paragraph: Provision
    concern: Concern
    internal_concern: Concern
    amendment: Amendment
    delegation: Delegation
    group: Delegation
    position: Position
    source: Source
    case: Case


def build_sample(ws: Workspace) -> Sample:
    """A treaty with one of everything, plus internal and personal rows holding secret strings."""
    org = Organization(name="Privacy Coalition", short_name="PC", coalition_member=True)
    source = Source(title="Joint letter", organization_id=org.id, url="https://example.org/l")
    case = Case(title="A prosecution", country="XX", source_id=source.id)
    document = Document(title="Convention against Cybercrime")
    version = Version(document_id=document.id, label="Adopted", seq=1, date="2024-08-08")
    article = Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number="30",
                        heading="Interception", text="Real-time collection of content data.")
    paragraph = Provision(version_id=version.id, kind=ProvisionKind.PARAGRAPH, number="1",
                          text="Each State Party shall empower…", parent_id=article.id, position=1)
    concern = Concern(title="No judicial authorisation", summary="Interception without a judge.",
                      severity=Severity.CRITICAL, category="surveillance", organization_id=org.id)
    internal_concern = Concern(title=SECRET_CONCERN, category="strategy", sensitivity=Sensitivity.INTERNAL)
    amendment = Amendment(provision_id=paragraph.id, title="Add a judge", proposed_text="subject to a judge",
                          organization_id=org.id)
    group = Delegation(name="African Group", kind=DelegationKind.REGIONAL_GROUP)
    delegation = Delegation(name="Kenya", iso_code="KE", languages=("en", "sw"))
    position = Position(delegation_id=delegation.id, provision_id=article.id, stance=Stance.UNDECIDED,
                        illustrative=True, source_id=source.id, version_id=version.id)
    ws.insert_many([
        org, source, case, document, version, article, paragraph, concern, internal_concern, amendment,
        group, delegation, position,
        Note(record_table="delegations", record_id=delegation.id, body=SECRET_NOTE),
        Note(record_table="concerns", record_id=concern.id, body="Shared reasoning.",
             sensitivity=Sensitivity.COALITION),
        Contact(delegation_id=delegation.id, name="A. Delegate", phone=SECRET_CONTACT,
                sensitivity=Sensitivity.PERSONAL),
    ])
    ws.insert_links("concern_provisions", [(concern.id, article.id), (internal_concern.id, article.id)])
    ws.insert_links("concern_sources", [(concern.id, source.id)])
    ws.insert_links("concern_cases", [(concern.id, case.id)])
    ws.insert_links("amendment_concerns", [(amendment.id, concern.id)])
    ws.insert_links("amendment_supporters", [(amendment.id, org.id)])
    ws.insert_links("delegation_memberships", [(delegation.id, group.id)])
    return Sample(ws, org, document, version, article, paragraph, concern, internal_concern, amendment,
                  delegation, group, position, source, case)


def partner_bundle_in(folder: Path, organization: str = "Partner") -> Path:
    """A partner's default bundle of the sample, alone in a new folder (so its neighbours can be checked)."""
    from briefing_app.bundles.export import export_bundle

    folder.mkdir()
    with open_ws(folder.parent / f"{folder.name}.sqlite") as partner:
        build_sample(partner)
        return export_bundle(partner, folder / "partner.briefing", organization=organization).path


def open_ws(path: Path, start: int = 0) -> Workspace:
    return Workspace.open(path, clock=FixedClock(start))


def content(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every shareable table's rows, sorted: equal content compares equal (of any workspace file's
    connection, so tests can also look at files no Workspace has open)."""
    reader: Any = SimpleNamespace(conn=conn)
    return {t: sorted(sync_store.iter_rows(reader, t, spec.columns), key=repr) for t, spec in SPECS.items()}


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file under a folder with its bytes (detects changed and new files)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
