"""Compiled cue lexicons, built once from the files in `lexicons/cues/`.

All patterns run on folded text (lower case, no accents) so that one pattern serves
"Loan", "LOAN" and "loan"; offsets are the same as in the original text.
"""

from __future__ import annotations

import re
from functools import cache

from rumourmill.kb.lexicon import cues, demonyms, positions


def alternation(phrases: list[str]) -> str:
    # Longest first, so "option to buy" wins over "option".
    return "|".join(sorted(phrases, key=len, reverse=True))


def words_regex(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(phrases)})(?![\w-])")


def grouped_regex(groups: dict[str, list[str]]) -> re.Pattern[str]:
    """One regex whose named groups say which list matched (`match.lastgroup`)."""
    parts = [
        f"(?P<{name}>(?<![\\w-])(?:{alternation(phrases)})(?![\\w-]))" for name, phrases in groups.items()
    ]
    return re.compile("|".join(parts))


@cache
def stage_regex() -> re.Pattern[str]:
    data = cues("stages")
    return grouped_regex(data["phrases"])


@cache
def stage_order() -> dict[str, int]:
    data = cues("stages")
    order = {stage: rank for rank, stage in enumerate(data["ladder"])}
    order.update({stage: len(order) + rank for rank, stage in enumerate(data["negative"])})
    return order


@cache
def type_regex() -> re.Pattern[str]:
    return grouped_regex(cues("terms")["type"])


@cache
def duration_regex() -> re.Pattern[str]:
    return grouped_regex(cues("terms")["duration"])


@cache
def hedge_regex() -> re.Pattern[str]:
    return grouped_regex(cues("hedges"))


@cache
def attribution_regexes() -> dict[str, re.Pattern[str]]:
    return {name: words_regex(phrases) for name, phrases in cues("attribution").items()}


@cache
def stance_regexes() -> dict[str, re.Pattern[str]]:
    return {name: words_regex(phrases) for name, phrases in cues("stance").items()}


@cache
def demonym_regex() -> re.Pattern[str]:
    return re.compile(rf"\bthe ({alternation([re.escape(d) for d in demonyms()])})\b")


@cache
def position_words() -> str:
    return alternation([re.escape(p) for p in positions()])


NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "a dozen": 12,
    "dozen": 12,
    "twenty-four": 24,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}
NUMBER = r"(?:\d{1,3}|" + alternation([re.escape(w) for w in NUMBER_WORDS]) + ")"


def number_value(text: str) -> int | None:
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)
