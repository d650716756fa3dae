"""The capture line grammar: speakers, provisions, stances, redlines, notes, and clear errors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.domain.capture import CaptureError, Entry, StatusEntry, clean_line, parse_line, tokenize
from briefing_app.domain.enums import AmendmentAction, InterventionStance, ProposalStatus
from briefing_app.domain.lexicon import Lexicon, ProposalRef, ProvisionRef, Speaker

SPEAKERS = [
    Speaker("ke", "Kenya", "KE"), Speaker("za", "South Africa", "ZA"), Speaker("sa", "Saudi Arabia", "SA"),
    Speaker("gb", "United Kingdom", "GB"), Speaker("us", "United States of America", "US"),
    Speaker("eu", "European Union", "EU", is_group=True), Speaker("ag", "African Group", "", is_group=True),
    Speaker("eg", "Egypt", "EG"), Speaker("ci", "Côte d'Ivoire", "CI"), Speaker("ir", "Iran (Islamic Republic of)", "IR"),
    Speaker("ie", "Ireland", "IE"), Speaker("nz", "New Zealand", "NZ"),
]
PROVISIONS = [
    ProvisionRef("pre", ("pre",), "Preamble"), ProvisionRef("pre-3", ("pre", "3"), "Preamble para. 3"),
    ProvisionRef("a6", ("6",), "Article 6"), ProvisionRef("a6-2", ("6", "2"), "Article 6(2)", text="suppression of rights"),
    ProvisionRef("a14", ("14",), "Article 14", text="each State Party shall"),
    ProvisionRef("a14-2", ("14", "2"), "Article 14(2)", text="States may criminalize"),
    ProvisionRef("a2-a", ("2", "a"), "Article 2(a)"), ProvisionRef("a2", ("2",), "Article 2"),
]
PROPOSALS = [ProposalRef("p1", 1, "a14-2", "eg", AmendmentAction.DELETE, "may", "", ProposalStatus.TABLED),
             ProposalRef("p2", 2, "a6-2", "in", AmendmentAction.SUBSTITUTE, "suppression", "restriction",
                         ProposalStatus.WITHDRAWN)]
LEXICON = Lexicon(SPEAKERS, PROVISIONS, PROPOSALS, "Rev.3")
CURRENT = PROVISIONS[4]


def entry(line: str) -> Entry:
    parsed = parse_line(line, LEXICON, current=CURRENT)
    assert isinstance(parsed, Entry)
    return parsed


def test_the_issue_example_reads_speaker_paragraph_stance_and_redline() -> None:
    e = entry("KE 14.2 opp delete 'may'")
    assert (e.speaker.id, e.provision and e.provision.id, e.stance) == ("ke", "a14-2", InterventionStance.OPPOSES)
    assert e.redline is not None and (e.redline.action, e.redline.target_text) == (AmendmentAction.DELETE, "may")
    assert e.locator == "14(2)" and e.note == "" and e.warnings == ()


@pytest.mark.parametrize(("typed", "expected"), [
    ("KE", "ke"), ("ke", "ke"), ("Kenya", "ke"), ("ken", "ke"), ("UK", "gb"), ("USA", "us"),
    ("cote", "ci"), ("IR", "ir"), ("ire", "ie"), ("iran", "ir"), ("south af", "za"), ("South Africa", "za"),
    ("new zealand", "nz"), ("AG", "ag"), ("sa", "sa"),
])
def test_speakers_are_found_by_code_alias_name_prefix_or_initials(typed: str, expected: str) -> None:
    assert entry(f"{typed} 6 sup").speaker.id == expected


def test_an_ambiguous_prefix_names_the_candidates_and_points_at_the_word() -> None:
    with pytest.raises(CaptureError) as caught:
        parse_line("s 6 sup", LEXICON, current=CURRENT)
    assert "Saudi Arabia (SA)" in str(caught.value) and "South Africa (ZA)" in str(caught.value)
    assert (caught.value.start, caught.value.end) == (0, 1)


@pytest.mark.parametrize(("typed", "provision", "locator"), [
    ("14", "a14", "14"), ("14.2", "a14-2", "14(2)"), ("14(2)", "a14-2", "14(2)"), ("art 14", "a14", "14"),
    ("Art.14", "a14", "14"), ("article14.2", "a14-2", "14(2)"), ("2.a", "a2-a", "2(a)"), ("2(a)", "a2-a", "2(a)"),
    ("pre", "pre", "pre"), ("pp3", "pre-3", "pre(3)"), ("14(2)(b)", "a14-2", "14(2)(b)"),
])
def test_provisions_are_read_in_every_common_notation(typed: str, provision: str, locator: str) -> None:
    e = entry(f"KE {typed} sup")
    assert e.provision is not None and e.provision.id == provision and e.locator == locator


def test_a_reference_finer_than_the_structure_is_kept_and_said() -> None:
    e = entry("KE 14(2)(b) sup")
    assert e.provision is not None and e.provision.id == "a14-2"
    assert e.warnings == ("14(2)(b) is finer than the draft's structure: recorded on Article 14(2).",)


def test_without_a_provision_the_current_one_is_used_and_gen_means_none() -> None:
    assert entry("KE sup").provision == CURRENT
    assert entry("KE gen sup welcomes the text").provision is None


def test_unknown_article_is_an_error_naming_the_draft() -> None:
    with pytest.raises(CaptureError, match="There is no Article 99 in Rev.3"):
        parse_line("KE 99 sup", LEXICON)


@pytest.mark.parametrize(("word", "stance"), [
    ("sup", InterventionStance.SUPPORTS), ("+", InterventionStance.SUPPORTS), ("backs", InterventionStance.SUPPORTS),
    ("opp", InterventionStance.OPPOSES), ("-", InterventionStance.OPPOSES), ("against", InterventionStance.OPPOSES),
    ("prop", InterventionStance.PROPOSES), ("cosp", InterventionStance.PROPOSES),
    ("?", InterventionStance.ASKS), ("ask", InterventionStance.ASKS),
    ("und", InterventionStance.UNDECIDED), ("res", InterventionStance.UNDECIDED),
])
def test_stance_words_and_abbreviations(word: str, stance: InterventionStance) -> None:
    assert entry(f"KE 14 {word}").stance is stance


def test_order_of_target_and_stance_is_free_and_the_rest_is_the_note() -> None:
    e = entry("KE opp 14.2 wants stronger safeguards, see 6")
    assert e.provision is not None and e.provision.id == "a14-2"
    assert e.note == "wants stronger safeguards, see 6"


@pytest.mark.parametrize(("line", "action", "target", "proposed"), [
    ("KE 14 prop replace 'may' with 'shall'", AmendmentAction.SUBSTITUTE, "may", "shall"),
    ("KE 14 prop repl “may” → “shall”", AmendmentAction.SUBSTITUTE, "may", "shall"),
    ("KE 14 prop insert 'lawful' after 'any'", AmendmentAction.INSERT, "any", "lawful"),
    ("KE 14 prop ins \"and proportionate\"", AmendmentAction.INSERT, "", "and proportionate"),
    ("KE 14 opp del", AmendmentAction.DELETE, "", ""),
])
def test_redlines(line: str, action: AmendmentAction, target: str, proposed: str) -> None:
    e = entry(line)
    assert e.redline is not None
    assert (e.redline.action, e.redline.target_text, e.redline.proposed_text) == (action, target, proposed)


def test_a_redline_without_a_stance_proposes_and_a_target_missing_from_the_text_is_said() -> None:
    e = entry("KE 14 delete 'unlawfully'")
    assert e.stance is InterventionStance.PROPOSES
    assert e.warnings == ("“unlawfully” is not in the stored text of Article 14.",)


def test_apostrophes_inside_quoted_wording_are_kept() -> None:
    assert entry("KE 14 prop 'the child's best interests' first").wording == "the child's best interests"


def test_an_unclosed_quote_is_an_error_from_the_quote_to_the_end() -> None:
    with pytest.raises(CaptureError, match="not closed") as caught:
        parse_line("KE 14 prop 'may", LEXICON)
    assert (caught.value.start, caught.value.end) == (11, 15)


@pytest.mark.parametrize(("line", "behalf", "count"), [
    ("EG/AG 6 opp", "ag", 0), ("EG for AG 6 opp", "ag", 0), ("EG obo AG 6 opp", "ag", 0),
    ("EU/27 6 sup", None, 27), ("EG for 35 states 6 opp", None, 35),
])
def test_speaking_on_behalf_of_a_group_or_for_n_states(line: str, behalf: str | None, count: int) -> None:
    e = entry(line)
    assert (e.on_behalf.id if e.on_behalf else None, e.speaking_for) == (behalf, count)


def test_for_followed_by_a_bare_number_is_support_for_that_article() -> None:
    e = entry("KE for 14")
    assert e.stance is InterventionStance.SUPPORTS and e.provision is not None and e.provision.id == "a14"


def test_proposals_by_number_and_their_provision() -> None:
    e = entry("EU sup #1")
    assert e.proposal is not None and e.proposal.id == "p1"
    assert e.provision is not None and e.provision.id == "a14-2"
    assert entry("KE opp #2").warnings == ("Proposal #2 is withdrawn.",)
    with pytest.raises(CaptureError, match="another provision"):
        parse_line("KE 6 sup #1", LEXICON)
    with pytest.raises(CaptureError, match="There is no proposal #9"):
        parse_line("KE sup #9", LEXICON)


def test_the_chairs_decision_on_a_proposal() -> None:
    parsed = parse_line("#1 withdrawn after consultations", LEXICON)
    assert isinstance(parsed, StatusEntry)
    assert (parsed.proposal.id, parsed.status, parsed.note) == ("p1", ProposalStatus.WITHDRAWN, "after consultations")
    with pytest.raises(CaptureError, match="what the chair decided"):
        parse_line("#1 sup", LEXICON)


@pytest.mark.parametrize(("line", "message"), [
    ("", "Type who took the floor first"), ("KE 14", "What did KE say about Article 14?"),
    ("XX 14 sup", "No delegation or group is called or coded ‘XX’"),
    ("KE gen prop delete 'x'", "Proposed wording needs a provision"),
    ("KE 14 replace 'may'", "Say what replaces “may”"), ("KE 14 insert lawful", "Put the wording in quotes"),
    ("KE/KE 14 sup", "cannot speak on behalf of itself"), ("EU/1 14 sup", "from 2 to 250"),
    ("'may' KE", "before the wording"),
])
def test_errors_say_what_to_type(line: str, message: str) -> None:
    with pytest.raises(CaptureError, match=message):
        parse_line(line, LEXICON, current=CURRENT)


def test_control_and_invisible_characters_are_removed_before_reading() -> None:
    assert clean_line("KE\u202e 14\x00 sup\u200b\n") == "KE 14 sup"
    assert entry("KE\u202e 14\x00 sup").line == "KE 14 sup"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_any_text_is_read_or_refused_with_a_located_error(line: str) -> None:
    try:
        tokenize(clean_line(line))
        parse_line(line, LEXICON, current=CURRENT)
    except CaptureError as error:
        assert 0 <= error.start <= error.end <= len(clean_line(line))
