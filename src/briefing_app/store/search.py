"""Full-text search over provisions, concerns and amendments (FTS5), ranked in tiers.

Order: records whose title or heading matches come first, then the other matches; inside a tier,
provisions of a document's latest version before older drafts, each in document (insertion) order,
and concerns and amendments newest first; the kinds are interleaved. Every step reads the index in
its own rowid order and stops after `limit` hits, so a word found in a third of the workspace costs
about what a rare one does (bm25 had to score every match before it could sort). Judged on the demo
corpus this order is at least as useful as bm25 was: docs/benchmarks.md, benchmarks/bench_search.py.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from itertools import chain, zip_longest

from briefing_app.domain.views import SearchHit, SearchKind
from briefing_app.store import cipher
from briefing_app.store.errors import StoreError
from briefing_app.store.workspace import Workspace

SNIPPET_OPEN, SNIPPET_CLOSE = "[", "]"
TITLE_SCORE, OTHER_SCORE = 2.0, 1.0
"""SearchHit.score: matched in the title or heading, or elsewhere only."""


class SearchQueryError(StoreError):
    """The query is not valid FTS5 syntax; the message says how to fix it."""


_TITLE_COLUMNS = {SearchKind.PROVISION: "{number heading}", SearchKind.CONCERN: "{title}",
                  SearchKind.AMENDMENT: "{title}"}

_SQL = {
    SearchKind.PROVISION: """
        SELECT p.id, trim(CASE p.kind WHEN 'preamble' THEN 'Preamble'
                       ELSE upper(substr(p.kind, 1, 1)) || substr(p.kind, 2) || ' ' || p.number END
                       || CASE WHEN p.heading != '' THEN ': ' || p.heading ELSE '' END),
               snippet(provisions_fts, -1, :open, :close, '…', 12), p.id, p.version_id, v.label
        FROM provisions_fts JOIN provisions p ON p.rowid = provisions_fts.rowid
        JOIN versions v ON v.id = p.version_id
        WHERE provisions_fts MATCH :match AND {group}
          AND p.id NOT IN (SELECT value FROM json_each(:exclude))
        ORDER BY provisions_fts.rowid LIMIT :limit""",
    SearchKind.CONCERN: """
        SELECT c.id, c.title, snippet(concerns_fts, -1, :open, :close, '…', 12),
               (SELECT cp.provision_id FROM concern_provisions cp WHERE cp.concern_id = c.id
                ORDER BY cp.rowid LIMIT 1), NULL, c.severity
        FROM concerns_fts JOIN concerns c ON c.rowid = concerns_fts.rowid
        WHERE concerns_fts MATCH :match AND c.id NOT IN (SELECT value FROM json_each(:exclude))
        ORDER BY concerns_fts.rowid DESC LIMIT :limit""",
    SearchKind.AMENDMENT: """
        SELECT a.id, CASE WHEN a.title != '' THEN a.title ELSE 'Amendment' END,
               snippet(amendments_fts, -1, :open, :close, '…', 12), a.provision_id, NULL, a.status
        FROM amendments_fts JOIN amendments a ON a.rowid = amendments_fts.rowid
        WHERE amendments_fts MATCH :match AND a.id NOT IN (SELECT value FROM json_each(:exclude))
        ORDER BY amendments_fts.rowid DESC LIMIT :limit""",
}
_LATEST = "v.seq = (SELECT max(seq) FROM versions WHERE document_id = v.document_id)"
_OLDER = "v.seq < (SELECT max(seq) FROM versions WHERE document_id = v.document_id)"

_SYNTAX_CHARS = set('"()*:^+')
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
_WORD = re.compile(r"\w+", re.UNICODE)

Row = tuple[str, str, str, str | None, str | None, str]


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
    """Hits across the chosen kinds, best first (module docstring). Provisions can be limited to one
    version. Raises SearchQueryError for FTS5 syntax that does not parse."""
    query = prepare_query(text)
    tiers: tuple[list[list[SearchHit]], list[list[SearchHit]]] = ([], [])
    try:
        for kind in kinds:
            title_hits, other_hits = _search_kind(workspace.conn, kind, query, version_id, limit)
            tiers[0].append(title_hits)
            tiers[1].append(other_hits)
    except cipher.errors("OperationalError") as error:
        raise SearchQueryError(
            f"Cannot search for {text.strip()!r}: {_explain(error)}. "
            'Use plain words, or put a phrase in double quotes.'
        ) from error
    return list(chain(_interleave(tiers[0]), _interleave(tiers[1])))[:limit]


def _search_kind(conn: sqlite3.Connection, kind: SearchKind, query: str, version_id: str | None,
                 limit: int) -> tuple[list[SearchHit], list[SearchHit]]:
    """The kind's title/heading matches and its other matches, each in the kind's order, together at
    most `limit`. The second query runs only when the title tier leaves room."""
    wrapped = f"{_TITLE_COLUMNS[kind]} : ({query})"
    titled = _matches(conn, kind, wrapped, version_id, limit, ()) if _balanced(query) else []
    title_hits = [_hit(kind, row, TITLE_SCORE) for row in titled]
    if len(title_hits) >= limit:
        return title_hits, []
    others = _matches(conn, kind, query, version_id, limit - len(title_hits), [r[0] for r in titled])
    return title_hits, [_hit(kind, row, OTHER_SCORE) for row in others]


def _matches(conn: sqlite3.Connection, kind: SearchKind, match: str, version_id: str | None, limit: int,
             exclude: Iterable[str]) -> list[Row]:
    params: dict[str, str | int | None] = {
        "match": match, "open": SNIPPET_OPEN, "close": SNIPPET_CLOSE, "limit": limit,
        "exclude": json.dumps(list(exclude)), "version": version_id}
    if kind is not SearchKind.PROVISION:
        return conn.execute(_SQL[kind], params).fetchall()
    rows: list[Row] = []
    for group in (["p.version_id = :version"] if version_id else [_LATEST, _OLDER]):
        if len(rows) < limit:
            params["limit"] = limit - len(rows)
            rows += conn.execute(_SQL[kind].format(group=group), params).fetchall()
    return rows


def _balanced(query: str) -> bool:
    """Whether the query's parentheses (outside quoted strings) pair up, so that wrapping it in a
    column filter cannot turn a syntax error into a different query."""
    depth, quoted = 0, False
    for char in query:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "()":
            depth += 1 if char == "(" else -1
            if depth < 0:
                return False
    return depth == 0


def _hit(kind: SearchKind, row: Row, score: float) -> SearchHit:
    return SearchHit(kind=kind, record_id=row[0], title=row[1], snippet=row[2], score=score,
                     provision_id=row[3], version_id=row[4], context=row[5])


def _interleave(lists: list[list[SearchHit]]) -> list[SearchHit]:
    """One of each kind in turn, so that no kind's matches push the others out of the first page."""
    return [hit for group in zip_longest(*lists) for hit in group if hit is not None]


def _explain(error: Exception) -> str:
    message = str(error)
    if message.startswith("fts5: "):
        message = message[len("fts5: "):]
    return message
