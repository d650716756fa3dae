"""Record dialogs after adoption: a reservation or declaration linked to the provisions it touches, a
national law or bill, and a section of it mapped to treaty articles with the concerns on it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from briefing_app.domain.enums import (
    Confidence,
    LawKind,
    LawStage,
    ProvisionKind,
    ReservationKind,
    StatusKind,
)
from briefing_app.domain.models import (
    Case,
    NationalLaw,
    NationalProvision,
    Provision,
    Reservation,
    StatusEvent,
)
from briefing_app.domain.treaty_status import is_valid_date
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.dialogs import Edited, LinkedRecordDialog, _source_choices
from briefing_app.ui.forms import Field, RecordDialog

RESERVATION_LINK = "reservation_provisions"
ARTICLES_LINK = "national_provision_articles"
CONCERNS_LINK = "concern_national_provisions"
CASES_LINK = "national_provision_cases"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Status", text)


def treaty_provisions(ws: Workspace, document_id: str, *, paragraphs: bool = True) -> list[Provision]:
    """Articles (and their paragraphs) of the treaty's latest version, in document order."""
    version = queries.latest_version(ws, document_id)
    if version is None:
        return []
    kinds = {ProvisionKind.ARTICLE} | ({ProvisionKind.PARAGRAPH} if paragraphs else set())
    return [p for p in queries.provisions_of(ws, version.id) if p.kind in kinds]


def _provision_items(provisions: list[Provision], checked: list[str], ws: Workspace) -> list[tuple[str, str]]:
    items = [(p.label + (f" {p.heading}" if p.heading else ""), p.id) for p in provisions]
    known = {p.id for p in provisions}
    for provision_id in checked:  # linked to an older version's provision: keep it offered, ticked
        if provision_id not in known and (old := ws.get(Provision, provision_id)) is not None:
            items.append((old.label, old.id))
    return items


class StatusEventDialog(RecordDialog):
    """A signature, an instrument or a withdrawal of one state; the date may be partial (2025-10)."""

    def __init__(self, parent: QWidget | None, ws: Workspace, event: StatusEvent) -> None:
        super().__init__(parent, _tr("Step towards the treaty"), event, [
            Field("kind", _tr("Step"), "enum", enum=StatusKind),
            Field("date", _tr("Date"), "date", required=True),
            Field("source_id", _tr("Source"), "ref", choices=_source_choices(ws)),
            Field("confidence", _tr("Confidence"), "enum", enum=Confidence),
            Field("illustrative", _tr("Illustrative (no source supports it)"), "bool"),
            Field("summary", _tr("Note (our words)"), "text"),
        ])

    def problems(self) -> list[str]:
        found = super().problems()
        if not self.value("source_id") and not self.value("illustrative"):
            found.append(_tr("Name the source, or mark the step illustrative."))
        return found

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, event: StatusEvent) -> StatusEvent | None:
        dialog = cls(parent, ws, event)
        if not dialog.exec():
            return None
        record = dialog.result_record()
        assert isinstance(record, StatusEvent)
        return record


class ReservationDialog(LinkedRecordDialog):
    """A reservation, declaration, notification or objection; none ticked means the whole treaty."""

    def __init__(self, parent: QWidget | None, ws: Workspace, reservation: Reservation, linked: list[str]) -> None:
        super().__init__(parent, _tr("Reservation or declaration"), reservation, [
            Field("kind", _tr("Kind"), "enum", enum=ReservationKind),
            Field("date", _tr("Date"), "date"),
            Field("summary", _tr("Summary (our words)"), "text", required=True),
            Field("source_id", _tr("Source"), "ref", choices=_source_choices(ws)),
            Field("withdrawn_date", _tr("Withdrawn on"), "date"),
            Field("confidence", _tr("Confidence"), "enum", enum=Confidence),
            Field("illustrative", _tr("Illustrative (no source supports it)"), "bool"),
        ])
        provisions = treaty_provisions(ws, reservation.document_id)
        self.add_checklist(RESERVATION_LINK, _tr("Provisions it touches (none: the whole treaty)"),
                           _provision_items(provisions, linked, ws), linked)
        self.add_new_source_to_field(ws, "source_id")

    def problems(self) -> list[str]:
        found = super().problems()
        date, withdrawn = self.value("date"), self.value("withdrawn_date")
        if date and withdrawn and is_valid_date(date) and is_valid_date(withdrawn) and withdrawn < date:
            found.append(_tr("It cannot be withdrawn before it was made."))
        return found

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, reservation: Reservation, linked: list[str]) -> Edited | None:
        return cls(parent, ws, reservation, linked).run()


class NationalLawDialog(LinkedRecordDialog):
    def __init__(self, parent: QWidget | None, ws: Workspace, law: NationalLaw) -> None:
        super().__init__(parent, _tr("National law or bill"), law, [
            Field("title", _tr("Title"), required=True),
            Field("kind", _tr("Kind"), "enum", enum=LawKind),
            Field("stage", _tr("Stage"), "enum", enum=LawStage),
            Field("date", _tr("Date of that stage"), "date"),
            Field("url", _tr("Link"), "url"),
            Field("summary", _tr("Summary (our words)"), "text"),
            Field("source_id", _tr("Source"), "ref", choices=_source_choices(ws)),
            Field("illustrative", _tr("Illustrative (no source supports it)"), "bool"),
        ])
        self.add_new_source_to_field(ws, "source_id")

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, law: NationalLaw) -> Edited | None:
        return cls(parent, ws, law).run()


class NationalSectionDialog(LinkedRecordDialog):
    """A section of a national law: the treaty articles it implements, the concerns and cases on it."""

    def __init__(self, parent: QWidget | None, ws: Workspace, section: NationalProvision, document_id: str,
                 links: dict[str, list[str]]) -> None:
        super().__init__(parent, _tr("Section of a national law"), section, [
            Field("number", _tr("Number")),
            Field("heading", _tr("Heading")),
            Field("text", _tr("What it says (our words)"), "text", required=True),
        ])
        articles = treaty_provisions(ws, document_id, paragraphs=False)
        self.add_checklist(ARTICLES_LINK, _tr("Treaty articles it implements"),
                           _provision_items(articles, links.get(ARTICLES_LINK, []), ws), links.get(ARTICLES_LINK, []))
        concerns = [(c.title, c.id) for c in queries.all_concerns(ws)]
        self.add_checklist(CONCERNS_LINK, _tr("Concerns about it"), concerns, links.get(CONCERNS_LINK, []))
        cases = [(c.title, c.id) for c in ws.find(Case, order_by="title")]
        self.add_checklist(CASES_LINK, _tr("Documented cases under it"), cases, links.get(CASES_LINK, []))

    def problems(self) -> list[str]:
        found = super().problems()
        if not self.value("number") and not self.value("heading"):
            found.append(_tr("Give the section a number or a heading."))
        return found

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, section: NationalProvision, document_id: str,
            links: dict[str, list[str]]) -> Edited | None:
        return cls(parent, ws, section, document_id, links).run()
