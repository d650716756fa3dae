"""A draft's table of contents is taken out and listed, so its entries make no empty articles and the
preamble after it is still the preamble (drafts/contents.py). Texts written for the tests."""

from __future__ import annotations

from briefing_app.drafts.contents import CONTENTS
from briefing_app.drafts.parse import TITLE_MATTER, parse_text
from tests.drafts.test_structure import _outline

WITH_CONTENTS = """\
Revised draft convention
Contents
Page
Chapter I. General provisions . . . . . . . . . 3
Article 1. Statement of purpose . . . . . . . 3
Article 2. Use of terms ............... 4
Chapter II. Criminalization  5
Article 3  Illegal access\t5
Annex. List of offences … 9

Preamble
The States Parties to this Convention,
Have agreed as follows:

Chapter I
General provisions
Article 1
Statement of purpose
The purposes of this Convention are to prevent crime.
Article 2
Use of terms
For the purposes of this Convention, terms mean what they say.
Chapter II
Criminalization
Article 3
Illegal access
Each State Party shall criminalize access within 5 days.
Annex
List of offences
1. Illegal access.
"""


def test_a_table_of_contents_is_listed_and_the_draft_after_it_reads_as_usual() -> None:
    parsed = parse_text(WITH_CONTENTS)
    assert _outline(parsed) == [
        (0, "preamble", "", ""),
        (0, "chapter", "I", "General provisions"),
        (1, "article", "1", "Statement of purpose"),
        (1, "article", "2", "Use of terms"),
        (0, "chapter", "II", "Criminalization"),
        (1, "article", "3", "Illegal access"),
        (0, "annex", "", "List of offences"),
        (1, "paragraph", "1", ""),
    ]
    assert parsed.nodes[0].text == "The States Parties to this Convention, Have agreed as follows:"
    assert [(u.line, u.reason) for u in parsed.unplaced] == [(1, TITLE_MATTER)] + [(n, CONTENTS) for n in range(2, 10)]


def test_entries_with_dot_leaders_are_contents_without_a_contents_line_and_in_french() -> None:
    parsed = parse_text("Table des matières\nArticle premier. Objet . . . . 3\nArticle 2. Terminologie . . . . 4\n\n"
                        "Article premier\nObjet\nLa présente Convention a pour objet la coopération.\n"
                        "Article 2\nTerminologie\nLes termes s'entendent ainsi.\n")
    assert _outline(parsed) == [(0, "article", "1", "Objet"), (0, "article", "2", "Terminologie")]
    assert [u.line for u in parsed.unplaced] == [1, 2, 3]
    leaders = parse_text("Article 1. Scope . . . . . . 2\nArticle 1\nScope\nThis Convention applies.\n")
    assert _outline(leaders) == [(0, "article", "1", "Scope")]
    assert leaders.unplaced[0].reason == CONTENTS


def test_a_title_called_contents_and_numbers_at_line_ends_in_the_text_stay_text() -> None:
    parsed = parse_text("Article 12\nContents\n1. A request shall state the facts in paragraph 3\n"
                        "2. It shall be answered within 30\ndays.\n")
    assert _outline(parsed) == [(0, "article", "12", "Contents"), (1, "paragraph", "1", ""), (1, "paragraph", "2", "")]
    assert parsed.nodes[0].children[1].text == "It shall be answered within 30 days."
    assert parsed.unplaced == ()
