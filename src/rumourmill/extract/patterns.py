"""Compiled cue lexicons, built once from the files in `lexicons/cues/`.

All patterns run on folded text (lower case, no accents) so that one pattern serves
"Loan", "LOAN" and "loan"; offsets are the same as in the original text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache

from rumourmill.kb.lexicon import cues, positions


def alternation(phrases: list[str]) -> str:
    # Longest first, so "option to buy" wins over "option".
    return "|".join(sorted(phrases, key=len, reverse=True))


#: A phrase starts at a word start: its first character, already consumed, must not follow
#: a word character or a hyphen.
AFTER_WORD_START = r"(?<![\w-].)"
QUANTIFIERS = ("?", "*", "+", "{")


def words_regex(phrases: list[str]) -> re.Pattern[str]:
    """One regex for a list of phrases, laid out as `CueRegex` lays them out."""
    return CueRegex({"phrase": phrases}).pattern


def _nesting(text: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) for each unescaped character from `start`."""
    depth, index = 0, start
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        depth += (char == "(") - (char == ")")
        yield index, char, depth
        index += 1


def _closing(phrase: str, opening: int) -> int:
    """Index of the parenthesis closing the group opened at `opening`."""
    for index, _, depth in _nesting(phrase, opening):
        if depth == 0:
            return index
    raise ValueError(f"unbalanced group in cue phrase {phrase!r}")


def _top_level_split(group: str) -> list[str]:
    """Alternatives of a group body, split at `|` outside nested groups."""
    cuts = [index for index, char, depth in _nesting(group) if char == "|" and depth == 0]
    return [group[a + 1 : b] for a, b in itertools.pairwise([-1, *cuts, len(group)])]


def _head(phrase: str) -> str | None:
    """The literal first character of a phrase ('\\$' for an escaped one), or None."""
    if phrase[:1] == "\\" and phrase[1:2] in ("$", ".", "-"):
        head = phrase[:2]
    elif phrase[:1].isalnum() or phrase[:1] in ("£", "€"):
        head = phrase[:1]
    else:
        return None
    return None if phrase[len(head) : len(head) + 1] in (*QUANTIFIERS, "|") else head


def expand_head(phrase: str, depth: int = 0) -> list[str]:
    """Variants of a cue phrase that each start with a literal character.

    "(?:is|are) keen" becomes "is keen" and "are keen", "(?:a |the )?move to" also gives
    "move to", so that every phrase can sit under its first letter in `CueRegex`'s trie.
    A phrase that cannot be opened up this way is returned as it is.
    """
    if phrase.startswith("\\d") and (phrase[2:3] in ("", "+", " ", "-", "(") or phrase[2:3].isalnum()):
        # "\d+" and "\d" open up into one branch per digit.
        rest = "\\d*" + phrase[3:] if phrase[2:3] == "+" else phrase[2:]
        return [f"{digit}{rest}" for digit in "0123456789"]
    if _head(phrase) or depth > 3 or not phrase.startswith("(?:"):
        return [phrase]
    close = _closing(phrase, 0)
    body, after = phrase[3:close], phrase[close + 1 :]
    optional = after[:1] == "?"
    if after[:1] in QUANTIFIERS and not optional:
        return [phrase]
    after = after[1:] if optional else after
    variants = [alt + after for alt in _top_level_split(body)] + ([after] if optional else [])
    if not all(variants):
        return [phrase]
    return [out for variant in variants for out in expand_head(variant, depth + 1)]


class CueRegex:
    """Many labelled phrases matched in one pass; `label(match)` says which list matched.

    The phrases are laid out as a shallow trie on their first character, without capturing
    groups (which make the engine slow). The pattern then starts with a choice of literal
    characters, so the engine skips ahead to those characters in C and tries one branch at
    each. The label of a match is found afterwards, for the few matches there are.
    """

    def __init__(self, groups: dict[str, list[str]]) -> None:
        self._labels = [
            (label, re.compile(f"(?:{alternation(phrases)})")) for label, phrases in groups.items()
        ]
        buckets: dict[str, list[str]] = {}
        loose: list[str] = []
        for phrases in groups.values():
            for phrase in phrases:
                for variant in expand_head(phrase):
                    head = _head(variant)
                    if head:
                        buckets.setdefault(head, []).append(variant[len(head) :])
                    else:
                        loose.append(variant)
        branches = [
            f"{head}{AFTER_WORD_START}(?:{alternation(sorted(set(rests)))})"
            for head, rests in sorted(buckets.items())
        ]
        if loose:
            branches.append(rf"(?<![\w-])(?=[\w£€$])(?:{alternation(loose)})")
        self.pattern = re.compile("(?:" + "|".join(branches) + ")(?![\\w-])")

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
