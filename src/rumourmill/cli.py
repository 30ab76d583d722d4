"""The `rumourmill` command: a thin layer over the Python API that parses and prints."""

from __future__ import annotations

import json
import sys
from datetime import date

import click
from rich.table import Table

from rumourmill import api, cli_ledger, errors, serialize, settings
from rumourmill.cli_common import date_option, err, out, show_problem
from rumourmill.extract import Pipeline
from rumourmill.kb import import_kb


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False),
    envvar="RUMOURMILL_HOME",
    help="Where the knowledge base lives (default: the platform's user data folder; also RUMOURMILL_HOME).",
)
@click.version_option(package_name="rumourmill")
@click.pass_context
def main(ctx: click.Context, data_dir: str | None) -> None:
    """rumourmill: a trustworthy ledger of football transfer rumours."""
    ctx.obj = {"data_dir": data_dir}


# -- knowledge base ---------------------------------------------------------------------------
@main.group()
def kb() -> None:
    """Build and query the knowledge base of clubs, players, people and outlets."""


@kb.command("import")
@click.argument("path", type=click.Path(exists=True, file_okay=False), required=False)
@click.pass_context
def kb_import(ctx: click.Context, path: str | None) -> None:
    """Build the KB from the football data folder PATH (default: ../shared/data when present).

    Repeatable: the stored KB is replaced whole each time.
    """
    source = path or settings.default_source_data()
    if source is None:
        raise click.UsageError("no PATH given and no ../shared/data folder found")
    with err.status(f"importing {source} …"):
        stored, report = import_kb(source, ctx.obj["data_dir"])
    for what, count in report.counts.items():
        out.print(f"{what}: {count:,}")
    for folder in report.skipped:
        err.print(f"[yellow]skipped[/] {folder}: not in {source}")
    out.print(f"knowledge base written to {stored}")


@kb.command("stats")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def kb_stats(ctx: click.Context, fmt: str) -> None:
    """Counts of what the KB holds, and where it came from."""
    stats = api.load_kb(ctx.obj["data_dir"]).stats()
    if fmt == "json":
        out.print_json(data=stats)
        return
    if stats["minimal"]:
        err.print(
            "[yellow]The KB is minimal:[/] only the shipped lexicons are loaded. "
            "Run `rumourmill kb import PATH` to add players and all European clubs."
        )
    table = Table("what", "count")
    for kind, count in stats["entities"].items():
        table.add_row(kind, f"{count:,}")
    table.add_row("aliases", f"{stats['aliases']:,}")
    out.print(table)
    if stats["imported_from"]:
        out.print(
            f"imported from {stats['imported_from']} at {stats['imported_at']}; loaded in {stats['load_seconds']} s"
        )


@kb.command("search")
@click.argument("query")
@click.option("--kind", type=click.Choice(["club", "player", "person", "outlet", "competition"]))
@click.option("--limit", type=int, default=10, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def kb_search(ctx: click.Context, query: str, kind: str | None, limit: int, fmt: str) -> None:
    """Find entities by any of their names, forgiving spelling mistakes."""
    results = api.load_kb(ctx.obj["data_dir"]).search(query, kind=kind, limit=limit)
    if fmt == "json":
        out.print_json(
            data=[
                {
                    "id": r.entity.id,
                    "kind": r.entity.kind,
                    "name": r.entity.name,
                    "matched": r.matched,
                    "score": r.score,
                    "attrs": r.entity.attrs,
                }
                for r in results
            ]
        )
        return
    table = Table("id", "kind", "name", "matched", "score")
    for r in results:
        table.add_row(r.entity.id, r.entity.kind, r.entity.name, r.matched, f"{r.score:.0f}")
    out.print(table)


# -- extraction -------------------------------------------------------------------------------
@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@click.option(
    "--published", callback=date_option, help="Publication date for items that do not give one (YYYY-MM-DD)."
)
@click.option("--outlet", help="Publishing outlet for items that do not name one.")
@click.pass_context
def extract(
    ctx: click.Context, paths: tuple[str, ...], fmt: str, published: date | None, outlet: str | None
) -> None:
    """Read articles (.txt, .html, .jsonl, RSS/Atom; folders; - for stdin) into claims.

    Prints one JSON object per article (an array for several). Bad items are reported on
    stderr and skipped; the exit code is 1 if any item failed.
    """
    kb = api.load_kb(ctx.obj["data_dir"])
    if kb.minimal:
        err.print(
            "[yellow]note:[/] the KB is minimal (shipped lexicons only); "
            "run `rumourmill kb import PATH` for players and all European clubs."
        )
    pipeline = Pipeline(kb)
    results, failed = [], 0
    for item in api.extract_paths(paths, published=published, outlet=outlet, pipeline=pipeline):
        if isinstance(item, errors.BadInput):
            failed += 1
            show_problem(item)
        elif isinstance(item, errors.InputWarning):
            show_problem(item)
        elif fmt == "table":
            print_extraction(item)
        else:
            results.append(serialize.extraction(item))
    if fmt == "json" and results:
        payload = results[0] if len(results) == 1 else results
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    if failed:
        ctx.exit(1)


def print_extraction(extraction) -> None:
    article = extraction.article
    out.rule(f"[bold]{article.title or article.source or article.id}[/]")
    out.print(
        f"outlet: {article.outlet or '—'}   published: {article.published or '—'}   id: {article.id}",
        highlight=False,
    )
    if not extraction.claims:
        out.print("[dim]no transfer claims[/]")
    for number, c in enumerate(extraction.claims, start=1):
        claim = Table(
            show_header=False, title=f"claim {number}", title_justify="left", box=None, padding=(0, 2)
        )
        terms = c.type + (f", {c.duration_months} months" if c.duration_months else "")
        fee = (
            f"{c.fee.amount:,} {c.fee.currency}" + (f" + {c.fee.add_ons:,} add-ons" if c.fee.add_ons else "")
            if c.fee
            else "—"
        )
        rows = [
            ("player", c.player.name + ("" if c.player.id else " (not in KB)")),
            (
                "move",
                f"{c.from_club.name if c.from_club else '?'} → {c.to_club.name if c.to_club else '(released)'}",
            ),
            ("terms", terms),
            ("stage", f"{c.stage} ({c.tense})"),
            ("window", c.window or "—"),
            ("fee", fee),
            ("origin", c.origin.name if c.origin else "the outlet itself"),
            ("via", ", ".join(c.via) or "—"),
            ("hedged", "yes" if c.hedged else "no"),
            ("certainty", f"{c.certainty:.2f}"),
            ("evidence", f"“{c.evidence.text}”"),
        ]
        for key, value in rows:
            claim.add_row(f"[bold]{key}[/]", value)
        out.print(claim)
    entities = Table("kind", "name", "id", "mentions", title="entities", title_justify="left")
    for e in sorted(extraction.entities, key=lambda e: (e.kind, e.ref.name)):
        entities.add_row(
            e.kind, e.ref.name, e.ref.id or "(unknown)", ", ".join(dict.fromkeys(m.text for m in e.mentions))
        )
    out.print(entities)
    facts = Table("kind", "about", "value", title="facts", title_justify="left")
    for f in extraction.facts:
        facts.add_row(f.kind, f.subject.name, ", ".join(f"{k}={v}" for k, v in f.value.items()))
    out.print(facts)
    for s in extraction.stance:
        out.print(
            f"[italic]writer's view ({s.view}{', about ' + s.about.name if s.about else ''}):[/] {s.evidence.text}",
            highlight=False,
        )


# -- evaluation -------------------------------------------------------------------------------
@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", "show_errors", is_flag=True, help="List every missed, spurious or wrong claim.")
@click.pass_context
def evaluate_command(ctx: click.Context, gold: tuple[str, ...], fmt: str, show_errors: bool) -> None:
    """Score extraction against annotated GOLD.jsonl files (see corpus/ANNOTATION.md)."""
    from rumourmill.evaluate import evaluate, read_gold

    articles = [item for path in gold for item in read_gold(path)]
    report = evaluate(articles, Pipeline(api.load_kb(ctx.obj["data_dir"])))
    data = report.as_dict()
    if fmt == "json":
        if show_errors:
            data["errors"] = report.errors
        out.print_json(data=data)
        return
    claims = data["claims"]
    out.print(
        f"{data['articles']} articles; claims (player, to_club): precision {claims['precision']:.3f}  "
        f"recall {claims['recall']:.3f}  F1 {claims['f1']:.3f}  (tp {claims['tp']}, fp {claims['fp']}, fn {claims['fn']})"
    )
    fields = Table("claim field", "accuracy", "n", title="matched claims", title_justify="left")
    for name, value in data["claim_fields"].items():
        fields.add_row(
            name, f"{value['accuracy']:.3f}" if value["accuracy"] is not None else "—", str(value["n"])
        )
    out.print(fields)
    entities = Table("entity kind", "precision", "recall", "F1", title="entities", title_justify="left")
    for kind, value in data["entities"].items():
        entities.add_row(kind, f"{value['precision']:.3f}", f"{value['recall']:.3f}", f"{value['f1']:.3f}")
    out.print(entities)
    shapes = Table(
        "article shape", "precision", "recall", "F1", title="claims by shape", title_justify="left"
    )
    for shape, value in data["claims_by_shape"].items():
        shapes.add_row(shape, f"{value['precision']:.3f}", f"{value['recall']:.3f}", f"{value['f1']:.3f}")
    out.print(shapes)
    if show_errors:
        for e in report.errors:
            out.print(json.dumps(e, ensure_ascii=False), highlight=False)


for command in cli_ledger.COMMANDS:
    main.add_command(command)


if __name__ == "__main__":
    main()
