"""domain.brackets: bracketed passages and alternatives read from a negotiating text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.brackets import PieceKind, has_alternatives, pieces


@pytest.mark.parametrize(("text", "expected"), [
    ("States [may][shall] act", [("plain", ()), ("alternatives", ("may", "shall")), ("plain", ())]),
    ("[may]/[shall]", [("alternatives", ("may", "shall"))]),
    ("[may][shall][must]", [("alternatives", ("may", "shall", "must"))]),
    ("[option 1 / option 2]", [("alternatives", ("option 1", "option 2"))]),
    ("[and/or]", [("bracketed", ("and/or",))]),
    ("[Each State Party] [shall act]", [("bracketed", ("Each State Party",)), ("plain", ()),
                                        ("bracketed", ("shall act",))]),
    ("[Each State Party [may][shall] act.]", [("bracketed", ("Each State Party [may][shall] act.",))]),
    ("[a [b / c] d / e]", [("alternatives", ("a [b / c] d", "e"))]),
    ("unclosed [may", [("plain", ()), ("bracketed", ("may",))]),
    ("[x]\n[y]", [("bracketed", ("x",)), ("plain", ()), ("bracketed", ("y",))]),
])
def test_pieces_tell_alternatives_from_bracketed_text(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(p.kind.value, p.alternatives) for p in pieces(text)] == expected
    assert has_alternatives(text) is any(kind == PieceKind.ALTERNATIVES for kind, _ in expected)


@given(st.text(alphabet="ab []/\n", max_size=40))
def test_pieces_give_the_text_back_exactly(text: str) -> None:
    assert "".join(p.source for p in pieces(text)) == text
