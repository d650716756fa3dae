"""The demo corpus: reviewable TOML in resources/demo/ (docs/demo-corpus-format.md) → a workspace."""

from __future__ import annotations

import tomllib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from briefing_app import paths
from briefing_app.demo_meetings import read_meetings
from briefing_app.domain import models as m
from briefing_app.domain.enums import Sensitivity
from briefing_app.errors import UserError
from briefing_app.store.workspace import Workspace

NAMESPACE = uuid.UUID("6f7d3c1e-54a2-4d8e-9a65-3b1f0c2d7e90")
FILES = (
    "organizations.toml",
    "sources.toml",
    "convention.toml",
    "provisions-adopted.toml",
    "provisions-zero-draft.toml",
    "cases.toml",
    "concerns.toml",
    "amendments.toml",
    "delegations.toml",
    "positions.toml",
    "internal.toml",
    "status.toml",
    "national.toml",
    "meetings.toml",
)


class CorpusError(UserError):
    """The corpus files are inconsistent; the message names file, record and field."""


def stable_id(table: str, key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{table}:{key}"))


@dataclass
class Corpus:
    records: list[m.Record] = field(default_factory=list)
    links: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    notice: str = ""
    timestamp: str = ""


class _Reader:
    """Turns TOML tables into records, resolving keys and reporting errors with their place."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.keys: dict[str, set[str]] = {}
        self.place = ""

    def fail(self, message: str) -> CorpusError:
        return CorpusError(f"{self.place}: {message}")

    def ref(self, table: str, key: Any, *, optional: bool = True) -> str | None:
        if key in (None, ""):
            if optional:
                return None
            raise self.fail(f"missing reference to {table}")
        if key not in self.keys.get(table, set()):
            raise self.fail(f"unknown {table} key {key!r}")
        return stable_id(table, str(key))

    def enum(self, cls: type[Enum], value: Any, default: Enum) -> Any:
        if value is None:
            return default
        try:
            return cls(value)
        except ValueError:
            allowed = ", ".join(str(e.value) for e in cls)
            raise self.fail(f"{value!r} is not one of: {allowed}") from None

    def claim(self, table: str, entry: dict[str, Any]) -> str:
        """Register the entry's key and return its stable id (errors name this entry from now on)."""
        key = entry.get("key")
        if not isinstance(key, str) or not key:
            raise self.fail(f"a {table} entry has no key")
        self.place = f"{self.place.split(' ')[0]} {table} {key!r}"
        if key in self.keys.setdefault(table, set()):
            raise self.fail("duplicate key")
        self.keys[table].add(key)
        return stable_id(table, key)

    def emit(self, record: m.Record) -> str:
        self.corpus.records.append(record)
        return record.id

    def common(self, entry: dict[str, Any], default: Sensitivity = Sensitivity.PUBLIC) -> dict[str, Any]:
        return {
            "sensitivity": self.enum(Sensitivity, entry.get("sensitivity"), default),
            "origin": "demo",
            "created_at": self.corpus.timestamp,
            "updated_at": self.corpus.timestamp,
        }

    def link(self, name: str, left: str, right_table: str, keys: list[str]) -> None:
        for key in keys:
            right = self.ref(right_table, key, optional=False)
            assert right is not None
            self.corpus.links.setdefault(name, []).append((left, right))


def load_corpus(directory: Path | None = None) -> Corpus:
    """Read and cross-check the corpus; raises CorpusError naming the first problem."""
    folder = directory or paths.resources_dir() / "demo"
    corpus = Corpus()
    reader = _Reader(corpus)
    data: dict[str, dict[str, Any]] = {}
    for name in FILES:
        try:
            with (folder / name).open("rb") as handle:
                data[name] = tomllib.load(handle)
        except FileNotFoundError:
            raise CorpusError(f"{name}: file missing from {folder}") from None
        except tomllib.TOMLDecodeError as error:
            raise CorpusError(f"{name}: not valid TOML ({error})") from None
    meta = data["convention.toml"].get("corpus", {})
    corpus.notice = str(meta.get("notice", ""))
    corpus.timestamp = str(meta.get("timestamp", "2026-01-01T00:00:00Z"))
    for name in FILES:
        reader.place = name
        _READERS[name](reader, data[name])
    return corpus


def _organizations(r: _Reader, data: dict[str, Any]) -> None:
    from briefing_app.domain.enums import OrganizationKind

    for e in data.get("organizations", []):
        r.emit(m.Organization(
            id=r.claim("organizations", e), name=e["name"], short_name=e.get("short_name", ""),
            kind=r.enum(OrganizationKind, e.get("kind"), OrganizationKind.NGO),
            country=e.get("country", ""), url=e.get("url", ""),
            coalition_member=bool(e.get("coalition_member", False)), **r.common(e)))


def _sources(r: _Reader, data: dict[str, Any]) -> None:
    for e in data.get("sources", []):
        r.emit(m.Source(
            id=r.claim("sources", e), title=e["title"], organization_id=r.ref("organizations", e.get("organization")),
            date=str(e.get("date", "")), url=e.get("url", ""), symbol=e.get("symbol", ""),
            publisher=e.get("publisher", ""), reliability_note=e.get("reliability_note", ""),
            **r.common(e)))


def _convention(r: _Reader, data: dict[str, Any]) -> None:
    e = dict(data["document"])
    document_id = r.emit(m.Document(
        id=r.claim("documents", e), title=e["title"], short_title=e.get("short_title", ""),
        description=e.get("description", ""), **r.common(e)))
    for e in data.get("versions", []):
        r.emit(m.Version(
            id=r.claim("versions", e), document_id=document_id, label=e["label"], seq=int(e["seq"]),
            date=str(e.get("date", "")), symbol=e.get("symbol", ""),
            description=e.get("description", ""), **r.common(e)))


def _provisions(r: _Reader, data: dict[str, Any]) -> None:
    from briefing_app.domain.enums import ProvisionKind

    counters: dict[str | None, int] = {}
    for e in data.get("provisions", []):
        parent = r.ref("provisions", e.get("parent"))
        counters[parent] = counters.get(parent, 0) + 1
        position = counters[parent]
        r.emit(m.Provision(
            id=r.claim("provisions", e), version_id=r.ref("versions", e.get("version"), optional=False),  # type: ignore[arg-type]
            kind=r.enum(ProvisionKind, e.get("kind"), ProvisionKind.ARTICLE),
            number=str(e.get("number", "")), heading=e.get("heading", ""), text=e.get("text", ""),
            parent_id=parent, position=position,
            lineage_id=stable_id("lineage", e.get("lineage") or e["key"]), **r.common(e)))


def _cases(r: _Reader, data: dict[str, Any]) -> None:
    for e in data.get("cases", []):
        r.emit(m.Case(
            id=r.claim("cases", e), title=e["title"], country=e.get("country", ""), law=e.get("law", ""),
            summary=e.get("summary", ""), date=str(e.get("date", "")),
            source_id=r.ref("sources", e.get("source")), **r.common(e)))


def _concerns(r: _Reader, data: dict[str, Any]) -> None:
    from briefing_app.domain.enums import ConcernStatus, Severity

    for e in data.get("concerns", []):
        concern_id = r.emit(m.Concern(
            id=r.claim("concerns", e), title=e["title"], summary=e.get("summary", ""),
            severity=r.enum(Severity, e.get("severity"), Severity.MEDIUM),
            category=e.get("category", ""),
            status=r.enum(ConcernStatus, e.get("status"), ConcernStatus.OPEN),
            organization_id=r.ref("organizations", e.get("organization")),
            date=str(e.get("date", "")), **r.common(e)))
        r.link("concern_provisions", concern_id, "provisions", e.get("provisions", []))
        r.link("concern_sources", concern_id, "sources", e.get("sources", []))
        r.link("concern_cases", concern_id, "cases", e.get("cases", []))


def _amendments(r: _Reader, data: dict[str, Any]) -> None:
    from briefing_app.domain.enums import AmendmentAction, AmendmentStatus

    texts = {rec.id: rec.text for rec in r.corpus.records if isinstance(rec, m.Provision)}
    for e in data.get("amendments", []):
        amendment_id = r.emit(m.Amendment(
            id=r.claim("amendments", e), provision_id=r.ref("provisions", e.get("provision"), optional=False),  # type: ignore[arg-type]
            title=e.get("title", ""),
            action=r.enum(AmendmentAction, e.get("action"), AmendmentAction.SUBSTITUTE),
            target_text=e.get("target_text", ""), proposed_text=e.get("proposed_text", ""),
            rationale=e.get("rationale", ""),
            status=r.enum(AmendmentStatus, e.get("status"), AmendmentStatus.PROPOSED),
            organization_id=r.ref("organizations", e.get("organization")),
            date=str(e.get("date", "")), **r.common(e)))
        target = e.get("target_text", "")
        provision_text = texts[stable_id("provisions", e["provision"])]
        if target and target not in provision_text:
            raise r.fail(f"target_text does not occur in provision {e['provision']!r}")
        r.link("amendment_concerns", amendment_id, "concerns", e.get("concerns", []))
        r.link("amendment_supporters", amendment_id, "organizations", e.get("supporters", []))


def _delegations(r: _Reader, data: dict[str, Any]) -> None:
    from briefing_app.domain.enums import DelegationKind, Priority

    entries = data.get("delegations", [])
    for e in entries:
        r.emit(m.Delegation(
            id=r.claim("delegations", e), name=e["name"], iso_code=e.get("iso_code", ""),
            kind=r.enum(DelegationKind, e.get("kind"), DelegationKind.STATE),
            languages=tuple(e.get("languages", [])),
            priority=r.enum(Priority, e.get("priority"), Priority.MEDIUM),
            summary=e.get("summary", ""), **r.common(e)))
    for e in entries:
        r.place = f"delegations.toml delegations {e['key']!r}"
        r.link("delegation_memberships", stable_id("delegations", e["key"]), "delegations", e.get("groups", []))


def _positions(r: _Reader, data: dict[str, Any]) -> None:
    from briefing_app.domain.enums import Confidence, Stance

    for n, e in enumerate(data.get("positions", []), start=1):
        entry = {"key": e.get("key") or f"{e.get('delegation')}:{e.get('provision') or e.get('amendment')}:{n}", **e}
        r.emit(m.Position(
            id=r.claim("positions", entry), delegation_id=r.ref("delegations", e.get("delegation"), optional=False),  # type: ignore[arg-type]
            provision_id=r.ref("provisions", e.get("provision")),
            amendment_id=r.ref("amendments", e.get("amendment")),
            stance=r.enum(Stance, e.get("stance"), Stance.UNKNOWN),
            version_id=r.ref("versions", e.get("version")), source_id=r.ref("sources", e.get("source")),
            date=str(e.get("date", "")), confidence=r.enum(Confidence, e.get("confidence"), Confidence.MEDIUM),
            illustrative=bool(e.get("illustrative", False)), summary=e.get("summary", ""), **r.common(e)))
        if not e.get("provision") and not e.get("amendment"):
            raise r.fail("a position needs a provision or an amendment")


def _internal(r: _Reader, data: dict[str, Any]) -> None:
    for n, e in enumerate(data.get("notes", []), start=1):
        table, _, key = str(e.get("record", "")).partition(":")
        entry = {"key": e.get("key") or f"note-{n}", **e}
        r.emit(m.Note(
            id=r.claim("notes", entry), record_table=table, record_id=r.ref(table, key, optional=False),  # type: ignore[arg-type]
            body=e["body"], author=e.get("author", ""), **r.common(e, Sensitivity.INTERNAL)))
    for n, e in enumerate(data.get("contacts", []), start=1):
        entry = {"key": e.get("key") or f"contact-{n}", **e}
        r.emit(m.Contact(
            id=r.claim("contacts", entry), delegation_id=r.ref("delegations", e.get("delegation"), optional=False),  # type: ignore[arg-type]
            name=e["name"], role=e.get("role", ""), email=e.get("email", ""), phone=e.get("phone", ""),
            notes=e.get("notes", ""), **r.common(e, Sensitivity.INTERNAL)))


def _date(r: _Reader, value: Any) -> str:
    from briefing_app.domain.treaty_status import is_valid_date

    text = str(value or "")
    if not is_valid_date(text):
        raise r.fail(f"{text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return text


def _status(r: _Reader, data: dict[str, Any]) -> None:
    from briefing_app.domain.enums import Confidence, ReservationKind, StatusKind

    document = r.ref("documents", data.get("document"), optional=False)
    assert document is not None
    if rule := data.get("rule"):
        r.emit(m.EntryIntoForceRule(
            id=r.claim("entry_into_force_rules", {"key": data["document"]}), document_id=document,
            instruments_required=int(rule.get("instruments_required", 40)), days_after=int(rule.get("days_after", 90)),
            regional_organizations=tuple(str(r.ref("delegations", k, optional=False))
                                         for k in rule.get("regional_organizations", [])),
            provision_id=r.ref("provisions", rule.get("provision")), summary=rule.get("summary", ""), **r.common(rule)))
    for n, e in enumerate(data.get("events", []), start=1):
        entry = {"key": e.get("key") or f"{e.get('delegation')}:{e.get('kind')}:{n}", **e}
        r.emit(m.StatusEvent(
            id=r.claim("status_events", entry), document_id=document,
            delegation_id=r.ref("delegations", e.get("delegation"), optional=False),  # type: ignore[arg-type]
            kind=r.enum(StatusKind, e.get("kind"), StatusKind.SIGNATURE), date=_date(r, e.get("date")),
            source_id=r.ref("sources", e.get("source")),
            confidence=r.enum(Confidence, e.get("confidence"), Confidence.HIGH),
            illustrative=bool(e.get("illustrative", False)), summary=e.get("summary", ""), **r.common(e)))
        if not e.get("illustrative") and not e.get("source"):
            raise r.fail("an event that is not illustrative needs a source")
    for e in data.get("reservations", []):
        reservation_id = r.emit(m.Reservation(
            id=r.claim("reservations", e), document_id=document,
            delegation_id=r.ref("delegations", e.get("delegation"), optional=False),  # type: ignore[arg-type]
            kind=r.enum(ReservationKind, e.get("kind"), ReservationKind.RESERVATION), date=_date(r, e.get("date")),
            summary=e.get("summary", ""), source_id=r.ref("sources", e.get("source")),
            confidence=r.enum(Confidence, e.get("confidence"), Confidence.HIGH),
            illustrative=bool(e.get("illustrative", False)), **r.common(e)))
        r.link("reservation_provisions", reservation_id, "provisions", e.get("provisions", []))


def _national(r: _Reader, data: dict[str, Any]) -> None:
    from briefing_app.domain.enums import LawKind, LawStage

    for e in data.get("laws", []):
        law_id = r.emit(m.NationalLaw(
            id=r.claim("national_laws", e),
            delegation_id=r.ref("delegations", e.get("delegation"), optional=False),  # type: ignore[arg-type]
            title=e["title"], kind=r.enum(LawKind, e.get("kind"), LawKind.BILL),
            stage=r.enum(LawStage, e.get("stage"), LawStage.DRAFT), date=_date(r, e.get("date")),
            url=e.get("url", ""), summary=e.get("summary", ""), source_id=r.ref("sources", e.get("source")),
            illustrative=bool(e.get("illustrative", False)), **r.common(e)))
        for position, s in enumerate(e.get("sections", []), start=1):
            section_id = r.emit(m.NationalProvision(
                id=r.claim("national_provisions", s), law_id=law_id, number=str(s.get("number", "")),
                heading=s.get("heading", ""), text=s.get("text", ""), position=position, **r.common(s)))
            r.link("national_provision_articles", section_id, "provisions", s.get("articles", []))
            r.link("national_provision_cases", section_id, "cases", s.get("cases", []))
            for key in s.get("concerns", []):
                concern = r.ref("concerns", key, optional=False)
                r.corpus.links.setdefault("concern_national_provisions", []).append((str(concern), section_id))


_READERS: dict[str, Callable[[_Reader, dict[str, Any]], None]] = {
    "organizations.toml": _organizations,
    "sources.toml": _sources,
    "convention.toml": _convention,
    "provisions-adopted.toml": _provisions,
    "provisions-zero-draft.toml": _provisions,
    "cases.toml": _cases,
    "concerns.toml": _concerns,
    "amendments.toml": _amendments,
    "delegations.toml": _delegations,
    "positions.toml": _positions,
    "internal.toml": _internal,
    "status.toml": _status,
    "national.toml": _national,
    "meetings.toml": lambda r, data: read_meetings(r, data, stable_id),
}


def install_demo(ws: Workspace, corpus: Corpus | None = None) -> int:
    """Load the demo corpus into an empty workspace in one transaction; returns rows written."""
    data = corpus or load_corpus()
    with ws.transaction():
        count = ws.insert_many(data.records)
        for name, pairs in data.links.items():
            count += ws.insert_links(name, pairs, origin="demo")
        ws.set_meta("demo", "1")
        ws.set_meta("demo_notice", data.notice)
    return count
