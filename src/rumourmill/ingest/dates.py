"""Publication dates from metadata strings and datelines."""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as date_parser

from rumourmill import errors

#: "date 2025-12-23" as the first line of a plain-text article.
DATE_LINE = re.compile(r"\A\s*date[:\s]+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
#: A dateline or byline date: "LONDON, 23 December 2025 -", "Published: Dec 23, 2025 14:05".
DATELINE = re.compile(
    r"\A\s*(?:(?:published|updated|posted)[:\s]+|[A-Z][A-Z .'-]{2,30},\s*)?"
    r"((?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})|(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{4}-\d{2}-\d{2}))",
)


def parse_date(value: str | date | datetime | None) -> date | None:
    """A date from any common written form; None for None or ''. Raises on nonsense."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date_parser.parse(str(value), dayfirst=False, fuzzy=False).date()
    except (ValueError, OverflowError) as exc:
        raise ValueError(errors.BAD_DATE.format(value=value)) from exc


def leading_date(text: str) -> tuple[date | None, int]:
    """The publication date given at the top of a text, and where the story starts after it."""
    match = DATE_LINE.match(text)
    if match:
        line_end = text.find("\n", match.end())
        return date.fromisoformat(match.group(1)), (len(text) if line_end < 0 else line_end + 1)
    first_line = text.lstrip()[:120]
    match = DATELINE.match(first_line)
    if match:
        try:
            return parse_date(match.group(1)), 0
        except ValueError:
            return None, 0
    return None, 0
