"""File → Import status list…: paste the depositary's table (or open a CSV), name its columns, check
every row, and import all of it or nothing. `ask()` returns the checked plan, or None."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.enums import Confidence
from briefing_app.domain.models import Source
from briefing_app.status.importer import ColumnMap, ImportPlan, guess_columns, plan_import
from briefing_app.status.table_input import Table, TableError, read_table
from briefing_app.store.workspace import Workspace
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.i18n import enum_label

ROLES = (("participant", QT_TRANSLATE_NOOP("Status", "&Participant")),
         ("signature", QT_TRANSLATE_NOOP("Status", "&Signature")),
         ("instrument", QT_TRANSLATE_NOOP("Status", "I&nstrument")),
         ("withdrawal", QT_TRANSLATE_NOOP("Status", "&Withdrawal")), ("kind", QT_TRANSLATE_NOOP("Status", "&Kind")),
         ("date", QT_TRANSLATE_NOOP("Status", "Dat&e")))  # "&Date" elsewhere has a colon


def _tr(text: str) -> str:
    return QCoreApplication.translate("Status", text)


class StatusImportDialog(Dialog):
    """The plan is made again whenever the table or a choice changes; Import is enabled only for a
    plan without problems that changes something."""

    def __init__(self, parent: QWidget | None, ws: Workspace, document_id: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Import status list"))
        self.ws, self.document_id = ws, document_id
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(_tr("Status table"))
        self.text.setPlaceholderText(_tr("Paste the depositary's table here (from a spreadsheet or web page), or "
                                         "open a CSV file. The first line names the columns."))
        self.text.setTabChangesFocus(True)
        self.reread = QTimer(self, singleShot=True, interval=300)  # typing or pasting: read once it pauses
        self.reread.timeout.connect(self.read_text)
        self.text.textChanged.connect(self.reread.start)
        open_button = QPushButton(_tr("&Open file…"))
        open_button.clicked.connect(self._open_file)
        form = self._choices(ws)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(_tr("Rows that cannot be read"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(_tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        top.addWidget(open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 2)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        self.check()

    def _choices(self, ws: Workspace) -> QFormLayout:
        """A combo box per column role, the list's source and confidence, and new delegations allowed."""
        self.columns: dict[str, QComboBox] = {}
        form = QFormLayout()
        for role, word in ROLES:
            label = _tr(str(word))
            combo = QComboBox()
            combo.setAccessibleName(label.replace("&", "") + _tr(" column"))
            combo.currentIndexChanged.connect(lambda _i: self.check())
            self.columns[role] = combo
            caption = QLabel(label + _tr(" column"))
            caption.setBuddy(combo)
            form.addRow(caption, combo)
        self.source = QComboBox()
        self.source.setAccessibleName(_tr("Source of the list"))
        self.source.addItem(_tr("(none)"), None)
        for source in ws.find(Source, order_by="title"):
            self.source.addItem(source.title, source.id)
        self.source.currentIndexChanged.connect(lambda _i: self.check())
        form.addRow(_tr("Source"), self.source)
        self.confidence = QComboBox()
        self.confidence.setAccessibleName(_tr("Confidence"))
        for confidence in Confidence:
            self.confidence.addItem(enum_label(confidence), confidence.value)
        self.confidence.currentIndexChanged.connect(lambda _i: self.check())
        form.addRow(_tr("Confidence"), self.confidence)
        self.create_missing = QCheckBox(_tr("Add delegations for participants not in the workspace"))
        self.create_missing.toggled.connect(lambda _on: self.check())
        form.addRow("", self.create_missing)
        return form

    @classmethod
    def choose_file(cls, parent: QWidget) -> str:
        return QFileDialog.getOpenFileName(parent, _tr("Open status list"), "",
                                           _tr("Tables (*.csv *.tsv *.txt *.md);;All files (*)"))[0]

    def _open_file(self) -> None:
        name = self.choose_file(self)
        if not name:
            return
        try:
            self.text.setPlainText(Path(name).read_text(encoding="utf-8-sig"))
            self.read_text()
        except (OSError, UnicodeDecodeError) as error:
            self.summary.setText(_tr("Cannot read {file} as UTF-8 text: {error}").format(file=Path(name).name,
                                                                                        error=error))

    def read_text(self) -> None:
        """Read the table as it stands and plan its import (the pause timer calls it)."""
        self.reread.stop()
        try:
            table = read_table(self.text.toPlainText())
        except TableError as error:
            self.table = None
            self._fill_columns((), ColumnMap(""))
            self.summary.setText(str(error) if self.text.toPlainText().strip() else "")
            self._show(None)
            return
        header_changed = self.table is None or self.table.header != table.header
        self.table = table
        if header_changed:
            self._fill_columns(table.header, guess_columns(table.header))
        self.check()

    def _fill_columns(self, header: tuple[str, ...], guess: ColumnMap) -> None:
        for role, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_tr("(not in the table)"), "")
            for name in header:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(getattr(guess, role)), 0))
            combo.blockSignals(False)

    def set_column(self, role: str, header: str) -> None:
        combo = self.columns[role]
        combo.setCurrentIndex(max(combo.findData(header), 0))

    def column_map(self) -> ColumnMap:
        return ColumnMap(**{role: str(combo.currentData() or "") for role, combo in self.columns.items()})

    def check(self) -> ImportPlan | None:
        """Plan the import against the workspace (nothing is written) and show what it would do."""
        if self.table is None:
            self._show(None)
            return None
        columns = self.column_map()
        if not columns.participant:
            self.summary.setText(_tr("Name the column that holds the participants."))
            self._show(None)
            return None
        plan = plan_import(self.ws, self.table, columns, document_id=self.document_id,
                           source_id=self.source.currentData(), confidence=Confidence(self.confidence.currentData()),
                           create_missing=self.create_missing.isChecked())
        self._show(plan)
        return plan

    def _show(self, plan: ImportPlan | None) -> None:
        self.plan = plan
        self.problems.clear()
        if plan is None:
            self.import_button.setEnabled(False)
            return
        counts = _tr("{new} new, {updated} updated, {unchanged} unchanged").format(
            new=plan.count("new"), updated=plan.count("updated"), unchanged=plan.count("unchanged"))
        if plan.new_delegations:
            counts += _tr("; {n} new delegation(s)").format(n=len(plan.new_delegations))
        if plan.ok:
            self.summary.setText(_tr("Every row can be read: {counts}.").format(counts=counts))
        else:
            self.summary.setText(_tr("{n} row(s) cannot be read; nothing will be imported until they are fixed "
                                     "({counts} otherwise).").format(n=len(plan.problems), counts=counts))
            self.problems.addItems([str(p) for p in plan.problems])
        self.import_button.setEnabled(plan.ok and (plan.count("new") + plan.count("updated")) > 0)

    def accept(self) -> None:
        if self.reread.isActive():  # Enter pressed before the pause: plan what is there now
            self.read_text()
        if self.plan is None or not self.plan.ok or not self.import_button.isEnabled():
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, document_id: str) -> ImportPlan | None:
        dialog = cls(parent, ws, document_id)
        return dialog.plan if dialog.exec() == Dialog.DialogCode.Accepted else None
