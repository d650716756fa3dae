"""'Was our ask adopted?' (pure): classify one recommended amendment against a later text.

The ask is the change an amendment makes to the text it was written on: the words it adds and the
words it removes. A later text adopted the ask as far as it gained those added words and lost those
removed ones (weighted by rarity, so "the" and "shall" weigh little); the evidence shown is the
redline from what we asked to what the text says, and their similarity.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from briefing_app.domain.enums import AmendmentAction, AmendmentStatus
from briefing_app.domain.models import Amendment
from briefing_app.domain.redline import AmendmentTargetError, Segment, apply_amendment, redline, similarity
from briefing_app.domain.text_scoring import normalized, words

ADOPTED_AT = 0.8
"""Share of the ask (rarity-weighted words) the later text must carry to count as adopted."""
PARTLY_AT = 0.3
"""Share from which the ask counts as partly adopted."""


class Uptake(StrEnum):
    ADOPTED = "adopted"
    PARTLY_ADOPTED = "partly-adopted"
    NOT_ADOPTED = "not-adopted"
    PROVISION_DELETED = "provision-deleted"

    @property
    def amendment_status(self) -> AmendmentStatus | None:
        """The amendment status this outcome suggests; None where a person must decide (provision gone)."""
        return {Uptake.ADOPTED: AmendmentStatus.ADOPTED, Uptake.PARTLY_ADOPTED: AmendmentStatus.PARTLY_ADOPTED,
                Uptake.NOT_ADOPTED: AmendmentStatus.REJECTED}.get(self)


def totals_text(totals: dict[str, int]) -> str:
    """"4 adopted, 1 partly adopted, 2 not adopted, 0 provisions deleted" (the view's and the PDF's line)."""
    words = {Uptake.ADOPTED: "adopted", Uptake.PARTLY_ADOPTED: "partly adopted", Uptake.NOT_ADOPTED: "not adopted"}
    return ", ".join(f"{n} {words[Uptake(k)]}" if Uptake(k) in words
                     else f"{n} provision{'' if n == 1 else 's'} deleted" for k, n in totals.items())


@dataclass(frozen=True, slots=True)
class UptakeAssessment:
    """One amendment's outcome with its evidence."""

    outcome: Uptake
    asked_text: str  # the provision's text as the amendment would have made it
    new_text: str  # what the later text says ('' when the provision is gone)
    share: float  # 0.0–1.0: how much of the asked change the later text carries
    similarity: float  # similarity of the asked text and the later text
    reason: str

    @property
    def evidence(self) -> list[Segment]:
        """Redline from what we asked to what the text now says."""
        return redline(self.asked_text, self.new_text)


def _asked(amendment: Amendment, base: str) -> str | None:
    for text, target in ((base, amendment.target_text), (normalized(base), normalized(amendment.target_text))):
        try:
            return apply_amendment(text, amendment.action, target, amendment.proposed_text)
        except AmendmentTargetError:
            continue
    return None


def _mass(bag: Counter[str], weight: Mapping[str, float]) -> float:
    return sum(n * weight.get(w, 1.0) for w, n in bag.items())


def assess(amendment: Amendment, old_text: str, new_text: str | None, *,
           old_whole: str | None = None, weight: Mapping[str, float] | None = None) -> UptakeAssessment:
    """Classify `amendment`, written on a provision whose text was `old_text`, against `new_text`
    (the continuing provision's whole wording; None when the provision was deleted).

    `old_whole` is the old provision's whole wording (with its paragraphs) when it differs from
    `old_text`; `weight` gives word weights (text_scoring.rarity over both drafts).
    """
    weights = weight or {}
    asked = _asked(amendment, old_text)
    if asked is None:
        asked = old_text
        target_missing = True
    else:
        target_missing = False
    if new_text is None:
        whole_deletion = amendment.action is AmendmentAction.DELETE and not amendment.target_text.strip()
        if whole_deletion:
            return UptakeAssessment(Uptake.ADOPTED, asked, "", 1.0, 1.0,
                                    "we asked for the provision to be deleted, and it is gone")
        return UptakeAssessment(Uptake.PROVISION_DELETED, asked, "", 0.0, 0.0,
                                "the provision is not in the later text")
    if target_missing:
        return UptakeAssessment(Uptake.NOT_ADOPTED, asked, new_text, 0.0, similarity(asked, new_text),
                                "the passage the amendment acts on was not in the text it was written on")
    before = Counter(words(old_text))
    wanted = Counter(words(asked))
    baseline = Counter(words(old_whole if old_whole is not None else old_text))
    after = Counter(words(new_text))
    wanted_in, wanted_out = wanted - before, before - wanted
    got_in = wanted_in & (after - baseline)
    got_out = wanted_out & (baseline - after)
    total = _mass(wanted_in, weights) + _mass(wanted_out, weights)
    score = (_mass(got_in, weights) + _mass(got_out, weights)) / total if total else 0.0
    proposed = normalized(amendment.proposed_text)
    if proposed and amendment.action is not AmendmentAction.DELETE and proposed in normalized(new_text):
        # Our wording is there verbatim: adopted, unless what it was to replace is still there too.
        score = max(score, 1.0 if not wanted_out or got_out else (ADOPTED_AT + PARTLY_AT) / 2)
    if normalized(asked) == normalized(new_text):
        score = 1.0
    sim = similarity(asked, new_text)
    if not total:
        return UptakeAssessment(Uptake.NOT_ADOPTED, asked, new_text, 0.0, sim, "the amendment changes nothing")
    if score >= ADOPTED_AT:
        outcome, reason = Uptake.ADOPTED, "the later text makes the change we asked for"
    elif score >= PARTLY_AT:
        outcome, reason = Uptake.PARTLY_ADOPTED, "the later text makes part of the change we asked for"
    else:
        outcome, reason = Uptake.NOT_ADOPTED, "the later text does not make the change we asked for"
    return UptakeAssessment(outcome, asked, new_text, round(score, 4), round(sim, 4), reason)
