"""A national law compared with our analysis: for the treaty articles its sections implement, the
concerns and recommended amendments we recorded (on the article or its paragraphs)."""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.domain.models import Amendment, Concern, Provision
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace


@dataclass(frozen=True, slots=True)
class Recommendations:
    concerns: tuple[Concern, ...]
    amendments: tuple[Amendment, ...]


def recommendations_on(ws: Workspace, articles: tuple[Provision, ...] | list[Provision]) -> Recommendations:
    """Our concerns and amendments on these articles (with their paragraphs), most recent first."""
    ids: list[str] = []
    for article in articles:
        ids += [i for i in queries.subtree_ids(ws, article.id) if i not in ids]
    concerns = {c.id: c for c in queries.concerns_for(ws, ids)}
    return Recommendations(tuple(concerns.values()), tuple(queries.amendments_for(ws, ids)))
