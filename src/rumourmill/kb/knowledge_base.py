"""The knowledge base as the pipeline uses it: entities, their names, and fast look-ups."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from rumourmill import settings
from rumourmill.kb import importer, lexicon, store
from rumourmill.kb.entities import Alias, KBEntity
from rumourmill.kb.matcher import AliasMatcher, Hit
from rumourmill.kb.names import alias_key, fold

#: Particles that belong to a surname: "van Dijk", "De Bruyne", "dos Santos".
SURNAME_PARTICLES = frozenset(
    ["van", "von", "der", "den", "de", "da", "das", "do", "dos", "di", "del", "della", "le", "la", "ter", "ten", "mac", "mc", "al", "el", "bin"]
)


@dataclass(frozen=True, slots=True)
class SearchResult:
    entity: KBEntity
    matched: str
    score: float


class KnowledgeBase:
    """Clubs, players, people, outlets and competitions with every name they go by.

    Built from the imported football data plus the shipped lexicons; with nothing imported
    it runs on the lexicons alone and says so (`minimal`).
    """

    def __init__(
        self,
        entities: Iterable[KBEntity],
        aliases: Iterable[Alias],
        meta: dict | None = None,
        minimal: bool = False,
    ) -> None:
        self.entities: dict[str, KBEntity] = {}
        for entity in entities:
            old = self.entities.get(entity.id)
            if old is not None:
                # later sources (the curated lexicons) refine what the import stored
                entity = KBEntity(entity.id, entity.kind, entity.name, {**old.attrs, **entity.attrs})
            self.entities[entity.id] = entity
        self.aliases = [a for a in dict.fromkeys(aliases) if a.entity_id in self.entities]
        self.meta = meta or {}
        self.minimal = minimal
        self.matcher = AliasMatcher(self.aliases)
        self._by_key: dict[str, list[str]] = defaultdict(list)
        for alias in self.aliases:
            ids = self._by_key[alias_key(alias.text)]
            if alias.entity_id not in ids:
                ids.append(alias.entity_id)
        self._surnames: dict[str, list[str]] = defaultdict(list)
        for entity in self.entities.values():
            if entity.kind in ("player", "person"):
                for form in _surname_forms(entity.name, entity.attrs.get("web_name")):
                    self._surnames[form].append(entity.id)
        self._coach_club = {
            e.attrs["coach"]: e.id
            for e in self.entities.values()
            if e.kind == "club" and e.attrs.get("coach")
        }

    # -- loading ----------------------------------------------------------------------------
    @classmethod
    def load(cls, data_dir: str | Path | None = None) -> KnowledgeBase:
        """The imported KB in `data_dir` (see `settings.data_dir`), merged with the lexicons."""
        started = time.perf_counter()
        kb = cls._with_lexicons(store.load(settings.data_dir(data_dir)))
        kb.meta["load_seconds"] = round(time.perf_counter() - started, 3)
        return kb

    @classmethod
    def from_lexicons(cls) -> KnowledgeBase:
        """The minimal KB: shipped lexicons only, whatever has been imported."""
        return cls._with_lexicons(None)

    @classmethod
    def _with_lexicons(cls, stored: tuple[list[KBEntity], list[Alias], dict] | None) -> KnowledgeBase:
        entities, aliases, meta = stored if stored else ([], [], {})
        for records in (
            lexicon.club_entities(),
            lexicon.coach_entities(),
            lexicon.outlet_entities(),
            lexicon.competition_entities(),
        ):
            for entity, entity_aliases in records:
                entities.append(entity)
                aliases.extend(entity_aliases)
        return cls(entities, aliases, meta, minimal=stored is None)

    # -- look-ups ---------------------------------------------------------------------------
    def get(self, entity_id: str | None) -> KBEntity | None:
        return self.entities.get(entity_id) if entity_id else None

    def find(self, text: str) -> list[Hit]:
        """Every alias of the KB in `text`, longest first where they overlap."""
        return self.matcher.find(text)

    def lookup(self, name: str, kind: str | None = None) -> list[KBEntity]:
        """Entities known exactly by `name` (case and accents ignored)."""
        found = [self.entities[i] for i in self._by_key.get(alias_key(name), ())]
        return [e for e in found if kind is None or e.kind == kind]

    def by_surname(self, surname: str) -> list[KBEntity]:
        return [self.entities[i] for i in self._surnames.get(fold(surname), ())]

    def club_of_coach(self, person_id: str) -> str | None:
        return self._coach_club.get(person_id) or (self.get(person_id) or KBEntity("", "", "")).attrs.get(
            "club"
        )

    def search(self, query: str, kind: str | None = None, limit: int = 10) -> list[SearchResult]:
        """Fuzzy search over every name, for people who do not know the exact spelling."""
        keys = [
            k
            for k, ids in self._by_key.items()
            if kind is None or any(self.entities[i].kind == kind for i in ids)
        ]
        results: list[SearchResult] = []
        seen: set[str] = set()
        for key, score, _ in process.extract(alias_key(query), keys, scorer=fuzz.WRatio, limit=limit * 3):
            for entity_id in self._by_key[key]:
                entity = self.entities[entity_id]
                if entity_id in seen or (kind and entity.kind != kind):
                    continue
                seen.add(entity_id)
                results.append(SearchResult(entity, key, round(score, 1)))
        results.sort(key=lambda r: -r.score)
        return results[:limit]

    def stats(self) -> dict:
        kinds = Counter(e.kind for e in self.entities.values())
        return {
            "minimal": self.minimal,
            "entities": dict(sorted(kinds.items())),
            "aliases": len(self.aliases),
            "imported_from": self.meta.get("source"),
            "imported_at": self.meta.get("imported_at"),
            "load_seconds": self.meta.get("load_seconds"),
        }


def _surname_forms(name: str, web_name: str | None) -> list[str]:
    tokens = name.split()
    forms = []
    if len(tokens) >= 2:
        forms.append(fold(tokens[-1]))
        if len(tokens) >= 3 and tokens[-2].lower() in SURNAME_PARTICLES:
            forms.append(fold(" ".join(tokens[-2:])))
    if web_name and "." not in web_name:
        forms.append(fold(web_name))
    return list(dict.fromkeys(forms))


def import_kb(source: str | Path, data_dir: str | Path | None = None) -> tuple[Path, importer.ImportReport]:
    """Build the KB from the football data folder `source` and store it in `data_dir`.

    Repeatable: the stored KB is replaced whole, so importing twice gives the same KB.
    """
    builder = importer.build_from_folder(Path(source))
    meta = {"source": str(Path(source).resolve()), "counts": builder.report.counts}
    path = store.save(settings.data_dir(data_dir), builder.entities, builder.aliases, meta)
    return path, builder.report
