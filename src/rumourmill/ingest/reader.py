"""Every supported input, read into `Article`s; bad items are reported, never fatal."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from rumourmill import errors, settings
from rumourmill.ingest.decode import check_size, decode
from rumourmill.ingest.feed import articles_from_feed, looks_like_feed
from rumourmill.ingest.html import article_from_html
from rumourmill.ingest.jsonl import articles_from_jsonl
from rumourmill.ingest.text import article_from_text
from rumourmill.models import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom", ".feed"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES

Item = Article | errors.BadInput | errors.InputWarning


def read_articles(
    paths: Iterable[str | Path], published: date | None = None, outlet: str | None = None
) -> Iterator[Item]:
    """Articles from files, folders (recursively) and `-` (standard input).

    `published` and `outlet` fill in what an item does not say itself. Yields a
    `BadInput` for each item that cannot be read and an `InputWarning` for each oddity.
    """
    defaults = {"published": published, "outlet": outlet}
    for raw_path in paths:
        if str(raw_path) == "-":
            yield from _read_bytes("<stdin>", sys.stdin.buffer.read(), ".txt", defaults)
            continue
        path = Path(raw_path)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES)
            for file in files:
                yield from _read_file(file, defaults)
        elif path.is_file():
            yield from _read_file(path, defaults)
        else:
            yield errors.BadInput(str(path), errors.NOT_FOUND)


def _read_file(path: Path, defaults: dict) -> Iterator[Item]:
    item = str(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if suffix in JSONL_SUFFIXES:
            check_size(item, size, settings.MAX_BATCH_BYTES)
            yield from _read_jsonl(path, defaults)
            return
        check_size(
            item, size, settings.MAX_BATCH_BYTES if suffix in FEED_SUFFIXES else settings.MAX_ARTICLE_BYTES
        )
        raw = path.read_bytes()
    except errors.BadInput as problem:
        yield problem
        return
    except OSError as exc:
        yield errors.BadInput(item, exc.strerror or str(exc))
        return
    yield from _read_bytes(item, raw, suffix, defaults)


def _read_bytes(item: str, raw: bytes, suffix: str, defaults: dict) -> Iterator[Item]:
    try:
        if suffix in FEED_SUFFIXES or (suffix not in KNOWN_SUFFIXES and looks_like_feed(raw)):
            check_size(item, len(raw), settings.MAX_BATCH_BYTES)
            yield from articles_from_feed(raw, item, defaults)
            return
        decoded = decode(item, raw)
        if decoded.warning:
            yield errors.InputWarning(item, decoded.warning)
        check_size(item, len(raw))
        if suffix in HTML_SUFFIXES or (suffix not in KNOWN_SUFFIXES and _looks_like_html(decoded.text)):
            yield article_from_html(decoded.text, source=item, **_given(defaults))
        else:
            if not decoded.text.strip():
                raise errors.BadInput(item, errors.EMPTY_TEXT)
            yield article_from_text(decoded.text, source=item, **_given(defaults))
    except errors.BadInput as problem:
        yield problem


def _read_jsonl(path: Path, defaults: dict) -> Iterator[Item]:
    item = str(path)
    with path.open("rb") as handle:
        yield from articles_from_jsonl(handle, item, defaults)


def _given(defaults: dict) -> dict:
    return {k: v for k, v in defaults.items() if v is not None}


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head
