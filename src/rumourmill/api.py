"""The Python API: everything the CLI does, one call each."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from rumourmill import errors
from rumourmill.extract import Pipeline
from rumourmill.ingest import article_from_text, read_articles
from rumourmill.ingest.dates import parse_date
from rumourmill.kb import KnowledgeBase
from rumourmill.models import Extraction


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
