"""The working document the pipeline components annotate, one stage after another."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    drafts: list = field(default_factory=list)  # claims per sentence, before merging
    notes: list[str] = field(default_factory=list)

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start : sentence.end]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding `offset` (binary search over sentence starts)."""
        low, high = 0, len(self.sentences) - 1
        while low < high:
            mid = (low + high + 1) // 2
            if self.sentences[mid].start <= offset:
                low = mid
            else:
                high = mid - 1
        return low

    def mentions_in(self, index: int) -> list[Mention]:
        sentence = self.sentences[index]
        return [m for m in self.mentions if sentence.start <= m.start < sentence.end]
