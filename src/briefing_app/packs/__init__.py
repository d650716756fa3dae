"""Briefing packs: choice of content per delegation (pure) and reportlab rendering."""
