"""All aliases of the KB found in one pass over a text (Aho-Corasick on folded text)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

import ahocorasick

from rumourmill.kb.entities import Alias
from rumourmill.kb.names import alias_key, fold

#: Words after a bare nickname that show it names a club: "Reds boss", "Gunners fans".
CLUB_FOLLOWERS = frozenset(
    [
        "boss",
        "manager",
        "coach",
        "chief",
        "chiefs",
        "fans",
        "supporters",
        "star",
        "stars",
        "defender",
        "midfielder",
        "winger",
        "striker",
        "forward",
        "keeper",
        "goalkeeper",
        "captain",
        "board",
        "hierarchy",
        "owners",
        "squad",
        "academy",
        "head",
        "director",
        "legend",
        "favourite",
        "target",
        "targets",
        "outcast",
        "flop",
        "ace",
        "hero's",
    ]
)


class Hit(NamedTuple):
    """One alias found in the text; several entities may share the surface form.

    (A named tuple: an article yields dozens, and a frozen dataclass takes five times as long
    to make.)
    """

    start: int
    end: int
    entity_ids: tuple[str, ...]
    hows: tuple[str, ...]


class AliasMatcher:
    """Finds every alias in a text at once, then keeps the longest non-overlapping hits.

    Matching is on folded text (lower case, accents stripped), so "Gyokeres" finds
    "Gyökeres"; the original text then decides by case: names must be capitalised, short
    all-capital aliases ("OM", "AS") must match exactly, and a bare nickname must read as
    one ("the Reds", "Reds boss"), not as a common word ("reds and yellows").
    """

    def __init__(self, aliases: Iterable[Alias]) -> None:
        grouped: dict[str, dict[str, set[str]]] = {}
        surface: dict[str, str] = {}
        for alias in aliases:
            key = alias_key(alias.text)
            if len(key) < 2 or (len(key) == 2 and not alias.text.isupper()):
                continue  # two letters are a name only as an acronym ("OM", "AZ")
            grouped.setdefault(key, {}).setdefault(alias.entity_id, set()).add(alias.how)
            surface.setdefault(key, alias.text.removeprefix("the ").removeprefix("The "))
        self._automaton = ahocorasick.Automaton()
        for key, by_entity in grouped.items():
            ids = tuple(by_entity)
            # The strictest reading wins: a form that is a name for anyone matches as a name.
            hows = tuple(loosest(by_entity[i]) for i in ids)
            nickname_only = all(h == "nickname" for h in hows)
            self._automaton.add_word(key, (len(key), ids, hows, _case_rule(surface[key]), nickname_only))
        if grouped:
            self._automaton.make_automaton()
        self._empty = not grouped

    def __len__(self) -> int:
        return len(self._automaton)

    def ids(self, key: str) -> tuple[str, ...]:
        """Entities an alias key (see `alias_key`) names, or ()."""
        if self._empty:
            return ()
        value = self._automaton.get(key, None)
        return value[1] if value else ()

    def items(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        """Every alias key with the entities it names."""
        if self._empty:
            return iter(())
        return ((key, value[1]) for key, value in self._automaton.items())

    def find(self, text: str, folded: str | None = None, start: int = 0) -> list[Hit]:
        """Hits in `text` from offset `start`; pass `folded` (= `fold(text)`) if you have it."""
        if self._empty:
            return []
        if folded is None:
            folded = fold(text)
        candidates = []
        size = len(folded)
        for end_index, (length, ids, hows, case_rule, nickname_only) in self._automaton.iter(folded, start):
            begin = end_index + 1 - length
            if begin > 0 and folded[begin - 1].isalnum():
                continue  # the tail of a longer word ("ars" of "wars")
            end = end_index + 1
            if end < size and folded[end].isalnum():
                continue
            if case_rule != "any" and not _case_ok(text, begin, end, case_rule):
                continue
            if (
                nickname_only
                and not _reads_as_nickname(folded, begin, end)
                and not _proper_name(text, begin, end)
            ):
                continue
            candidates.append((begin, end, ids, hows))
        return _longest_first(candidates)


def loosest(hows: Iterable[str]) -> str:
    """The most name-like of the ways a form names its entities (a name beats a nickname)."""
    hows = tuple(hows)
    for how in ("name", "alias", "metonym", "stadium", "nickname"):
        if how in hows:
            return how
    return next(iter(hows))


def _case_rule(surface: str) -> str:
    letters = [c for c in surface if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 4:
        return "exact"
    if surface[:1].isupper() or surface[:1].isdigit():
        return "capital"
    return "any"


def _case_ok(text: str, start: int, end: int, rule: str) -> bool:
    if rule == "any":
        return True
    span = text[start:end]
    if rule == "exact":
        return all(c.isupper() for c in span if c.isalpha())
    return span[:1].isupper() or span[:1].isdigit()


def _proper_name(text: str, start: int, end: int) -> bool:
    """ "Goodison Park", "Theatre of Dreams": a nickname of several capitalised words is a name."""
    words = text[start:end].split()
    return len(words) > 1 and all(w[:1].isupper() for w in words if len(w) > 2)


def _reads_as_nickname(folded: str, start: int, end: int) -> bool:
    before = folded[max(0, start - 4) : start]
    if before == "the ":
        return True
    if start == 0 or folded[start - 1] == "\n" or folded[max(0, start - 2) : start] == ": ":
        return True  # a headline opening with it: "Eagles agree Vitale loan"

    after = folded[end : end + 20].lstrip("'’s ").split(" ", 1)[0].strip(",.;:")
    return folded[end : end + 1] == "'" or after in CLUB_FOLLOWERS


def _longest_first(candidates: list[tuple[int, int, tuple[str, ...], tuple[str, ...]]]) -> list[Hit]:
    """Non-overlapping hits, the longer of two overlapping ones kept ("AC Milan" over "Milan")."""
    candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
    kept: list[tuple[int, int, tuple[str, ...], tuple[str, ...]]] = []
    for candidate in candidates:
        if kept and candidate[0] < kept[-1][1]:
            if candidate[1] - candidate[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = candidate
            continue
        kept.append(candidate)
    return [Hit._make(candidate) for candidate in kept]
