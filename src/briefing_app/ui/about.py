"""Help → About Briefing Desk: the version (and what it runs on), and a Licences page listing every
library and font the app ships with and its licence (resources/licences.toml, briefing_app/licences.py)."""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from briefing_app import __version__, paths
from briefing_app.crashlog import crash_log
from briefing_app.licences import Licences, load_licences
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.rich import esc


def about_text() -> str:
    build = "Self-contained app" if paths.is_frozen() else "Run from Python"
    return (f"Briefing Desk {__version__}\n\n"
            "Treaty analysis and tailored briefing packs for civil-society advocates. Works offline; "
            "your workspace is one file on this computer.\n\n"
            f"{build}: Python {sys.version.split()[0]}, Qt {qVersion()}, PySide6 {pyside_version}, {sys.platform}\n"
            f"Data folder: {paths.data_dir()}\nCrash log: {crash_log()}")


def licences_html(licences: Licences) -> str:
    """The Licences page: our own licence, then a row per library (name and version, licence,
    copyright, what it does here) and its notes. Every value escaped."""
    rows = []
    for library in licences.libraries:
        version = library.version()
        name = esc(library.name) + (f" {esc(version)}" if version else "")
        rows.append(f"<tr><td><b>{name}</b><br/><a href='{esc(library.url)}'>{esc(library.url)}</a></td>"
                    f"<td>{esc(library.licence)}</td><td>© {esc(library.copyright)}</td>"
                    f"<td>{esc(library.used_for)}</td></tr>")
        if library.note:
            rows.append(f"<tr><td></td><td colspan='3'><i>{esc(library.note)}</i></td></tr>")
    return (f"<h3>{esc(licences.app_name)} {esc(__version__)}: {esc(licences.app_licence)}</h3>"
            f"<p>© {esc(licences.app_copyright)}. {esc(licences.app_text)}</p>"
            "<h3>Libraries and fonts shipped with it</h3>"
            "<table cellpadding='4' border='0'><tr><th align='left'>Library</th><th align='left'>Licence</th>"
            "<th align='left'>Copyright</th><th align='left'>Used for</th></tr>"
            + "".join(rows) + "</table>")


class AboutDialog(Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Briefing Desk"))
        self.tabs = QTabWidget(self)
        summary = QLabel(about_text())
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        summary.setMargin(12)
        self.tabs.addTab(summary, self.tr("&About"))
        self.licences = QTextBrowser()
        self.licences.setOpenExternalLinks(True)
        self.licences.setHtml(licences_html(load_licences()))
        self.tabs.addTab(self.licences, self.tr("&Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(760, 560)
