"""JSON Lines dumps: one article per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from rumourmill import errors
from rumourmill.ingest.dates import parse_date
from rumourmill.ingest.text import article_from_text
from rumourmill.models import Article

#: Accepted names of each field, first found wins.
FIELDS = {
    "text": ("text", "body", "content"),
    "title": ("title", "headline"),
    "published": ("published", "date", "published_at", "pubDate"),
    "outlet": ("outlet", "source", "site", "sitename"),
    "url": ("url", "link", "source_url"),
    "credit": ("credited_to", "credit"),
    "author": ("author",),
    "language": ("language", "lang"),
}


def articles_from_jsonl(
    lines: Iterable[bytes], source: str, defaults: dict
) -> Iterator[Article | errors.BadInput]:
    """Each good line as an `Article`; each bad one as a `BadInput` naming its line number."""
    for number, raw in enumerate(lines, start=1):
        item = f"{source}:{number}"
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            yield errors.BadInput(item, errors.LINE_NOT_UTF8)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield errors.BadInput(item, errors.BAD_JSON.format(detail=exc.msg))
            continue
        if not isinstance(record, dict):
            yield errors.BadInput(item, errors.BAD_JSON_ITEM)
            continue
        values = {
            name: next((record[k] for k in keys if record.get(k)), None) for name, keys in FIELDS.items()
        }
        if not isinstance(values["text"], str) or not values["text"].strip():
            yield errors.BadInput(item, errors.BAD_JSON_ITEM)
            continue
        try:
            published = parse_date(values["published"]) or defaults.get("published")
        except ValueError as exc:
            yield errors.BadInput(item, str(exc))
            continue
        yield article_from_text(
            values["text"],
            source=f"{item}" if not record.get("id") else f"{item} ({record['id']})",
            title=values["title"],
            outlet=values["outlet"] or defaults.get("outlet"),
            published=published,
            url=values["url"],
            credit=values["credit"],
            author=values["author"],
            language=values["language"] or "en",
        )
