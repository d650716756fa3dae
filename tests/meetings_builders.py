"""A small negotiating room built in code: a draft, delegations, a session and its meetings."""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.domain.enums import DelegationKind, ProvisionKind
from briefing_app.domain.meetings import meeting_with_source
from briefing_app.domain.models import Delegation, Document, Meeting, Provision, Session, Version
from briefing_app.store.workspace import Workspace

STATES = [("KE", "Kenya"), ("ZA", "South Africa"), ("SA", "Saudi Arabia"), ("EG", "Egypt"), ("IN", "India"),
          ("US", "United States of America"), ("GB", "United Kingdom"), ("CH", "Switzerland"), ("IR", "Iran"),
          ("NZ", "New Zealand"), ("UG", "Uganda"), ("CR", "Costa Rica")]
GROUPS = [("EU", "European Union", DelegationKind.BLOC), ("", "African Group", DelegationKind.REGIONAL_GROUP)]


@dataclass
class Room:
    version: Version
    session: Session
    meetings: list[Meeting]
    provisions: dict[str, Provision]  # "6", "6.2", "14", "14.2" ...
    delegations: dict[str, Delegation]  # by code or name


def build_room(ws: Workspace, *, articles: int = 20, meetings: int = 2) -> Room:
    document = Document(title="Convention on testing capture")
    version = Version(document_id=document.id, label="Rev.3", seq=1, date="2024-05-23")
    records: list[object] = [document, version]
    provisions: dict[str, Provision] = {}
    for n in range(1, articles + 1):
        article = Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number=str(n), heading=f"Heading {n}",
                            text=f"Each State Party may adopt measures under article {n}.", position=n)
        provisions[str(n)] = article
        records.append(article)
        for p in (1, 2, 3):
            paragraph = Provision(version_id=version.id, kind=ProvisionKind.PARAGRAPH, number=str(p),
                                  parent_id=article.id, position=p,
                                  text=f"States may criminalize conduct {n}.{p} without right.")
            provisions[f"{n}.{p}"] = paragraph
            records.append(paragraph)
    delegations: dict[str, Delegation] = {}
    for code, name in STATES:
        delegations[code] = Delegation(name=name, iso_code=code)
    for code, name, kind in GROUPS:
        delegations[code or name] = Delegation(name=name, iso_code=code, kind=kind)
    records += list(delegations.values())
    session = Session(name="Reconvened concluding session", number="8", place="New York",
                      start_date="2024-07-29", end_date="2024-08-09", document_id=document.id)
    records.append(session)
    made: list[Meeting] = []
    for n in range(1, meetings + 1):
        source, meeting = meeting_with_source(session, Meeting(
            session_id=session.id, number=10 + n, date=f"2024-08-0{n + 1}", time="10:00", version_id=version.id,
            agenda="14, 15, 6.2, 16-18"))
        assert source is not None
        records += [source, meeting]
        made.append(meeting)
    ws.insert_many(records)  # type: ignore[arg-type]
    return Room(version, session, made, provisions, delegations)
