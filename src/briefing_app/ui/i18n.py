"""Translations. The source strings are English with Qt's plural convention ("%n concern(s)", see
HELPERS.md); English itself needs its plural forms resolved, which EnglishPlurals does for every
string, so no compiled English catalogue is needed. A real translator installed later wins.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

_installed: list[QTranslator] = []  # a translator must outlive its installation


class EnglishPlurals(QTranslator):
    """"%n concern(s)" → "1 concern" / "2 concerns"; strings without "(s)" are left to Qt."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if n < 0 or "(s)" not in source_text:
            return None  # no translation: Qt uses the source text
        return source_text.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def install_translations(app: QCoreApplication) -> None:
    """Once per application: English plural forms."""
    if any(t.parent() is app for t in _installed):
        return
    plurals = EnglishPlurals(app)
    app.installTranslator(plurals)
    _installed.append(plurals)
