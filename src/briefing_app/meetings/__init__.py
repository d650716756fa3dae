"""Meetings beyond the store: the session report (PDF and CSV)."""
