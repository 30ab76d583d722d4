"""Turning extractions into ledger rows, and writing a batch of them in a few statements.

Rows are prepared per article (plain dicts), then a batch is written with one multi-row
insert per table: the database sees a handful of statements per batch instead of dozens per
article, which is what makes a season of news quick to ingest.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache

import numpy as np
from sqlalchemy import BigInteger, Connection, Table, any_, bindparam, cast, func, insert, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql.elements import ColumnElement

from rumourmill.kb import KnowledgeBase
from rumourmill.ledger import schema, threads
from rumourmill.ledger.near_duplicates import Pool, Signature
from rumourmill.models import Extraction, Source


def _in_chunks(values: list) -> Iterator[list]:
    for start in range(0, len(values), schema.IN_LIST):
        yield values[start : start + schema.IN_LIST]


def stored_ids(conn: Connection, article_ids: list[str]) -> set[str]:
    """Which of these articles the ledger already holds."""
    if not article_ids:
        return set()
    a = schema.articles
    found: set[str] = set()
    for chunk in _in_chunks(article_ids):
        found |= {row.id for row in conn.execute(select(a.c.id).where(a.c.id.in_(chunk))).all()}
    return found


def _among(conn: Connection, column: ColumnElement, values: list[int]) -> ColumnElement[bool]:
    """`column IN (values)` for many integers, bound as one parameter: a JSON array read by
    json_each on SQLite, an array on PostgreSQL. A batch looks up some ten thousand band keys,
    and binding each as its own parameter costs more than the look-up (the index serves both)."""
    if conn.dialect.name == "postgresql":
        return column == any_(cast(bindparam("values", values), ARRAY(BigInteger)))
    if conn.dialect.name == "sqlite":
        return column.in_(select(func.json_each(json.dumps(values)).table_valued("value").c.value))
    return column.in_(values)


def candidates(conn: Connection, band_keys: set[int]) -> Pool:
    """Stored originals sharing any of these LSH band keys (only originals have band rows)."""
    pool = Pool()
    if not band_keys:
        return pool
    a, bands = schema.articles, schema.article_bands
    pairs = conn.execute(
        select(bands.c.band_key, bands.c.article_id).where(_among(conn, bands.c.band_key, sorted(band_keys)))
    ).all()
    ids, signatures = [], []
    for chunk in _in_chunks(list(dict.fromkeys(article_id for _, article_id in pairs))):
        for row in conn.execute(select(a.c.id, a.c.minhash).where(a.c.id.in_(chunk))).all():
            if row.minhash:
                ids.append(row.id)
                signatures.append(row.minhash)
    if not ids:
        return pool
    values = np.frombuffer(b"".join(signatures), dtype="<u4").reshape(len(ids), -1)
    position = {article_id: number for number, article_id in enumerate(ids)}
    keys = [(key, position[article_id]) for key, article_id in pairs if article_id in position]
    pool.extend(ids, values, keys)
    return pool


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
            insert_rows(conn, table, values)
    return set(keys)


def insert_rows(conn: Connection, table: Table, rows: list[dict]) -> None:
    """One multi-row insert. When no column in the rows needs converting for the driver (plain
    strings and numbers: LSH bands, mentions), the rows go to the driver's executemany as they
    are; SQLAlchemy's per-row parameter processing would cost more than the database's work."""
    dialect = conn.dialect
    if any(table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in rows[0]):
        conn.execute(insert(table), rows)
        return
    compiled = insert(table).values({name: bindparam(name) for name in rows[0]}).compile(
        dialect=dialect, for_executemany=True
    )
    if compiled.positional:
        order = compiled.positiontup or []
        conn.exec_driver_sql(compiled.string, [tuple(row[name] for name in order) for row in rows])
    else:
        conn.exec_driver_sql(compiled.string, rows)
