"""Reading the ledger: the board of threads and one thread's full story, as plain objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, or_, select

from rumourmill.kb.names import fold
from rumourmill.ledger import schema, threads


@dataclass(frozen=True, slots=True)
class ThreadRow:
    """One line of the board."""

    id: str
    player: str
    player_id: str | None
    from_club: str | None
    to_club: str
    to_club_id: str | None
    window: str | None
    stage: str
    probability: float | None
    origins: int
    relays: int
    articles: int
    best_tier: int | None
    first_seen: date | None
    last_seen: date | None
    outcome: str
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str
    subject: str
    value: dict
    evidence: str
    article_id: str
    published: date | None


@dataclass(frozen=True, slots=True)
class ThreadDetail:
    thread: ThreadRow
    origins: dict[str, int | None]  # independent origin -> tier
    relays: tuple[str, ...]
    timeline: tuple[threads.Evidence, ...]
    context: tuple[Fact, ...]  # injuries and availability at the clubs involved
    outcome_evidence: str | None


SORTS = ("probability", "recent")


def board(
    conn: Connection,
    *,
    club: str | None = None,
    player: str | None = None,
    window: str | None = None,
    min_probability: float | None = None,
    outcome: str | None = None,
    sort: str = "probability",
    limit: int | None = 50,
    club_ids: tuple[str, ...] = (),
    club_names: tuple[str, ...] = (),
    player_ids: tuple[str, ...] = (),
    player_names: tuple[str, ...] = (),
) -> list[ThreadRow]:
    """Threads matching the filters, most probable (or most recent) first.

    `club` and `player` match a name exactly (case and accents aside) or a KB id; the API
    adds the ids and names of every KB entity the name may mean ("Milan": AC Milan), so that
    every filter stays an index look-up, however large the ledger.
    """
    t = schema.threads
    query = select(t).where(t.c.articles > 0)
    if club:
        keys = {fold(club), *map(fold, club_names)}
        query = query.where(
            or_(
                t.c.to_club_key.in_(keys),
                t.c.from_club_key.in_(keys),
                t.c.to_club_id.in_({club, *club_ids}),
                t.c.from_club_id.in_({club, *club_ids}),
            )
        )
    if player:
        keys = {fold(player), *map(fold, player_names)}
        query = query.where(or_(t.c.player_key.in_(keys), t.c.player_id.in_({player, *player_ids})))
    if window:
        query = query.where(t.c.window == window)
    if min_probability is not None:
        query = query.where(t.c.probability >= min_probability)
    if outcome:
        query = query.where(t.c.outcome == outcome)
    if sort == "recent":
        query = query.order_by(t.c.last_seen.desc().nulls_last(), t.c.probability.desc().nulls_last())
    elif sort == "probability":
        query = query.order_by(t.c.probability.desc().nulls_last(), t.c.last_seen.desc().nulls_last())
    else:
        raise ValueError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
    if limit:
        query = query.limit(limit)
    return [_row(r) for r in conn.execute(query).all()]


def _row(r) -> ThreadRow:
    return ThreadRow(
        id=r.id,
        player=r.player_name,
        player_id=r.player_id,
        from_club=r.from_club_name,
        to_club=r.to_club_name,
        to_club_id=r.to_club_id,
        window=r.window,
        stage=r.stage,
        probability=r.probability,
        origins=r.origins,
        relays=r.relays,
        articles=r.articles,
        best_tier=r.best_tier,
        first_seen=r.first_seen,
        last_seen=r.last_seen,
        outcome=r.outcome,
        reasons=tuple(r.reasons or ()),
    )


def find_threads(conn: Connection, prefix: str) -> list[str]:
    """Thread ids starting with `prefix` (ids may be shortened like git hashes)."""
    t = schema.threads
    return [r.id for r in conn.execute(select(t.c.id).where(t.c.id.like(f"{prefix}%")).limit(2)).all()]


def thread(conn: Connection, thread_id: str) -> ThreadDetail | None:
    t = schema.threads
    row = conn.execute(select(t).where(t.c.id == thread_id)).first()
    if row is None:
        return None
    events = threads.evidence(conn, thread_id)
    summary = threads.summarise(events)
    f, a, c = schema.facts, schema.articles, schema.claims
    subjects = [x for x in (row.to_club_id, row.player_id) if x]
    # the thread's articles by a join, not a list of ids: a long saga has thousands
    condition = f.c.article_id.in_(select(c.c.article_id).where(c.c.thread_id == thread_id))
    if subjects:
        condition = or_(condition, f.c.subject_id.in_(subjects))
    facts = conn.execute(
        select(f, a.c.published)
        .join(a, a.c.id == f.c.article_id)
        .where(f.c.kind.in_(threads.SQUAD_FACTS))
        .where(condition)
        .order_by(a.c.published)
    ).all()
    return ThreadDetail(
        thread=_row(row),
        origins=summary.origins,
        relays=summary.relays,
        timeline=tuple(events),
        context=tuple(
            Fact(x.kind, x.subject_name, x.value, x.evidence, x.article_id, x.published) for x in facts
        ),
        outcome_evidence=row.outcome_evidence,
    )
