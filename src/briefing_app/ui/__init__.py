"""The only package that imports PySide6: windows, dialogs, item models, background jobs.

Library workarounds (PySide6 on Python 3.11) are installed by the entry points, not here:
see briefing_app/workarounds.py.
"""
