"""Writing one article's extraction into the ledger, inside the caller's transaction."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select

from rumourmill.kb import KnowledgeBase
from rumourmill.ledger import schema, threads
from rumourmill.ledger.near_duplicates import THRESHOLD, Signature
from rumourmill.models import Extraction, Source


def is_stored(conn: Connection, article_id: str) -> bool:
    return (
        conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == article_id)).first()
        is not None
    )


def find_duplicate(conn: Connection, signature: Signature) -> tuple[str, float] | None:
    """The stored article most like this one, if it is a near-duplicate."""
    bands = schema.article_bands
    candidates = conn.execute(
        select(schema.articles.c.id, schema.articles.c.minhash)
        .where(
            schema.articles.c.id.in_(
                select(bands.c.article_id).where(bands.c.band_key.in_(signature.band_keys()))
            )
        )
        .where(schema.articles.c.duplicate_of.is_(None))
    ).all()
    best = max(
        (
            (row.id, signature.similarity(Signature.from_bytes(row.minhash)))
            for row in candidates
            if row.minhash
        ),
        key=lambda pair: pair[1],
        default=None,
    )
    return best if best and best[1] >= THRESHOLD else None


def source_tier(kb: KnowledgeBase, source: Source | str | None) -> tuple[str | None, int | None]:
    """KB id and reliability tier of an outlet or journalist (a journalist's outlet's tier if unset)."""
    name = source.name if isinstance(source, Source) else source
    if not name:
        return None, None
    for entity in kb.lookup(name, "outlet") + kb.lookup(name, "person"):
        tier = entity.attrs.get("tier")
        if tier is None and entity.attrs.get("outlet"):
            outlets = kb.lookup(entity.attrs["outlet"], "outlet")
            tier = outlets[0].attrs.get("tier") if outlets else None
        if tier is not None or entity.kind == "outlet":
            return entity.id, tier
    return None, None


def write(
    conn: Connection,
    extraction: Extraction,
    kb: KnowledgeBase,
    signature: Signature,
    duplicate: tuple[str, float] | None,
) -> set[str]:
    """Store the article and everything read from it; returns the ids of the threads it touches."""
    article = extraction.article
    outlet_id, outlet_tier = source_tier(kb, article.outlet)
    conn.execute(
        insert(schema.articles).values(
            id=article.id,
            url=article.url,
            title=article.title,
            outlet=article.outlet,
            outlet_id=outlet_id,
            outlet_tier=outlet_tier,
            author=article.author,
            published=article.published,
            language=article.language,
            source=article.source,
            text=article.text,
            duplicate_of=duplicate[0] if duplicate else None,
            similarity=round(duplicate[1], 3) if duplicate else None,
            minhash=signature.to_bytes(),
            ingested_at=datetime.now(UTC).replace(tzinfo=None),
        )
    )
    if not duplicate:
        conn.execute(
            insert(schema.article_bands),
            [{"article_id": article.id, "band_key": key} for key in signature.band_keys()],
        )
    mention_rows = [
        {
            "article_id": article.id,
            "kind": entity.kind,
            "entity_id": entity.ref.id,
            "name": entity.ref.name,
            "text": mention.text[:300],
            "start": mention.start,
            "end": mention.end,
        }
        for entity in extraction.entities
        for mention in entity.mentions
    ]
    if mention_rows:
        conn.execute(insert(schema.mentions), mention_rows)

    touched: set[str] = set()
    claim_rows = []
    for claim in extraction.claims:
        key = threads.key_for(claim, article.published)
        if key is not None:
            threads.ensure(conn, key)
            touched.add(key.id)
        _, tier = source_tier(kb, claim.origin)
        claim_rows.append(
            {
                "article_id": article.id,
                "thread_id": key.id if key else None,
                "player_id": claim.player.id,
                "player_name": claim.player.name,
                "from_club_id": claim.from_club.id if claim.from_club else None,
                "from_club_name": claim.from_club.name if claim.from_club else None,
                "to_club_id": claim.to_club.id if claim.to_club else None,
                "to_club_name": claim.to_club.name if claim.to_club else None,
                "published": article.published,
                "outlet": article.outlet,
                "type": claim.type,
                "stage": claim.stage,
                "tense": claim.tense,
                "window": claim.window,
                "duration_months": claim.duration_months,
                "fee_amount": claim.fee.amount if claim.fee else None,
                "fee_currency": claim.fee.currency if claim.fee else None,
                "origin_name": claim.origin.name if claim.origin else None,
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
    if claim_rows:
        conn.execute(insert(schema.claims), claim_rows)
    fact_rows = [
        {
            "article_id": article.id,
            "kind": fact.kind,
            "subject_id": fact.subject.id,
            "subject_name": fact.subject.name,
            "value": fact.value,
            "evidence": fact.evidence.text,
            "evidence_start": fact.evidence.start,
            "evidence_end": fact.evidence.end,
        }
        for fact in extraction.facts
    ]
    if fact_rows:
        conn.execute(insert(schema.facts), fact_rows)
    stance_rows = [
        {
            "article_id": article.id,
            "about_id": stance.about.id if stance.about else None,
            "about_name": stance.about.name if stance.about else None,
            "view": stance.view,
            "evidence": stance.evidence.text,
        }
        for stance in extraction.stance
    ]
    if stance_rows:
        conn.execute(insert(schema.stances), stance_rows)
    return touched
