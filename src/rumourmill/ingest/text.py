"""Plain-text articles."""

from __future__ import annotations

import re

from rumourmill.ingest.dates import leading_date
from rumourmill.models import Article

#: "As we reported for Empire of the Kop": a site naming itself.
SELF_NAMED = re.compile(
    r"\b(?:we (?:reported|revealed|wrote|told you) (?:for|on|at|here at)|here at|(?:exclusive|exclusively) (?:to|for))\s+"
    r"((?:[A-Z][\w'’.-]*|of|the|dello|della|de|del)(?:\s+(?:[A-Z][\w'’.-]*|of|the|dello|della|de|del)){0,5})"
)


def article_from_text(text: str, source: str | None = None, **meta) -> Article:
    """An `Article` from plain text; a leading date line or dateline gives the date."""
    published, body_start = leading_date(text)
    outlet = meta.pop("outlet", None) or self_named_outlet(text)
    return Article(
        text=text,
        title=meta.pop("title", None),
        outlet=outlet,
        published=meta.pop("published", None) or published,
        source=source,
        body_start=body_start,
        **meta,
    )


def self_named_outlet(text: str) -> str | None:
    """The outlet a text names as its own ("as we reported for Empire of the Kop")."""
    match = SELF_NAMED.search(text[:20_000])
    if not match:
        return None
    words = match.group(1).split()
    while words and words[-1][0].islower():
        words.pop()
    return " ".join(words).rstrip(".,;:'’") or None
