"""Ingest: plain text, HTML pages, RSS/Atom feeds and JSONL dumps, read into `Article`s."""

from rumourmill.ingest.html import article_from_html
from rumourmill.ingest.reader import read_articles
from rumourmill.ingest.text import article_from_text

__all__ = ["article_from_html", "article_from_text", "read_articles"]
