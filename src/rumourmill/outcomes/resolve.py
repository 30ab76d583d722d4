"""Storing transfer records and resolving threads against them.

A thread happened if the player joined that club in that window. It did not happen if he
joined another club instead, or if the window has shut and the records hold the destination's
arrivals for that window without him. Otherwise it stays open: the records cannot tell.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, delete, insert, select

from rumourmill.errors import BadInput
from rumourmill.extract import windows
from rumourmill.kb import KnowledgeBase
from rumourmill.kb.names import fold
from rumourmill.ledger import schema, threads
from rumourmill.outcomes.records import Transfer

#: Words that differ between two spellings of one club ("FC Barcelona", "Barcelona").
CLUB_NOISE = re.compile(r"\b(?:fc|cf|afc|sc|sv|ssc|ss|as|ac|club|calcio|de|of|the|1\.|u\d\d)\b|[.]")


def club_key(name: str) -> str:
    return " ".join(CLUB_NOISE.sub(" ", fold(name)).split())


@dataclass
class OutcomeReport:
    transfers: int = 0
    windows: tuple[str, ...] = ()
    happened: int = 0
    not_happened: int = 0
    open: int = 0
    problems: list[BadInput] = field(default_factory=list)  # record rows that could not be read


def store_transfers(
    conn: Connection, transfers: Iterable[Transfer], kb: KnowledgeBase, source: str
) -> OutcomeReport:
    """Replace the records of `source` with these transfers (so importing again is harmless)."""
    o = schema.outcomes
    conn.execute(delete(o).where(o.c.source == source))
    conn.execute(delete(schema.covered_windows).where(schema.covered_windows.c.source == source))
    resolved: dict[str, str | None] = {}
    rows = []
    for t in transfers:
        if t.to_club not in resolved:
            clubs = kb.lookup(t.to_club, "club")
            resolved[t.to_club] = clubs[0].id if len(clubs) == 1 else None
        rows.append(
            {
                "player_name": schema.clip(t.player),
                "player_key": schema.clip(fold(t.player)),
                "from_club": schema.clip(t.from_club),
                "to_club": schema.clip(t.to_club),
                "to_club_id": resolved[t.to_club],
                "to_club_key": schema.clip(club_key(t.to_club)),
                "window": t.window,
                "moved_on": t.moved_on,
                "loan": t.loan,
                "fee_eur": t.fee_eur,
                "source": source,
            }
        )
    for start in range(0, len(rows), 20_000):
        conn.execute(insert(o), rows[start : start + 20_000])
    covered = sorted({row["window"] for row in rows})
    if covered:
        conn.execute(insert(schema.covered_windows), [{"window": w, "source": source} for w in covered])
    return OutcomeReport(transfers=len(rows), windows=tuple(covered))


def resolve(conn: Connection, today: date | None = None) -> OutcomeReport:
    """Set every thread's outcome from the stored records; returns the counts."""
    today = today or date.today()
    t, o = schema.threads, schema.outcomes
    covered = {row.window for row in conn.execute(select(schema.covered_windows.c.window)).all()}
    report = OutcomeReport(windows=tuple(sorted(covered)))
    stored = conn.execute(
        select(t.c.id, t.c.player_key, t.c.player_name, t.c.to_club_id, t.c.to_club_name, t.c.window).where(
            t.c.articles > 0
        )
    ).all()
    wanted = {row.window for row in stored} & covered
    moves: dict[tuple[str, str], list] = defaultdict(list)  # (player key, window) -> records
    surnames: dict[tuple[str, str], list] = defaultdict(list)
    arrivals: dict[str, set[str]] = defaultdict(set)  # window -> destination keys and ids on record
    if wanted:
        for row in conn.execute(select(o).where(o.c.window.in_(wanted))).all():
            moves[(row.player_key, row.window)].append(row)
            if row.player_key.split():
                surnames[(row.player_key.split()[-1], row.window)].append(row)
            arrivals[row.window].update(x for x in (row.to_club_id, row.to_club_key) if x)
    updates = []
    for thread in stored:
        outcome, evidence = "open", None
        if thread.window in covered:
            own = club_key(thread.to_club_name)
            records = moves.get((thread.player_key, thread.window)) or [
                r
                for r in surnames.get((thread.player_key.split()[-1], thread.window), [])
                if _same_club(r, thread, own)
            ]
            joined = [r for r in records if _same_club(r, thread, own)]
            if joined:
                outcome, evidence = "happened", _describe(joined[0], "joined")
            elif records:
                outcome, evidence = "not_happened", _describe(records[0], "joined instead")
            elif windows.window_end(thread.window) < today and (
                own in arrivals[thread.window] or thread.to_club_id in arrivals[thread.window]
            ):
                outcome = "not_happened"
                evidence = f"{thread.to_club_name}'s arrivals in {thread.window} are on record without {thread.player_name}"
        setattr(report, outcome, getattr(report, outcome) + 1)
        updates.append({"thread_id": thread.id, "outcome": outcome, "outcome_evidence": evidence})
    threads.update_threads(conn, updates)
    return report


def _same_club(record, thread, own_key: str) -> bool:
    if record.to_club_id and thread.to_club_id:
        return record.to_club_id == thread.to_club_id
    return bool(own_key) and record.to_club_key == own_key


def _describe(record, verb: str) -> str:
    terms = "on loan" if record.loan else (f"for €{record.fee_eur / 1e6:.1f}m" if record.fee_eur else "")
    return f"{record.player_name} {verb} {record.to_club} from {record.from_club or '?'} in {record.window} {terms} ({record.source})".replace(
        "  ", " "
    ).strip()
