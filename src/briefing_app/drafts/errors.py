"""Errors of draft import a user can act on; str(error) is the message to show."""

from __future__ import annotations

from briefing_app.errors import UserError


class DraftInputError(UserError):
    """The draft file cannot be read or holds no recognisable treaty structure; nothing was saved."""


class DraftImportError(UserError):
    """The import cannot go ahead as asked (unknown document or version label, duplicate label)."""
