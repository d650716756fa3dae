"""Translations. The source strings are English with Qt's plural convention ("%n concern(s)", see
HELPERS.md); English itself needs its plural forms resolved, which EnglishPlurals does for every
string, so no compiled English catalogue is needed. A real translator installed later wins.

French and Spanish (issue #14) come from resources/i18n/briefing_<lang>.ts, written by
`pyside6-lupdate` (scripts/update_translations.py) and translated by hand. No .qm is kept in git:
at first start in a language, `lrelease` (shipped in the PySide6 wheel) compiles the .ts into the
user's cache folder, again whenever the .ts is newer. The frozen app (packaging/briefing-desk.spec)
carries them compiled beside the .ts files instead. The language is View → Language's choice
(the `ui/language` setting), else the system locale's; a change applies at once (switch_language,
and ui/language_menu.py rebuilds the main window). Arabic has
no UI translation yet, but choosing it (or an Arabic system locale) mirrors the layout right to
left.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)

from briefing_app import paths

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []  # a translator must outlive its installation
_shown: list[str] = []  # the UI language install_translations put in place (none: English)
_ISO = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_default_locale: list[QLocale] = []  # the locale before a language was installed

TRANSLATED = ("fr", "es")  # UI catalogues in resources/i18n
RIGHT_TO_LEFT = ("ar",)
# View → Language: each language named in itself; "" follows the system.
CHOICES = {"": "", "en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
SETTING = "ui/language"


# Words of the data's vocabularies shown in the UI (combo boxes, facets), by their stored value.
_ENUM_WORDS = (
    QT_TRANSLATE_NOOP("Enums", "critical"), QT_TRANSLATE_NOOP("Enums", "high"),
    QT_TRANSLATE_NOOP("Enums", "medium"), QT_TRANSLATE_NOOP("Enums", "low"),
    QT_TRANSLATE_NOOP("Enums", "supports"), QT_TRANSLATE_NOOP("Enums", "opposes"),
    QT_TRANSLATE_NOOP("Enums", "undecided"), QT_TRANSLATE_NOOP("Enums", "unknown"),
    QT_TRANSLATE_NOOP("Enums", "proposes-text"), QT_TRANSLATE_NOOP("Enums", "public"),
    QT_TRANSLATE_NOOP("Enums", "coalition"), QT_TRANSLATE_NOOP("Enums", "internal"),
    QT_TRANSLATE_NOOP("Enums", "personal"), QT_TRANSLATE_NOOP("Enums", "open"),
    QT_TRANSLATE_NOOP("Enums", "partly-addressed"), QT_TRANSLATE_NOOP("Enums", "addressed"),
    QT_TRANSLATE_NOOP("Enums", "withdrawn"), QT_TRANSLATE_NOOP("Enums", "insert"),
    QT_TRANSLATE_NOOP("Enums", "delete"), QT_TRANSLATE_NOOP("Enums", "substitute"),
    QT_TRANSLATE_NOOP("Enums", "draft"), QT_TRANSLATE_NOOP("Enums", "proposed"),
    QT_TRANSLATE_NOOP("Enums", "tabled"), QT_TRANSLATE_NOOP("Enums", "adopted"),
    QT_TRANSLATE_NOOP("Enums", "partly-adopted"), QT_TRANSLATE_NOOP("Enums", "rejected"),
    QT_TRANSLATE_NOOP("Enums", "heard-in-room"), QT_TRANSLATE_NOOP("Enums", "state"),
    QT_TRANSLATE_NOOP("Enums", "regional-group"), QT_TRANSLATE_NOOP("Enums", "bloc"),
    QT_TRANSLATE_NOOP("Enums", "organization"), QT_TRANSLATE_NOOP("Enums", "ngo"),
    QT_TRANSLATE_NOOP("Enums", "industry"), QT_TRANSLATE_NOOP("Enums", "un-body"),
    QT_TRANSLATE_NOOP("Enums", "government"), QT_TRANSLATE_NOOP("Enums", "media"),
    QT_TRANSLATE_NOOP("Enums", "academic"), QT_TRANSLATE_NOOP("Enums", "other"),
)


_ENGLISH_WORDS = {"ngo": "NGO", "un-body": "UN body", "co-sponsor": "co-sponsor"}


# A provision's label by its kind, as ui shows it ("Article 6" → "Artículo 6"); domain.models.provision_label
# makes the English one, which the data, the packs' English words and the CLI keep.
_PROVISION_LABELS = {
    "preamble": QT_TRANSLATE_NOOP("Provisions", "Preamble"), "part": QT_TRANSLATE_NOOP("Provisions", "Part {number}"),
    "title": QT_TRANSLATE_NOOP("Provisions", "Title {number}"),
    "chapter": QT_TRANSLATE_NOOP("Provisions", "Chapter {number}"),
    "section": QT_TRANSLATE_NOOP("Provisions", "Section {number}"),
    "article": QT_TRANSLATE_NOOP("Provisions", "Article {number}"),
    "annex": QT_TRANSLATE_NOOP("Provisions", "Annex {number}"),
    "notes": QT_TRANSLATE_NOOP("Provisions", "Interpretative notes {number}"),
    "closing": QT_TRANSLATE_NOOP("Provisions", "Closing formula {number}"),
    "paragraph": QT_TRANSLATE_NOOP("Provisions", "para. {number}"),
}


def provision_label(kind: object, number: str, heading: str = "") -> str:
    """domain.models.provision_label in the UI's language (the draft's own option markers and
    group headings stay as they are)."""
    from briefing_app.domain.models import provision_label as english

    value = str(getattr(kind, "value", kind))
    template = _PROVISION_LABELS.get(value)
    if template is None or not _shown or (value == "paragraph" and not number):
        return english(kind, number, heading)  # type: ignore[arg-type]
    if getattr(kind, "is_group", False) and not number and heading:
        return heading
    return QCoreApplication.translate("Provisions", str(template)).format(number=number).strip()


def enum_label(value: object) -> str:
    """A stored vocabulary value ("critical", "partly-adopted") in the UI's language; in English
    (no translation) as words, never the stored token: "partly adopted", "UN body"."""
    stored = str(value)
    shown = QCoreApplication.translate("Enums", stored)
    if shown != stored:
        return shown
    return _ENGLISH_WORDS.get(stored, stored.replace("-", " "))


class EnglishPlurals(QTranslator):
    """"%n concern(s)" → "1 concern" / "2 concerns"; strings without "(s)" are left to Qt."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if n < 0 or "(s)" not in source_text:
            return None  # no translation: Qt uses the source text
        return source_text.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def catalogue_source(language: str) -> Path:
    """The hand-translated catalogue of a UI language."""
    return paths.resources_dir() / "i18n" / f"briefing_{language}.ts"


def ui_language(settings: QSettings | None = None, system: QLocale | None = None) -> str:
    """The chosen UI language (a code of CHOICES), else the system locale's first two letters."""
    chosen = str(settings.value(SETTING, "") or "") if settings is not None else ""
    if chosen in CHOICES and chosen:
        return chosen
    return (system or QLocale.system()).name().split("_")[0]


def lrelease() -> str | None:
    """Qt's catalogue compiler: the one in the PySide6 wheel, else one on PATH."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_catalogue(language: str, cache: Path | None = None) -> Path | None:
    """The .qm of a UI language, compiled into the cache when missing or older than its .ts;
    None (logged) when there is no catalogue or no compiler."""
    source = catalogue_source(language)
    shipped = source.with_suffix(".qm")
    if paths.is_frozen() and shipped.is_file():  # compiled by the build (no lrelease in the app folder)
        return shipped
    if not source.is_file():
        return None
    target = (cache or paths.data_dir() / "cache" / "i18n") / f"briefing_{language}.qm"
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = lrelease()
    if tool is None:
        log.warning("No lrelease to compile %s: the interface stays in English. It ships in the PySide6 wheel "
                    "(pip install PySide6-Essentials).", source.name)
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True, timeout=60,
                       capture_output=True)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("Could not compile %s (%s): the interface stays in English.", source.name, error)
        return None
    return target if target.is_file() else None


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def install_translations(app: QCoreApplication, language: str = "en", *, cache: Path | None = None) -> str:
    """Once per application: English plural forms, then the catalogue of `language` and Qt's own
    (standard buttons and dialogs) when there is one; an Arabic UI runs right to left. Returns the
    language the interface is in."""
    if not any(t.parent() is app for t in _installed):
        _install(app, EnglishPlurals(app))
    shown = "en"
    if language in TRANSLATED:
        qm = compiled_catalogue(language, cache)
        ours = QTranslator(app)
        if qm is not None and ours.load(str(qm)):
            _install(app, ours)
            shown = language
            qt = QTranslator(app)
            if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                _install(app, qt)
    if language in RIGHT_TO_LEFT:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # type: ignore[attr-defined]
        shown = language
    if shown != "en":
        _default_locale.append(QLocale())
        QLocale.setDefault(QLocale(language))
        _shown[:] = [shown]  # dates and numbers in the language's conventions
    return shown


def remove_translations(app: QCoreApplication) -> None:
    """Back to English plurals only, left to right (tests switch languages in one process)."""
    for translator in [t for t in _installed if not isinstance(t, EnglishPlurals)]:
        app.removeTranslator(translator)
        _installed.remove(translator)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # type: ignore[attr-defined]
    if _default_locale:
        QLocale.setDefault(_default_locale[0])
        _default_locale.clear()
    _shown.clear()


def switch_language(app: QCoreApplication, language: str, *, cache: Path | None = None) -> str:
    """Replace the installed UI language by `language` (View → Language while the app runs);
    widgets built afterwards speak it. Returns the language the interface is in."""
    remove_translations(app)
    return install_translations(app, language, cache=cache)


def number(value: int | float, decimals: int = 0) -> str:
    """A count or measure as the UI language writes it ("12,345", "12 345", "12.345"; English:
    the digits as the data has them)."""
    if not _shown:
        return f"{value:,.{decimals}f}" if isinstance(value, float) else f"{value:,}"
    return QLocale().toString(float(value), "f", decimals) if isinstance(value, float) else QLocale().toString(value)


def percent(ratio: float) -> str:
    """A share (0.0–1.0) as a whole percentage: "39%" in English, "39 %" (no-break space) in French
    and Spanish, as their typography writes it."""
    if not _shown:
        return f"{ratio:.0%}"
    return QLocale().toString(round(ratio * 100)) + "\u00a0" + QLocale().percent()


def local_date(value: str, *, short: bool = False) -> str:
    """A stored ISO date (2024-08-08, 2024-08) as the UI language writes it ("8 août 2024",
    "agosto de 2024"; short: the month abbreviated, "25 oct. 2025", for narrow
    table columns); English keeps the ISO form the data uses, and anything else is left alone."""
    match = _ISO.fullmatch(value.strip())
    if not _shown or match is None:
        return value
    year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
    date = QDate(year, month, day)
    if not date.isValid():
        return value
    months = "MMM" if short else "MMMM"
    return QLocale().toString(date, f"d {months} yyyy" if match[3] else f"{months} yyyy")
