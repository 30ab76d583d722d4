"""Storing a stream of articles in the ledger, in batches that are each all-or-nothing.

Each batch is one transaction: its articles, their claims and the threads they touch are
committed together, so a crash or Ctrl-C loses at most the batch in flight and a rerun
continues where the last commit left off (stored articles are recognised by id and skipped).
A batch is written in a few multi-row statements; if the database refuses it, it is written
again article by article, so that one bad article is reported and the rest are kept.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine

from rumourmill import errors
from rumourmill.extract import Pipeline
from rumourmill.ledger import database, store, threads
from rumourmill.ledger.near_duplicates import Signature, signature
from rumourmill.models import Article, Extraction

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
    with _long_lived_frozen():
        return _ingest(engine, items, pipeline, weights, batch_size, on_item)


@contextmanager
def _long_lived_frozen() -> Iterator[None]:
    """Keep what exists before the batch (the knowledge base, the pipeline's lexicons: a few
    hundred thousand objects) out of the garbage collector's full scans while it runs.

    Extraction makes and drops many small objects, which sets off a full collection every
    few hundred articles, and each would walk the whole KB again; freezing them cut the
    collector's time in a 2,000-article ingest by a third. They are unfrozen afterwards.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _ingest(engine, items, pipeline, weights, batch_size, on_item) -> IngestReport:
    report = IngestReport()
    with engine.connect() as conn:
        newest = threads.ledger_date(conn)
    scored_as_of: dict[str, date | None] = {}  # player -> the date its threads were last scored as of
    for batch in _batches(items, batch_size):
        articles = [item for item in batch if isinstance(item, Article)]
        with engine.connect() as conn:
            stored = store.stored_ids(conn, [a.id for a in articles])
        # extraction, the slow part, runs outside the write transaction
        read: list[tuple[Article, Extraction, Signature]] = []
        for item in batch:
            if not isinstance(item, Article):
                report.problems.append(item)
            else:
                report.read += 1
                if item.id in stored:
                    report.already += 1
                else:
                    stored.add(item.id)
                    extracted = _extract(item, pipeline, report)
                    if extracted:
                        read.append((item, extracted, signature(item.text)))
            if on_item:
                on_item(report)
        with database.writing(engine) as conn:
            meanwhile = store.stored_ids(conn, [article.id for article, _, _ in read])  # another run's
            report.already += len(meanwhile)
            read = [entry for entry in read if entry[0].id not in meanwhile]
            prepared = _prepare(conn, read, pipeline, report)
            touched = _write(conn, prepared, report)
            players, as_of = threads.refresh(conn, touched, weights)
            scored_as_of.update(dict.fromkeys(players, as_of))
            report.threads |= touched
    if report.stored:
        with database.writing(engine) as conn:
            now = threads.ledger_date(conn)
            if now != newest:  # "now" moved on: every thread's silence grew
                # (but not those this ingest's last batches scored as of the newest date)
                scored = {player for player, as_of in scored_as_of.items() if as_of == now}
                threads.rescore(conn, as_of=now, weights=weights, scored=scored)
    return report


def _extract(article: Article, pipeline: Pipeline, report: IngestReport) -> Extraction | None:
    try:
        return pipeline(article)
    except Exception as exc:
        name = article.source or article.id
        report.problems.append(errors.BadInput(name, f"extraction failed: {type(exc).__name__}: {exc}"))
        return None


def _prepare(conn, read, pipeline: Pipeline, report: IngestReport) -> list[store.Rows]:
    """Rows for each article, near-duplicates linked to the stored or earlier article they repeat."""
    pool = store.candidates(conn, {key for _, _, sig in read for key in sig.band_keys()})
    prepared = []
    for article, extraction, sig in read:
        duplicate = pool.best_match(sig)
        if duplicate is None:
            pool.add(article.id, sig)
        report.near_duplicates += duplicate is not None
        report.claims += len(extraction.claims)
        prepared.append(store.prepare(extraction, pipeline.kb, sig, duplicate))
    return prepared


def _write(conn, prepared: list[store.Rows], report: IngestReport) -> set[str]:
    """The batch in one go; if the database refuses it, article by article, so that one bad
    article is reported and the others are kept."""
    try:
        with conn.begin_nested():
            touched = store.write(conn, prepared)
        report.stored += len(prepared)
        return touched
    except Exception:
        touched = set()
        failed: set[str] = set()
        for rows in prepared:
            if rows.article["duplicate_of"] in failed:
                _promote(rows, report)  # its original was refused: the copy stands alone
            try:
                with conn.begin_nested():
                    touched |= store.write(conn, [rows])
                report.stored += 1
            except Exception as exc:
                failed.add(rows.article["id"])
                name = rows.article["source"] or rows.article["id"]
                report.problems.append(
                    errors.BadInput(
                        name, f"could not be stored: {type(exc).__name__}: {str(exc).splitlines()[0]}"
                    )
                )
                report.claims -= len(rows.claims)
        return touched


def _promote(rows: store.Rows, report: IngestReport) -> None:
    """Make a near-duplicate an original (its bands indexed, no link)."""
    rows.article["duplicate_of"] = rows.article["similarity"] = None
    rows.bands = store.band_rows(rows.article["id"], Signature.from_bytes(rows.article["minhash"]))
    report.near_duplicates -= 1


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
