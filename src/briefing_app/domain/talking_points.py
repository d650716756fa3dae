"""The talking points of a pack's section and the pack's top asks: complete sentences a delegate can
use, consistent with the delegation's recorded stances, never repeating one another. Pure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from briefing_app.domain.enums import Stance
from briefing_app.domain.models import Amendment, Case, Concern, Position, Provision
from briefing_app.domain.pack_model import Alignment, Ask, PointKind, Section, Statement, TalkingPoint
from briefing_app.domain.pack_text import clip, first_sentence

MAX_TOP_ASKS = 5
POINT_SENTENCE_CHARS = 280  # a talking point quotes a whole sentence of at most this length


@dataclass(frozen=True, slots=True)
class SectionDraft:
    """A section before its sources are numbered: what the plan chose for one provision."""

    unit: Provision
    order: int
    members: tuple[str, ...]
    concerns: tuple[Concern, ...]
    amendments: tuple[Amendment, ...]
    positions: tuple[Position, ...]
    stances: tuple[Position, ...]
    alignment: Alignment
    pinned: bool
    statements: tuple[Statement, ...] = ()  # in spoken order
    more_concerns: int = 0
    more_amendments: int = 0


@dataclass
class UsedPoints:
    """What earlier sections' talking points already said: a pack never repeats a point."""

    concerns: set[str] = field(default_factory=set)
    cases: set[str] = field(default_factory=set)
    sentences: set[str] = field(default_factory=set)

    def fresh(self, sentence: str) -> bool:
        key = " ".join(sentence.casefold().split())
        if key in self.sentences:
            return False
        self.sentences.add(key)
        return True


def talking_points(d: SectionDraft, cases: Mapping[str, Sequence[Case]], used: UsedPoints) -> tuple[TalkingPoint, ...]:
    """Up to three points a delegate can use, each a complete sentence consistent with the
    delegation's recorded stances, none repeating a point made earlier in the pack (`used`);
    `cases`: each concern's documented cases, by concern id."""
    frame = _frame(d)
    concern = _concern_point(d, used)
    if d.alignment is Alignment.WITH_US:
        return tuple(p for p in (frame, concern) if p is not None)
    ask = _amendment_point(d, used) or _case_point(d, cases, used)
    return tuple(p for p in (concern, ask, frame) if p is not None)


def _frame(d: SectionDraft) -> TalkingPoint:
    """The point that answers the delegation's own recorded stance."""
    on_amendments = [p for p in d.stances if p.amendment_id is not None]
    by_id = {a.id: a for a in d.amendments}
    if d.alignment is Alignment.WITH_US:
        supported = next(p for p in on_amendments if p.stance is Stance.SUPPORTS)
        return TalkingPoint(PointKind.THANKS, amendment=by_id[supported.amendment_id or ""])
    if d.alignment is Alignment.AGAINST:
        opposed = next(p for p in on_amendments if p.stance is Stance.OPPOSES)
        return TalkingPoint(PointKind.RECONSIDER, amendment=by_id[opposed.amendment_id or ""])
    on_text = {p.stance for p in d.stances if p.amendment_id is None}
    if d.alignment is Alignment.BACKS_TEXT:
        return TalkingPoint(PointKind.WEIGH_CONCERNS)
    if Stance.OPPOSES in on_text:
        return TalkingPoint(PointKind.SUPPORT_CHANGES)
    if Stance.PROPOSES_TEXT in on_text:
        return TalkingPoint(PointKind.OWN_TEXT)
    return TalkingPoint(PointKind.INVITE)


def _concern_point(d: SectionDraft, used: UsedPoints) -> TalkingPoint | None:
    for concern in d.concerns:
        if concern.id in used.concerns:
            continue
        used.concerns.add(concern.id)
        sentence = first_sentence(concern.summary, POINT_SENTENCE_CHARS)
        if sentence and used.fresh(sentence):
            return TalkingPoint(PointKind.CONCERN, text=sentence)
        title = " ".join(concern.title.split())
        if title and used.fresh(title):
            return TalkingPoint(PointKind.CONCERN_TITLE, text=clip(title, POINT_SENTENCE_CHARS))
    return None


def _amendment_point(d: SectionDraft, used: UsedPoints) -> TalkingPoint | None:
    thanked = {p.amendment_id for p in d.stances if p.stance is Stance.SUPPORTS}
    for amendment in d.amendments:
        if amendment.id in thanked:
            continue
        reason = first_sentence(amendment.rationale, POINT_SENTENCE_CHARS)
        return TalkingPoint(PointKind.AMENDMENT, amendment=amendment,
                            text=reason if reason and used.fresh(reason) else "")
    return None


def _case_point(d: SectionDraft, cases: Mapping[str, Sequence[Case]], used: UsedPoints) -> TalkingPoint | None:
    for concern in d.concerns:
        for case in cases.get(concern.id, ()):
            if case.id in used.cases:
                continue
            used.cases.add(case.id)
            where = ", ".join(x for x in (case.country, case.date[:4]) if x)
            return TalkingPoint(PointKind.CASE, text=clip(" ".join(case.title.split()), POINT_SENTENCE_CHARS),
                                where=where)
    return None


def top_asks(sections: Sequence[Section], limit: int = MAX_TOP_ASKS) -> tuple[Ask, ...]:
    """Up to `limit` asks in priority order: one per section in pack order, then further amendments."""
    rounds: list[list[Ask]] = []
    for s in sections:
        asks = [Ask(s.unit, amendment=a.amendment) for a in s.amendments] or (
            [Ask(s.unit, concern=s.concerns[0].concern)] if s.concerns else [])
        for depth, ask in enumerate(asks):
            while len(rounds) <= depth:
                rounds.append([])
            rounds[depth].append(ask)
    return tuple([ask for round_ in rounds for ask in round_][:limit])
