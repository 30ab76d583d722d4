"""Turning extractions into ledger rows, and writing a batch of them in a few statements.

Rows are prepared per article (plain dicts), then a batch is written with one multi-row
insert per table: the database sees a handful of statements per batch instead of dozens per
article, which is what makes a season of news quick to ingest.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache

import numpy as np
from sqlalchemy import Connection, insert, select

from rumourmill.kb import KnowledgeBase
from rumourmill.ledger import schema, threads
from rumourmill.ledger.near_duplicates import THRESHOLD, Signature
from rumourmill.models import Extraction, Source

#: Most values in one IN (...) list: within every database's limit on parameters.
IN_LIST = 5000


def _in_chunks(values: list) -> Iterator[list]:
    for start in range(0, len(values), IN_LIST):
        yield values[start : start + IN_LIST]


def stored_ids(conn: Connection, article_ids: list[str]) -> set[str]:
    """Which of these articles the ledger already holds."""
    if not article_ids:
        return set()
    a = schema.articles
    found: set[str] = set()
    for chunk in _in_chunks(article_ids):
        found |= {row.id for row in conn.execute(select(a.c.id).where(a.c.id.in_(chunk))).all()}
    return found


Candidates = dict[int, list[tuple[str, Signature]]]


def candidates(conn: Connection, band_keys: set[int]) -> Candidates:
    """Stored original articles sharing any of these LSH band keys, by key."""
    found: Candidates = {}
    if not band_keys:
        return found
    a, bands = schema.articles, schema.article_bands
    rows = []
    for chunk in _in_chunks(sorted(band_keys)):
        rows += conn.execute(
            select(bands.c.band_key, a.c.id, a.c.minhash)
            .join(a, a.c.id == bands.c.article_id)
            .where(bands.c.band_key.in_(chunk))
            .where(a.c.duplicate_of.is_(None))
        ).all()
    signatures: dict[str, Signature] = {}
    for row in rows:
        if row.minhash:
            sig = signatures.setdefault(row.id, Signature.from_bytes(row.minhash))
            found.setdefault(row.band_key, []).append((row.id, sig))
    return found


def best_match(signature: Signature, found: Candidates) -> tuple[str, float] | None:
    """The candidate most like this signature, if it is a near-duplicate."""
    pairs = {article_id: other for key in signature.band_keys() for article_id, other in found.get(key, ())}
    if not pairs:
        return None
    ids = list(pairs)
    # all candidates at once: templated or boilerplate-heavy news can share bands with many
    similarities = (np.vstack([pairs[i].values for i in ids]) == signature.values).mean(axis=1)
    best = int(similarities.argmax())
    return (ids[best], float(similarities[best])) if similarities[best] >= THRESHOLD else None


def source_tier(kb: KnowledgeBase, source: Source | str | None) -> tuple[str | None, int | None]:
    """KB id and reliability tier of an outlet or journalist (a journalist's outlet's tier if unset)."""
    name = source.name if isinstance(source, Source) else source
    return _tier(kb, name) if name else (None, None)


@lru_cache(maxsize=4096)  # a season names a few hundred sources thousands of times
def _tier(kb: KnowledgeBase, name: str) -> tuple[str | None, int | None]:
    for entity in kb.lookup(name, "outlet") + kb.lookup(name, "person"):
        tier = entity.attrs.get("tier")
        if tier is None and entity.attrs.get("outlet"):
            outlets = kb.lookup(entity.attrs["outlet"], "outlet")
            tier = outlets[0].attrs.get("tier") if outlets else None
        if tier is not None or entity.kind == "outlet":
            return entity.id, tier
    return None, None


def band_rows(article_id: str, signature: Signature) -> list[dict]:
    """The LSH band rows that make an article a candidate for later near-duplicates."""
    return [{"article_id": article_id, "band_key": key} for key in signature.band_keys()]


@dataclass
class Rows:
    """One article's rows, table by table, and the threads its claims belong to."""

    article: dict
    bands: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    stances: list[dict] = field(default_factory=list)
    threads: dict[str, threads.ThreadKey] = field(default_factory=dict)


def prepare(
    extraction: Extraction, kb: KnowledgeBase, signature: Signature, duplicate: tuple[str, float] | None
) -> Rows:
    article = extraction.article
    outlet_id, outlet_tier = source_tier(kb, article.outlet)
    rows = Rows(
        article={
            "id": article.id,
            "url": article.url,
            "title": article.title,
            "outlet": schema.clip(article.outlet),
            "outlet_id": outlet_id,
            "outlet_tier": outlet_tier,
            "author": schema.clip(article.author),
            "published": article.published,
            "language": (article.language or "")[:8] or None,
            "source": article.source,
            "text": article.text,
            "duplicate_of": duplicate[0] if duplicate else None,
            "similarity": round(duplicate[1], 3) if duplicate else None,
            "minhash": signature.to_bytes(),
            "ingested_at": datetime.now(UTC).replace(tzinfo=None),
        }
    )
    if not duplicate:  # only originals are candidates for later articles
        rows.bands = band_rows(article.id, signature)
    rows.mentions = [
        {
            "article_id": article.id,
            "kind": entity.kind,
            "entity_id": entity.ref.id,
            "name": schema.clip(entity.ref.name),
            "text": mention.text[:300],
            "start": mention.start,
            "end": mention.end,
        }
        for entity in extraction.entities
        for mention in entity.mentions
    ]
    for claim in extraction.claims:
        key = threads.key_for(claim, article.published)
        if key is not None:
            rows.threads[key.id] = key
        _, tier = source_tier(kb, claim.origin)
        rows.claims.append(
            {
                "article_id": article.id,
                "thread_id": key.id if key else None,
                "player_id": claim.player.id,
                "player_name": schema.clip(claim.player.name),
                "from_club_id": claim.from_club.id if claim.from_club else None,
                "from_club_name": schema.clip(claim.from_club.name) if claim.from_club else None,
                "to_club_id": claim.to_club.id if claim.to_club else None,
                "to_club_name": schema.clip(claim.to_club.name) if claim.to_club else None,
                "published": article.published,
                "outlet": schema.clip(article.outlet),
                "type": claim.type,
                "stage": claim.stage,
                "tense": claim.tense,
                "window": claim.window,
                "duration_months": claim.duration_months,
                "fee_amount": claim.fee.amount if claim.fee else None,
                "fee_currency": claim.fee.currency if claim.fee else None,
                "origin_name": schema.clip(claim.origin.name) if claim.origin else None,
                "origin_kind": claim.origin.kind if claim.origin else None,
                "origin_tier": tier,
                "via": list(claim.via),
                "hedged": claim.hedged,
                "certainty": claim.certainty,
                "evidence": claim.evidence.text,
                "evidence_start": claim.evidence.start,
                "evidence_end": claim.evidence.end,
            }
        )
    rows.facts = [
        {
            "article_id": article.id,
            "kind": fact.kind,
            "subject_id": fact.subject.id,
            "subject_name": schema.clip(fact.subject.name),
            "value": fact.value,
            "evidence": fact.evidence.text,
            "evidence_start": fact.evidence.start,
            "evidence_end": fact.evidence.end,
        }
        for fact in extraction.facts
    ]
    rows.stances = [
        {
            "article_id": article.id,
            "about_id": stance.about.id if stance.about else None,
            "about_name": schema.clip(stance.about.name) if stance.about else None,
            "view": stance.view,
            "evidence": stance.evidence.text,
        }
        for stance in extraction.stance
    ]
    return rows


def write(conn: Connection, batch: list[Rows]) -> set[str]:
    """Insert a batch of articles' rows; returns the ids of the threads they touch."""
    if not batch:
        return set()
    keys = {thread_id: key for rows in batch for thread_id, key in rows.threads.items()}
    threads.ensure(conn, keys)
    conn.execute(insert(schema.articles), [rows.article for rows in batch])
    for table, name in (
        (schema.article_bands, "bands"),
        (schema.mentions, "mentions"),
        (schema.claims, "claims"),
        (schema.facts, "facts"),
        (schema.stances, "stances"),
    ):
        values = [row for rows in batch for row in getattr(rows, name)]
        if values:
            conn.execute(insert(table), values)
    return set(keys)
