"""An in-memory pack input whose every text field is given by the test (no database)."""

from __future__ import annotations

from briefing_app.domain import models as m
from briefing_app.domain.enums import ProvisionKind, Severity, Stance
from briefing_app.domain.tailoring import PackData, PackProfile

FIELDS = (
    "delegation", "document", "version", "heading", "provision_text", "concern_title", "concern_summary",
    "organization", "amendment_title", "proposed_text", "rationale", "position_summary", "case_title",
    "case_summary", "case_country", "case_law", "source_title", "source_publisher", "source_url",
    "source_symbol", "version_symbol", "marking",
)


def text_data(values: dict[str, str], *, stance: Stance = Stance.UNDECIDED) -> tuple[PackData, PackProfile]:
    """PackData with one provision, concern, amendment, position, case and source, texts from `values`
    (missing keys get a plain word)."""
    v = {name: values.get(name, name) for name in FIELDS}
    org = m.Organization(name=v["organization"], coalition_member=True)
    doc = m.Document(title=v["document"])
    version = m.Version(document_id=doc.id, label=v["version"], seq=1, symbol=v["version_symbol"])
    art = m.Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number="9", heading=v["heading"],
                      text=v["provision_text"])
    source = m.Source(title=v["source_title"], publisher=v["source_publisher"], url=v["source_url"],
                      symbol=v["source_symbol"])
    case = m.Case(title=v["case_title"], summary=v["case_summary"], country=v["case_country"], law=v["case_law"],
                  source_id=source.id)
    concern = m.Concern(title=v["concern_title"], summary=v["concern_summary"], severity=Severity.CRITICAL,
                        organization_id=org.id)
    amendment = m.Amendment(provision_id=art.id, title=v["amendment_title"], proposed_text=v["proposed_text"],
                            rationale=v["rationale"], organization_id=org.id)
    delegation = m.Delegation(name=v["delegation"])
    position = m.Position(delegation_id=delegation.id, stance=stance, provision_id=art.id,
                          summary=v["position_summary"], source_id=source.id, date="2024-08-01")
    data = PackData(
        delegation=delegation, document=doc, version=version, provisions=(art,), concerns=(concern,),
        concern_provisions=((concern.id, art.id),), amendments=(amendment,), positions=(position,),
        sources=(source,), concern_sources=((concern.id, source.id),), cases=(case,),
        concern_cases=((concern.id, case.id),), organizations=(org,), data_as_of="2026-01-01T00:00:00Z")
    return data, PackProfile(delegation_id=delegation.id, marking=v["marking"])
