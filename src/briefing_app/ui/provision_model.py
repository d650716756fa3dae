"""The provision tree of one version: a lazy QAbstractItemModel and its filter proxy.

Children are read from the store only when a node is expanded (canFetchMore/fetchMore); the
version's outline (ids and parents only) tells which nodes have children without loading them.
Filtering is done by the store (sets of matching ids), so the proxy only tests membership.
Badges are counted in SQL a loaded level at a time (ui_queries.level_counts); for large versions,
and any version of a large workspace, the top level, the outline and the badges are read by
background Jobs on read-only connections (background.reads_in_worker), so the GUI thread builds
neither records nor the outline's dictionaries.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from briefing_app.domain.enums import ProvisionKind, Severity
from briefing_app.domain.models import Provision
from briefing_app.domain.views import ProvisionCounts
from briefing_app.store import queries, ui_queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui import background
from briefing_app.ui.background import read_in_worker
from briefing_app.ui.i18n import provision_label
from briefing_app.ui.rich import SEVERITY_COLOURS, colour, tooltip

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # default 'parent' argument of the model overrides
ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (QT_TRANSLATE_NOOP("ProvisionTree", "Provision"), "⚑", "✎")
HEADER_TIPS = (QT_TRANSLATE_NOOP("ProvisionTree", "Provision"),
               QT_TRANSLATE_NOOP("ProvisionTree", "Concerns (with its paragraphs)"),
               QT_TRANSLATE_NOOP("ProvisionTree", "Amendments (with its paragraphs)"))
_SEVERITY_BY_RANK = {s.rank: s for s in Severity}


class _Node:
    __slots__ = ("provision", "parent", "row", "children")

    def __init__(self, provision: Provision | None, parent: _Node | None, row: int) -> None:
        self.provision = provision
        self.parent = parent
        self.row = row
        self.children: list[_Node] | None = None


def tree_label(provision: Provision) -> str:
    label = _tree_label(provision)
    return f"{label} · {provision.status.short}" if provision.status.short else label


def _tree_label(provision: Provision) -> str:
    """"Article 6 — Interception" in the tree; paragraphs show their number and first words."""
    if provision.kind.is_paragraph_level:
        words = provision.text.split()
        preview = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
        if provision.kind is ProvisionKind.OPTION:
            return f"{provision.label}: {preview}" if preview else provision.label
        return f"{provision.number}. {preview}" if provision.number else preview
    label = provision_label(provision.kind, provision.number, provision.heading)
    if provision.heading and provision.heading != provision.label:
        return f"{label} — {provision.heading}"
    return label


class ProvisionTreeModel(QAbstractItemModel):
    counts_ready = Signal()
    outline_ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws: Workspace | None = None
        self._version_id = ""
        self._root = _Node(None, None, 0)
        self._root.children = []
        self.outline = ui_queries.Outline({})
        self._counts: dict[str, ProvisionCounts] = {}
        self._counting = 0  # generation of the badge reads: a level counted before a refresh is dropped
        self.context: set[str] = set()  # shown only to lead to a filter's match: grey italics
        self.texts: dict[str, str] | None = None  # filter texts, read by the navigator's first filter
        self.large = False  # background.reads_in_worker: the outline, badges and filters go to workers
        self._outline_known = True
        self._top_pending = False  # a large version's top level is being read in a worker

    @property
    def version_id(self) -> str:
        return self._version_id

    def set_version(self, ws: Workspace | None, version_id: str) -> None:
        """Show a version. A small one is read at once; a large one reads its top level, its outline
        (which nodes have children, the paths) and the top level's badges in workers, so the GUI
        thread builds no records: `outline_ready` fires when the outline is in, `counts_ready`
        when badges are."""
        self.beginResetModel()
        self._ws = ws
        self._version_id = version_id
        self._root = _Node(None, None, 0)
        self._counts = {}
        self._counting += 1
        self.texts = None
        self.outline = ui_queries.Outline({})
        rows = ui_queries.provision_count(ws, version_id, up_to=background.WORKER_ABOVE + 1) \
            if ws is not None and version_id else 0
        self.large = ws is not None and bool(version_id) and background.reads_in_worker(ws, rows)
        self._outline_known = not self.large
        self._top_pending = rows > background.WORKER_ABOVE  # a small version's top level is read here
        if ws is None or not version_id:
            self._root.children = []
        elif not self._top_pending:
            if not self.large:
                self.outline = ui_queries.outline(ws, version_id)
            top = queries.children_of(ws, version_id, None)
            self._root.children = [_Node(p, self._root, row) for row, p in enumerate(top)]
        self.endResetModel()
        if ws is None or not version_id:
            return
        if not self.large:
            self._count_levels([None])
            return
        self._count_levels([None])  # SQL: it leaves the GIL to the GUI thread while it runs
        if self._top_pending:
            read_in_worker(ws.path, lambda reader: queries.children_of(reader, version_id, None),
                           lambda top: self._set_top(version_id, top), "Reading the provisions")
        else:
            self._read_outline(ws, version_id)

    def _read_outline(self, ws: Workspace, version_id: str) -> None:
        read_in_worker(ws.path, lambda reader: ui_queries.outline(reader, version_id),
                       lambda tree: self._set_outline(version_id, tree), "Reading the provisions")

    def _set_top(self, version_id: str, top: list[Provision]) -> None:
        if not isValid(self) or version_id != self._version_id or not self._top_pending or self._ws is None:
            return
        self._top_pending = False
        if self._root.children is None:  # else index_of read it meanwhile
            self._insert_children(QModelIndex(), self._root, top)
        # After the top level, not beside it: building the outline is Python in the worker, which
        # would make the view's first layout of the top level wait for the GIL.
        self._read_outline(self._ws, version_id)

    def _set_outline(self, version_id: str, tree: ui_queries.Outline) -> None:
        if not isValid(self) or version_id != self._version_id:
            return
        self.layoutAboutToBeChanged.emit()
        self.outline = tree
        self._outline_known = True
        self.layoutChanged.emit()
        self.outline_ready.emit()

    def refresh_counts(self) -> None:
        """Re-read the badges of every loaded level (after an edit), keeping the loaded nodes and the
        selection; large versions are counted in a worker and `counts_ready` fires when they are in."""
        if self._ws is None or not self._version_id:
            return
        self._counting += 1
        self._count_levels(self._loaded_parents(), refresh=True)

    def _loaded_parents(self) -> list[str | None]:
        """The root (also while its level is on its way) and every node whose children are loaded."""
        found: list[str | None] = [None]
        stack = list(self._root.children or [])
        while stack:
            node = stack.pop()
            if node.children:
                found.append(self._id(node))
                stack.extend(node.children)
        return found

    def _count_levels(self, parents: list[str | None], *, refresh: bool = False) -> None:
        """Badges of the children of `parents` (ui_queries.level_counts: SQL from that level down);
        in a worker when the version is large."""
        assert self._ws is not None
        version_id, generation = self._version_id, self._counting
        if not self.large:
            counts = ui_queries.level_counts(self._ws, version_id, parents)
            self._set_counts(version_id, generation, parents if refresh else [], counts)
            return
        read_in_worker(self._ws.path, lambda ws: ui_queries.level_counts(ws, version_id, parents),
                       lambda counts: self._set_counts(version_id, generation, parents if refresh else [], counts),
                       "Counting concerns and amendments")

    def _set_counts(self, version_id: str, generation: int, recounted: list[str | None],
                    counts: dict[str, ProvisionCounts]) -> None:
        """Badges in for some levels; those of `recounted` levels (a refresh) are dropped first, so
        a provision whose last concern went loses its badge, and a level loaded meanwhile keeps its."""
        if not isValid(self) or version_id != self._version_id or generation != self._counting:
            return
        if recounted:
            wanted = set(recounted)
            stack = [self._root]
            while stack:
                node = stack.pop()
                for child in node.children or []:
                    if self._id(node) in wanted and child.provision is not None:
                        self._counts.pop(child.provision.id, None)
                    stack.append(child)
        self._counts.update(counts)
        self._emit_changed(self._root, QModelIndex())
        self.counts_ready.emit()

    def counts_known(self, provision_id: str) -> bool:
        """Whether the badges of this loaded provision have been counted (tests, benchmarks)."""
        return provision_id in self._counts

    def _emit_changed(self, node: _Node, parent: QModelIndex) -> None:
        if not node.children:
            return
        self.dataChanged.emit(self.index(0, 0, parent), self.index(len(node.children) - 1, 2, parent))
        for child in node.children:
            if child.children:
                self._emit_changed(child, self.index(child.row, 0, parent))

    # -- structure ---------------------------------------------------------------------------------
    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def _id(self, node: _Node) -> str | None:
        return node.provision.id if node.provision is not None else None

    def index(self, row: int, column: int, parent: Index = NO_PARENT) -> QModelIndex:
        node = self._node(parent)
        if node.children is None or not (0 <= row < len(node.children)) or not (0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        children = self._node(parent).children
        return len(children) if children is not None else 0

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return len(HEADERS)

    def hasChildren(self, parent: Index = NO_PARENT) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node.children is not None:
            return bool(node.children)
        return self._may_have_children(node)

    def _may_have_children(self, node: _Node) -> bool:
        if self._outline_known:
            return self._id(node) in self.outline.parents  # made in the worker with the outline
        return node.provision is None or node.provision.kind is not ProvisionKind.PARAGRAPH

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node is self._root and self._top_pending:
            return False  # on its way from a worker; index_of reads it if it cannot wait
        return node.children is None and self._may_have_children(node)

    def fetchMore(self, parent: Index) -> None:
        self._load(parent, self._node(parent))

    def _load(self, parent: Index, node: _Node) -> None:
        if node.children is not None or self._ws is None:
            return
        loaded = queries.children_of(self._ws, self._version_id, self._id(node))
        self._insert_children(parent, node, loaded)
        if loaded and node is not self._root:  # set_version counts the top level
            self._count_levels([self._id(node)])

    def _insert_children(self, parent: Index, node: _Node, loaded: list[Provision]) -> None:
        if not loaded:
            node.children = []
            return
        self.beginInsertRows(parent, 0, len(loaded) - 1)
        node.children = [_Node(p, node, row) for row, p in enumerate(loaded)]
        self.endInsertRows()

    def index_of(self, provision_id: str) -> QModelIndex:
        """The index of a provision of this version, loading its ancestors' children on the way."""
        index = QModelIndex()
        if self._ws is None:
            return index
        path = self.outline.path(provision_id) if self._outline_known else ui_queries.ancestry(self._ws, provision_id)
        for step in path:
            node = self._node(index)
            if node.children is None:
                self._load(index, node)
            found = next((c for c in node.children or [] if self._id(c) == step), None)
            if found is None:
                return QModelIndex()
            index = self.createIndex(found.row, 0, found)
        return index

    # -- data --------------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        provision = self._node(index).provision
        assert provision is not None
        if role == ID_ROLE:
            return provision.id
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            return self._context_style(provision.id, role)
        return self._row_data(provision, self._counts.get(provision.id, ProvisionCounts()), role, index.column())

    def _context_style(self, provision_id: str, role: int) -> Any:
        """Grey italics for a provision shown only because it leads to a match."""
        if provision_id not in self.context:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        font = QFont()
        font.setItalic(True)
        return font

    @staticmethod
    def _row_data(provision: Provision, counts: ProvisionCounts, role: int, column: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return tree_label(provision)
            value = counts.concerns if column == 1 else counts.amendments
            return str(value) if value else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return tooltip(provision.heading or provision.label)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:  # transparent keeps labels aligned
            if not counts.max_severity:
                return colour("#000000", 0)
            return colour(SEVERITY_COLOURS[_SEVERITY_BY_RANK[counts.max_severity]])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == 0:
                return tree_label(provision)
            return f"{counts.concerns} concerns" if column == 1 else f"{counts.amendments} amendments"
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProvisionTree", str(HEADERS[section]))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return QCoreApplication.translate("ProvisionTree", str(HEADER_TIPS[section]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ProvisionFilterProxy(QSortFilterProxyModel):
    """Shows only the provisions in `visible` (None: everything); those in `context` (shown only to
    lead to a match) in grey italics, so that what the filter found stands out without colour alone."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visible: set[str] | None = None
        self._context: set[str] = set()

    def set_visible(self, visible: set[str] | None, context: set[str] | None = None) -> None:
        self.beginFilterChange()
        self._visible = visible
        self._context = context or set()
        source = self.sourceModel()
        if isinstance(source, ProvisionTreeModel):  # the source styles them: no Python data() here,
            source.context = self._context          # which would double the cost of every painted cell
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_context(self, index: Index) -> bool:
        return bool(self._context) and index.data(ID_ROLE) in self._context

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._visible is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(ID_ROLE) in self._visible
