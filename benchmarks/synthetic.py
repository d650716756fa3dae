"""Synthetic corpus generator for benchmarks: a treaty-shaped workspace at any scale, deterministic per seed.

    build_synthetic_workspace(path, provisions=20_000, concerns=100_000, delegations=193, seed=1)

Provisions come as chapters → articles → paragraphs (about 1 : 12 : 36); concerns link 1–3 articles;
one amendment per five concerns; every delegation holds positions on about 20 articles.
"""

from __future__ import annotations

import random
from pathlib import Path

from briefing_app.domain.enums import (
    AmendmentAction,
    Confidence,
    DelegationKind,
    Priority,
    ProvisionKind,
    Sensitivity,
    Severity,
    Stance,
)
from briefing_app.domain.models import (
    Amendment,
    Case,
    Concern,
    Delegation,
    Document,
    Organization,
    Position,
    Provision,
    Record,
    Source,
    Version,
)
from briefing_app.store.workspace import Workspace

WORDS = (
    "state party shall adopt legislative measures necessary establish criminal offence domestic law "
    "access computer system without right intentionally data traffic content interception surveillance "
    "safeguard proportionality necessity judicial authorisation journalist researcher security testing "
    "cooperation mutual legal assistance extradition evidence electronic preservation disclosure "
    "confidentiality privacy expression assembly association human rights protection victim child "
    "jurisdiction territory sovereignty provider subscriber information order production seizure search "
    "serious crime penalty deprivation liberty years dual criminality refusal political offence"
).split()
CATEGORIES = ("scope", "surveillance", "safeguards", "international-cooperation", "data-protection",
              "freedom-of-expression", "security-research", "press-freedom", "human-rights")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


_SYLLABLES = ("ka", "lo", "ve", "tri", "nus", "par", "den", "qui", "mor", "sel", "ta", "vi")
RARE_WORDS = tuple(sorted({"".join(random.Random(i).choices(_SYLLABLES, k=3)) for i in range(4000)}))
"""Pseudo-words each sentence may carry one of: real text has selective terms, not only common ones."""


def _sentence(rng: random.Random, low: int = 10, high: int = 28) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    if rng.random() < 0.5:
        words[rng.randrange(len(words))] = rng.choice(RARE_WORDS)
    return " ".join(words).capitalize() + "."


def _text(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences))


def generate(provisions: int = 20_000, concerns: int = 100_000, delegations: int = 193,  # noqa: PLR0915
             seed: int = 1) -> tuple[list[Record], dict[str, list[tuple[str, str]]]]:
    """All records (parents first) and link pairs of a synthetic workspace."""
    rng = random.Random(seed)
    records: list[Record] = []
    links: dict[str, list[tuple[str, str]]] = {"concern_provisions": [], "concern_sources": [],
                                                "concern_cases": [], "amendment_concerns": []}
    orgs = [Organization(name=f"Organisation {i}", short_name=f"ORG{i}", coalition_member=i % 3 == 0)
            for i in range(50)]
    records += orgs
    sources = [Source(title=f"Analysis {i}: {_sentence(rng, 4, 8)}", organization_id=rng.choice(orgs).id,
                      date=f"20{rng.randint(21, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                      url=f"https://example.org/analysis/{i}") for i in range(max(10, concerns // 10))]
    records += sources
    cases = [Case(title=f"Case {i}", country=f"Country {i % 40}", summary=_text(rng, 2),
                  source_id=rng.choice(sources).id) for i in range(200)]
    records += cases
    document = Document(title="Synthetic Convention")
    version = Version(document_id=document.id, label="Synthetic draft", seq=1)
    records += [document, version]

    articles: list[Provision] = []
    chapters = max(1, provisions // 400)
    per_chapter = max(1, -(-(provisions - chapters) // (chapters * 4)))
    made = 0
    for c in range(chapters):
        chapter = Provision(version_id=version.id, kind=ProvisionKind.CHAPTER, number=ROMAN[c % 10] + (str(c // 10) if c >= 10 else ""),
                            heading=_sentence(rng, 2, 4).rstrip("."), position=c + 1)
        records.append(chapter)
        made += 1
        for a in range(per_chapter):
            if made >= provisions:
                break
            article = Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number=str(len(articles) + 1),
                                heading=_sentence(rng, 2, 5).rstrip("."), text=_sentence(rng),
                                parent_id=chapter.id, position=a + 1)
            records.append(article)
            articles.append(article)
            made += 1
            for p in range(3):
                if made >= provisions:
                    break
                records.append(Provision(version_id=version.id, kind=ProvisionKind.PARAGRAPH, number=str(p + 1),
                                         text=_text(rng, 2), parent_id=article.id, position=p + 1))
                made += 1

    severities = list(Severity)
    concern_rows: list[Concern] = []
    for i in range(concerns):
        concern = Concern(title=_sentence(rng, 3, 7).rstrip("."), summary=_text(rng, 2),
                          severity=rng.choice(severities), category=rng.choice(CATEGORIES),
                          organization_id=rng.choice(orgs).id, date=f"2024-0{rng.randint(1, 9)}-0{rng.randint(1, 9)}",
                          sensitivity=Sensitivity.INTERNAL if i % 50 == 0 else Sensitivity.PUBLIC)
        concern_rows.append(concern)
        for article in rng.sample(articles, k=min(len(articles), rng.randint(1, 3))):
            links["concern_provisions"].append((concern.id, article.id))
        links["concern_sources"].append((concern.id, rng.choice(sources).id))
        if i % 20 == 0:
            links["concern_cases"].append((concern.id, rng.choice(cases).id))
    records += concern_rows

    amendments: list[Amendment] = []
    for i in range(concerns // 5):
        article = rng.choice(articles)
        words = article.text.split()
        target = " ".join(words[2:5])
        amendment = Amendment(provision_id=article.id, title=f"Amendment {i}", action=AmendmentAction.SUBSTITUTE,
                              target_text=target, proposed_text=_sentence(rng, 4, 10).rstrip("."),
                              rationale=_text(rng, 2), organization_id=rng.choice(orgs).id)
        amendments.append(amendment)
        links["amendment_concerns"].append((amendment.id, concern_rows[i * 5].id))
    records += amendments

    stances = list(Stance)
    for d in range(delegations):
        delegation = Delegation(name=f"Delegation {d:03d}", iso_code=chr(65 + d // 26 % 26) + chr(65 + d % 26),
                                kind=DelegationKind.STATE, languages=("en",),
                                priority=rng.choice(list(Priority)))
        records.append(delegation)
        for article in rng.sample(articles, k=min(len(articles), 20)):
            records.append(Position(delegation_id=delegation.id, provision_id=article.id,
                                    stance=rng.choice(stances), confidence=rng.choice(list(Confidence)),
                                    illustrative=True, version_id=version.id))
    return records, links


def build_synthetic_workspace(path: Path, provisions: int = 20_000, concerns: int = 100_000,
                              delegations: int = 193, seed: int = 1) -> Path:
    """Create (or replace) a workspace file at `path` filled with a synthetic corpus."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    records, links = generate(provisions, concerns, delegations, seed)
    with Workspace.open(path) as ws, ws.transaction():
        ws.insert_many(records)
        for name, pairs in links.items():
            ws.insert_links(name, pairs, origin="synthetic")
    return path
