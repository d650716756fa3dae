"""What a pack for a capital holds (read into plain data; packs/capital_pack.py lays it out).

After adoption the advocacy moves to capitals: a ministry deciding whether to ratify and with which
reservations, or a parliament committee reading the implementing bill. Both packs carry the state's
status, what its reservations cover, the articles where our concerns call for safeguards in
implementation, and each law or bill compared with our recommendations on the articles it
implements. Only public and coalition records are used, as in every pack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from briefing_app.domain.enums import ProvisionKind, Severity
from briefing_app.domain.models import Amendment, Case, Concern, Delegation, Document, NationalLaw, Provision
from briefing_app.domain.treaty_status import PartyStatus, article_of, party_statuses
from briefing_app.errors import UserError
from briefing_app.status.overview import ReservationLine, eif_summary, reservation_lines
from briefing_app.store import queries, status_store
from briefing_app.store.workspace import Workspace

SAFEGUARD_SEVERITY = Severity.HIGH  # concerns at least this severe make an article need safeguards
MAX_CONCERNS = 3  # concern titles named per article
S = TypeVar("S", Concern, Amendment, Case)


class Addressee(StrEnum):
    MINISTRY = "ministry"  # the government deciding on ratification and reservations
    COMMITTEE = "committee"  # the parliament committee reading the implementing bill


DEFAULT_NAMES = {Addressee.MINISTRY: "the Ministry of Foreign Affairs",
                 Addressee.COMMITTEE: "the parliamentary committee on the implementing bill"}


@dataclass(frozen=True, slots=True)
class ArticleNeed:
    """An article where our concerns call for safeguards, with what we recommend there."""

    article: Provision
    severity: Severity
    concerns: tuple[Concern, ...]
    amendments: tuple[Amendment, ...]
    covered_by: tuple[str, ...]  # labels of the state's reservations or declarations touching it
    implemented_by: tuple[str, ...]  # "s. 3 of <bill>" for each national section mapped to it


@dataclass(frozen=True, slots=True)
class SectionComparison:
    number: str
    heading: str
    text: str
    articles: tuple[Provision, ...]
    concerns_on_section: tuple[Concern, ...]
    cases: tuple[Case, ...]
    our_concerns: tuple[Concern, ...]  # on the articles it implements
    our_amendments: tuple[Amendment, ...]


@dataclass(frozen=True, slots=True)
class LawComparison:
    law: NationalLaw
    sections: tuple[SectionComparison, ...]


@dataclass(frozen=True, slots=True)
class CapitalPack:
    addressee: Addressee
    addressee_name: str
    state: Delegation
    document: Document
    version_label: str
    date: str
    status: PartyStatus
    entry_into_force: str
    reservations: tuple[ReservationLine, ...]
    needs: tuple[ArticleNeed, ...]
    laws: tuple[LawComparison, ...]

    @property
    def illustrative(self) -> bool:
        return (self.status.illustrative or any(r.reservation.illustrative for r in self.reservations)
                or any(c.law.illustrative for c in self.laws))


def _shareable(records: Iterable[S]) -> tuple[S, ...]:
    return tuple(r for r in records if r.sensitivity.shareable_by_default)


def _severity(concerns: tuple[Concern, ...]) -> Severity:
    return max((c.severity for c in concerns), key=lambda s: s.rank, default=Severity.LOW)


def gather_capital_pack(ws: Workspace, state: Delegation, addressee: Addressee, *, addressee_name: str = "",
                        document: Document | None = None, on: dt.date | None = None) -> CapitalPack:
    """Read everything the pack needs for `state` (on the `on` day for the status; default today)."""
    documents = queries.documents(ws)
    document = document or (documents[0] if documents else None)
    version = queries.latest_version(ws, document.id) if document is not None else None
    if document is None or version is None:
        raise UserError("The workspace has no treaty text to brief on yet: import a draft first.",
                        reason="no-treaty-text")
    day = on or dt.date.fromisoformat(ws.clock()[:10])
    status = party_statuses(status_store.events_of(ws, document.id, state.id), on=day).get(
        state.id, PartyStatus(state.id))
    reservations = tuple(r for r in reservation_lines(ws, document.id, state.id)
                         if r.reservation.sensitivity.shareable_by_default and not r.reservation.withdrawn_date)
    provisions = queries.provisions_of(ws, version.id)
    by_id = {p.id: p for p in provisions}
    laws = _laws(ws, state, by_id)
    implemented: dict[str, list[str]] = {}
    for comparison in laws:
        for section in comparison.sections:
            for article in section.articles:
                label = f"s. {section.number}" if section.number else section.heading
                implemented.setdefault(article.id, []).append(f"{label} of {comparison.law.title}")
    needs = []
    for article in (p for p in provisions if p.kind is ProvisionKind.ARTICLE):
        ids = queries.subtree_ids(ws, article.id)
        concerns = tuple(c for c in _shareable(queries.concerns_for(ws, ids))
                         if c.severity.at_least(SAFEGUARD_SEVERITY))
        if not concerns:
            continue
        covered = tuple(r.scope.label for r in reservations
                        if r.scope.whole_treaty or any(a.id == article.id for a in r.scope.articles))
        needs.append(ArticleNeed(article, _severity(concerns), concerns,
                                 _shareable(queries.amendments_for(ws, ids)), covered,
                                 tuple(implemented.get(article.id, ()))))
    # most serious first, in document order within a severity; a committee reads first what its bill implements
    needs.sort(key=lambda n: (addressee is Addressee.COMMITTEE and not n.implemented_by, -n.severity.rank))
    return CapitalPack(addressee, addressee_name or DEFAULT_NAMES[addressee], state, document, version.label,
                       day.isoformat(), status, str(eif_summary(ws, document.id, on=day)["text"]), reservations,
                       tuple(needs), tuple(laws))


def _laws(ws: Workspace, state: Delegation, by_id: dict[str, Provision]) -> list[LawComparison]:
    from briefing_app.status.national import recommendations_on

    found = []
    for law in status_store.laws_of(ws, state.id):
        if not law.sensitivity.shareable_by_default:
            continue
        sections = []
        for detail in status_store.section_details(ws, law.id):
            articles = tuple(article_of(p, by_id) or p for p in detail.articles)
            ours = recommendations_on(ws, articles)
            sections.append(SectionComparison(
                detail.section.number, detail.section.heading, detail.section.text, articles,
                _shareable(detail.concerns), _shareable(detail.cases),
                _shareable(ours.concerns)[:MAX_CONCERNS], _shareable(ours.amendments)))
        found.append(LawComparison(law, tuple(sections)))
    return found
