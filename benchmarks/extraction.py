"""Extraction benchmark: throughput, KB load time and peak memory on generated articles.

    python benchmarks/extraction.py [--articles 10000] [--runs 3] [--data ../shared/data]

Imports the KB from the football data into a temporary folder, writes N articles of ~600
words around real player and club names, and reads them all on one core, `--runs` times.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from rumourmill.extract import Pipeline
from rumourmill.ingest import article_from_text
from rumourmill.kb import KnowledgeBase, import_kb
from rumourmill.simulate import Story, write_article

STAGES = ["interest", "interest", "talks", "bid", "agreed", "completed", "denied", "collapsed"]


def stories(kb: KnowledgeBase, count: int, rng: random.Random) -> list[Story]:
    players = [
        e
        for e in (kb.entities[i] for i, kind, _ in kb.entities.names() if kind == "player")
        if e.attrs.get("current") and e.attrs.get("club") in kb.entities
    ]
    clubs = [
        kb.entities[i].name
        for i, kind, _ in kb.entities.names()
        if kind == "club" and kb.entities[i].attrs.get("league") in ("en.1", "es.1", "it.1", "de.1", "fr.1")
    ]
    outlets = [name for _, kind, name in kb.entities.names() if kind == "outlet"]
    out = []
    for _ in range(count):
        player = rng.choice(players)
        out.append(
            Story(
                player=player.name,
                from_club=kb.entities[player.attrs["club"]].name,
                to_club=rng.choice(clubs),
                stage=rng.choice(STAGES),
                outlet=rng.choice(outlets),
                published=date(2025, 6, 1) + timedelta(days=rng.randint(0, 365)),
                fee_millions=rng.randint(5, 90),
                age=rng.randint(19, 33),
                opponent=rng.choice(clubs),
            )
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3, help="timed passes over the articles")
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="rumourmill-bench-"))
    started = time.perf_counter()
    import_kb(args.data, home)
    print(f"KB import:            {time.perf_counter() - started:8.2f} s")
    started = time.perf_counter()
    kb = KnowledgeBase.load(home)
    load = time.perf_counter() - started
    print(
        f"KB load:              {load:8.3f} s   ({sum(kb.entities.kinds().values()):,} entities, "
        f"{kb.meta['aliases']:,} aliases)"
    )
    rng = random.Random(7)
    texts = [write_article(story, rng) for story in stories(kb, args.articles, rng)]
    words = sum(len(t.split()) for t in texts)
    articles = [article_from_text(t, source=f"bench-{i}") for i, t in enumerate(texts)]
    started = time.perf_counter()
    pipeline = Pipeline(kb)
    pipeline(articles[0])  # the cue lexicons are compiled on first use
    print(f"pipeline start-up:    {time.perf_counter() - started:8.3f} s   (first article, cue lexicons compiled)")
    print(f"articles:             {len(articles):8,}   (mean {words / len(articles):.0f} words)")
    # this machine's speed wanders by a fifth from one minute to the next: each pass is
    # printed, and the median is the figure to quote
    rates = []
    for run in range(1, args.runs + 1):
        started = time.perf_counter()
        claims = 0
        for article in articles:
            claims += len(pipeline(article).claims)
        elapsed = time.perf_counter() - started
        rates.append(len(articles) / elapsed)
        print(
            f"extraction, pass {run}:  {elapsed:8.2f} s   = {rates[-1]:,.0f} articles/s, "
            f"{words / elapsed:,.0f} words/s on one core"
        )
    print(f"extraction (median):  {statistics.median(rates):8,.0f} articles/s on one core")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"claims found:         {claims:8,}   (per pass)")
    print(f"peak memory (RSS):    {peak:8.0f} MB   (whole process, including the generated corpus)")


if __name__ == "__main__":
    main()
