"""Left pane: document and version selector, filter box, facet filters and the provision tree."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from briefing_app.domain.enums import Severity, Stance
from briefing_app.domain.models import Provision, Version
from briefing_app.store import queries, ui_queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.background import read_in_worker
from briefing_app.ui.i18n import enum_label
from briefing_app.ui.jobs import Job
from briefing_app.ui.labels import EmptyState
from briefing_app.ui.lists import fit_names
from briefing_app.ui.provision_model import ID_ROLE, ProvisionFilterProxy, ProvisionTreeModel
from briefing_app.ui.rich import tooltip

FILTER_DELAY_MS = 150
EXPAND_LIMIT = 60  # expand the paths to at most this many matches; more stay collapsed


@dataclass(frozen=True, slots=True)
class Matches:
    """A filter's outcome: the matching provisions, what they bring (a matching chapter its
    articles), what the tree shows for them (also the chapters leading there), and the version's
    filter texts (read on first use) so the model can keep them."""

    version_id: str
    texts: dict[str, str] | None
    matches: set[str]
    found: set[str]
    visible: set[str]


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo


class Navigator(QWidget):
    provision_selected = Signal(str)
    filter_applied = Signal()
    version_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws: Workspace | None = None
        self._generation = 0
        self._filter_job: Job | None = None
        self._shown_id = ""  # the provision the tree last offered; a filter never replaces it
        self._quiet = False  # the selection changes because the filter does, not the user
        self.document_box = _combo(self.tr("Document"))
        self.version_box = _combo(self.tr("Version"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter provisions…"))
        self.filter_edit.setAccessibleName(self.tr("Filter provisions"))
        self.filter_edit.setClearButtonEnabled(True)
        self.severity_box = _combo(self.tr("Minimum concern severity"))
        self.category_box = _combo(self.tr("Concern category"))
        self.amendments_check = QCheckBox(self.tr("Has amendments"))
        self.organization_box = _combo(self.tr("Organization"))
        self.delegation_box = _combo(self.tr("Delegation"))
        self.stance_box = _combo(self.tr("Delegation's stance"))
        self.match_label = QLabel()
        self.match_label.setTextFormat(Qt.TextFormat.PlainText)
        self.match_label.hide()
        self.model = ProvisionTreeModel(self)
        self.proxy = ProvisionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Provisions"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        badge_width = self.tree.fontMetrics().horizontalAdvance("00000") + 2 * self.tree.indentation() // 3
        for column in (1, 2):  # fixed: sizing to contents asked every loaded row for its data on each change
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, badge_width)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self._build_layout()
        self._connect()

    def _build_layout(self) -> None:
        selectors = QFormLayout()
        selectors.addRow(self.tr("&Document"), self.document_box)
        selectors.addRow(self.tr("&Version"), self.version_box)
        facets = QGroupBox(self.tr("Facets"))
        form = QFormLayout(facets)
        form.addRow(self.tr("Severity ≥"), self.severity_box)
        form.addRow(self.tr("Category"), self.category_box)
        form.addRow(self.tr("Organization"), self.organization_box)
        stance_row = QHBoxLayout()
        stance_row.addWidget(self.delegation_box, 2)
        stance_row.addWidget(self.stance_box, 1)
        form.addRow(self.tr("Delegation"), stance_row)
        form.addRow("", self.amendments_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(selectors)
        layout.addWidget(self.filter_edit)
        layout.addWidget(facets)
        layout.addWidget(self.match_label)
        self.tree_area = EmptyState(self.tree, self.tr(
            "No treaty text yet. File → Import draft… reads one and splits it into articles and paragraphs, "
            "which are listed here."), "no-provisions").follow(self.model)
        layout.addWidget(self.tree_area, 1)
        for first, second in ((self.document_box, self.version_box), (self.version_box, self.filter_edit),
                              (self.filter_edit, self.severity_box), (self.severity_box, self.category_box),
                              (self.category_box, self.organization_box),
                              (self.organization_box, self.delegation_box),
                              (self.delegation_box, self.stance_box), (self.stance_box, self.amendments_check),
                              (self.amendments_check, self.tree)):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.document_box.currentIndexChanged.connect(self._document_changed)
        self.version_box.currentIndexChanged.connect(self._version_changed)
        self.filter_edit.textChanged.connect(lambda _t: self._timer.start())
        for box in (self.severity_box, self.category_box, self.organization_box, self.delegation_box,
                    self.stance_box):
            box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.amendments_check.toggled.connect(lambda _c: self.apply_filter())
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)

    # -- loading -----------------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None, *, load: bool = True) -> None:
        """Show another workspace; `load=False` when the caller refreshes right after."""
        self._ws = ws
        if load:
            self.refresh()

    def refresh(self) -> None:
        """Reload documents, versions, facet choices and the tree, keeping the current choices."""
        ws = self._ws
        document_id = self.document_box.currentData()
        version_id = self.model.version_id
        selected = self.current_provision_id()
        self.document_box.blockSignals(True)
        self.document_box.clear()
        for document in queries.documents(ws) if ws else []:
            self.document_box.addItem(document.short_title or document.title, document.id)
            self.document_box.setItemData(self.document_box.count() - 1, tooltip(document.title),
                                           Qt.ItemDataRole.ToolTipRole)
        self.document_box.setCurrentIndex(max(0, self.document_box.findData(document_id)))
        fit_names(self.document_box, grow=False)  # the pane sets the width; the list and tooltip show it all
        self.document_box.blockSignals(False)
        self._fill_facets()
        self._fill_versions(version_id)
        if selected:
            self.select_provision(selected)

    def _fill_facets(self) -> None:
        ws = self._ws
        choices: list[tuple[QComboBox, list[tuple[str, object]]]] = [
            (self.severity_box, [(enum_label(s), s) for s in Severity]),
            (self.category_box, [(c, c) for c in (ui_queries.concern_categories(ws) if ws else [])]),
            (self.organization_box, [(o.display_name, o.id)
                                     for o in (ui_queries.contributing_organizations(ws) if ws else [])]),
            (self.delegation_box, [(d.name, d.id) for d in (queries.delegations(ws) if ws else [])]),
            (self.stance_box, [(enum_label(s), s) for s in Stance]),
        ]
        for box, items in choices:
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("any stance") if box is self.stance_box else self.tr("any"), None)
            for label, value in items:
                box.addItem(label, value)
            box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
            box.blockSignals(False)

    def _fill_versions(self, keep: str = "") -> None:
        self.version_box.blockSignals(True)
        self.version_box.clear()
        document_id = self.document_box.currentData()
        versions = queries.versions_of(self._ws, document_id) if self._ws and document_id else []
        for version in versions:
            self.version_box.addItem(version.label, version.id)
        index = self.version_box.findData(keep) if keep else -1
        self.version_box.setCurrentIndex(index if index >= 0 else len(versions) - 1)
        self.version_box.blockSignals(False)
        self._version_changed()

    def _document_changed(self) -> None:
        self._fill_versions()

    def _version_changed(self) -> None:
        version_id = self.version_box.currentData() or ""
        self.model.set_version(self._ws, version_id)
        self.apply_filter()
        self.version_changed.emit(version_id)

    def refresh_counts(self) -> None:
        """After an edit: badges, and facet choices (a new category, a renamed organization); a
        chosen facet whose record is gone falls back to "any"."""
        before = self.facets()
        self._fill_facets()
        self.model.refresh_counts()
        if self.facets().active or self.facets() != before:
            self.apply_filter()

    # -- filtering ---------------------------------------------------------------------------------
    def facets(self) -> ui_queries.Facets:
        severity, stance = self.severity_box.currentData(), self.stance_box.currentData()
        return ui_queries.Facets(
            min_severity=Severity(severity) if severity else None,
            category=self.category_box.currentData() or "",
            has_amendments=self.amendments_check.isChecked(),
            organization_id=self.organization_box.currentData() or "",
            delegation_id=self.delegation_box.currentData() or "",
            stance=Stance(stance) if stance else None,
        )

    def apply_filter(self) -> None:
        """Narrow the tree to provisions matching the filter text and every active facet; large
        versions compute the match in a worker and `filter_applied` fires when the tree shows it."""
        self._timer.stop()
        self._generation += 1
        ws, tree = self._ws, self.model.outline
        text = self.filter_edit.text().strip()
        facets = self.facets()
        if ws is None or not self.model.version_id or (not text and not facets.active):
            self._show_matches(self._generation, None)
            return
        version_id, generation, texts = self.model.version_id, self._generation, self.model.texts

        def read(reader: Workspace) -> Matches:
            outline = tree if tree.parent else ui_queries.outline(reader, version_id)  # not in yet
            words = texts if texts is not None or not text else ui_queries.filter_texts(reader, version_id)
            matches = ui_queries.text_matches(words, text) if text and words is not None else None
            if facets.active:
                found = ui_queries.facet_matches(reader, outline, facets)
                matches = found if matches is None else matches & found
            assert matches is not None
            return Matches(version_id, words, matches, outline.contents(matches), outline.widen(matches))

        if not self.model.large:
            self._show_matches(generation, read(ws))
        else:
            if self._filter_job is not None:
                self._filter_job.cancel()  # its result would be dropped anyway
            self._filter_job = read_in_worker(
                ws.path, read, lambda result: self._show_matches(generation, result), self.tr("Filtering provisions"))

    def _show_matches(self, generation: int, result: Matches | None) -> None:
        if not isValid(self):
            return  # the navigator is gone
        if result is not None and result.texts is not None and result.version_id == self.model.version_id:
            self.model.texts = result.texts  # the next filter on this version matches in memory
        if generation != self._generation:
            return  # a newer filter is on its way
        self._quiet = True
        try:
            if result is None:
                self.proxy.set_visible(None)
            else:
                self.proxy.set_visible(result.visible, context=result.visible - result.found)
                if len(result.matches) <= EXPAND_LIMIT:
                    for provision_id in result.matches:
                        self._expand_to(provision_id)
            hidden = self._keep_selection()
        finally:
            self._quiet = False
        self._show_count(result, hidden)
        self.filter_applied.emit()

    def _keep_selection(self) -> Provision | None:
        """Select the provision open on the right again if the tree still shows it, else select nothing,
        so that a filter never swaps it for another; returns it when the filter hides it."""
        if not self._shown_id:
            return None
        index = self.proxy.mapFromSource(self.model.index_of(self._shown_id))
        if index.isValid():
            if self.tree.currentIndex() != index:
                self.tree.setCurrentIndex(index)
            return None
        self.tree.selectionModel().clear()
        provision = self._ws.get(Provision, self._shown_id) if self._ws is not None else None
        return provision if provision is not None and provision.version_id == self.model.version_id else None

    def _show_count(self, result: Matches | None, hidden: Provision | None) -> None:
        """What the tree shows, counted as the user sees it (a matching chapter counts with its
        articles), and the open provision when the filter hides it."""
        if result is None:
            self.match_label.clear()
            self.match_label.hide()
            return
        found = self.tr("%n provision(s) found", "", len(result.found))
        if hidden is not None:
            found = self.tr("{found}; {provision}, open on the right, is not among them").format(
                found=found, provision=hidden.label)
        self.match_label.setText(found)
        self.match_label.setToolTip(tooltip(self.tr(
            "Matching the filter themselves: %n provision(s). A matching chapter or article brings all "
            "it contains; chapters in grey italics only lead to what was found.", "", len(result.matches))))
        self.match_label.show()

    def _expand_to(self, provision_id: str) -> None:
        source = self.model.index_of(provision_id)
        if self.model.canFetchMore(source):
            self.model.fetchMore(source)
        index = self.proxy.mapFromSource(source)
        while index.isValid():
            self.tree.expand(index)
            index = index.parent()

    # -- selection ---------------------------------------------------------------------------------
    def current_provision_id(self) -> str:
        index = self.tree.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else ""

    def visible_provision_ids(self) -> list[str]:
        """Ids of the rows the tree shows now (loaded and not filtered out), depth first."""
        found: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                found.append(str(index.data(ID_ROLE)))
                walk(index)

        walk(QModelIndex())
        return found

    def select_provision(self, provision_id: str) -> bool:
        """Select a provision, switching version (and clearing filters that hide it) when needed."""
        if self._ws is None:
            return False
        provision = self._ws.get(Provision, provision_id)
        if provision is None:
            return False
        if provision.version_id != self.model.version_id:
            self._switch_to_version(provision.version_id)
        source = self.model.index_of(provision_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index_of(provision_id))
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _switch_to_version(self, version_id: str) -> None:
        assert self._ws is not None
        version = self._ws.get(Version, version_id)
        if version is None:
            return
        self.document_box.blockSignals(True)
        self.document_box.setCurrentIndex(max(0, self.document_box.findData(version.document_id)))
        self.document_box.blockSignals(False)
        self._fill_versions(version_id)

    def clear_filters(self) -> None:
        for box in (self.severity_box, self.category_box, self.organization_box, self.delegation_box,
                    self.stance_box):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.amendments_check.blockSignals(True)
        self.amendments_check.setChecked(False)
        self.amendments_check.blockSignals(False)
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.apply_filter()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        provision_id = self.current_provision_id()
        if provision_id and not self._quiet and self.tree.selectionModel().hasSelection():
            self._shown_id = provision_id
            self.provision_selected.emit(provision_id)
