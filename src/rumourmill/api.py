"""The Python API: everything the CLI does, one call each."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from rumourmill import errors
from rumourmill.extract import Pipeline
from rumourmill.ingest import article_from_text, read_articles
from rumourmill.ingest.dates import parse_date
from rumourmill.kb import KnowledgeBase
from rumourmill.ledger import database, queries, schema, threads
from rumourmill.ledger import ingest as ledger_ingest
from rumourmill.ledger.ingest import IngestReport
from rumourmill.models import Extraction
from rumourmill.outcomes import records, resolve
from rumourmill.outcomes.resolve import OutcomeReport
from rumourmill.outcomes.sources import SourceRecord, reliability
from rumourmill.score import backtest as backtesting
from rumourmill.score import model
from rumourmill.simulate import season


def load_kb(data_dir: str | Path | None = None) -> KnowledgeBase:
    """The imported knowledge base (or the minimal one from the shipped lexicons)."""
    return KnowledgeBase.load(data_dir)


def extract_text(
    text: str,
    *,
    published: str | date | None = None,
    outlet: str | None = None,
    title: str | None = None,
    pipeline: Pipeline | None = None,
) -> Extraction:
    """Read one article given as a string."""
    pipeline = pipeline or Pipeline()
    article = article_from_text(text, title=title, outlet=outlet, published=parse_date(published))
    return pipeline(article)


def extract_paths(
    paths: Iterable[str | Path],
    *,
    published: str | date | None = None,
    outlet: str | None = None,
    pipeline: Pipeline | None = None,
) -> Iterator[Extraction | errors.BadInput | errors.InputWarning]:
    """Read every article in files, folders and feeds; problems come back as items, in order.

    A bad item never stops the batch: it is yielded as a `BadInput` naming the item and the
    reason, and the next item is read.
    """
    pipeline = pipeline or Pipeline()
    for item in read_articles(paths, published=parse_date(published), outlet=outlet):
        if isinstance(item, errors.BadInput | errors.InputWarning):
            yield item
            continue
        try:
            yield pipeline(item)
        except Exception as exc:
            yield errors.BadInput(item.source or item.id, f"extraction failed: {type(exc).__name__}: {exc}")


# -- the ledger -------------------------------------------------------------------------------
def open_ledger(db: str | None = None, data_dir: str | Path | None = None) -> Engine:
    """The ledger database (SQLite in the data directory unless `db` is a URL), migrated."""
    return database.open_engine(db, data_dir)


@contextmanager
def _ledger(db: str | None, data_dir: str | Path | None) -> Iterator[Engine]:
    """The ledger for one call, its connections closed afterwards."""
    engine = open_ledger(db, data_dir)
    try:
        yield engine
    finally:
        engine.dispose()


def ingest(
    paths: Iterable[str | Path],
    *,
    db: str | None = None,
    data_dir: str | Path | None = None,
    published: str | date | None = None,
    outlet: str | None = None,
    pipeline: Pipeline | None = None,
    on_item: Callable[[IngestReport], None] | None = None,
    batch_size: int = ledger_ingest.BATCH_SIZE,
) -> IngestReport:
    """Read, extract and store articles from files, folders and feeds; threads are updated.

    Idempotent: articles already stored are skipped, near-duplicates are linked to the story
    they repeat. Problems are listed in the report; the batch always goes on.
    """
    pipeline = pipeline or Pipeline(load_kb(data_dir))
    items = read_articles(paths, published=parse_date(published), outlet=outlet)
    with _ledger(db, data_dir) as engine:
        return ledger_ingest.ingest(
            engine,
            items,
            pipeline,
            weights=model.load_weights(data_dir),
            on_item=on_item,
            batch_size=batch_size,
        )


def rumours(
    *,
    db: str | None = None,
    data_dir: str | Path | None = None,
    club: str | None = None,
    player: str | None = None,
    window: str | None = None,
    min_probability: float | None = None,
    outcome: str | None = None,
    sort: str = "probability",
    limit: int | None = 50,
) -> list[queries.ThreadRow]:
    """The board: rumour threads matching the filters.

    `club` and `player` are names as the news writes them ("Milan", "Spurs", "Gomez") or KB
    ids: the knowledge base says which entities they may mean.
    """
    kb = load_kb(data_dir) if club or player else None
    clubs = kb.lookup(club, "club") if kb and club else []
    players = (kb.lookup(player, "player") or kb.by_surname(player)[:50]) if kb and player else []
    with _ledger(db, data_dir) as engine, engine.connect() as conn:
        return queries.board(
            conn,
            club_ids=tuple(e.id for e in clubs),
            club_names=tuple(e.name for e in clubs),
            player_ids=tuple(e.id for e in players),
            player_names=tuple(e.name for e in players),
            club=club,
            player=player,
            window=window,
            min_probability=min_probability,
            outcome=outcome,
            sort=sort,
            limit=limit,
        )


def thread(
    thread_id: str, *, db: str | None = None, data_dir: str | Path | None = None
) -> queries.ThreadDetail:
    """One thread's timeline, origins and relays, evidence, probability and reasons.

    `thread_id` may be shortened to a unique prefix.
    """
    with _ledger(db, data_dir) as engine, engine.connect() as conn:
        found = queries.find_threads(conn, thread_id)
        if len(found) != 1:
            raise errors.RumourmillError(
                f"no thread {thread_id!r}" if not found else f"thread id {thread_id!r} is ambiguous"
            )
        return queries.thread(conn, found[0])


def import_outcomes(
    paths: Iterable[str | Path],
    *,
    db: str | None = None,
    data_dir: str | Path | None = None,
    today: date | None = None,
) -> OutcomeReport:
    """Store completed transfers from record files and resolve every thread against them.

    Importing a file again replaces its records. A file that cannot be read (unknown layout,
    not UTF-8 text) and each unreadable row are listed in the report's problems; the other
    files are still imported.
    """
    kb = load_kb(data_dir)
    with _ledger(db, data_dir) as engine:
        report = OutcomeReport()
        for path in paths:
            try:
                items = list(records.read_transfers(path))
            except records.UnknownFormat as exc:
                report.problems.append(errors.BadInput(str(path), str(exc)))
                continue
            except (OSError, UnicodeDecodeError) as exc:
                report.problems.append(errors.BadInput(str(path), f"cannot be read as UTF-8 CSV: {exc}"))
                continue
            transfers = [item for item in items if isinstance(item, records.Transfer)]
            report.problems += [item for item in items if isinstance(item, errors.BadInput)]
            # the file, wherever it is read from (its end, if the path is long)
            source = str(Path(path).resolve())[-schema.NAME_LENGTH :]
            with database.writing(engine) as conn:
                stored = resolve.store_transfers(conn, transfers, kb, source)
            report.transfers += stored.transfers
            report.windows = tuple(sorted({*report.windows, *stored.windows}))
        with database.writing(engine) as conn:
            resolved = resolve.resolve(conn, today)
        report.happened, report.not_happened, report.open = (
            resolved.happened,
            resolved.not_happened,
            resolved.open,
        )
        return report


def sources(*, db: str | None = None, data_dir: str | Path | None = None) -> list[SourceRecord]:
    """Each originating outlet's record on resolved threads."""
    with _ledger(db, data_dir) as engine, engine.connect() as conn:
        return reliability(conn)


def backtest(
    *,
    db: str | None = None,
    data_dir: str | Path | None = None,
    diagram: str | Path | None = None,
    save: bool = False,
) -> backtesting.BacktestReport:
    """Fit and check the thread model on resolved threads; optionally save and apply the fit."""
    with _ledger(db, data_dir) as engine:
        with engine.connect() as conn:
            try:
                report = backtesting.run(conn, Path(diagram) if diagram else None)
            except backtesting.NotEnoughOutcomes as exc:
                raise errors.RumourmillError(str(exc)) from exc
        if save:
            note = f"fitted by `rumourmill backtest` on {report.threads} resolved threads ({', '.join(report.windows)})"
            model.save_weights(report.weights, data_dir, note)
            with database.writing(engine) as conn:
                threads.rescore(conn, weights=report.weights)
        return report


def rescore(*, db: str | None = None, data_dir: str | Path | None = None, as_of: date | None = None) -> int:
    """Score every thread again (as of `as_of`, default the newest article's date)."""
    with _ledger(db, data_dir) as engine, database.writing(engine) as conn:
        return threads.rescore(conn, as_of=as_of, weights=model.load_weights(data_dir))


def simulate(
    folder: str | Path,
    *,
    data: str | Path,
    windows: list[str],
    seed: int = 7,
    rumours_per_window: int = 120,
) -> season.Season:
    """Write a simulated season of news around real transfer records (see `simulate.season`).

    `folder` receives articles.jsonl (the news), rumours.csv (the truth) and outcomes.csv
    (the real records of the windows, in the layout `outcomes import` reads).
    """
    try:
        simulated = season.simulate_season(
            Path(data), windows, seed=seed, rumours_per_window=rumours_per_window
        )
    except (OSError, ValueError) as exc:
        raise errors.RumourmillError(f"cannot simulate {', '.join(windows)} from {data}: {exc}") from exc
    season.write_season(simulated, Path(folder))
    return simulated
