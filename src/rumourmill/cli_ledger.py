"""Ledger commands of the `rumourmill` CLI: ingest, rumours, thread. Parsing and printing only."""

from __future__ import annotations

import functools
import json
import sys
from datetime import date

import click
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from rumourmill import api, errors, serialize, settings
from rumourmill.cli_common import date_option, err, out, show_problem
from rumourmill.extract import Pipeline
from rumourmill.ledger.ingest import IngestReport
from rumourmill.score import model

DB_OPTION = click.option(
    "--db",
    envvar="RUMOURMILL_DB",
    help="Database URL, e.g. postgresql://user@host/rumourmill (default: ledger.sqlite in the data directory; also RUMOURMILL_DB).",
)
FORMAT_OPTION = click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True
)


def reported(command):
    """A `RumourmillError` (a ledger that cannot be opened, a bad file) is a one-line error."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except errors.RumourmillError as exc:
            raise click.ClickException(str(exc)) from exc

    return run


@click.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--published", callback=date_option, help="Publication date for items that do not give one.")
@click.option("--outlet", help="Publishing outlet for items that do not name one.")
@click.option(
    "--batch-size",
    type=click.IntRange(1),
    default=200,
    show_default=True,
    help="Articles per transaction: an interruption loses at most one batch.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_context
@reported
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str | None,
    published: date | None,
    outlet: str | None,
    batch_size: int,
    quiet: bool,
) -> None:
    """Store articles (files, folders, feeds, JSONL) in the ledger and update its threads.

    Safe to repeat and to interrupt: stored articles are skipped, near-duplicates are linked
    to the story they repeat, and an interrupted run keeps every batch it committed.
    """
    data_dir = ctx.obj["data_dir"]
    pipeline = Pipeline(api.load_kb(data_dir))
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
        transient=True,
    )
    task = progress.add_task("ingesting", total=None)
    shown = 0

    def on_item(report: IngestReport) -> None:
        nonlocal shown
        for problem in report.problems[shown:]:
            show_problem(problem, progress.console)
        shown = len(report.problems)
        progress.update(
            task,
            description=f"{report.read:,} read, {report.stored:,} stored, {report.already:,} already there",
        )

    try:
        with progress:
            report = api.ingest(
                paths,
                db=db,
                data_dir=data_dir,
                published=published,
                outlet=outlet,
                pipeline=pipeline,
                on_item=on_item,
                batch_size=batch_size,
            )
    except KeyboardInterrupt:
        err.print(
            "[yellow]interrupted:[/] every committed batch is kept; run the same command again to go on."
        )
        ctx.exit(130)
    on_item(report)
    out.print(
        f"{report.read:,} articles read: {report.stored:,} stored ({report.near_duplicates:,} near-duplicates linked), "
        f"{report.already:,} already in the ledger, {report.failed:,} failed; "
        f"{report.claims:,} claims, {len(report.threads):,} threads updated",
        highlight=False,
    )
    if report.failed:
        ctx.exit(1)


@click.command()
@DB_OPTION
@click.option(
    "--club", help='Threads where this club buys or sells: a name or nickname ("Spurs") or a KB id.'
)
@click.option("--player", help="Threads about this player: full name, surname or KB id.")
@click.option("--window", help="Transfer window, e.g. 2026-01 or 2026-summer.")
@click.option("--min-probability", type=click.FloatRange(0, 1), help="Only threads at least this likely.")
@click.option("--outcome", type=click.Choice(["open", "happened", "not_happened"]))
@click.option(
    "--sort", type=click.Choice(["probability", "recent"]), default="probability", show_default=True
)
@click.option(
    "--limit", type=click.IntRange(0), default=50, show_default=True, help="At most this many rows (0: all)."
)
@FORMAT_OPTION
@click.pass_context
@reported
def rumours(ctx: click.Context, db, club, player, window, min_probability, outcome, sort, limit, fmt) -> None:
    """The board: rumour threads with their probability, stage and sources."""
    rows = api.rumours(
        db=db,
        data_dir=ctx.obj["data_dir"],
        club=club,
        player=player,
        window=window,
        min_probability=min_probability,
        outcome=outcome,
        sort=sort,
        limit=limit or None,
    )
    if fmt == "json":
        sys.stdout.write(json.dumps(serialize.plain(rows), ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "csv":
        sys.stdout.write(serialize.csv_text(serialize.plain(rows)))
        return
    if not rows:
        err.print("no threads match; ingest articles with `rumourmill ingest PATH`")
        return
    table = Table("id", "player", "move", "window", "stage", "p", "origins", "relays", "last seen", "outcome")
    for r in rows:
        table.add_row(
            r.id[:8],
            r.player,
            f"{r.from_club or '?'} → {r.to_club}",
            r.window or "—",
            r.stage,
            f"{r.probability:.2f}" if r.probability is not None else "—",
            str(r.origins) + (f" (tier {r.best_tier})" if r.best_tier else ""),
            str(r.relays),
            str(r.last_seen or "—"),
            r.outcome,
        )
    out.print(table)


@click.command("thread")
@click.argument("thread_id")
@DB_OPTION
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True
)
@click.pass_context
@reported
def thread_command(ctx: click.Context, thread_id: str, db: str | None, fmt: str) -> None:
    """One thread: timeline with evidence, origins versus relays, probability and reasons.

    THREAD_ID may be shortened to a unique prefix, as the board shows it.
    """
    detail = api.thread(thread_id, db=db, data_dir=ctx.obj["data_dir"])
    if fmt == "json":
        sys.stdout.write(json.dumps(serialize.plain(detail), ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "csv":
        sys.stdout.write(serialize.csv_text(serialize.plain(list(detail.timeline))))
        return
    t = detail.thread
    out.rule(f"[bold]{t.player}: {t.from_club or '?'} → {t.to_club}[/]  ({t.window or 'window unknown'})")
    probability = f"{t.probability:.2f}" if t.probability is not None else "—"
    out.print(
        f"id {t.id}   stage [bold]{t.stage}[/]   probability [bold]{probability}[/]   outcome {t.outcome}"
    )
    for reason in t.reasons:
        out.print(f"  • {reason}", highlight=False)
    origins = ", ".join(f"{name} (tier {tier})" if tier else name for name, tier in detail.origins.items())
    out.print(f"independent origins: {origins or '—'}", highlight=False)
    out.print(f"relays: {', '.join(detail.relays) or '—'}", highlight=False)
    timeline = Table(
        "date",
        "outlet",
        "stage",
        "origin",
        "hedged",
        "evidence",
        "article",
        title="timeline",
        title_justify="left",
    )
    for e in detail.timeline:
        outlet = (e.outlet or "—") + (" (near-duplicate)" if e.duplicate_of else "")
        link = e.url or e.article_id  # the article's address, or its id in the ledger
        timeline.add_row(
            str(e.published or "—"),
            outlet,
            e.stage,
            e.origin or "—",
            "yes" if e.hedged else "no",
            e.text,
            link,
        )
    out.print(timeline)
    if detail.context:
        context = Table("date", "kind", "about", "value", title="squad context", title_justify="left")
        for f in detail.context:
            context.add_row(
                str(f.published or "—"), f.kind, f.subject, ", ".join(f"{k}={v}" for k, v in f.value.items())
            )
        out.print(context)
    if detail.outcome_evidence:
        out.print(f"outcome: {detail.outcome_evidence}", highlight=False)


@click.group()
def outcomes() -> None:
    """What really happened: completed-transfer records that resolve threads."""


@outcomes.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@DB_OPTION
@click.pass_context
@reported
def outcomes_import(ctx: click.Context, paths: tuple[str, ...], db: str | None) -> None:
    """Read transfer records (the layouts of the football data folder) and resolve threads.

    A thread happened if the player joined that club in that window; it did not if he joined
    another club, or if the window has shut and the destination's arrivals are on record
    without him; otherwise it stays open. Importing a file again replaces its records.
    """
    report = api.import_outcomes(paths, db=db, data_dir=ctx.obj["data_dir"])
    for problem in report.problems[:20]:
        show_problem(problem)
    if len(report.problems) > 20:
        err.print(f"[red]error:[/] … and {len(report.problems) - 20:,} more unreadable rows", highlight=False)
    windows = f"{report.windows[0]} … {report.windows[-1]}" if report.windows else "none"
    out.print(
        f"{report.transfers:,} transfers stored (windows {windows}); threads: {report.happened:,} happened, "
        f"{report.not_happened:,} did not happen, {report.open:,} open",
        highlight=False,
    )
    if report.problems:
        ctx.exit(1)


@click.command()
@DB_OPTION
@click.option(
    "--min-resolved",
    type=int,
    default=0,
    show_default=True,
    help="Only outlets with this many resolved threads.",
)
@FORMAT_OPTION
@click.pass_context
@reported
def sources(ctx: click.Context, db: str | None, min_resolved: int, fmt: str) -> None:
    """How often each outlet's own reports came true (relays earn nothing)."""
    rows = [s for s in api.sources(db=db, data_dir=ctx.obj["data_dir"]) if s.resolved >= min_resolved]
    if fmt in ("json", "csv"):
        data = serialize.plain(rows)
        sys.stdout.write(json.dumps(data, indent=2) + "\n" if fmt == "json" else serialize.csv_text(data))
        return
    table = Table("outlet", "tier", "originated", "resolved", "happened", "rate", "reliability")
    for s in rows:
        table.add_row(
            s.name,
            str(s.tier or "—"),
            str(s.threads),
            str(s.resolved),
            str(s.happened),
            f"{s.rate:.2f}" if s.rate is not None else "—",
            f"{s.reliability:.2f}" if s.reliability is not None else "—",
        )
    out.print(table)


@click.command()
@DB_OPTION
@click.option(
    "--png",
    "png",
    type=click.Path(dir_okay=False),
    default="reliability.png",
    show_default=True,
    help="Where to draw the reliability diagram.",
)
@click.option(
    "--save",
    is_flag=True,
    help="Use the fitted weights from now on (saved in the data directory) and rescore.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
@reported
def backtest(ctx: click.Context, db: str | None, png: str, save: bool, fmt: str) -> None:
    """Fit the thread model on resolved threads; compare with the defaults and two baselines.

    Every thread is scored by models that never saw it (5-fold cross-validation). Prints Brier
    score, log loss and a calibration table, and draws a reliability diagram.
    """
    report = api.backtest(db=db, data_dir=ctx.obj["data_dir"], diagram=png, save=save)
    if fmt == "json":
        sys.stdout.write(json.dumps(serialize.plain(report), indent=2) + "\n")
        return
    out.print(
        f"{report.threads:,} resolved threads ({report.happened:,} happened, base rate {report.base_rate:.3f}) "
        f"in {', '.join(report.windows)}",
        highlight=False,
    )
    scores = Table(
        "model", "Brier", "log loss", title="out-of-fold scores (lower is better)", title_justify="left"
    )
    for name, value in report.scores.items():
        scores.add_row(name, f"{value['brier']:.4f}", f"{value['log_loss']:.4f}")
    out.print(scores)
    calibration = Table(
        "predicted",
        *report.calibration,
        title="calibration: share that happened (threads)",
        title_justify="left",
    )
    for index in range(len(report.calibration["fitted"])):
        cells = []
        for name in report.calibration:
            b = report.calibration[name][index]
            cells.append(f"{b.observed:.2f} ({b.threads})" if b.threads else "—")
        low = report.calibration["fitted"][index]
        calibration.add_row(f"{low.low:.1f}–{low.high:.1f}", *cells)
    out.print(calibration)
    weights = Table("input", "default", "fitted", title="weights", title_justify="left")
    for name, value in report.weights.items():
        weights.add_row(name, f"{model.DEFAULT_WEIGHTS[name]:+.2f}", f"{value:+.2f}")
    out.print(weights)
    out.print(
        f"reliability diagram: {report.diagram}"
        + ("; fitted weights saved and threads rescored" if save else "")
    )


@click.command()
@DB_OPTION
@click.option(
    "--as-of", callback=date_option, help="Score as of this date (default: the newest article's date)."
)
@click.pass_context
@reported
def rescore(ctx: click.Context, db: str | None, as_of: date | None) -> None:
    """Score every thread again, e.g. after new weights.

    --as-of measures each thread's silence up to that date; the evidence used is all that is
    stored, including reports published after it.
    """
    count = api.rescore(db=db, data_dir=ctx.obj["data_dir"], as_of=as_of)
    out.print(f"{count:,} threads scored")


@click.command()
@click.argument("folder", type=click.Path(file_okay=False))
@click.option(
    "--data",
    type=click.Path(exists=True, file_okay=False),
    help="The football data folder with transfers_ewenme/ (default: ../shared/data when present).",
)
@click.option(
    "--windows",
    default="2021-summer,2022-01,2022-summer,2023-01",
    show_default=True,
    help="Comma-separated windows (the history covers 1992-summer … 2023-01).",
)
@click.option("--seed", type=int, default=7, show_default=True)
@click.option(
    "--rumours", "rumours_per_window", type=int, default=120, show_default=True, help="Rumours per window."
)
@reported
def simulate(folder: str, data: str | None, windows: str, seed: int, rumours_per_window: int) -> None:
    """Write a simulated season of news around real transfers into FOLDER.

    True rumours are real moves of the window, false ones pair real players with clubs they
    did not join; each rumour's origin outlet has a reliability tier that sets how often its
    rumours are true, so `backtest` can be checked against a known answer. Writes
    articles.jsonl, rumours.csv (the truth) and outcomes.csv (the real records).
    """
    source = data or settings.default_source_data()
    if source is None:
        raise click.UsageError("no --data given and no ../shared/data folder found")
    made = api.simulate(
        folder,
        data=source,
        windows=[w.strip() for w in windows.split(",") if w.strip()],
        seed=seed,
        rumours_per_window=rumours_per_window,
    )
    happened = sum(r.happened for r in made.rumours)
    out.print(
        f"{len(made.articles):,} articles about {len(made.rumours):,} rumours ({happened:,} true) written to {folder}",
        highlight=False,
    )


COMMANDS = (simulate, ingest, rumours, thread_command, outcomes, sources, backtest, rescore)
