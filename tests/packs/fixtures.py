"""A small in-code workspace for pack tests: three delegations, public analysis and seeded secrets."""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.domain import models as m
from briefing_app.domain.enums import (
    AmendmentAction,
    Confidence,
    ProvisionKind,
    Sensitivity,
    Severity,
    Stance,
)
from briefing_app.domain.tailoring import PackProfile
from briefing_app.store.packs_store import save_profile
from briefing_app.store.workspace import Workspace

SECRETS = (
    "ZQXSECRETCONCERN", "ZQXPERSONALCONCERN", "ZQXSECRETAMENDMENT", "ZQXSECRETCASE", "ZQXSECRETSOURCE",
    "ZQXNOTEBODY", "ZQXCONTACTNAME", "ZQXCONTACTMAIL", "ZQXOTHERDELEGATION", "ZQXOTHERPROFILE",
    "ZQXOWNINTERNALPOSITION", "ZQXINTERNALORG", "ZQXDELEGATIONSUMMARY",
)


@dataclass(frozen=True)
class Fixture:
    kenya: m.Delegation
    brazil: m.Delegation
    art6: m.Provision
    art28: m.Provision
    art40: m.Provision
    art14: m.Provision


def build_fixture(ws: Workspace) -> Fixture:
    org = m.Organization(name="Coalition for Rights Online", short_name="CRO", coalition_member=True)
    secret_org = m.Organization(name="ZQXINTERNALORG", sensitivity=Sensitivity.INTERNAL)
    doc = m.Document(title="Convention against Cybercrime", short_title="Cybercrime Convention")
    version = m.Version(document_id=doc.id, label="Final draft", seq=2, symbol="A/AC.291/L.15", date="2024-08-07")
    ch1 = m.Provision(version_id=version.id, kind=ProvisionKind.CHAPTER, number="I", heading="General provisions", position=1)
    art6 = m.Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number="6", heading="Respect for human rights",
                       parent_id=ch1.id, position=1)
    art6_2 = m.Provision(version_id=version.id, kind=ProvisionKind.PARAGRAPH, number="2", parent_id=art6.id, position=2,
                         text="Nothing in this Convention may be interpreted as permitting suppression of human rights.")
    art6_1 = m.Provision(version_id=version.id, kind=ProvisionKind.PARAGRAPH, number="1", parent_id=art6.id, position=1,
                         text="States Parties shall ensure that implementation is consistent with human rights law.")
    art14 = m.Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number="14", heading="Child sexual abuse material",
                        parent_id=ch1.id, position=2, text="Each State Party shall adopt measures without right.")
    art28 = m.Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number="28", heading="Search and seizure",
                        parent_id=ch1.id, position=3,
                        text="Each State Party may order any person who has knowledge about the functioning of the system to provide information.")
    art40 = m.Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number="40", heading="Mutual legal assistance",
                        parent_id=ch1.id, position=4, text="States Parties shall afford one another assistance.")
    source = m.Source(title="Joint civil society letter on safeguards", publisher="CRO", date="2024-01-29",
                      url="https://example.org/letter")
    secret_source = m.Source(title="ZQXSECRETSOURCE briefing", sensitivity=Sensitivity.INTERNAL)
    case = m.Case(title="Journalists charged with cyberstalking", country="Nigeria", date="2024-02-10",
                  summary="Four journalists were charged over reporting.", source_id=source.id)
    secret_case = m.Case(title="ZQXSECRETCASE", sensitivity=Sensitivity.INTERNAL)
    c6 = m.Concern(title="Safeguard clause weakened", summary="The clause no longer binds. It is weaker.",
                   severity=Severity.CRITICAL, organization_id=org.id, date="2024-02-01")
    c28 = m.Concern(title="Compelled assistance endangers security researchers",
                    summary="Engineers could be ordered to break systems.", severity=Severity.HIGH,
                    organization_id=secret_org.id, sensitivity=Sensitivity.COALITION)
    c40 = m.Concern(title="Minor drafting issue", severity=Severity.LOW)
    c14_secret = m.Concern(title="ZQXSECRETCONCERN", severity=Severity.CRITICAL, sensitivity=Sensitivity.INTERNAL)
    c14_personal = m.Concern(title="ZQXPERSONALCONCERN", severity=Severity.CRITICAL, sensitivity=Sensitivity.PERSONAL)
    a6 = m.Amendment(provision_id=art6_2.id, title="Make the safeguard binding", action=AmendmentAction.SUBSTITUTE,
                     target_text="may be interpreted as permitting", proposed_text="shall be interpreted as permitting",
                     rationale="A binding clause protects rights defenders.", organization_id=org.id)
    a28_secret = m.Amendment(provision_id=art28.id, title="ZQXSECRETAMENDMENT", proposed_text="x",
                             sensitivity=Sensitivity.INTERNAL)
    kenya = m.Delegation(name="Kenya", iso_code="KE", summary="ZQXDELEGATIONSUMMARY")
    brazil = m.Delegation(name="Brazil", iso_code="BR")
    other = m.Delegation(name="Norway", iso_code="NO")
    ws.insert_many([org, secret_org, doc, version, ch1, art6, art6_1, art6_2, art14, art28, art40, source,
                    secret_source, case, secret_case, c6, c28, c40, c14_secret, c14_personal, a6, a28_secret,
                    kenya, brazil, other])
    ws.insert_links("concern_provisions", [(c6.id, art6_2.id), (c28.id, art28.id), (c40.id, art40.id),
                                           (c14_secret.id, art14.id), (c14_personal.id, art14.id)])
    ws.insert_links("concern_sources", [(c6.id, source.id), (c28.id, secret_source.id)])
    ws.insert_links("concern_cases", [(c28.id, case.id), (c28.id, secret_case.id)])
    ws.insert_many([
        m.Position(delegation_id=kenya.id, stance=Stance.OPPOSES, provision_id=art28.id, date="2024-08-01",
                   summary="Kenya said the power to compel assistance goes too far.", source_id=source.id),
        m.Position(delegation_id=kenya.id, stance=Stance.SUPPORTS, amendment_id=a6.id, date="2024-07-30",
                   illustrative=True, confidence=Confidence.LOW),
        m.Position(delegation_id=kenya.id, stance=Stance.UNDECIDED, provision_id=art40.id,
                   summary="ZQXOWNINTERNALPOSITION", sensitivity=Sensitivity.INTERNAL),
        m.Position(delegation_id=brazil.id, stance=Stance.OPPOSES, provision_id=art6.id,
                   summary="ZQXOTHERDELEGATION"),
        m.Note(record_table="delegations", record_id=kenya.id, body="ZQXNOTEBODY"),
        m.Contact(delegation_id=kenya.id, name="ZQXCONTACTNAME", email="ZQXCONTACTMAIL@example.org"),
    ])
    save_profile(ws, PackProfile(delegation_id=brazil.id, marking="ZQXOTHERPROFILE"))
    return Fixture(kenya, brazil, art6, art28, art40, art14)
