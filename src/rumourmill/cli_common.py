"""What both halves of the CLI share: the consoles, how a bad item is reported, date options."""

from __future__ import annotations

import sys
from datetime import date

import click
from rich.console import Console

from rumourmill import errors
from rumourmill.ingest.dates import parse_date

#: Piped or captured output gets wide tables rather than the 80 columns of an unknown terminal.
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 150)
err = Console(stderr=True, soft_wrap=True)


def show_problem(problem: errors.BadInput | errors.InputWarning, console: Console = err) -> None:
    """ "error: ITEM: REASON" for an item that was skipped, "warning: …" for an oddity."""
    if isinstance(problem, errors.BadInput):
        console.print(f"[red]error:[/] {problem.item}: {problem.reason}", highlight=False)
    else:
        console.print(f"[yellow]warning:[/] {problem}", highlight=False)


def date_option(ctx, param, value) -> date | None:
    """A click callback: a date in any common form, or a usage error naming the option."""
    try:
        return parse_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
