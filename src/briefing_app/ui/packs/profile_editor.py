"""Editing a pack profile: template, threshold, annexes, cover texts, and per-provision inclusion."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.enums import Severity
from briefing_app.domain.languages import NATIVE_NAMES, PACK_LANGUAGES
from briefing_app.domain.models import Provision
from briefing_app.domain.tailoring import PackProfile, PackTemplate
from briefing_app.ui.i18n import enum_label
from briefing_app.ui.lists import wrap_long_names

TEMPLATES = {PackTemplate.FULL: QT_TRANSLATE_NOOP("ProfileEditor", "Full pack"),
             PackTemplate.BRIEF: QT_TRANSLATE_NOOP("ProfileEditor", "Two-page brief"),
             PackTemplate.TALKING_POINTS: QT_TRANSLATE_NOOP("ProfileEditor", "Talking points only")}
INCLUDE = (QT_TRANSLATE_NOOP("ProfileEditor", "Automatic"), QT_TRANSLATE_NOOP("ProfileEditor", "Always include"),
           QT_TRANSLATE_NOOP("ProfileEditor", "Never include"))


def template_label(template: PackTemplate) -> str:
    """A template's name in the UI's language."""
    return QCoreApplication.translate("ProfileEditor", str(TEMPLATES[template]))


class ProfileEditor(QWidget):
    """Shows one profile; `changed` fires on every edit, `profile()` reads the edited settings."""

    changed = Signal()
    version_changed = Signal(str)  # the chosen version id ("" = latest): the caller sends new units

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: PackProfile | None = None
        self.version = QComboBox()
        self.template = QComboBox()
        for template in TEMPLATES:
            self.template.addItem(template_label(template), template.value)
        self.severity = QComboBox()
        for severity in Severity:
            self.severity.addItem(self.tr("{severity} or higher").format(severity=enum_label(severity)), severity.value)
        self.language = QComboBox()
        self.language.addItem(self.tr("The delegation's first working language"), "")
        for code in PACK_LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setToolTip(self.tr("The pack's own words (headings, labels, talking-point frames); your "
                                         "concerns and amendments stay in the language you wrote them in"))
        self.evidence = QCheckBox(self.tr("Evidence annex (documented cases)"))
        self.sources = QCheckBox(self.tr("Sources annex with numbered references"))
        self.complete = QCheckBox(self.tr("Complete pack, this export only: every selected provision and concern"))
        self.complete.setToolTip(self.tr("Otherwise the pack covers the 40 provisions most important for the "
                                         "delegation, each with its 8 most serious concerns, and says how many more"))
        self.marking = QLineEdit()
        self.marking.setPlaceholderText(self.tr("For the delegation of …"))
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD (empty: date of the latest change)"))
        self.date.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{4}(-\d{2}(-\d{2})?)?")))
        self.issuers = wrap_long_names(QListWidget())
        self.issuers.setMaximumHeight(96)
        self.issuers.setToolTip(self.tr("The organisations named as issuing the pack; none ticked: no issuer is named"))
        self.provisions = QTableWidget(0, 2)
        self.provisions.setHorizontalHeaderLabels([self.tr("Provision"), self.tr("In the pack")])
        self.provisions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.provisions.verticalHeader().hide()
        for widget, name in ((self.version, self.tr("Draft version the pack refers to")),
                             (self.template, self.tr("Pack template")), (self.severity, self.tr("Minimum severity")),
                             (self.language, self.tr("Language of the pack")),
                             (self.marking, self.tr("Marking on every page")), (self.date, self.tr("Date of the pack")),
                             (self.issuers, self.tr("Issuing organisations")),
                             (self.provisions, self.tr("Provisions in the pack"))):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("Te&xt:"), self.version)
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow(self.tr("Minimum se&verity:"), self.severity)
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow("", self.evidence)
        form.addRow("", self.sources)
        form.addRow("", self.complete)
        form.addRow(self.tr("&Marking:"), self.marking)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Issued by:"), self.issuers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.provisions, 1)
        for combo in (self.template, self.severity, self.language):
            combo.currentIndexChanged.connect(self.changed)
        self.version.currentIndexChanged.connect(
            lambda _index: self.version_changed.emit(str(self.version.currentData() or "")))
        for box in (self.evidence, self.sources, self.complete):
            box.toggled.connect(self.changed)
        for edit in (self.marking, self.date):
            edit.textEdited.connect(self.changed)
        self.issuers.itemChanged.connect(lambda _item: self.changed.emit())

    def set_versions(self, versions: list[tuple[str, str]]) -> None:
        """(version id, label) pairs to choose from; the first entry, "latest", is always there."""
        self.version.blockSignals(True)
        self.version.clear()
        self.version.addItem(self.tr("Latest version"), "")
        for version_id, label in versions:
            self.version.addItem(label, version_id)
        self.version.blockSignals(False)

    def set_organizations(self, organizations: list[tuple[str, str]]) -> None:
        """(organization id, name) pairs that can be named as the pack's issuers."""
        self.issuers.blockSignals(True)
        self.issuers.clear()
        for org_id, name in organizations:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.issuers.addItem(item)
        self.issuers.blockSignals(False)

    def set_profile(self, profile: PackProfile, units: list[Provision]) -> None:
        """Show `profile`; `units` are the provisions a section can be about, in reading order."""
        self._base = profile
        widgets = (self.version, self.template, self.severity, self.language, self.evidence, self.sources, self.complete,
                   self.marking, self.date, self.issuers)
        for widget in widgets:
            widget.blockSignals(True)
        self.version.setCurrentIndex(max(0, self.version.findData(profile.version_id)))
        self.template.setCurrentIndex(self.template.findData(profile.template.value))
        self.severity.setCurrentIndex(self.severity.findData(profile.min_severity.value))
        self.language.setCurrentIndex(max(0, self.language.findData(profile.language)))
        self.evidence.setChecked(profile.evidence_annex)
        self.sources.setChecked(profile.sources_annex)
        self.complete.setChecked(profile.complete)
        self.marking.setText(profile.marking)
        self.date.setText(profile.pack_date)
        for item in self._issuer_items():
            chosen = item.data(Qt.ItemDataRole.UserRole) in profile.issuer_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.set_units(units, profile.pinned, profile.excluded)
        for widget in widgets:
            widget.blockSignals(False)

    def rename(self, name: str) -> None:
        """The shown profile now goes by `name`; the edits on screen stay."""
        assert self._base is not None, "set_profile first"
        self._base = replace(self._base, name=name)

    def set_units(self, units: list[Provision], pinned: tuple[str, ...], excluded: tuple[str, ...]) -> None:
        """One row per provision with its inclusion choice (pins and exclusions go by lineage)."""
        self.provisions.setRowCount(len(units))
        for row, unit in enumerate(units):
            titled = unit.heading and unit.heading != unit.label
            item = QTableWidgetItem(f"{unit.label}: {unit.heading}" if titled else unit.label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setData(Qt.ItemDataRole.UserRole, unit.lineage_id)
            self.provisions.setItem(row, 0, item)
            choice = QComboBox()
            choice.setAccessibleName(self.tr("Include {label}").format(label=unit.label))
            choice.addItems([QCoreApplication.translate("ProfileEditor", str(i)) for i in INCLUDE])
            choice.setCurrentIndex(1 if unit.lineage_id in pinned else 2 if unit.lineage_id in excluded else 0)
            choice.currentIndexChanged.connect(self.changed)
            self.provisions.setCellWidget(row, 1, choice)

    def _issuer_items(self) -> list[QListWidgetItem]:
        return [self.issuers.item(row) for row in range(self.issuers.count())]

    def choice_of(self, row: int) -> QComboBox:
        widget = self.provisions.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def profile(self) -> PackProfile:
        assert self._base is not None, "set_profile first"
        pinned: list[str] = []
        excluded: list[str] = []
        for row in range(self.provisions.rowCount()):
            item = self.provisions.item(row, 0)
            assert item is not None
            lineage = str(item.data(Qt.ItemDataRole.UserRole))
            index = self.choice_of(row).currentIndex()
            if index == 1:
                pinned.append(lineage)
            elif index == 2:
                excluded.append(lineage)
        return replace(
            self._base, template=PackTemplate(self.template.currentData()),
            min_severity=Severity(self.severity.currentData()), evidence_annex=self.evidence.isChecked(),
            sources_annex=self.sources.isChecked(), complete=self.complete.isChecked(), marking=self.marking.text().strip(),
            version_id=str(self.version.currentData() or ""), language=str(self.language.currentData() or ""),
            issuer_ids=tuple(str(i.data(Qt.ItemDataRole.UserRole)) for i in self._issuer_items()
                             if i.checkState() == Qt.CheckState.Checked),
            pack_date=self.date.text().strip() if self.date.hasAcceptableInput() else "", pinned=tuple(pinned), excluded=tuple(excluded))
