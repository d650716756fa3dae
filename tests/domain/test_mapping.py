"""Proposed mapping between two versions' provisions: renumbering, rewording, splits, merges, deletions."""

from __future__ import annotations

from collections import Counter

from briefing_app.domain.enums import ProvisionKind
from briefing_app.domain.mapping import MatchKind, RelationKind, classify, lineage_plan, propose_mapping
from briefing_app.domain.models import Provision
from briefing_app.domain.text_scoring import containment, words

ACCESS = ("Each State Party shall criminalize access to the whole or any part of an ICT system without right, "
          "including by infringing security measures.")
INTERCEPT = "Each State Party shall criminalize the interception by technical means of non-public transmissions."
DATA = "Each State Party shall criminalize the damaging, deletion or alteration of electronic data without right."
SYSTEM = "Each State Party shall criminalize serious hindering of the functioning of a computer system."
RIGHTS = "Implementation of this Convention shall be consistent with international human rights law."
FRAUD = "Each State Party shall criminalize causing a loss of property through input or alteration of data."


def _article(version: str, number: str, heading: str, text: str) -> Provision:
    return Provision(id=f"{version}-{number}", version_id=version, kind=ProvisionKind.ARTICLE,
                     number=number, heading=heading, text=text)


OLD = [
    _article("a", "1", "Illegal access and interception", ACCESS + " " + INTERCEPT),
    _article("a", "2", "Data interference", DATA),
    _article("a", "3", "System interference", SYSTEM),
    _article("a", "4", "Human rights", RIGHTS),
    _article("a", "5", "Computer fraud", FRAUD),
    _article("a", "6", "Reserved", "Each State Party shall keep records of something entirely different here."),
]
NEW = [
    _article("b", "1", "Illegal access", ACCESS),
    _article("b", "2", "Illegal interception", INTERCEPT),
    _article("b", "3", "Interference", DATA + " " + SYSTEM),
    _article("b", "4", "Cooperation", "States Parties shall cooperate widely in investigations and prosecutions."),
    _article("b", "5", "Human rights", RIGHTS),
    _article("b", "6", "Computer-related fraud", FRAUD.replace("causing", "intentionally causing")),
]


def _by_old(mapping):
    return {e.old_id: (e.kind, e.new_ids) for e in mapping.entries if e.old_id}


def test_should_propose_split_merge_renumbering_rewording_deletion_and_new_if_drafts_differ() -> None:
    mapping = propose_mapping(OLD, NEW)
    assert _by_old(mapping) == {
        "a-1": (MatchKind.SPLIT, ("b-1", "b-2")),
        "a-2": (MatchKind.MERGED, ("b-3",)),
        "a-3": (MatchKind.MERGED, ("b-3",)),
        "a-4": (MatchKind.RENUMBERED, ("b-5",)),
        "a-5": (MatchKind.CHANGED, ("b-6",)),
        "a-6": (MatchKind.DELETED, ()),
    }
    assert [e.new_ids for e in mapping.entries if e.kind is MatchKind.NEW] == [("b-4",)]
    changed = mapping.entry_for_old("a-5")
    assert 0.8 < changed.similarity < 1.0 and changed.renumbered is True


def test_should_keep_same_when_nothing_changed_even_if_order_of_input_differs() -> None:
    mapping = propose_mapping(OLD, list(reversed([_article("b", p.number, p.heading, p.text) for p in OLD])))
    assert {e.kind for e in mapping.entries} == {MatchKind.SAME}


def test_should_not_pair_by_number_if_texts_are_unrelated() -> None:
    old = [_article("a", "7", "Misuse of devices", SYSTEM)]
    new = [_article("b", "7", "Jurisdiction", "Each State Party shall establish its jurisdiction over offences on its territory.")]
    mapping = propose_mapping(old, new)
    assert [e.kind for e in mapping.entries] == [MatchKind.DELETED, MatchKind.NEW]


def test_split_keeps_lineage_on_larger_part_and_records_relations() -> None:
    mapping = propose_mapping(OLD, NEW)
    lineage, relations = lineage_plan(OLD, NEW, mapping)
    old = {p.id: p for p in OLD}
    assert lineage["b-1"] == old["a-1"].lineage_id  # ACCESS is the longer part
    assert lineage["b-2"] != old["a-1"].lineage_id
    assert lineage["b-3"] == old["a-2"].lineage_id  # DATA is the larger source of the merge
    assert lineage["b-5"] == old["a-4"].lineage_id
    assert lineage["b-4"] == NEW[3].lineage_id  # new provision keeps its own lineage
    assert {(r.kind, r.provision_id, r.related_id) for r in relations} == {
        (RelationKind.SPLIT_FROM, "b-2", "a-1"), (RelationKind.MERGED_INTO, "a-3", "b-3")}


def test_classify_derives_kinds_from_user_corrected_pairs() -> None:
    corrected = classify(OLD, NEW, {("a-6", "b-4"), ("a-1", "b-1"), ("unknown", "b-2")})
    kinds = _by_old(corrected)
    assert kinds["a-6"] == (MatchKind.CHANGED, ("b-4",))
    assert kinds["a-1"][0] is MatchKind.CHANGED
    assert kinds["a-2"] == (MatchKind.DELETED, ())
    assert ("unknown", "b-2") not in corrected.pairs
    assert {e.new_ids for e in corrected.entries if e.kind is MatchKind.NEW} == {("b-2",), ("b-3",), ("b-5",), ("b-6",)}


def test_paragraphs_are_matched_inside_their_matched_articles() -> None:
    old_article = _article("a", "9", "Jurisdiction", "")
    new_article = _article("b", "10", "Jurisdiction", "")
    old = [old_article,
           Provision(id="a-9-1", version_id="a", kind=ProvisionKind.PARAGRAPH, number="1", text=ACCESS, parent_id="a-9"),
           Provision(id="a-9-2", version_id="a", kind=ProvisionKind.PARAGRAPH, number="2", text=FRAUD, parent_id="a-9")]
    new = [new_article,
           Provision(id="b-10-1", version_id="b", kind=ProvisionKind.PARAGRAPH, number="1", text=FRAUD, parent_id="b-10"),
           Provision(id="b-10-2", version_id="b", kind=ProvisionKind.PARAGRAPH, number="2", text=RIGHTS, parent_id="b-10")]
    mapping = propose_mapping(old, new)
    assert _by_old(mapping) == {"a-9": (MatchKind.CHANGED, ("b-10",)),  # compared by its paragraphs
                                "a-9-2": (MatchKind.RENUMBERED, ("b-10-1",)),
                                "a-9-1": (MatchKind.DELETED, ())}


def test_containment_counts_repeated_words_and_weighs_rare_ones() -> None:
    assert containment(Counter(words("the the data")), Counter(words("the data"))) == 2 / 3
    assert containment(Counter(), Counter(words("x"))) == 0.0
    rare_missing = containment(Counter(words("shall shall interception")), Counter(words("shall")),
                               {"shall": 0.1, "interception": 5.0})
    assert rare_missing < 0.05


def test_identical_heading_over_reworded_text_is_still_the_same_provision() -> None:
    old = [_article("a", "6", "Illegal access", "States shall punish entry into computers without permission.")]
    new = [_article("b", "7", "Illegal access", "Each State Party shall criminalize access to an ICT system without right."),
           _article("b", "6", "Illegal interception", INTERCEPT)]
    assert _by_old(propose_mapping(old, new)) == {"a-6": (MatchKind.CHANGED, ("b-7",))}
