"""'Was our ask adopted?': one amendment against a later text (domain/uptake.py)."""

from __future__ import annotations

from briefing_app.domain.enums import AmendmentAction, AmendmentStatus
from briefing_app.domain.models import Amendment
from briefing_app.domain.redline import SegmentKind
from briefing_app.domain.uptake import Uptake, assess

OLD = "Each State Party shall establish as criminal offences, when committed intentionally and without right, access to an ICT system."


def amendment(action: AmendmentAction, target: str, proposed: str) -> Amendment:
    return Amendment(provision_id="p", action=action, target_text=target, proposed_text=proposed)


INSERT = amendment(AmendmentAction.INSERT, "access to an ICT system",
                   " where the access causes serious harm and is done with dishonest intent")


def test_should_be_adopted_if_the_later_text_carries_our_wording() -> None:
    new = OLD.replace("an ICT system.", "an ICT system where the access causes serious harm and is done with "
                                        "dishonest intent.")
    result = assess(INSERT, OLD, new)
    assert result.outcome is Uptake.ADOPTED and result.share == 1.0
    assert result.similarity > 0.95
    assert result.outcome.amendment_status is AmendmentStatus.ADOPTED


def test_should_be_partly_adopted_if_only_part_of_the_change_is_made() -> None:
    new = OLD.replace("an ICT system.", "an ICT system where the access causes serious harm.")
    result = assess(INSERT, OLD, new)
    assert result.outcome is Uptake.PARTLY_ADOPTED
    assert 0.3 <= result.share < 0.8
    inserted = "".join(s.text for s in result.evidence if s.kind is SegmentKind.DELETE)
    assert "dishonest intent" in inserted  # what we asked for and the text lacks


def test_should_not_be_adopted_if_the_text_is_unchanged_or_changed_elsewhere() -> None:
    assert assess(INSERT, OLD, OLD).outcome is Uptake.NOT_ADOPTED
    elsewhere = OLD.replace("Each State Party shall", "States Parties shall")
    result = assess(INSERT, OLD, elsewhere)
    assert result.outcome is Uptake.NOT_ADOPTED and result.share == 0.0
    assert result.outcome.amendment_status is AmendmentStatus.REJECTED


def test_deleting_a_passage_is_adopted_when_the_passage_is_gone() -> None:
    delete = amendment(AmendmentAction.DELETE, "and without right", "")
    assert assess(delete, OLD, OLD.replace(" and without right", "")).outcome is Uptake.ADOPTED
    assert assess(delete, OLD, OLD).outcome is Uptake.NOT_ADOPTED


def test_substitution_verbatim_with_the_old_words_still_there_is_only_partly_adopted() -> None:
    sub = amendment(AmendmentAction.SUBSTITUTE, "without right", "without authorisation")
    assert assess(sub, OLD, OLD.replace("without right", "without authorisation")).outcome is Uptake.ADOPTED
    both = OLD.replace("without right", "without right or without authorisation")
    assert assess(sub, OLD, both).outcome is Uptake.PARTLY_ADOPTED


def test_a_deleted_provision_is_its_own_outcome_unless_we_asked_for_the_deletion() -> None:
    result = assess(INSERT, OLD, None)
    assert result.outcome is Uptake.PROVISION_DELETED and result.outcome.amendment_status is None
    whole = amendment(AmendmentAction.DELETE, "", "")
    assert assess(whole, OLD, None).outcome is Uptake.ADOPTED


def test_rare_words_weigh_more_than_common_ones() -> None:
    new = OLD.replace("an ICT system.", "an ICT system and the access is done.")
    plain = assess(INSERT, OLD, new)
    weighted = assess(INSERT, OLD, new, weight={"the": 0.05, "and": 0.05, "is": 0.05, "access": 0.05,
                                                "done": 0.05, "harm": 3.0, "dishonest": 3.0})
    assert weighted.share < plain.share
