"""Annotated articles (see corpus/ANNOTATION.md) read from JSONL."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rumourmill.errors import RumourmillError
from rumourmill.ingest import article_from_text
from rumourmill.ingest.dates import parse_date
from rumourmill.models import Article


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    shape: str
    article: Article
    claims: tuple[dict, ...]
    entities: tuple[dict, ...]


def read_gold(path: str | Path) -> list[GoldArticle]:
    path = Path(path)
    if not path.is_file():
        raise RumourmillError(f"{path}: no such gold file")
    gold = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            article = article_from_text(
                record["text"],
                source=f"{path}:{number}",
                title=record.get("title"),
                outlet=record.get("outlet"),
                published=parse_date(record.get("published")),
            )
        except (json.JSONDecodeError, KeyError, ValueError) as exc:
            raise RumourmillError(f"{path}:{number}: not a gold article ({exc})") from exc
        gold.append(
            GoldArticle(
                id=record.get("id", f"{path.name}:{number}"),
                shape=record.get("shape", "single"),
                article=article,
                claims=tuple(record.get("claims", [])),
                entities=tuple(record.get("entities", [])),
            )
        )
    return gold
