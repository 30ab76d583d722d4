"""Ledger benchmark: ingest throughput into SQLite, board latency on a large ledger, size on disk.

    python benchmarks/ledger.py [--articles 2000] [--runs 3] [--board-articles 100000] [--board-db FILE]
                                [--data ../shared/data]

1. Ingest: N generated ~600-word articles, read, extracted and stored end to end on one core
   (the same path and batch size as `rumourmill ingest`), into a fresh SQLite ledger, `--runs`
   times (this machine's speed wanders by a fifth and more between minutes): each pass and
   their median.
2. Board: a second ledger filled with M shorter generated articles (~150 words, so that
   100,000 fit in minutes), then 300 board queries with mixed filters, names resolved through
   the KB as `rumourmill rumours` does; p50/p95 latency. `--board-db` reuses a filled ledger.
3. Size: database bytes per 1,000 articles, for both ledgers.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import stories

from rumourmill.extract import Pipeline
from rumourmill.ingest import article_from_text
from rumourmill.kb import KnowledgeBase, import_kb
from rumourmill.ledger import database, queries, schema
from rumourmill.ledger.ingest import BATCH_SIZE, ingest
from rumourmill.simulate import write_article


def articles(kb: KnowledgeBase, count: int, words: int, seed: int):
    rng = random.Random(seed)
    for number, story in enumerate(stories(kb, count, rng)):
        text = f"date {story.published.isoformat()}\n\n" + write_article(story, rng, words=words)
        yield article_from_text(text, outlet=story.outlet, source=f"bench-{seed}-{number}")


def fill(path: Path, kb: KnowledgeBase, count: int, words: int, seed: int) -> tuple[float, int]:
    engine = database.open_engine(f"sqlite:///{path}")
    pipeline = Pipeline(kb)
    items = list(articles(kb, count, words, seed))
    started = time.perf_counter()
    report = ingest(engine, items, pipeline)
    elapsed = time.perf_counter() - started
    engine.dispose()
    return elapsed, report.stored


def size_per_thousand(path: Path, stored: int) -> float:
    total = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    return total / max(stored, 1) * 1000 / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3, help="ingest passes, each into a fresh ledger")
    parser.add_argument("--board-articles", type=int, default=100_000)
    parser.add_argument("--board-db", help="A ledger (SQLite file) filled before: skip filling one.")
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="rumourmill-bench-"))
    import_kb(args.data, home)
    kb = KnowledgeBase.load(home)

    rates = []
    for run in range(args.runs):
        path = home / f"ingest-{run}.sqlite"
        elapsed, stored = fill(path, kb, args.articles, 600, seed=11)
        rates.append(stored / elapsed)
        print(f"ingest pass {run + 1}:        {stored:,} articles in {elapsed:.1f} s = {rates[-1]:,.0f} articles/s")
    print(
        f"ingest into SQLite:   median {statistics.median(rates):,.0f} articles/s of ~600 words end to end "
        f"on one core (extraction included; batches of {BATCH_SIZE}, as `rumourmill ingest`)"
    )
    print(f"database size:        {size_per_thousand(path, stored):.2f} MB per 1,000 articles (~600 words)")

    if args.board_db:
        board_path = Path(args.board_db)
    else:
        board_path = home / "board.sqlite"
        elapsed, stored = fill(board_path, kb, args.board_articles, 150, seed=12)
        print(
            f"board ledger filled:  {stored:,} articles of ~150 words in {elapsed:.0f} s ({stored / elapsed:,.0f}/s)"
        )
        print(
            f"database size:        {size_per_thousand(board_path, stored):.2f} MB per 1,000 articles (~150 words)"
        )
    engine = database.open_engine(f"sqlite:///{board_path}")
    rng = random.Random(5)
    with engine.connect() as conn:
        t = schema.threads
        threads = conn.execute(select(func.count()).select_from(t)).scalar_one()
        clubs = [r[0] for r in conn.execute(select(t.c.to_club_name).distinct().limit(300)).all()]
        players = [r[0] for r in conn.execute(select(t.c.player_name).distinct().limit(300)).all()]
        window_names = [r[0] for r in conn.execute(select(t.c.window).distinct()).all() if r[0]]
        timings = []
        articles = conn.execute(select(func.count()).select_from(schema.articles)).scalar_one()
        for number in range(300):
            kind = number % 5
            filters: dict = {
                0: {},
                3: {"window": rng.choice(window_names), "min_probability": 0.2},
                4: {"sort": "recent"},
            }.get(kind, {})
            if kind in (1, 2):
                what = "club" if kind == 1 else "player"
                name = rng.choice(clubs if kind == 1 else players)
                found = kb.lookup(name, what)
                filters = {
                    what: name,
                    f"{what}_ids": tuple(e.id for e in found),
                    f"{what}_names": tuple(e.name for e in found),
                }
            started = time.perf_counter()
            queries.board(conn, **filters)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(
        f"board query latency:  p50 {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, max {timings[-1]:.1f} ms "
        f"({len(timings)} queries over {threads:,} threads from {articles:,} articles, mixed filters, 50 rows each)"
    )


if __name__ == "__main__":
    main()
