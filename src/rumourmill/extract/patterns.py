"""Compiled cue lexicons, built once from the files in `lexicons/cues/`.

All patterns run on folded text (lower case, no accents) so that one pattern serves
"Loan", "LOAN" and "loan"; offsets are the same as in the original text.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache, cached_property
from typing import ClassVar

import ahocorasick

from rumourmill.kb.lexicon import cues, positions


def alternation(phrases: list[str]) -> str:
    # Longest first, so "option to buy" wins over "option".
    return "|".join(sorted(phrases, key=len, reverse=True))


QUANTIFIERS = ("?", "*", "+", "{")


def words_regex(phrases: list[str]) -> CueRegex:
    """One matcher for a list of phrases, laid out as `CueRegex` lays them out."""
    return CueRegex({"phrase": phrases})


def at_word_start(alternatives: list[str]) -> str:
    r"""`\b(?:we|our|us)` written so that the regex engine scans it fast.

    A pattern that opens with `\b` or a look-behind is tried at every position of the text;
    one whose every branch opens with a literal letter lets the engine skip, in C, to where
    those letters are (ten times faster on a whole article). So each branch opens with its
    first letter and checks the word start right after it. Alternatives are regex fragments
    opening with a plain letter.
    """
    by_head: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not alternative[:1].isalpha():
            raise ValueError(f"{alternative!r} does not open with a letter")
        by_head.setdefault(alternative[0], []).append(alternative[1:])
    return (
        "(?:"
        + "|".join(f"{head}(?<!\\w{head})(?:{alternation(rests)})" for head, rests in by_head.items())
        + ")"
    )


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


LITERAL_END = frozenset("()[]\\?*+{|.^$")


def _literal_prefix(phrase: str) -> tuple[str, str]:
    """A phrase cut where its plain letters end: "interest(?:ed)? in" -> ("interest", "(?:ed)? in")."""
    cut = 0
    while cut < len(phrase) and phrase[cut] not in LITERAL_END:
        cut += 1
    if 0 < cut < len(phrase) and phrase[cut] in QUANTIFIERS:
        cut -= 1  # "moves?": the "s" belongs to the quantifier
    return phrase[:cut], phrase[cut:]


def prefix_tree(phrases: list[str]) -> str:
    """The alternation of `phrases`, factored by shared leading letters.

    Where the phrases under a letter all go on with more letters, the regex branches on the
    next letter, so the engine tries one branch instead of every phrase. Where one of them
    ends or turns into regex syntax, the rest are written out longest first, just as a flat
    alternation orders them, so what matches is exactly what the flat alternation matches.
    """

    def emit(items: list[tuple[str, str, int]]) -> str:
        if len(items) == 1 or any(not letters for letters, _, _ in items):
            flat = sorted(
                {(re.escape(letters) + rest, size) for letters, rest, size in items}, key=_longest_first
            )
            return "(?:" + "|".join(pattern for pattern, _ in flat) + ")"
        by_letter: dict[str, list[tuple[str, str, int]]] = {}
        for letters, rest, size in items:
            by_letter.setdefault(letters[0], []).append((letters[1:], rest, size))
        return "(?:" + "|".join(re.escape(c) + emit(group) for c, group in sorted(by_letter.items())) + ")"

    return emit([(*_literal_prefix(phrase), len(phrase)) for phrase in set(phrases)])


def _longest_first(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


class CueMatch:
    """Where a cue phrase matched; answers like `re.Match` for the calls the pipeline makes."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self, index: int = 0) -> str:
        if index:
            raise IndexError("cue matches have no groups")
        return self._text


class Literals:
    r"""`re.compile("word|other word")` found by `str.find`, optionally with `\b` after the
    words (`word_end`) and a look-behind for a word character before them (`word_start`).

    The regex engine tries an alternation at every character that could open it (a few tens
    of nanoseconds each); `str.find` skips through a text a hundred times faster. Matches are
    the ones `finditer` would give: leftmost first, the earlier word where two start at the
    same place, none overlapping. Words open and end with a letter.
    """

    __slots__ = ("_word_end", "_word_start", "_words")

    def __init__(self, words: list[str], word_end: bool = False, word_start: bool = False) -> None:
        self._words = list(words)
        self._word_end = word_end
        self._word_start = word_start

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[CueMatch]:
        end = len(text) if endpos is None else min(endpos, len(text))
        found = []
        for rank, word in enumerate(self._words):
            at = text.find(word, pos, end)
            while at != -1:
                if self._bounded(text, at, at + len(word), end):
                    found.append((at, rank, at + len(word)))
                at = text.find(word, at + 1, end)
        found.sort()
        cursor = pos
        for start, _, stop in found:
            if start >= cursor:
                yield CueMatch(start, stop, text[start:stop])
                cursor = stop

    def _bounded(self, text: str, start: int, stop: int, end: int) -> bool:
        """Whether text[start:stop] stands at the word edges asked for (`end`: where the text stops)."""
        return (not self._word_end or stop == end or not _is_word_char(text[stop])) and (
            not self._word_start or not start or not _is_word_char(text[start - 1])
        )

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> CueMatch | None:
        """The first match: the leftmost place any word is found, which nothing can overlap."""
        end = len(text) if endpos is None else min(endpos, len(text))
        first: tuple[int, int, int] | None = None
        for rank, word in enumerate(self._words):
            at = text.find(word, pos, end)
            while at != -1 and (first is None or at < first[0]):
                if self._bounded(text, at, at + len(word), end):
                    first = (at, rank, at + len(word))
                    break
                at = text.find(word, at + 1, end)
        return CueMatch(first[0], first[2], text[first[0] : first[2]]) if first else None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `\w` means in a str pattern


class CueRegex:
    """Many labelled phrases matched in one pass; `label(match)` says which list matched.

    Speed matters here: these run over every sentence of every article. The pattern opens
    with the character before the phrase, which must not be a letter, digit or hyphen;
    being a plain character class, it lets the engine skip through words in C and try the
    phrases only where a word starts. The phrases sit under their first letter and then in
    a `prefix_tree`, with no capturing groups (which make the engine slow). The label of a
    match is found afterwards, for the few matches there are.
    """

    #: every cue regex whose matches `CueIndex` can find, in the order they were made
    indexed: ClassVar[list[CueRegex]] = []

    def __init__(self, groups: dict[str, list[str]]) -> None:
        self._groups = groups
        self._label_of: dict[str, str] = {}
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
        branches = [f"{head}{prefix_tree(rests)}" for head, rests in sorted(buckets.items())]
        if loose:
            branches.append(rf"(?=[\w£€$])(?:{alternation(loose)})")
        self._body = "(?:" + "|".join(branches) + ")(?![\\w-])"
        self._at_start = re.compile(self._body)
        anchors = [_anchors(v) for phrases in groups.values() for p in phrases for v in expand_head(p)]
        #: the plain letters some phrase opens with, one of which starts every match (None when
        #: a phrase opens with regex syntax): what `CueIndex` looks for
        self.anchors: frozenset[str] | None = (
            None if None in anchors else _shortest(a for found in anchors for a in found or ())
        )
        #: where this regex is in `indexed` (None: not indexed)
        self.number: int | None = None
        if self.anchors is not None:
            self.number = len(CueRegex.indexed)
            CueRegex.indexed.append(self)

    # Compiling a long cue list takes a good part of a second: the forms only some texts need
    # are compiled when first asked for.
    @cached_property
    def _after_boundary(self) -> re.Pattern[str]:
        """The phrases with the character before them, to scan texts that have no `CueIndex`."""
        return re.compile(r"[^\w-]" + self._body)

    @cached_property
    def _labels(self) -> list[tuple[str, re.Pattern[str]]]:
        return [(label, re.compile(f"(?:{alternation(p)})")) for label, p in self._groups.items()]

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None, index: CueIndex | None = None
    ) -> Iterator[CueMatch]:
        """Matches in text[pos:endpos], as `re.Pattern.finditer` would give them; `index`, made
        for `text`, says where they may start."""
        end = len(text) if endpos is None else endpos
        if pos >= end:
            return
        if pos == 0:
            first = self._at_start.match(text, 0, end)
            if first:
                yield CueMatch(0, first.end(), first.group())
                pos = first.end()
        starts = index.starts(self) if index is not None and index.text is text else None
        if starts is None:
            for match in self._after_boundary.finditer(text, max(pos - 1, 0), end):
                if match.start() + 1 >= pos:
                    yield CueMatch(match.start() + 1, match.end(), match.group()[1:])
            return
        # the same matches, tried only where an anchor opens a word
        for start in starts[bisect_left(starts, max(pos, 1)) :]:
            if start >= end:
                return
            if start < pos:
                continue
            match = self._at_start.match(text, start, end)
            if match:
                yield CueMatch(start, match.end(), match.group())
                pos = match.end() + 1  # the character before the next match is not this one's

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None, index: CueIndex | None = None
    ) -> CueMatch | None:
        return next(self.finditer(text, pos, endpos, index), None)

    def label(self, match: CueMatch) -> str:
        found = match.group(0)
        label = self._label_of.get(found)
        if label is None:
            # the same few phrases come back in every article: each is labelled once
            label = next((name for name, regex in self._labels if regex.fullmatch(found)), self._labels[0][0])
            if len(self._label_of) < 100_000:
                self._label_of[found] = label
        return label


def _anchors(variant: str, depth: int = 0) -> list[str] | None:
    """Plain letters one of which every match of a phrase variant opens with: "interest" of
    "interest(?:ed)? in", "not" of "(?<!do )not …", "the deal" and "the move" of
    "the (?:deal|move)"; None when the variant opens with regex syntax."""
    if depth == 0 and len(_top_level_split(variant)) > 1:
        return None  # (the variants made below are one alternative each by construction)
    rest = variant
    while rest.startswith("(?<"):  # a look-behind matches no characters
        rest = rest[_closing(rest, 0) + 1 :]
    raw_head = ""
    if rest[:1] == "\\" and rest[1:2] in ("$", ".", "-"):
        raw_head, rest = rest[:2], rest[2:]
        if rest[:1] in QUANTIFIERS:
            return None
    letters, after = _literal_prefix(rest)
    anchor = raw_head[1:] + letters
    if not anchor:
        return None
    if depth >= 3 or not after.startswith("(?:"):
        return [anchor]
    # a group right after the letters: its alternatives make longer anchors ("the " would
    # open a match attempt at every "the" of the story)
    close = _closing(after, 0)
    body, tail = after[3:close], after[close + 1 :]
    options = _top_level_split(body)
    if tail[:1] == "?" and tail[1:2] not in ("?", "+"):
        tail, options = tail[1:], [*options, ""]
    elif tail[:1] in QUANTIFIERS:
        return [anchor]
    longer: list[str] = []
    for option in options:
        found = _anchors(raw_head + letters + option + tail, depth + 1)
        if found is None:
            return [anchor]
        longer += found
    return longer if len(longer) <= 128 else [anchor]


def _shortest(anchors: Iterable[str]) -> frozenset[str]:
    """The anchors no shorter one opens: "interest from" adds nothing to "interest", for
    wherever it is, so is the shorter."""
    kept: list[str] = []
    for anchor in sorted(set(anchors)):  # an anchor sorts right after the shorter ones it extends
        if not kept or not anchor.startswith(kept[-1]):
            kept.append(anchor)
    return frozenset(kept)


class CueIndex:
    """Where each cue regex may match in one text, from one Aho-Corasick pass for all of them.

    A cue regex tried at every word start costs about a tenth of a millisecond per article;
    a dozen of them run over every article. Every match opens with one of its regex's
    anchors at a word start, so one pass over the text for the anchors of all of them says
    where each can match, and the regex is tried only there.
    """

    _automaton: ClassVar[tuple[int, ahocorasick.Automaton | None] | None] = None

    def __init__(self, text: str) -> None:
        self.text = text
        automaton = self._anchor_automaton()
        self._count = len(CueRegex.indexed)
        found: list[list[int]] = [[] for _ in range(self._count)]
        for last, (length, numbers) in automaton.iter(text) if automaton is not None else ():
            start = last - length + 1
            if start:
                before = text[start - 1]
                if before.isalnum() or before == "_" or before == "-":  # `_is_word_char` or a hyphen, inlined
                    continue  # inside a word: no phrase starts there
            for number in numbers:
                found[number].append(start)
        self._starts = [sorted(set(starts)) if len(starts) > 1 else starts for starts in found]

    def starts(self, regex: CueRegex) -> list[int] | None:
        """Sorted word starts where `regex` may match; None for a regex this index does not know."""
        number = regex.number
        return self._starts[number] if number is not None and number < self._count else None

    @classmethod
    def _anchor_automaton(cls) -> ahocorasick.Automaton | None:
        """One automaton for the anchors of every indexed cue regex, remade when one is added."""
        if cls._automaton is None:
            all_cue_regexes()  # made now, so that the first story's index knows them all
        if cls._automaton is None or cls._automaton[0] != len(CueRegex.indexed):
            numbers: dict[str, list[int]] = {}
            for regex in CueRegex.indexed:
                for anchor in regex.anchors or ():
                    numbers.setdefault(anchor, []).append(regex.number)
            automaton = ahocorasick.Automaton() if numbers else None
            for anchor, owners in numbers.items():
                automaton.add_word(anchor, (len(anchor), tuple(owners)))
            if automaton is not None:
                automaton.make_automaton()
            cls._automaton = (len(CueRegex.indexed), automaton)
        return cls._automaton[1]


def all_cue_regexes() -> list[CueRegex]:
    """The cue regexes of the lexicon files (the components add a few of their own)."""
    return [
        stage_regex(),
        type_regex(),
        duration_regex(),
        hedge_regex(),
        *attribution_regexes().values(),
        *stance_regexes().values(),
    ]


@cache
def stage_regex() -> CueRegex:
    data = cues("stages")
    return CueRegex(data["phrases"])


@cache
def stage_order() -> dict[str, int]:
    data = cues("stages")
    order = {stage: rank for rank, stage in enumerate(data["ladder"])}
    order.update({stage: len(order) + rank for rank, stage in enumerate(data["negative"])})
    return order


@cache
def type_regex() -> CueRegex:
    return CueRegex(cues("terms")["type"])


@cache
def duration_regex() -> CueRegex:
    return CueRegex(cues("terms")["duration"])


@cache
def hedge_regex() -> CueRegex:
    return CueRegex(cues("hedges"))


@cache
def attribution_regexes() -> dict[str, CueRegex]:
    return {name: words_regex(phrases) for name, phrases in cues("attribution").items()}


@cache
def stance_regexes() -> dict[str, CueRegex]:
    return {name: words_regex(phrases) for name, phrases in cues("stance").items()}


@cache
def position_words() -> str:
    return prefix_tree([re.escape(p) for p in positions()])


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
