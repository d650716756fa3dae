"""The UI in French and Spanish (issue #14): catalogues complete and up to date with the source,
compiled at first start, the main window and its menus without an untranslated string, mnemonics
unique per menu in each language, right to left for Arabic, and no new visible string in ui/
left unmarked for translation."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from shiboken6 import isValid

from briefing_app.store.workspace import Workspace
from briefing_app.ui import i18n
from briefing_app.ui.main_window import MainWindow
from tests.conftest import FixedClock

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "briefing_app" / "ui"
SCRIPT = ROOT / "scripts" / "update_translations.py"
# Words that are the same in English and the language (checked by hand, not forgotten).
SAME = {
    "fr": {"Document", "Version", "Positions", "Notes", "Contacts", "Action", "Menu", "Briefing Desk", "English",
           "Français", "Español", "العربية", "Coalition", "Date", "ISO", "Source", "Sources", "Contact", "Note", "Pages", "Versions",
           "Instrument", "Participant", "Signature"},
    "es": {"Briefing Desk", "English", "Français", "Español", "العربية", "ISO"},
}


def _script():  # scripts/update_translations.py, imported as a module
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or ""): m
            for c in root.iter("context") for m in c.iter("message")}


@pytest.fixture
def in_language(qapp: QApplication, tmp_path: Path) -> Iterator:
    """Install a UI language for one test (compiled into a temp cache), English again after."""

    def install(language: str) -> str:
        return i18n.install_translations(qapp, language, cache=tmp_path / "cache")

    yield install
    i18n.remove_translations(qapp)


@pytest.mark.parametrize("language", i18n.TRANSLATED)
def test_catalogue_is_up_to_date_with_the_source_and_complete(language: str, tmp_path: Path) -> None:
    script = _script()
    committed = ROOT / "resources" / "i18n" / f"briefing_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    script.update(fresh, language, script.python_sources())
    ours, theirs = _messages(committed), _messages(fresh)
    assert sorted(set(theirs) - set(ours)) == [], ("new strings: add their French and Spanish to "
                                                   "scripts/ui_translations.py and run "
                                                   "python scripts/update_translations.py --fill")
    assert sorted(set(ours) - set(theirs)) == [], "obsolete entries: python scripts/update_translations.py"
    unfinished = [source for (_, source), m in ours.items()
                  if (m.find("translation") is None or m.find("translation").get("type") == "unfinished"
                      or not "".join(m.find("translation").itertext()).strip())]
    assert unfinished == [], ("add French and Spanish for these to scripts/ui_translations.py, then run "
                              "python scripts/update_translations.py --fill")
    for (_, source), message in ours.items():  # the same placeholders, the same mnemonic count
        text = "".join(message.find("translation").itertext())
        assert set(re.findall(r"\{[^}]*\}", text)) == set(re.findall(r"\{[^}]*\}", source)), source
        if message.get("numerus") == "yes":
            assert all("%n" in (f.text or "") for f in message.iter("numerusform")), source
        elif "&" in source.replace("&&", ""):
            assert re.search(r"&[^&\s]", text), (source, text)


def test_plural_forms_follow_the_number(in_language) -> None:
    assert in_language("fr") == "fr"
    from PySide6.QtCore import QCoreApplication

    one = QCoreApplication.translate("MainWindow", "%n concern(s)", "", 1)
    many = QCoreApplication.translate("MainWindow", "%n concern(s)", "", 5)
    assert (one, many) == ("1 préoccupation", "5 préoccupations")
    assert QCoreApplication.translate("MainWindow", "%n concern(s)", "", 0) == "0 préoccupation"  # French: 0 is singular


def _texts(window: MainWindow) -> dict[str, set[str]]:
    """Every text the window shows: menus (with submenus) and the widgets on it."""
    menus: set[str] = set()

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            menus.add(action.text())
            if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
                menus.add(action.toolTip())
            if action.menu() is not None:
                walk(action.menu())

    for action in window.menuBar().actions():
        menus.add(action.text())
        walk(action.menu())
    widgets: set[str] = set()
    for widget in window.findChildren(QWidget):
        texts = [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else (
            widget.header() if isinstance(widget, QTreeView) else None)
        if header is not None and widget.model() is not None:
            texts += [str(widget.model().headerData(i, Qt.Orientation.Horizontal) or "") for i in range(header.count())]
        widgets |= {t for t in texts if t and re.search(r"[^\W\d_]", t)}
    return {"menus": menus, "widgets": widgets}


CORE_PAGES = ("provisions", "concerns", "delegations", "matrix", "evidence", "organizations", "status", "national",
              "uptake")


def _every_page_built(window: MainWindow) -> MainWindow:
    """Show each of the window's own views once (they are built when first shown), then the first again."""
    for key in CORE_PAGES:
        window.registry.show_page(key)
    window.registry.show_page(window.registry.pages[0].key)
    return window


def _mnemonic_clashes(window: MainWindow) -> dict[str, list[str]]:
    clashes = {}
    for menu_action in window.menuBar().actions():
        letters = Counter(m.group(1).lower() for a in menu_action.menu().actions()
                          if (m := re.search(r"&([^&])", a.text())))
        doubles = sorted(k for k, n in letters.items() if n > 1)
        if doubles:
            clashes[menu_action.text()] = doubles
    return clashes


@pytest.mark.parametrize("language", i18n.TRANSLATED)
def test_main_window_and_menus_have_no_untranslated_string(language: str, qtbot, tmp_path: Path, in_language) -> None:
    ws = Workspace.open(tmp_path / "empty.sqlite", clock=FixedClock())
    english = MainWindow(ws)
    qtbot.addWidget(english)
    source = _texts(_every_page_built(english))
    assert in_language(language) == language
    window = MainWindow(ws)
    qtbot.addWidget(window)
    shown = _texts(_every_page_built(window))
    for part in ("menus", "widgets"):
        data = {t for t in shown[part] if str(tmp_path) in t}  # the workspace's file name (recent files)
        untranslated = sorted(shown[part] & source[part] - SAME[language] - data)
        assert untranslated == [], (part, untranslated)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == {"fr": ["&Fichier", "É&dition", "&Affichage", "&Outils", "A&ide"],
                      "es": ["&Archivo", "&Edición", "&Ver", "&Herramientas", "Ay&uda"]}[language]
    assert _mnemonic_clashes(window) == {}
    window.close()
    english.close()
    ws.close()


def test_catalogue_is_compiled_once_into_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = i18n.compiled_catalogue("fr", cache)
    assert first is not None and first.parent == cache and first.stat().st_size > 1000
    stamp = first.stat().st_mtime_ns
    assert i18n.compiled_catalogue("fr", cache) == first and first.stat().st_mtime_ns == stamp
    assert i18n.compiled_catalogue("de", cache) is None  # no catalogue: English


def test_no_compiler_leaves_the_ui_in_english(monkeypatch, tmp_path: Path, caplog, qapp, in_language) -> None:
    monkeypatch.setattr(i18n, "lrelease", lambda: None)
    monkeypatch.setattr(i18n, "compiled_catalogue", lambda lang, cache=None: None)
    assert in_language("es") == "en"


def test_language_comes_from_the_setting_else_the_system(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.ui_language(settings, QLocale("es_MX")) == "es"
    settings.setValue(i18n.SETTING, "fr")
    assert i18n.ui_language(settings, QLocale("es_MX")) == "fr"
    settings.setValue(i18n.SETTING, "xx")
    assert i18n.ui_language(settings, QLocale("de_DE")) == "de"


def _visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")
def test_view_language_applies_at_once_and_keeps_the_place(qtbot, qapp: QApplication, treaty, monkeypatch,
                                                          tmp_path: Path) -> None:
    """fr → es → en in one process: the menus and the current view change language; the workspace,
    view, provision, tab, record and height stay; each old window is deleted, its timers with it."""
    from PySide6.QtCore import QEvent

    from briefing_app.ui import language_menu

    compile_to = tmp_path / "cache"
    monkeypatch.setattr(i18n, "compiled_catalogue",
                        lambda lang, cache=None, real=i18n.compiled_catalogue: real(lang, compile_to))
    window = MainWindow(treaty.ws)  # with every feature; each switch closes and deletes it: not qtbot's
    window.show()
    window.resize(760, 640)
    assert window.select_provision(treaty.interception.id)
    window.panel.tabs.setCurrentIndex(1)
    tab_titles, page, record = [], "provisions", ""
    try:
        for code, view, menu in (("fr", "Toutes les &préoccupations", "&Fichier"),
                                 ("es", "Todas las &preocupaciones", "&Archivo"), ("en", "All &concerns", "&File")):
            old = window
            old_export = old.registry.action("packs.export").text()
            [action] = [a for a in old.language_menu.menu.actions() if a.data() == code]
            action.trigger()
            window = language_menu.current_window(old)
            assert window is not old and window.settings.value(i18n.SETTING) == code
            qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the old window's deleteLater
            assert not isValid(old)
            assert _visible_windows() == [window]
            assert window.menuBar().actions()[0].text() == menu
            assert window.registry.page("concerns").action.text() == view
            assert window.registry.action("packs.export").text() != old_export  # a feature's item too
            assert window.workspace is treaty.ws and window.current_page() == page
            assert window.current_provision_id() == treaty.interception.id and window.panel.tabs.currentIndex() == 1
            assert window.height() == 640  # (the width: at least the language's minimum)
            assert [a.isChecked() for a in window.language_menu.menu.actions() if a.data() == code] == [True]
            if record:
                assert window.concerns_page.current().id == record
            tab_titles.append(window.panel.tabs.tabText(0))
            if code == "es":  # then a record view with a selected row
                window.show_page("concerns")
                window.concerns_page.select_row(1)
                page, record = "concerns", window.concerns_page.current().id
        assert len(set(tab_titles)) == 3, tab_titles  # the provision's tabs were rebuilt in each language
        assert treaty.ws.counts()["concerns"] > 0  # the workspace is still open and readable
        assert window.language_menu.choose("en") is None  # the same choice again: nothing to rebuild
        window = window.language_menu.choose("ar")
        assert window is not None and window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.menuBar().actions()[0].text() == "&File"  # mirrored, English words (no catalogue yet)
        window = window.language_menu.choose("en")
        assert window is not None and window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        qtbot.addWidget(window)
        i18n.remove_translations(qapp)


def test_arabic_mirrors_the_layout_without_a_catalogue(qapp: QApplication, in_language, qtbot, window) -> None:
    assert in_language("ar") == "ar"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    assert window.menuBar().actions()[0].text() == "&File"  # no Arabic UI catalogue yet


# -- visible strings in ui/ go through tr() ------------------------------------------------------
SETTERS = {"setWindowTitle", "setToolTip", "setText", "setPlaceholderText", "setStatusTip", "addAction", "addMenu",
           "setAccessibleName", "setTitle", "addTab", "setInformativeText", "showMessage"}
WIDGETS = {"QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu", "QToolButton"}
REGISTRY = {"add_action": (2,), "add_page": (1,), "add_submenu": (2,), "add": (1, 2)}  # add: the usual alias
# Message boxes, file and input dialogs, job titles and status lines: the positions of their visible texts.
MESSAGES = {"show_error": (1, 2), "show_info": (1, 2), "ask": (1, 2, 3), "require_workspace": (0,), "status": (0,),
            "ask_open": (2,), "ask_save": (2,), "report_failure": (1,), "getOpenFileName": (1,),
            "getSaveFileName": (1,), "getExistingDirectory": (1,), "getInt": (1, 2), "getText": (1, 2),
            "getItem": (1, 2), "Column": (0,), "plain_label": (0,)}
TEXT_KEYWORDS = {"tip", "outcome", "cancelled_message"}
# Files not yet converted, with how many literal strings each still passes to the UI: the count may
# only go down. A file that is not listed must have none.
NOT_YET: dict[str, int] = {}
# Strings that are the same in every language: a URL scheme as a placeholder; a kebab-case key
# (the remembered folder of a kind of file, "capital-packs"), never shown.
SAME_IN_EVERY_LANGUAGE = re.compile(r"https?://…?|[a-z]+(-[a-z]+)+")


def _literal(node: ast.AST) -> bool:
    """A string literal with letters, also inside an f-string, a concatenation or a conditional."""
    if isinstance(node, ast.JoinedStr):
        return any(_literal(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _literal(node.left) or _literal(node.right)
    if isinstance(node, ast.IfExp):
        return _literal(node.body) or _literal(node.orelse)
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)
            and bool(re.search(r"[^\W\d_]", node.value)) and not SAME_IN_EVERY_LANGUAGE.fullmatch(node.value))


def _text(node: ast.AST) -> str:
    return node.value if isinstance(node, ast.Constant) else ast.unparse(node)


def unmarked_strings(path: Path) -> list[tuple[int, str]]:
    """Literal strings with letters handed straight to a widget, an action or the menu registry."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        args = node.args
        if name in REGISTRY:
            found += [(node.lineno, _text(args[i])) for i in REGISTRY[name] if len(args) > i and _literal(args[i])]
        elif name in MESSAGES:
            found += [(node.lineno, _text(args[i])) for i in MESSAGES[name] if len(args) > i and _literal(args[i])]
        elif name in SETTERS | WIDGETS and args and _literal(args[0]):
            found.append((node.lineno, _text(args[0])))
        found += [(node.lineno, _text(kw.value)) for kw in node.keywords
                  if kw.arg in TEXT_KEYWORDS and _literal(kw.value)]
    return found


def test_visible_strings_in_ui_are_marked_for_translation() -> None:
    over = {}
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(UI).as_posix()
        hits = unmarked_strings(path)
        if len(hits) > NOT_YET.get(name, 0):
            over[name] = hits
    assert over == {}, "wrap these in self.tr() / translate(), then run scripts/update_translations.py --fill"


def test_the_scan_finds_an_unmarked_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('add("x", Place.TOOLS, "&Frobnicate", run)\nlabel = QLabel(self.tr("Fine"))\n'
                      'button.setText("Press me")\nline.setPlaceholderText("https://…")\n'
                      'line.setPlaceholderText("https://… your page")\n'
                      'show_error(self, "Oops", self.tr("Fine"))\nlabel.setText(f"{n} items")\n'
                      'jobs.write(title, message, work, done, outcome="Nothing saved.")\n'
                      'show_info(self, self.tr("Fine"), self.tr("Fine") if ok else "Not fine")\n', encoding="utf-8")
    assert unmarked_strings(sample) == [(1, "&Frobnicate"), (3, "Press me"), (5, "https://… your page"), (6, "Oops"),
                                        (7, "f'{n} items'"), (8, "Nothing saved."),
                                        (9, "self.tr('Fine') if ok else 'Not fine'")]


def test_pack_profile_chooses_the_pack_language(qtbot) -> None:
    from briefing_app.domain.tailoring import PackProfile
    from briefing_app.ui.packs.profile_editor import ProfileEditor

    editor = ProfileEditor()
    qtbot.addWidget(editor)
    editor.set_profile(PackProfile(delegation_id="d", language="ar"), [])
    assert editor.language.currentData() == "ar" and editor.language.currentText() == "العربية"
    editor.language.setCurrentIndex(editor.language.findData("fr"))
    assert editor.profile().language == "fr"
    editor.language.setCurrentIndex(0)
    assert editor.profile().language == ""  # the delegation's first working language


def test_a_record_dialog_speaks_french(qtbot, treaty, in_language) -> None:
    from PySide6.QtWidgets import QFormLayout

    from briefing_app.domain.models import Concern
    from briefing_app.ui.dialogs import ConcernDialog

    assert in_language("fr") == "fr"
    dialog = ConcernDialog(None, treaty.ws, Concern(title=""))
    qtbot.addWidget(dialog)
    labels = [dialog.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
              for row in range(dialog.form.rowCount())
              if dialog.form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None]
    assert dialog.windowTitle() == "Préoccupation"
    assert {"Titre *", "Résumé", "Gravité", "Sources", "Cas documentés"} <= set(labels)
    severity = dialog.editors["severity"]
    assert [severity.itemText(i) for i in range(severity.count())] == ["critique", "élevée", "moyenne", "faible"]
    assert dialog.problems() == ["Titre\u00a0: ce champ est obligatoire."]
    organization = dialog.editors["organization_id"]
    assert organization.itemText(0) == "(aucune)"  # the empty choice, not the English "(none)"


def test_dates_follow_the_ui_language(in_language) -> None:
    assert i18n.local_date("2024-08-08") == "2024-08-08"  # English: the data's ISO dates
    assert in_language("fr") == "fr"
    assert (i18n.local_date("2024-08-08"), i18n.local_date("2024-02")) == ("8 août 2024", "février 2024")
    assert i18n.local_date("2024-02-30") == "2024-02-30" and i18n.local_date("spring 2024") == "spring 2024"


def test_cards_speak_the_ui_language(in_language, treaty) -> None:
    from briefing_app.domain.enums import Sensitivity, Severity, Stance
    from briefing_app.ui import detail_html
    from briefing_app.ui.rich import sensitivity_marker, severity_badge, stance_badge

    assert in_language("es") == "es"
    assert "crítica" in severity_badge(Severity.CRITICAL) and "se opone" in stance_badge(Stance.OPPOSES)
    assert "⚠ INTERNA" in sensitivity_marker(Sensitivity.INTERNAL)
    cards = detail_html.positions_cards(treaty.ws, [treaty.interception.id])
    html = " ".join(card.html for card in cards)
    assert "Sobre la disposición" in html and "fiabilidad" in html


def test_provision_labels_in_the_ui_language(in_language) -> None:
    from briefing_app.domain.enums import ProvisionKind

    assert i18n.provision_label(ProvisionKind.ARTICLE, "6") == "Article 6"
    assert in_language("es") == "es"
    assert i18n.provision_label(ProvisionKind.ARTICLE, "6") == "Artículo 6"
    assert i18n.provision_label(ProvisionKind.CHAPTER, "II") == "Capítulo II"
    assert i18n.provision_label(ProvisionKind.PREAMBLE, "") == "Preámbulo"
    assert i18n.provision_label(ProvisionKind.CHAPTER, "", "Final clauses") == "Final clauses"
    assert i18n.provision_label(ProvisionKind.OPTION, "Alt. B") == "Alt. B"  # the draft's own marker
