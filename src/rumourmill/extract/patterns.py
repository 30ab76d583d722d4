"""Compiled cue lexicons, built once from the files in `lexicons/cues/`.

All patterns run on folded text (lower case, no accents) so that one pattern serves
"Loan", "LOAN" and "loan"; offsets are the same as in the original text.
"""

from __future__ import annotations

import re
from functools import cache

from rumourmill.kb.lexicon import cues, positions


def alternation(phrases: list[str]) -> str:
    # Longest first, so "option to buy" wins over "option".
    return "|".join(sorted(phrases, key=len, reverse=True))


#: Phrases start at a word start: checking that once, before the alternation, lets the
#: regex engine pass over the middle of words quickly.
WORD_START = r"(?<![\w-])(?=[\w£€$])"


def words_regex(phrases: list[str]) -> re.Pattern[str]:
    """One regex for a list of phrases, laid out as `CueRegex` lays them out."""
    return CueRegex({"phrase": phrases}).pattern


class CueRegex:
    """Many labelled phrases matched in one pass; `label(match)` says which list matched.

    The phrases are laid out as a shallow trie on their first letter, without capturing
    groups (which make the engine slow), so at each word start only a few branches are
    tried. The label of a match is found afterwards, for the few matches there are.
    """

    def __init__(self, groups: dict[str, list[str]]) -> None:
        self._labels = [
            (label, re.compile(f"(?:{alternation(phrases)})")) for label, phrases in groups.items()
        ]
        buckets: dict[str, list[str]] = {}
        loose: list[str] = []
        for phrases in groups.values():
            for phrase in phrases:
                first, rest = phrase[:1], phrase[1:]
                if first.isalnum() and rest[:1] not in ("?", "*", "+", "{", "|"):
                    buckets.setdefault(first, []).append(rest)
                else:
                    loose.append(phrase)
        branches = [f"{re.escape(first)}(?:{alternation(rests)})" for first, rests in sorted(buckets.items())]
        branches.append(alternation(loose)) if loose else None
        self.pattern = re.compile(WORD_START + "(?:" + "|".join(branches) + ")(?![\\w-])")

    def finditer(self, text: str, pos: int = 0):
        return self.pattern.finditer(text, pos)

    def label(self, match: re.Match[str]) -> str:
        found = match.group(0)
        return next((label for label, regex in self._labels if regex.fullmatch(found)), self._labels[0][0])


@cache
def stage_regex() -> re.Pattern[str]:
    data = cues("stages")
    return CueRegex(data["phrases"])


@cache
def stage_order() -> dict[str, int]:
    data = cues("stages")
    order = {stage: rank for rank, stage in enumerate(data["ladder"])}
    order.update({stage: len(order) + rank for rank, stage in enumerate(data["negative"])})
    return order


@cache
def type_regex() -> re.Pattern[str]:
    return CueRegex(cues("terms")["type"])


@cache
def duration_regex() -> re.Pattern[str]:
    return CueRegex(cues("terms")["duration"])


@cache
def hedge_regex() -> re.Pattern[str]:
    return CueRegex(cues("hedges"))


@cache
def attribution_regexes() -> dict[str, re.Pattern[str]]:
    return {name: words_regex(phrases) for name, phrases in cues("attribution").items()}


@cache
def stance_regexes() -> dict[str, re.Pattern[str]]:
    return {name: words_regex(phrases) for name, phrases in cues("stance").items()}


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
