"""Storing a stream of articles in the ledger, in batches that are each all-or-nothing.

Each batch is one transaction: its articles, their claims and the threads they touch are
committed together, so a crash or Ctrl-C loses at most the batch in flight and a rerun
continues where the last commit left off (stored articles are recognised by id and skipped).
Inside a batch each article has its own savepoint: one article the database refuses is
reported and the rest of the batch is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Engine

from rumourmill import errors
from rumourmill.extract import Pipeline
from rumourmill.ledger import store, threads
from rumourmill.ledger.near_duplicates import signature
from rumourmill.models import Article

BATCH_SIZE = 200


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    already: int = 0  # the same article was stored before: skipped
    near_duplicates: int = 0  # stored, linked to the story they repeat, not counted twice
    claims: int = 0
    threads: set[str] = field(default_factory=set)
    problems: list[errors.BadInput | errors.InputWarning] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(isinstance(p, errors.BadInput) for p in self.problems)


def ingest(
    engine: Engine,
    items: Iterable[Article | errors.BadInput | errors.InputWarning],
    pipeline: Pipeline,
    *,
    weights: dict[str, float] | None = None,
    batch_size: int = BATCH_SIZE,
    on_item: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Extract and store every article; problems are collected in the report, never raised."""
    report = IngestReport()
    for batch in _batches(items, batch_size):
        with engine.begin() as conn:
            touched: set[str] = set()
            for item in batch:
                if isinstance(item, errors.BadInput | errors.InputWarning):
                    report.problems.append(item)
                else:
                    report.read += 1
                    touched |= _one(conn, item, pipeline, report)
                if on_item:
                    on_item(report)
            threads.refresh(conn, touched, weights)
            report.threads |= touched
    return report


def _one(conn, article: Article, pipeline: Pipeline, report: IngestReport) -> set[str]:
    name = article.source or article.id
    if store.is_stored(conn, article.id):
        report.already += 1
        return set()
    try:
        extraction = pipeline(article)
    except Exception as exc:
        report.problems.append(errors.BadInput(name, f"extraction failed: {type(exc).__name__}: {exc}"))
        return set()
    sig = signature(article.text)
    try:
        with conn.begin_nested():
            duplicate = store.find_duplicate(conn, sig)
            touched = store.write(conn, extraction, pipeline.kb, sig, duplicate)
    except Exception as exc:  # a database refusal of this one article: report it, keep the batch
        report.problems.append(errors.BadInput(name, f"could not be stored: {type(exc).__name__}: {exc}"))
        return set()
    report.stored += 1
    report.near_duplicates += duplicate is not None
    report.claims += len(extraction.claims)
    return touched


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
