"""View → National implementation: per state, its laws and bills (stage, date, link); per law, its
sections with the treaty articles they implement and the concerns and cases attached to them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.enums import DelegationKind
from briefing_app.domain.models import Delegation, NationalLaw, NationalProvision, Provision
from briefing_app.status.national import Recommendations, recommendations_on
from briefing_app.store import queries, status_store
from briefing_app.store.status_store import SectionDetail
from briefing_app.store.workspace import Workspace
from briefing_app.ui.i18n import enum_label, local_date, provision_label
from briefing_app.ui.labels import EmptyState
from briefing_app.ui.rich import esc, external_link, tooltip
from briefing_app.ui.status.widgets import add_buttons, record_table
from briefing_app.ui.table_model import RECORD_ROLE, Column, RecordTableModel

SECTION_ROLE = Qt.ItemDataRole.UserRole + 11
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def section_label(section: NationalProvision) -> str:
    """NationalProvision.label in the UI's language ("s. 24" → "art. 24" / "secc. 24")."""
    if section.number:
        return translate("National", "s. {number}").format(number=section.number)
    return section.heading or translate("National", "provision")


def article_label(article: Provision) -> str:
    """A treaty article in the UI's language, with its heading ("Artículo 6 Jurisdicción")."""
    label = provision_label(article.kind, article.number, article.heading)
    return label + (f" {article.heading}" if article.heading and article.heading != label else "")


def section_html(detail: SectionDetail, ours: Recommendations | None = None) -> str:
    """A section as rich text (every user string escaped, ui/rich.esc), with our concerns and
    amendments on the articles it implements."""
    section = detail.section
    title = esc(section_label(section) + (f" — {section.heading}" if section.heading and section.number else ""))
    parts = [f"<h3>{title}</h3>", f"<p>{esc(section.text)}</p>"]
    articles = ", ".join(esc(article_label(a)) for a in detail.articles)
    mapped = articles or esc(translate("National", "no treaty article mapped"))
    implements = esc(translate("National", "Implements:"))
    parts.append(f"<p><b>{implements}</b> {mapped}</p>")
    if detail.concerns:
        items = "".join(f"<li>{esc(c.title)}</li>" for c in detail.concerns)
        heading = esc(translate("National", "Concerns:"))
        parts.append(f"<p><b>{heading}</b></p><ul>{items}</ul>")
    if detail.cases:
        items = "".join(f"<li>{esc(c.title)}</li>" for c in detail.cases)
        heading = esc(translate("National", "Documented cases:"))
        parts.append(f"<p><b>{heading}</b></p><ul>{items}</ul>")
    if ours is not None and (ours.concerns or ours.amendments):
        concern, amendment = translate("National", "Concern: {title}"), translate("National", "Amendment: {title}")
        items = "".join(f"<li>{esc(concern.format(title=c.title))}</li>" for c in ours.concerns)
        items += "".join(f"<li>{esc(amendment.format(title=a.title))} ({esc(enum_label(a.status))})</li>"
                         for a in ours.amendments)
        heading = esc(translate("National", "Our analysis of the articles it implements:"))
        parts.append(f"<p><b>{heading}</b></p><ul>{items}</ul>")
    return "".join(parts)


def law_html(law: NationalLaw) -> str:
    illustrative = esc(translate("National", "◇ illustrative"))
    mark = f" <i>{illustrative}</i>" if law.illustrative else ""
    link = f"<p>{external_link(law.url, law.url)}</p>" if law.url else ""
    when = f", {esc(local_date(law.date))}" if law.date else ""
    return (f"<h3>{esc(law.title)}{mark}</h3><p>{esc(enum_label(law.kind))}, {esc(enum_label(law.stage))}{when}</p>"
            f"<p>{esc(law.summary)}</p>{link}")


class NationalImplementationPage(QWidget):
    """Buttons act through the controller's callbacks (add/edit/delete a law or a section)."""

    def __init__(self, actions: dict[str, Callable[[], object]]) -> None:
        super().__init__()
        self.setObjectName("national_page")
        self.ws: Workspace | None = None
        self.details: list[SectionDetail] = []
        self.counts: dict[str, int] = {}
        self.state_box = QComboBox()
        self.state_box.setAccessibleName(self.tr("State"))
        self.state_box.currentIndexChanged.connect(lambda _i: self._load_laws())
        state_label = QLabel(self.tr("S&tate:"))
        state_label.setBuddy(self.state_box)
        bar = QHBoxLayout()
        bar.addWidget(state_label)
        bar.addWidget(self.state_box, 1)
        self.buttons = add_buttons(bar, (("add_law", self.tr("Add &law…")), ("edit_law", self.tr("&Edit law…")),
                                         ("delete_law", self.tr("Delete la&w"))), actions)
        section_bar = QHBoxLayout()  # above the sections (one bar is too long for French and Spanish)
        self.buttons.update(add_buttons(section_bar, (("add_section", self.tr("Add se&ction…")),
                                                      ("edit_section", self.tr("Edit secti&on…")),
                                                      ("delete_section", self.tr("Delete sectio&n")),
                                                      ("new_concern", self.tr("New conce&rn on section…"))),
                                        actions))
        section_bar.addStretch(1)
        columns: list[Column[NationalLaw]] = [
            Column(translate("National", "Law or bill"), lambda law: law.title + (" ◇" if law.illustrative else "")),
            Column(translate("National", "Kind"), lambda law: enum_label(law.kind), width=80),
            Column(translate("National", "Stage"), lambda law: enum_label(law.stage), width=100),
            Column(translate("National", "Date"), lambda law: local_date(law.date), lambda law: law.date, width=90),
            Column(translate("National", "Sections"), lambda law: str(self.counts.get(law.id, 0)), lambda law: self.counts.get(law.id, 0),
                   width=75),
            Column(translate("National", "Link"), lambda law: law.url, width=220),
        ]
        self.model: RecordTableModel[NationalLaw] = RecordTableModel(columns, self)
        self.table = record_table(self.tr("Laws and bills of the state"), self.model, columns)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._load_sections())
        self.table.doubleClicked.connect(lambda _i: actions["edit_law"]())
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections of the law"))
        self.sections.setWordWrap(True)
        self.sections.currentRowChanged.connect(lambda _r: self._show_detail())
        self.sections.itemDoubleClicked.connect(lambda _i: actions["edit_section"]())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Section detail"))
        self.detail.setOpenExternalLinks(True)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.sections)
        lower.addWidget(self.detail)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addLayout(section_bar)
        below_layout.addWidget(lower, 1)
        lower.setSizes([380, 700])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setSizes([170, 560])
        splitter.setChildrenCollapsible(False)
        self.table_area = EmptyState(splitter, "", "no-laws")  # the laws and their sections, or what is missing
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table_area, 1)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.refresh()

    def refresh(self) -> None:
        keep_state, keep_law = self.state_box.currentData(), self.current_law()
        keep_section = self.current_section()
        self.state_box.blockSignals(True)
        self.state_box.clear()
        ws = self.ws
        if ws is not None:
            laws = status_store.laws_of(ws)
            per_state: dict[str, int] = {}
            for law in laws:
                per_state[law.delegation_id] = per_state.get(law.delegation_id, 0) + 1
            states = [d for d in queries.delegations(ws) if d.kind is DelegationKind.STATE or d.id in per_state]
            states.sort(key=lambda d: (d.id not in per_state, d.name.casefold()))  # states with laws first
            for state in states:
                count = per_state.get(state.id, 0)
                self.state_box.addItem(f"{state.name} ({count})" if count else state.name, state.id)
        self.state_box.setCurrentIndex(max(self.state_box.findData(keep_state), 0) if keep_state else 0)
        self.state_box.blockSignals(False)
        self._load_laws(keep_law.id if keep_law else "", keep_section.section.id if keep_section else "")

    def _load_laws(self, keep_law: str = "", keep_section: str = "") -> None:
        ws, state = self.ws, self.current_state()
        laws = status_store.laws_of(ws, state.id) if ws is not None and state is not None else []
        self.counts = {law.id: len(status_store.sections_of(ws, law.id)) for law in laws} if ws else {}
        self.model.set_rows(laws)
        if state is None:
            self.table_area.note.setText(self.tr(
                "No states yet: View → Delegations, Add delegation… (kind: state); then the laws and bills each "
                "passes to implement the treaty are recorded here."))
        else:
            self.table_area.note.setText(self.tr(
                "No laws or bills recorded for {state} yet: Add law… records one; its sections then map to the "
                "treaty articles they implement.").format(state=state.name))
        self.table_area.show_empty(not laws)
        row = next((i for i, law in enumerate(laws) if law.id == keep_law), 0)
        if laws:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._load_sections(keep_section)

    def _load_sections(self, keep_section: str = "") -> None:
        ws, law = self.ws, self.current_law()
        self.details = status_store.section_details(ws, law.id) if ws is not None and law is not None else []
        self.sections.blockSignals(True)
        self.sections.clear()
        for detail in self.details:
            section = detail.section
            badges = f"  ⚑{len(detail.concerns)}" if detail.concerns else ""
            articles = ", ".join(provision_label(a.kind, a.number, a.heading) for a in detail.articles)
            text = f"{section_label(section)} {section.heading if section.number else ''}".strip() + (f" → {articles}" if articles else "") + badges
            item = QListWidgetItem(text)
            item.setData(SECTION_ROLE, detail)
            item.setToolTip(tooltip(section.text))
            self.sections.addItem(item)
        row = next((i for i, d in enumerate(self.details) if d.section.id == keep_section), 0)
        self.sections.setCurrentRow(row if self.details else -1)
        self.sections.blockSignals(False)
        self._show_detail()

    def _show_detail(self) -> None:
        detail, law = self.current_section(), self.current_law()
        if detail is not None and law is not None and self.ws is not None:
            ours = recommendations_on(self.ws, detail.articles)
            self.detail.setHtml(law_html(law) + "<hr/>" + section_html(detail, ours))
        elif law is not None:
            self.detail.setHtml(law_html(law) + "<p>" + esc(self.tr(
                "No sections recorded yet: Add section… maps one to the treaty articles it implements.")) + "</p>")
        else:
            state = self.current_state()
            name = state.name if state is not None else self.tr("this state")
            self.detail.setHtml("<p>" + esc(self.tr("No laws or bills recorded for {name}: Add law… records one.")
                                            .format(name=name)) + "</p>")
        self._update_buttons()

    # -- selection ---------------------------------------------------------------------------------
    def current_state(self) -> Delegation | None:
        state_id = self.state_box.currentData()
        return self.ws.get(Delegation, state_id) if self.ws is not None and state_id else None

    def select_state(self, delegation_id: str) -> bool:
        index = self.state_box.findData(delegation_id)
        if index >= 0:
            self.state_box.setCurrentIndex(index)
        return index >= 0

    def current_law(self) -> NationalLaw | None:
        index = self.table.currentIndex()
        law = index.data(RECORD_ROLE) if index.isValid() else None
        return law if isinstance(law, NationalLaw) else None

    def current_section(self) -> SectionDetail | None:
        item = self.sections.currentItem()
        detail = item.data(SECTION_ROLE) if item is not None else None
        return detail if isinstance(detail, SectionDetail) else None

    def _update_buttons(self) -> None:
        self.buttons["add_law"].setEnabled(self.current_state() is not None)
        has_law = self.current_law() is not None
        for key in ("edit_law", "delete_law", "add_section"):
            self.buttons[key].setEnabled(has_law)
        has_section = self.current_section() is not None
        self.buttons["edit_section"].setEnabled(has_section)
        self.buttons["delete_section"].setEnabled(has_section)
        self.buttons["new_concern"].setEnabled(has_section)
