"""The tree a draft's structure is read into: nodes as found (DraftNode, frozen), the lines that fit
nowhere, and the mutable nodes drafts/parse.py builds them from."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from briefing_app.domain.enums import ProvisionKind, ProvisionStatus
from briefing_app.domain.models import provision_label
from briefing_app.drafts import headings as h


@dataclass(frozen=True, slots=True)
class DraftNode:
    kind: ProvisionKind
    number: str
    heading: str
    text: str
    line: int
    children: tuple[DraftNode, ...] = ()
    status: ProvisionStatus = ProvisionStatus.UNMARKED
    footnotes: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return provision_label(self.kind, self.number, self.heading)


@dataclass(frozen=True, slots=True)
class UnplacedLine:
    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class ParsedDraft:
    """The detected structure, for review before it is saved as a version."""

    nodes: tuple[DraftNode, ...]
    unplaced: tuple[UnplacedLine, ...]
    symbol: str = ""

    def walk(self) -> Iterator[tuple[int, DraftNode]]:
        """(depth, node) in reading order."""
        def visit(nodes: tuple[DraftNode, ...], depth: int) -> Iterator[tuple[int, DraftNode]]:
            for node in nodes:
                yield depth, node
                yield from visit(node.children, depth + 1)
        yield from visit(self.nodes, 0)

    def count(self, kind: ProvisionKind) -> int:
        return sum(1 for _depth, node in self.walk() if node.kind is kind)

    def summary(self) -> str:
        parts = [_plural(self.count(kind), kind.value)
                 for kind in (ProvisionKind.ARTICLE, ProvisionKind.CHAPTER, ProvisionKind.PARAGRAPH)]
        extra = {ProvisionKind.PART: "part", ProvisionKind.TITLE: "title", ProvisionKind.SECTION: "section",
                 ProvisionKind.OPTION: "option", ProvisionKind.ANNEX: "annex"}
        parts.extend(_plural(self.count(kind), noun, "es" if kind is ProvisionKind.ANNEX else "s")
                     for kind, noun in extra.items() if self.count(kind))
        if self.count(ProvisionKind.NOTES):
            parts.append("interpretative notes")
        if self.count(ProvisionKind.CLOSING):
            parts.append("a closing formula")
        if self.count(ProvisionKind.PREAMBLE):
            parts.insert(0, "a preamble")
        marked = sum(1 for _d, node in self.walk() if node.status is not ProvisionStatus.UNMARKED)
        if marked:
            parts.append(f"{marked} with a status")
        return ", ".join(parts) + f"; {_plural(len(self.unplaced), 'line')} not placed"


def _plural(count: int, noun: str, suffix: str = "s") -> str:
    return f"{count} {noun}" + ("" if count == 1 else suffix)


@dataclass(eq=False)
class OpenNode:
    """A node being built; `blocks` are its text's lines, `joinable` whether the next line continues one."""

    kind: ProvisionKind
    number: str
    heading: str
    line: int
    blocks: list[str] = field(default_factory=list)
    children: list[OpenNode] = field(default_factory=list)
    joinable: bool = False
    status: ProvisionStatus = ProvisionStatus.UNMARKED
    footnotes: list[str] = field(default_factory=list)
    letter: str = ""  # the sub-paragraph token ("a", "ii") of a sub-paragraph
    roman: bool = False  # whether that token counts in roman numerals ("(ii)" under "(a)")
    parent: OpenNode | None = field(default=None, repr=False)

    def adopt(self, child: OpenNode) -> OpenNode:
        child.parent = self
        self.children.append(child)
        return child

    def add(self, text: str, *, new_block: bool) -> None:
        if self.blocks and self.joinable and not new_block:
            self.blocks[-1] += " " + text
        else:
            self.blocks.append(text)
        self.joinable = True

    def mark(self, status: ProvisionStatus | None) -> None:
        if status is not None and self.status is ProvisionStatus.UNMARKED:
            self.status = status

    def freeze(self) -> DraftNode:
        text = "\n".join(self.blocks)
        status = self.status
        if status is ProvisionStatus.UNMARKED and self.kind.is_paragraph_level and h.wholly_bracketed(text):
            status = ProvisionStatus.BRACKETED
        return DraftNode(self.kind, self.number, self.heading, text, self.line,
                         tuple(child.freeze() for child in self.children), status, tuple(self.footnotes))
