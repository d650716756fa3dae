"""What the user typed on the command line, resolved to records: delegations and documents.

Shared by every command that takes `--delegation` or `--document`, so each accepts the same forms
(id, ISO code, name, a distinctive word of the name) and each failure points to the listing command.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence

from briefing_app.cli.common import CliError
from briefing_app.domain.models import Delegation, Document
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace

NO_DELEGATION = ("This workspace holds no delegation yet; add one in the app (View → Delegations → "
                 "Add delegation…) or import a partner's bundle with `briefing-app bundle import FILE`.")
NO_DOCUMENT = ("This workspace holds no document yet; import one with "
               "`briefing-app draft import FILE --new-document TITLE --label LABEL`.")

# Words that do not make initials ("United States of America" → USA) nor count as a match on their own.
_MINOR_WORDS = frozenset({"of", "the", "and", "for", "de", "la", "le", "du", "des", "et"})


def _words(text: str) -> list[str]:
    """Lower-case words without accents or punctuation: "Côte d'Ivoire" → ["cote", "d", "ivoire"]."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.findall(r"[^\W_]+", plain.casefold())


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w not in _MINOR_WORDS)


def _contains_run(words: Sequence[str], run: Sequence[str]) -> bool:
    return any(list(words[i:i + len(run)]) == list(run) for i in range(len(words) - len(run) + 1))


def label(delegation: Delegation) -> str:
    """"Kenya (KE)", or the name alone for a group without a code."""
    return f"{delegation.name} ({delegation.iso_code})" if delegation.iso_code else delegation.name


def match_delegations(wanted: str, everyone: Sequence[Delegation]) -> list[Delegation]:
    """The delegations `wanted` names.

    First the id, the ISO code, or the name ignoring case, accents, spaces and punctuation
    ("viet nam" = "Vietnam"). Else the delegations whose name contains `wanted` as whole
    words ("Iran" → "Iran (Islamic Republic of)", "United" → the UK and the USA) or whose initials
    it is ("USA", "DRC"). One delegation found is the one meant; several are for the user to choose.
    """
    key = wanted.strip()
    words = _words(key)
    compact = "".join(words)
    exact = [d for d in everyone
             if key == d.id or (d.iso_code and compact == d.iso_code.casefold())
             or (compact and compact == "".join(_words(d.name)))]
    if exact:
        return exact
    significant = [w for w in words if w not in _MINOR_WORDS]
    if not significant:
        return []
    partial = [d for d in everyone
               if _contains_run(_words(d.name), words)
               or (len(compact) >= 2 and compact == _initials(_words(d.name)))]
    return partial


def close_delegations(wanted: str, everyone: Sequence[Delegation]) -> list[Delegation]:
    """Likely typos of a name or code ("Kenia" → Kenya), and names a word of them starts with."""
    compact = "".join(_words(wanted))
    if not compact:
        return []
    keys: dict[str, Delegation] = {}
    for d in everyone:
        keys.setdefault("".join(_words(d.name)), d)
        if d.iso_code:
            keys.setdefault(d.iso_code.casefold(), d)
    found = [keys[k] for k in difflib.get_close_matches(compact, list(keys), n=6, cutoff=0.7)]
    if len(compact) >= 3:
        found += [d for d in everyone if any(w.startswith(compact) for w in _words(d.name))]
    return list(dict.fromkeys(found))


def find_delegation(ws: Workspace, wanted: str) -> Delegation:
    """The one delegation `wanted` names (see match_delegations); else a CliError saying what to type."""
    everyone = queries.delegations(ws)
    if not everyone:
        raise CliError(NO_DELEGATION)
    matches = match_delegations(wanted, everyone)
    if len(matches) == 1:
        return matches[0]
    listing = "`briefing-app delegations` lists them all"
    if matches:
        names = "; ".join(label(d) for d in matches)
        raise CliError(f"{wanted!r} matches {len(matches)} delegations: {names}. Name one ({listing}).")
    close = close_delegations(wanted, everyone)
    if close:
        raise CliError(f"No delegation {wanted!r}. Did you mean: {'; '.join(label(d) for d in close)}? "
                       f"({listing}.)")
    raise CliError(f"No delegation {wanted!r} in this workspace; {listing}.")


def find_document(ws: Workspace, key: str | None) -> Document:
    """The document named by id, short title or title; without a key, the workspace's only document."""
    documents = queries.documents(ws)
    if not documents:
        raise CliError(NO_DOCUMENT)
    if not key:
        if len(documents) == 1:
            return documents[0]
        raise CliError(f"This workspace holds {len(documents)} documents; name one with --document "
                       "(`briefing-app documents` lists them).")
    wanted = key.strip().casefold()
    matches = [d for d in documents
               if key.strip() == d.id or wanted in (d.short_title.casefold(), d.title.casefold())]
    if len(matches) == 1:
        return matches[0]
    problem = "Several documents match" if matches else "No document"
    raise CliError(f"{problem} {key!r}; `briefing-app documents` lists the documents and their versions.")
