"""A bracketed paragraph agreed in the next draft (brackets and the losing alternative gone): the
redline shows exactly what went, the status follows the new draft and the concern carries."""

from __future__ import annotations

from briefing_app.domain.enums import ProvisionStatus
from briefing_app.domain.models import Concern, Document, Provision
from briefing_app.domain.redline import SegmentKind
from briefing_app.drafts.compare import ChangeKind, changes_between
from briefing_app.drafts.importer import apply_import, plan_import
from briefing_app.drafts.parse import parse_text
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace

REV1 = """\
Article 1. Points of contact
1. Each State Party shall designate a point of contact available at all times.
2. [Each State Party [may][shall] ensure that the point of contact can act quickly.]

Article 2. Final
This Convention shall be open for signature by all States.
"""
REV2 = REV1.replace("2. [Each State Party [may][shall] ensure that the point of contact can act quickly.]",
                    "2. Each State Party shall ensure that the point of contact can act quickly.")


def _paragraph(ws: Workspace, version_id: str, number: str) -> Provision:
    return next(p for p in queries.provisions_of(ws, version_id) if p.number == number and p.parent_id)


def test_brackets_removed_in_the_next_draft_redline_and_carry(workspace: Workspace) -> None:
    document = workspace.insert(Document(title="Points of contact"))
    rev1 = apply_import(workspace, plan_import(workspace, parse_text(REV1), document=document, label="Rev.1")).version
    old = _paragraph(workspace, rev1.id, "2")
    assert old.status is ProvisionStatus.BRACKETED
    concern = workspace.insert(Concern(title="'Shall' turns a safeguard into a duty to act fast"))
    workspace.link("concern_provisions", concern.id, old.id)

    result = apply_import(workspace, plan_import(workspace, parse_text(REV2), document=document, label="Rev.2"))
    new = _paragraph(workspace, result.version.id, "2")
    assert new.status is ProvisionStatus.UNMARKED and new.lineage_id == old.lineage_id
    assert workspace.linked("concern_provisions", right_id=new.id) == [concern.id]
    assert [c.record_table for c in result.carried] == ["concerns"]

    change = next(c for c in changes_between(workspace, rev1.id, result.version.id)
                  if c.new is not None and c.new.number == "1" and c.kind is ChangeKind.CHANGED)
    segments = change.redline()
    deleted = [s.text for s in segments if s.kind is SegmentKind.DELETE]
    assert [s.text for s in segments if s.kind is SegmentKind.INSERT] == []
    assert deleted == ["[", "[may][", "]", "]"]  # the brackets and the alternative that lost, nothing else
    assert "".join(s.text for s in segments if s.kind is not SegmentKind.INSERT) == change.old_text
    assert "".join(s.text for s in segments if s.kind is not SegmentKind.DELETE) == change.new_text
    assert "Each State Party shall ensure that the point of contact can act quickly." in change.new_text
