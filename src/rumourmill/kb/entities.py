"""The knowledge base's plain records."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class KBEntity:
    """One club, player, person, outlet or competition.

    `attrs` holds kind-specific facts: a club's `country`, `league`, `stadium`, `coach`; a
    player's `club`, `clubs`, `position`, `birth_date`, `nationality`; an outlet's `tier`,
    `country`, `language`; a person's `role`, `club`, `nationality`.
    """

    id: str
    kind: str
    name: str
    attrs: dict = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Alias:
    """A surface form of an entity.

    `how` says what sort of name it is, which decides how strictly it must be matched:
    `name` and `alias` match as written; `nickname` and `stadium` are metonyms ("the Reds",
    "Anfield"); `metonym` is a generated phrase ("the Merseyside club").
    """

    text: str
    entity_id: str
    how: str = "alias"
