"""The working document the pipeline components annotate, one stage after another."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from rumourmill.extract.patterns import CueIndex, CueMatch, CueRegex, Literals
from rumourmill.kb import KnowledgeBase
from rumourmill.models import Article, Claim, Fact, Mention, Stance


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    heading: bool = False  # a headline or cross-head: no final punctuation, few words
    credit: tuple[str, ...] = ()  # a round-up item's "(Marca via Express)", origin first


@dataclass(slots=True)
class Doc:
    """An article and everything the components have found in it so far."""

    article: Article
    kb: KnowledgeBase
    text: str
    folded: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    stance: list[Stance] = field(default_factory=list)
    stance_sentences: set[int] = field(default_factory=set)  # indexes of the writer's own views
    home: str | None = None  # KB id of the club a fan site calls "we"
    drafts: list = field(default_factory=list)  # claims per sentence, before merging
    _by_sentence: list[list[Mention]] = field(default_factory=list, repr=False)
    _hits: dict[str, dict[int, list[re.Match[str]]]] = field(default_factory=dict, repr=False)
    _spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict, repr=False)
    _index_of: tuple | None = field(default=None, repr=False)  # the mentions and sentences `_by_sentence` is of
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _sentence_index_of: list | None = field(default=None, repr=False)  # the list `_sentence_starts` indexes
    _cue_index: CueIndex | None = field(default=None, repr=False)

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start : sentence.end]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding `offset` (the last one starting at or before it)."""
        if self._sentence_index_of is not self.sentences:
            self._sentence_starts = [s.start for s in self.sentences]
            self._sentence_index_of = self.sentences
        return max(bisect_right(self._sentence_starts, offset) - 1, 0)

    def paragraph_of(self, offset: int) -> int:
        """Number of the paragraph holding `offset`."""
        return self.sentences[self.sentence_of(offset)].paragraph

    @property
    def cue_index(self) -> CueIndex:
        """Where each cue regex may match in the folded text (see `CueIndex`)."""
        if self._cue_index is None:
            self._cue_index = CueIndex(self.folded)
        return self._cue_index

    def cue_matches(self, regex: CueRegex, start: int, end: int) -> Iterator[CueMatch]:
        """Matches of a cue regex in folded[start:end], as `regex.finditer` gives them."""
        return regex.finditer(self.folded, start, end, self.cue_index)

    def cue_search(self, regex: CueRegex, start: int, end: int) -> CueMatch | None:
        """The first match of a cue regex in folded[start:end], as `regex.search` gives it."""
        return regex.search(self.folded, start, end, self.cue_index)

    def matches_by_sentence(self, key: str, regex: re.Pattern[str] | CueRegex) -> dict[int, list]:
        """Matches of `regex` over the whole story, by sentence index; one pass per document."""
        found = self._hits.get(key)
        if found is None:
            found = {}
            body = self.article.body_start
            matches = (
                self.cue_matches(regex, body, len(self.folded))
                if isinstance(regex, CueRegex)
                else regex.finditer(self.folded, body)
            )
            for match in matches:
                found.setdefault(self.sentence_of(match.start()), []).append(match)
            self._hits[key] = found
        return found

    def has_match(self, key: str, regex: re.Pattern[str] | Literals, start: int, end: int) -> bool:
        """Whether `regex` matches inside folded[start:end], from one pass over the document.

        For patterns of whole words, asked about sentences and clauses, whose edges never
        fall inside a word.
        """
        spans = self._spans.get(key)
        if spans is None:
            spans = self._spans[key] = [m.span() for m in regex.finditer(self.folded)]
        at = bisect_left(spans, (start,))
        return at < len(spans) and spans[at][1] <= end

    def mentions_in(self, index: int) -> list[Mention]:
        """Mentions starting inside sentence `index` (mentions must be sorted by start); the
        list is shared, not to be changed."""
        made_of = self._index_of
        if made_of is None or made_of[0] is not self.mentions or made_of[1] is not self.sentences:
            starts = [m.start for m in self.mentions]
            self._by_sentence = [
                self.mentions[bisect_left(starts, s.start) : bisect_left(starts, s.end)] for s in self.sentences
            ]
            self._index_of = (self.mentions, self.sentences)
        return self._by_sentence[index]


def inside_quote(text: str, offset: int) -> bool:
    """Whether `offset` falls inside quoted speech of its paragraph."""
    opening = text.rfind("\n", 0, offset) + 1
    before = text[opening:offset]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")
