"""Rumour threads: every claim about one player joining one club in one window.

A thread is derived data: it is rebuilt from its claims whenever an article adds to it, so
it can never disagree with the evidence stored under it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Connection, bindparam, func, insert, select, update

from rumourmill.extract import windows
from rumourmill.kb.names import fold
from rumourmill.ledger import schema
from rumourmill.models import NEGATIVE_STAGES, Claim
from rumourmill.score import features as scoring_features
from rumourmill.score import model

POSITIVE = ("interest", "talks", "bid", "agreed", "completed")
#: Facts that say how much a club needs a player (or can spare one).
SQUAD_FACTS = ("injury", "availability")
#: Kinds of origin that count as an independent source (unnamed "reports" do not).
NAMED_ORIGINS = ("outlet", "journalist", "person", "club")


@dataclass(frozen=True, slots=True)
class ThreadKey:
    id: str
    player_id: str | None
    player_name: str
    player_key: str
    to_club_id: str | None
    to_club_name: str
    to_club_key: str
    window: str | None


def key_for(claim: Claim, published: date | None) -> ThreadKey | None:
    """The thread a claim belongs to, or None for claims that are not rumours of a move.

    Contract extensions and releases have no destination; a completed move is news only in
    the window it happened in, otherwise it is background ("who joined from PSV in 2022").
    """
    if claim.to_club is None or claim.type in ("extension", "release"):
        return None
    if claim.from_club and claim.from_club.id and claim.from_club.id == claim.to_club.id:
        return None  # staying put is not a move
    window = claim.window
    if window is None and published:
        # a move done is news of the window open then, or of the one that just shut ("has
        # completed his move" a week after the deadline); a rumour looks to the next one
        if claim.tense == "completed" or claim.stage == "completed":
            window = windows.open_window(published) or windows.previous_window(published)
        else:
            window = windows.current_or_next(published)
    if claim.tense == "completed" and (published is None or window not in _news_windows(published)):
        return None
    shut = published and window and windows.order(window) < windows.order(windows.current_or_next(published))
    if shut and claim.tense != "completed":
        return None  # a window already shut: an attempt told as background, not a rumour
    player_key = fold(claim.player.name)
    club_key = fold(claim.to_club.name)
    identity = "|".join(
        [claim.player.id or f"name:{player_key}", claim.to_club.id or f"club:{club_key}", window or "?"]
    )
    return ThreadKey(
        id=hashlib.sha1(identity.encode()).hexdigest()[:20],
        player_id=claim.player.id,
        player_name=claim.player.name,
        player_key=player_key,
        to_club_id=claim.to_club.id,
        to_club_name=claim.to_club.name,
        to_club_key=club_key,
        window=window,
    )


def _news_windows(published: date) -> set[str]:
    """Windows a completed move can be news in: the one open or next, and the one just shut."""
    return {windows.current_or_next(published), windows.previous_window(published)}


def ensure(conn: Connection, keys: dict[str, ThreadKey]) -> None:
    """Create the thread rows that do not exist yet (one query and one insert for a batch)."""
    if not keys:
        return
    t = schema.threads
    existing = {row.id for row in conn.execute(select(t.c.id).where(t.c.id.in_(list(keys)))).all()}
    new = [
        {
            "id": key.id,
            "player_id": key.player_id,
            "player_name": schema.clip(key.player_name),
            "player_key": schema.clip(key.player_key),
            "to_club_id": key.to_club_id,
            "to_club_name": schema.clip(key.to_club_name),
            "to_club_key": schema.clip(key.to_club_key),
            "window": key.window,
            "stage": "interest",
            "articles": 0,
            "origins": 0,
            "relays": 0,
            "features": {},
            "reasons": [],
            "outcome": "open",
            "updated_at": _now(),
        }
        for thread_id, key in keys.items()
        if thread_id not in existing
    ]
    if new:
        conn.execute(insert(t), new)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# -- aggregation ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Evidence:
    """One dated event of a thread: what an article said, and who it credited."""

    article_id: str
    published: date | None
    outlet: str | None
    url: str | None
    stage: str
    origin: str | None
    origin_kind: str | None
    origin_tier: int | None
    via: tuple[str, ...]
    hedged: bool
    certainty: float
    type: str
    fee_amount: int | None
    fee_currency: str | None
    from_club: str | None
    from_club_id: str | None
    text: str
    duplicate_of: str | None


def origin_of(row) -> tuple[str | None, str | None, int | None]:
    """Who first said a stored claim: its credited origin, or else the article's own outlet
    (a claim the article asserts itself). `row` has the claim's origin and article's outlet columns."""
    if row.origin_name is None and row.outlet:
        return row.outlet, "outlet", row.outlet_tier
    return row.origin_name, row.origin_kind, row.origin_tier


def evidence(conn: Connection, thread_id: str) -> list[Evidence]:
    return evidence_of(conn, [thread_id]).get(thread_id, [])


def evidence_of(conn: Connection, thread_ids: list[str]) -> dict[str, list[Evidence]]:
    """Each thread's claims with their articles, oldest first (one query for all)."""
    c, a = schema.claims, schema.articles
    rows = conn.execute(
        select(c, a.c.url, a.c.duplicate_of, a.c.outlet_tier)
        .join(a, a.c.id == c.c.article_id)
        .where(c.c.thread_id.in_(thread_ids))
        .order_by(c.c.published.asc().nulls_first(), c.c.id)
    ).all()
    out: dict[str, list[Evidence]] = {}
    for row in rows:
        origin, kind, tier = origin_of(row)
        out.setdefault(row.thread_id, []).append(
            Evidence(
                article_id=row.article_id,
                published=row.published,
                outlet=row.outlet,
                url=row.url,
                stage=row.stage,
                origin=origin,
                origin_kind=kind,
                origin_tier=tier,
                via=tuple(row.via or ()),
                hedged=row.hedged,
                certainty=row.certainty,
                type=row.type,
                fee_amount=row.fee_amount,
                fee_currency=row.fee_currency,
                from_club=row.from_club_name,
                from_club_id=row.from_club_id,
                text=row.evidence,
                duplicate_of=row.duplicate_of,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class Summary:
    """What a thread's evidence adds up to."""

    origins: dict[str, int | None]  # independent named origin -> its tier
    relays: tuple[str, ...]
    articles: int
    supporting: int  # articles reporting the move (not its denial or collapse)
    stage: str
    furthest: str  # furthest positive stage reached
    negative: tuple[str, str | None, date | None] | None  # (stage, by whom, when) if it ended
    hedged_share: float
    unnamed: int
    first_seen: date | None
    last_seen: date | None
    from_club: str | None
    from_club_id: str | None = None


def summarise(events: list[Evidence]) -> Summary:
    # a re-published copy repeats its original and counts for nothing, unless the thread
    # has nothing but copies (the copy added a sentence the original did not have)
    if any(not e.duplicate_of for e in events):
        counted = [e for e in events if not e.duplicate_of]
    else:
        counted = list(events)
    origins: dict[str, int | None] = {}
    relays: list[str] = []
    unnamed = 0
    supporting = [e for e in counted if e.stage in POSITIVE]
    for event in supporting:  # a denial's source is not an origin of the rumour
        if event.origin and event.origin_kind in NAMED_ORIGINS:
            if event.origin not in origins or (event.origin_tier or 9) < (origins[event.origin] or 9):
                origins[event.origin] = event.origin_tier
        elif event.origin_kind == "unnamed":
            unnamed += 1
    for event in events:
        for name in (*event.via, event.outlet):
            if name and name not in origins and name not in relays:
                relays.append(name)
    # a deal revived after a collapse starts again: its stage is the furthest since then
    last_end = max((e.published or date.min for e in counted if e.stage in NEGATIVE_STAGES), default=None)
    since = [e for e in supporting if last_end is None or (e.published or date.min) > last_end]
    furthest = max((e.stage for e in since or supporting), key=POSITIVE.index, default="interest")
    last_positive = max((e.published or date.min for e in supporting), default=date.min)
    ending = [e for e in counted if e.stage in NEGATIVE_STAGES and (e.published or date.min) >= last_positive]
    negative = None
    if ending and furthest != "completed":
        last = ending[-1]
        negative = (last.stage, last.origin, last.published)
    dates = [e.published for e in events if e.published]
    froms = Counter((e.from_club_id, e.from_club) for e in events if e.from_club)
    return Summary(
        origins=origins,
        relays=tuple(relays),
        articles=len({e.article_id for e in counted}),
        stage=negative[0] if negative else furthest,
        furthest=furthest,
        negative=negative,
        hedged_share=sum(e.hedged for e in supporting) / len(supporting) if supporting else 0.0,
        supporting=len({e.article_id for e in supporting}),
        unnamed=unnamed,
        first_seen=min(dates, default=None),
        last_seen=max(dates, default=None),
        from_club=froms.most_common(1)[0][0][1] if froms else None,
        from_club_id=froms.most_common(1)[0][0][0] if froms else None,
    )


# -- refreshing -------------------------------------------------------------------------------
def refresh(
    conn: Connection, thread_ids: set[str], weights: dict[str, float] | None = None
) -> tuple[set[str], date | None]:
    """Rebuild the named threads from their claims (and their rivals' counts of destinations).

    Returns the players whose threads were scored again, and the date they were scored as of.
    """
    if not thread_ids:
        return set(), None
    t = schema.threads
    ids = sorted(thread_ids)
    rows = {
        row.id: row
        for row in conn.execute(select(t.c.id, t.c.to_club_id, t.c.player_key).where(t.c.id.in_(ids)))
    }
    events = evidence_of(conn, ids)
    squad = _squad_context(
        conn, {i: (rows[i].to_club_id, {e.article_id for e in events.get(i, [])}) for i in rows}
    )
    updates = []
    for thread_id, thread_events in events.items():
        summary = summarise(thread_events)
        feats = scoring_features.from_summary(summary, squad_facts=squad.get(thread_id, 0))
        updates.append(
            {
                "thread_id": thread_id,
                "stage": summary.stage,
                "from_club_name": summary.from_club,
                "from_club_id": summary.from_club_id,
                "from_club_key": fold(summary.from_club) if summary.from_club else None,
                "first_seen": summary.first_seen,
                "last_seen": summary.last_seen,
                "articles": summary.articles,
                "origins": len(summary.origins),
                "relays": len(summary.relays),
                "best_tier": feats["best_tier"],
                "features": feats,
                "updated_at": _now(),
            }
        )
    update_threads(conn, updates)
    players = {row.player_key for row in rows.values()}
    as_of = ledger_date(conn)
    rescore(conn, players=players, as_of=as_of, weights=weights)
    return players, as_of


def _squad_context(conn: Connection, threads: dict[str, tuple[str | None, set[str]]]) -> dict[str, int]:
    """Per thread: injury and availability facts about the destination, or in its articles."""
    f, c = schema.facts, schema.claims
    clubs = {club for club, _ in threads.values() if club}
    # the thread's articles by a join, not a list of ids: a long saga has thousands
    in_threads = select(c.c.article_id).where(c.c.thread_id.in_(list(threads)))
    facts = conn.execute(
        select(f.c.id, f.c.article_id, f.c.subject_id)
        .where(f.c.kind.in_(SQUAD_FACTS))
        .where(f.c.article_id.in_(in_threads) | f.c.subject_id.in_(clubs))
    ).all()
    by_article: dict[str, set[int]] = {}
    by_subject: dict[str, set[int]] = {}
    for fact in facts:
        by_article.setdefault(fact.article_id, set()).add(fact.id)
        by_subject.setdefault(fact.subject_id, set()).add(fact.id)
    counts = {}
    for thread_id, (club, ids) in threads.items():
        found = set(by_subject.get(club, ())) if club else set()
        for article_id in ids:
            found |= by_article.get(article_id, set())
        counts[thread_id] = len(found)
    return counts


def ledger_date(conn: Connection) -> date | None:
    """'Now' for the ledger: the newest article's publication date."""
    return conn.execute(select(func.max(schema.articles.c.published))).scalar_one()


def rescore(
    conn: Connection,
    players: set[str] | None = None,
    as_of: date | None = None,
    weights: dict[str, float] | None = None,
    scored: set[str] = frozenset(),
) -> int:
    """Score threads (all, or those of some players) as of the ledger's date; returns how many.

    `scored`: players whose threads were all scored as of that date already (by this ingest's
    last batches), skipped. A player's threads are scored together: they are each other's rivals.
    """
    t = schema.threads
    as_of = as_of or ledger_date(conn)
    query = select(t.c.id, t.c.player_key, t.c.window, t.c.features, t.c.last_seen).where(t.c.articles > 0)
    if players is not None:
        if not players:
            return 0
        query = query.where(t.c.player_key.in_(players))
    elif scored:
        every = conn.execute(select(t.c.player_key).where(t.c.articles > 0).distinct()).scalars().all()
        left = sorted(set(every) - scored)
        if len(left) <= schema.IN_LIST:  # else all of them are read, and the scored ones passed over
            return rescore(conn, players=set(left), as_of=as_of, weights=weights) if left else 0
    rows = [row for row in conn.execute(query).all() if row.player_key not in scored]
    rivals = destinations(rows)
    updates = []
    for row in rows:
        feats = {**row.features, "competitors": rivals[(row.player_key, row.window)] - 1}
        probability, reasons = model.score(
            feats, last_seen=row.last_seen, as_of=as_of, weights=weights, window=row.window
        )
        updates.append({"thread_id": row.id, "probability": probability, "reasons": reasons})
    update_threads(conn, updates)
    return len(updates)


def destinations(rows) -> Counter:
    """How many destinations each (player, window) has among `rows` of threads: a thread's
    rivals are the others of its player in its window."""
    return Counter((row.player_key, row.window) for row in rows)


def update_threads(conn: Connection, updates: list[dict]) -> None:
    """Set columns of many threads in one statement: each dict holds `thread_id` and the
    new values (the same columns in every dict)."""
    if not updates:
        return
    t = schema.threads
    columns = [key for key in updates[0] if key != "thread_id"]
    # bound names must differ from column names in an UPDATE
    conn.execute(
        update(t).where(t.c.id == bindparam("thread_id")).values({k: bindparam(f"new_{k}") for k in columns}),
        [{f"new_{k}" if k != "thread_id" else k: v for k, v in row.items()} for row in updates],
    )
