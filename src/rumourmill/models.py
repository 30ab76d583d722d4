"""Plain, immutable data objects passed between rumourmill's stages.

Each stage takes and returns these objects only, so any stage can be run, tested and replaced
alone. Character offsets always index into `Article.text`.

`Span`, `Ref` and `Mention` are made by the hundred for every article, and a frozen dataclass
takes five times as long to make: they are left unfrozen (hashable all the same), and no stage
changes one once made.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

ENTITY_KINDS = ("player", "club", "person", "outlet", "competition")
CLAIM_TYPES = (
    "loan",
    "loan_with_option",
    "loan_with_obligation",
    "permanent",
    "extension",
    "release",
    "unknown",
)
STAGES = ("interest", "talks", "bid", "agreed", "completed", "collapsed", "rejected", "denied")
#: The stages that end a thread rather than move it forward.
NEGATIVE_STAGES = ("collapsed", "rejected", "denied")
TENSES = ("prospective", "completed")


@dataclass(frozen=True, slots=True)
class Article:
    """One piece of news, normalised from whatever format it came in."""

    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    language: str = "en"
    source: str | None = None  # file path or "file.jsonl:12", for messages
    credit: str | None = None  # the report a summary is credited to, e.g. a gossip item's "(Sun)"
    body_start: int = 0  # where the story starts in `text` (after a date/caption line)
    _id: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def id(self) -> str:
        """Stable id: the same story from the same place always gets the same id.

        A hash of the whole text, asked for once per stored row: made on first use and kept.
        """
        if self._id is None:
            digest = hashlib.sha1()
            digest.update((self.url or "").encode())
            digest.update(b"\0")
            digest.update((self.title or "").encode())
            digest.update(b"\0")
            digest.update(self.text.encode("utf-8", "surrogatepass"))
            object.__setattr__(self, "_id", digest.hexdigest()[:16])
        return self._id


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see the module's docstring
class Span:
    """A stretch of the article text that supports an output."""

    text: str
    start: int
    end: int


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see the module's docstring
class Ref:
    """A pointer to a knowledge-base entity; `id` is None for names the KB does not know."""

    id: str | None
    name: str

    def same_as(self, other: Ref | None) -> bool:
        """The same entity: the same KB id, or for names the KB does not know, the same name."""
        return other is not None and self.id == other.id and (self.id is not None or self.name == other.name)


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see the module's docstring
class Mention:
    """One place where the text names an entity, and how it was recognised."""

    start: int
    end: int
    text: str
    kind: str
    ref: Ref | None = None
    how: str = "alias"  # alias | nickname | surname | descriptor | possessive | unknown_name
    candidates: tuple[str, ...] = ()  # KB ids the surface form could mean, before resolution

    def resolved(self, ref: Ref, kind: str | None = None) -> Mention:
        """This mention pointing at `ref` (a direct copy: resolution makes thousands)."""
        return Mention(self.start, self.end, self.text, kind or self.kind, ref, self.how, self.candidates)


@dataclass(frozen=True, slots=True)
class Entity:
    """An entity the article talks about, with every mention of it."""

    kind: str
    ref: Ref
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Fee:
    amount: int
    currency: str  # ISO 4217
    add_ons: int | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    """Who said something: an outlet, a journalist, a person quoted, or unnamed reports."""

    name: str
    kind: str  # outlet | journalist | person | unnamed | club


@dataclass(frozen=True, slots=True)
class Claim:
    """A reported (or asserted) transfer of one player to one club."""

    player: Ref
    from_club: Ref | None
    to_club: Ref | None
    type: str
    stage: str
    tense: str
    window: str | None
    duration_months: int | None
    fee: Fee | None
    origin: Source | None
    via: tuple[str, ...]
    hedged: bool
    certainty: float
    evidence: Span


@dataclass(frozen=True, slots=True)
class Fact:
    """Context the article states: injuries, availability, appearances, age, shirt number…"""

    kind: str
    subject: Ref
    value: dict
    evidence: Span


@dataclass(frozen=True, slots=True)
class Stance:
    """The writer's own view, kept apart from the claims the article reports."""

    about: Ref | None  # the player the view is about, when one is clear
    view: str  # unlikely | likely | against | for
    evidence: Span


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    facts: tuple[Fact, ...] = ()
    stance: tuple[Stance, ...] = ()
