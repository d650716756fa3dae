"""Refresh the UI catalogues from the source: `pyside6-lupdate` over src/briefing_app/ui into
resources/i18n/briefing_fr.ts and briefing_es.ts (no line numbers, obsolete entries dropped), so a
translator sees every new string as unfinished. tests/gui/test_translations.py fails when a .ts
is out of date with the source or has an unfinished entry.

    python scripts/update_translations.py
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "briefing_app" / "ui"
LANGUAGES = ("fr", "es")


def lupdate() -> str:
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lupdate"
    found = str(bundled) if bundled.is_file() else shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate not found (it ships in the PySide6-Essentials wheel)")
    return found


# A module's own helper `def _tr(text): return QCoreApplication.translate("Context", text)`: lupdate
# cannot see through it, so the copy it reads has each _tr("…") spelled out as translate("Context", "…").
_HELPER = re.compile(r'def (_\w*tr)\(text: str\) -> str:\n(?:\s*"""[^\n]*"""\n)?\s*return QCoreApplication'
                     r'\.translate\("([^"]+)", text\)')


_STRING = r'("(?:[^"\\\n]|\\.)*")'
_FIELD_LABELS = (re.compile(r'(\bField\("\w+", )' + _STRING), re.compile(r'(\badd_checklist\("\w+", )' + _STRING),
                 re.compile(r'(super\(\).__init__\(parent, )' + _STRING + r'(?=, \w+, \[)'))
_ALIAS = re.compile(r"\b(\w+) = QCoreApplication\.translate\b")  # tr = QCoreApplication.translate


def readable(source: str) -> str:
    """The source as lupdate should read it (helpers and aliases spelled out)."""
    for name, context in _HELPER.findall(source):
        source = re.sub(rf"\b{name}\(", f'translate("{context}", ', source)
    for alias in set(_ALIAS.findall(source)) - {"translate"}:
        source = re.sub(rf"(?<![.\w]){alias}\(", "translate(", source)
    for pattern in _FIELD_LABELS:  # ui/forms.py shows these through field_label()
        source = pattern.sub(lambda m: f'{m.group(1)}translate("Fields", {m.group(2)})', source)
    return source


def python_sources(folder: Path = SOURCES) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def update(target: Path, language: str, sources: list[Path]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for n, path in enumerate(sources):
            copy = Path(tmp) / f"{n:04d}_{path.name}"
            copy.write_text(readable(path.read_text(encoding="utf-8")), encoding="utf-8")
            copies.append(str(copy))
        subprocess.run([lupdate(), "-silent", "-locations", "none", "-no-obsolete", "-source-language", "en",
                        "-target-language", language, *copies, "-ts", str(target)], check=True, timeout=300)


def fill(target: Path, language: str) -> list[str]:
    """Write our translations (scripts/ui_translations.py) into a .ts; returns the sources left
    without one."""
    import xml.etree.ElementTree as ET

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from ui_translations import translations

    tree = ET.parse(target)
    missing = []
    column = LANGUAGES.index(language)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        found = translations(source)
        translation = message.find("translation")
        assert translation is not None
        if found is None:
            missing.append(source)
            continue
        value = found[column]
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[-1]
        translation.attrib.pop("type", None)
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    sources = python_sources()
    for language in LANGUAGES:
        target = ROOT / "resources" / "i18n" / f"briefing_{language}.ts"
        update(target, language, sources)
        if "--fill" in sys.argv:
            missing = fill(target, language)
            for source in missing:
                print(f"{target.name}: no translation for {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
