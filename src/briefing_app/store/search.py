"""Full-text search over provisions, concerns and amendments (FTS5, bm25 ranking)."""

from __future__ import annotations

import re
import sqlite3

from briefing_app.domain.views import SearchHit, SearchKind
from briefing_app.store.errors import StoreError
from briefing_app.store.workspace import Workspace

SNIPPET_OPEN, SNIPPET_CLOSE = "[", "]"
LATEST_VERSION_BOOST = 1.5
"""Provisions of a document's latest version rank above equal matches in older drafts."""


class SearchQueryError(StoreError):
    """The query is not valid FTS5 syntax; the message says how to fix it."""


_SQL = {
    SearchKind.PROVISION: """
        SELECT p.id, trim(CASE p.kind WHEN 'preamble' THEN 'Preamble'
                       ELSE upper(substr(p.kind, 1, 1)) || substr(p.kind, 2) || ' ' || p.number END
                       || CASE WHEN p.heading != '' THEN ': ' || p.heading ELSE '' END),
               snippet(provisions_fts, -1, :open, :close, '…', 12),
               bm25(provisions_fts, 5.0, 3.0, 1.0)
                 * CASE WHEN v.seq = (SELECT max(seq) FROM versions WHERE document_id = v.document_id)
                        THEN :latest_boost ELSE 1.0 END AS rank,
               p.id, p.version_id, v.label
        FROM provisions_fts JOIN provisions p ON p.rowid = provisions_fts.rowid
        JOIN versions v ON v.id = p.version_id
        WHERE provisions_fts MATCH :query {scope}
        ORDER BY rank LIMIT :limit""",
    SearchKind.CONCERN: """
        SELECT c.id, c.title, snippet(concerns_fts, -1, :open, :close, '…', 12),
               bm25(concerns_fts, 3.0, 1.0, 1.0),
               (SELECT cp.provision_id FROM concern_provisions cp WHERE cp.concern_id = c.id
                ORDER BY cp.rowid LIMIT 1), NULL, c.severity
        FROM concerns_fts JOIN concerns c ON c.rowid = concerns_fts.rowid
        WHERE concerns_fts MATCH :query
        ORDER BY bm25(concerns_fts, 3.0, 1.0, 1.0) LIMIT :limit""",
    SearchKind.AMENDMENT: """
        SELECT a.id, CASE WHEN a.title != '' THEN a.title ELSE 'Amendment' END,
               snippet(amendments_fts, -1, :open, :close, '…', 12),
               bm25(amendments_fts, 3.0, 1.0, 1.0), a.provision_id, NULL, a.status
        FROM amendments_fts JOIN amendments a ON a.rowid = amendments_fts.rowid
        WHERE amendments_fts MATCH :query
        ORDER BY bm25(amendments_fts, 3.0, 1.0, 1.0) LIMIT :limit""",
}

_SYNTAX_CHARS = set('"()*:^+')
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
_WORD = re.compile(r"\w+", re.UNICODE)


def prepare_query(text: str) -> str:
    """Plain text becomes a prefix search on each word ("good-faith res" finds "good-faith
    research"); text using FTS5 syntax (quotes, AND/OR/NOT, NEAR, *, column:) passes through."""
    stripped = text.strip()
    if _SYNTAX_CHARS & set(stripped) or _OPERATORS & set(stripped.split()):
        return stripped
    words = _WORD.findall(stripped)
    if not words:
        raise SearchQueryError("Type a word to search for.")
    return " ".join(f'"{word}"*' for word in words)


def search(
    workspace: Workspace,
    text: str,
    *,
    kinds: tuple[SearchKind, ...] = tuple(SearchKind),
    version_id: str | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """Ranked hits across the chosen kinds, best first. Provisions can be limited to one version."""
    query = prepare_query(text)
    hits: list[SearchHit] = []
    params = {"query": query, "open": SNIPPET_OPEN, "close": SNIPPET_CLOSE, "limit": limit,
              "version": version_id, "latest_boost": LATEST_VERSION_BOOST}
    for kind in kinds:
        sql = _SQL[kind]
        if kind is SearchKind.PROVISION:
            sql = sql.format(scope="AND p.version_id = :version" if version_id else "")
        try:
            rows = workspace.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as error:
            raise SearchQueryError(
                f"Cannot search for {text.strip()!r}: {_explain(error)}. "
                'Use plain words, or put a phrase in double quotes.'
            ) from error
        hits.extend(
            SearchHit(kind=kind, record_id=r[0], title=r[1], snippet=r[2], score=-float(r[3]),
                      provision_id=r[4], version_id=r[5], context=r[6])
            for r in rows
        )
    hits.sort(key=lambda hit: hit.score, reverse=True)
    return hits[:limit]


def _explain(error: sqlite3.OperationalError) -> str:
    message = str(error)
    if message.startswith("fts5: "):
        message = message[len("fts5: "):]
    return message
