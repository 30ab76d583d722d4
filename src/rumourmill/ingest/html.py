"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

import json
import re

import lxml.html
import trafilatura
from lxml.etree import ParserError

from rumourmill import errors
from rumourmill.ingest.dates import parse_date
from rumourmill.models import Article

HAS_WORDS = re.compile(r"[^\W\d_]{2,}")
BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "br", "tr")
PUBLISHED_META = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|datePublished|pubdate|date)["'][^>]*>""",
    re.IGNORECASE,
)
CONTENT_ATTR = re.compile(r"""content=["']([^"']+)["']""", re.IGNORECASE)
JSON_LD = re.compile(r"""<script[^>]+application/ld\+json[^>]*>(.*?)</script>""", re.IGNORECASE | re.DOTALL)


def article_from_html(html: str, source: str | None = None, **meta) -> Article:
    """Main text, title, author, site name and date of a news page."""
    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    data = (
        extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else (extracted or {})
    )
    text = (data.get("text") or "").strip()
    if not HAS_WORDS.search(text):
        raise errors.BadInput(source or "html", errors.NO_HTML_TEXT)
    published = meta.pop("published", None) or _published(html) or _safe_date(data.get("date"))
    return Article(
        text=text,
        title=meta.pop("title", None) or data.get("title"),
        outlet=meta.pop("outlet", None) or data.get("sitename"),
        author=data.get("author"),
        published=published,
        url=meta.pop("url", None) or data.get("url"),
        language=data.get("language") or "en",
        source=source,
    )


def _published(html: str):
    """Publication date from JSON-LD or article meta tags, which are more exact than guesses."""
    for block in JSON_LD.findall(html[:500_000]):
        try:
            found = _find_key(json.loads(block), "datePublished")
        except (json.JSONDecodeError, TypeError):
            continue
        if found:
            return _safe_date(found)
    meta_tag = PUBLISHED_META.search(html[:500_000])
    if meta_tag:
        content = CONTENT_ATTR.search(meta_tag.group(0))
        if content:
            return _safe_date(content.group(1))
    return None


def _find_key(node, key: str):
    if isinstance(node, dict):
        if key in node:
            return node[key]
        children = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        found = _find_key(child, key)
        if found:
            return found
    return None


def _safe_date(value):
    try:
        return parse_date(value)
    except ValueError:
        return None


def fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed entry's content), one paragraph per block element."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for block in root.iter(*BLOCKS):
        block.tail = "\n\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n\n"))
    return "\n\n".join(line for line in lines if line)
