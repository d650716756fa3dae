"""A proposal or conflict field by field: which values differ, and a word redline for text."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from briefing_app.domain.redline import Segment, SegmentKind, redline


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field: my value and theirs as text; `segments` turn mine into theirs (text fields only)."""

    column: str
    mine: str
    theirs: str
    segments: tuple[Segment, ...] = ()


def shown(value: Any) -> str:
    return "" if value is None else str(value)


def field_changes(columns: Sequence[str], mine: Mapping[str, Any] | None, theirs: Mapping[str, Any] | None,
                  text_columns: Collection[str]) -> list[FieldChange]:
    """The fields that differ (every field when one side deleted the row), in column order; text
    columns get a redline from mine to theirs."""
    changes = []
    for column in columns:
        old = None if mine is None else mine.get(column)
        new = None if theirs is None else theirs.get(column)
        if mine is not None and theirs is not None and old == new:
            continue
        segments: tuple[Segment, ...] = ()
        if column in text_columns and isinstance(old, str) and isinstance(new, str):
            segments = tuple(redline(old, new))
        changes.append(FieldChange(column, shown(old), shown(new), segments))
    return changes


def plain_redline(segments: Sequence[Segment]) -> str:
    """A redline as plain text, wdiff style: [-deleted-]{+inserted+}."""
    marks = {SegmentKind.DELETE: ("[-", "-]"), SegmentKind.INSERT: ("{+", "+}")}
    return "".join(f"{marks[s.kind][0]}{s.text}{marks[s.kind][1]}" if s.kind in marks else s.text
                   for s in segments)
