"""The only package that imports PySide6: windows, dialogs, item models, background jobs."""

from briefing_app.ui.pyside_fix import make_singletons_immortal

make_singletons_immortal()
