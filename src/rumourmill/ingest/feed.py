"""RSS and Atom feeds: one article per entry."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import feedparser

from rumourmill import errors
from rumourmill.ingest.html import fragment_text
from rumourmill.models import Article


def articles_from_feed(raw: bytes, source: str, defaults: dict) -> Iterator[Article | errors.BadInput]:
    parsed = feedparser.parse(raw)
    if parsed.bozo and not parsed.entries:
        detail = str(getattr(parsed, "bozo_exception", "unreadable"))[:120]
        yield errors.BadInput(source, errors.BAD_FEED.format(detail=detail))
        return
    outlet = defaults.get("outlet") or parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        item = f"{source}#{number}"
        html = _entry_html(entry)
        text = (fragment_text(html) if "<" in html else html).strip()
        if not text:
            yield errors.BadInput(item, errors.EMPTY_TEXT)
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime(*stamp[:6], tzinfo=UTC).date() if stamp else defaults.get("published")
        yield Article(
            text=text,
            title=entry.get("title"),
            outlet=outlet,
            author=entry.get("author"),
            published=published,
            url=entry.get("link"),
            language=(parsed.feed.get("language") or "en")[:2],
            source=item,
        )


def _entry_html(entry) -> str:
    for content in entry.get("content", []) or []:
        if content.get("value"):
            return content["value"]
    return entry.get("summary") or entry.get("description") or ""


def looks_like_feed(head: bytes) -> bool:
    sample = head[:2048].lower()
    return b"<rss" in sample or b"<feed" in sample or b"<rdf:rdf" in sample
