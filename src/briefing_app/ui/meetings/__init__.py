"""Meetings in the desktop app: floor mode for live capture, and the matrix's "from meeting" filter."""
