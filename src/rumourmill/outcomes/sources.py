"""How often each outlet's reports come true, learned from resolved threads.

An outlet is credited with a thread when it originated a claim in it (relays earn nothing).
The raw rate is shrunk towards the rate of all resolved threads (a Beta prior worth
`PRIOR_WEIGHT` threads), so an outlet with two lucky calls does not top the table.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, select

from rumourmill.ledger import schema
from rumourmill.ledger.threads import POSITIVE, origin_of

PRIOR_WEIGHT = 10


@dataclass(frozen=True, slots=True)
class SourceRecord:
    name: str
    tier: int | None
    threads: int  # threads it originated
    resolved: int
    happened: int
    rate: float | None  # happened / resolved
    reliability: float | None  # the rate shrunk towards the base rate


def reliability(conn: Connection) -> list[SourceRecord]:
    c, a, t = schema.claims, schema.articles, schema.threads
    rows = conn.execute(
        select(
            c.c.thread_id,
            c.c.origin_name,
            c.c.origin_kind,
            c.c.origin_tier,
            a.c.outlet,
            a.c.outlet_tier,
            t.c.outcome,
        )
        .join(a, a.c.id == c.c.article_id)
        .join(t, t.c.id == c.c.thread_id)
        .where(a.c.duplicate_of.is_(None))
        .where(c.c.stage.in_(POSITIVE))  # reporting a denial is not originating the rumour
    ).all()
    originated: dict[str, dict[str, str]] = defaultdict(dict)  # outlet -> thread -> outcome
    tiers: dict[str, int | None] = {}
    for row in rows:
        name, kind, tier = origin_of(row)
        if name is None or kind not in ("outlet", "journalist"):
            continue
        originated[name][row.thread_id] = row.outcome
        tiers[name] = tiers.get(name) or tier
    resolved_all = [o for threads in originated.values() for o in threads.values() if o != "open"]
    base = sum(o == "happened" for o in resolved_all) / len(resolved_all) if resolved_all else None
    out = []
    for name, threads in originated.items():
        resolved = [o for o in threads.values() if o != "open"]
        happened = sum(o == "happened" for o in resolved)
        rate = happened / len(resolved) if resolved else None
        shrunk = (
            (happened + PRIOR_WEIGHT * base) / (len(resolved) + PRIOR_WEIGHT) if base is not None else None
        )
        out.append(
            SourceRecord(
                name=name,
                tier=tiers.get(name),
                threads=len(threads),
                resolved=len(resolved),
                happened=happened,
                rate=round(rate, 3) if rate is not None else None,
                reliability=round(shrunk, 3) if shrunk is not None else None,
            )
        )
    return sorted(out, key=lambda s: (-(s.reliability or 0), -s.resolved, s.name))
