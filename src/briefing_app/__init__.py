"""Briefing Desk: follow a treaty through its drafts and brief each delegation."""

__version__ = "0.1.0"
