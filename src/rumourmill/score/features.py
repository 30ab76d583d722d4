"""A thread's features: plain numbers the model weighs and the reasons quote.

Everything here is a fact about the evidence (how many independent origins, how reliable the
best one, how far the deal got); recency and rival destinations depend on the rest of the
ledger and are added when a thread is scored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rumourmill.ledger.threads import Summary

STAGE_RANK = {"interest": 0, "talks": 1, "bid": 2, "agreed": 3, "completed": 4}


def from_summary(summary: Summary, squad_facts: int = 0) -> dict:
    tiers = [tier for tier in summary.origins.values() if tier]
    negative = summary.negative
    return {
        "origins": len(summary.origins),
        "origin_names": sorted(summary.origins),
        "best_tier": min(tiers) if tiers else None,
        "unnamed": summary.unnamed,
        "articles": summary.supporting,
        "relays": len(summary.relays),
        "stage": summary.furthest,
        "stage_rank": STAGE_RANK[summary.furthest],
        "ended": negative[0] if negative else None,
        "ended_by": negative[1] if negative else None,
        "ended_on": negative[2].isoformat() if negative and negative[2] else None,
        "hedged_share": round(summary.hedged_share, 3),
        "squad_facts": squad_facts,
    }
