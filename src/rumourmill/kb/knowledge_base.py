"""The knowledge base as the pipeline uses it: entities, their names, and fast look-ups."""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from rumourmill import settings
from rumourmill.kb import importer, lexicon, store
from rumourmill.kb.entities import Alias, KBEntity
from rumourmill.kb.matcher import AliasMatcher, Hit
from rumourmill.kb.names import NAME_PARTICLES, alias_key, fold

#: Particles that belong to a surname ("van Dijk", "De Bruyne", "dos Santos"), and Gaelic "Mac"/"Mc".
SURNAME_PARTICLES = NAME_PARTICLES | {"mac", "mc"}


@dataclass(frozen=True, slots=True)
class SearchResult:
    entity: KBEntity
    matched: str
    score: float


class EntityTable(Mapping[str, KBEntity]):
    """Entities by id, stored compactly and turned into `KBEntity`s only when asked for.

    Tens of thousands of players load in milliseconds this way; an article touches a few.
    """

    def __init__(self, rows: dict[str, tuple[str, str, str]]) -> None:
        self._rows = rows  # id -> (kind, name, attrs as JSON)
        self._made: dict[str, KBEntity] = {}

    def __getitem__(self, entity_id: str) -> KBEntity:
        entity = self._made.get(entity_id)
        if entity is None:
            kind, name, attrs = self._rows[entity_id]
            entity = self._made[entity_id] = KBEntity(entity_id, kind, name, json.loads(attrs))
        return entity

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._rows

    def get(self, entity_id: str, default: KBEntity | None = None) -> KBEntity | None:  # type: ignore[override]
        """One look-up instead of `Mapping.get`'s `in` and `[]` (a claim rule asks thousands of times)."""
        entity = self._made.get(entity_id)
        if entity is None:
            if entity_id not in self._rows:
                return default
            entity = self[entity_id]
        return entity

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def kinds(self) -> Counter:
        return Counter(kind for kind, _, _ in self._rows.values())

    def names(self) -> Iterator[tuple[str, str, str]]:
        """(id, kind, name) of every entity, without building them."""
        return ((i, row[0], row[1]) for i, row in self._rows.items())


class KnowledgeBase:
    """Clubs, players, people, outlets and competitions with every name they go by.

    Built from the imported football data plus the shipped lexicons; with nothing imported
    it runs on the lexicons alone and says so (`minimal`). Use `load()` or `build()`.
    """

    def __init__(
        self,
        entities: EntityTable,
        matcher: AliasMatcher,
        surnames: dict[str, tuple[str, ...]],
        coach_clubs: dict[str, str],
        meta: dict,
        minimal: bool,
        given_names: frozenset[str] = frozenset(),
    ) -> None:
        self.entities = entities
        self.matcher = matcher
        self.meta = meta
        self.minimal = minimal
        self._surnames = surnames
        self._coach_clubs = coach_clubs
        #: First names of known people ("rodrigo", "ivan"): a capitalised word after one of
        #: them is most likely a surname, whatever else that word may name alone.
        self.given_names = given_names

    @classmethod
    def build(
        cls,
        entities: Iterable[KBEntity],
        aliases: Iterable[Alias],
        meta: dict | None = None,
        minimal: bool = False,
    ) -> KnowledgeBase:
        """A KB from entity records and their names; later records refine earlier ones."""
        merged: dict[str, KBEntity] = {}
        for entity in entities:
            old = merged.get(entity.id)
            if old is not None:
                entity = KBEntity(entity.id, entity.kind, entity.name, {**old.attrs, **entity.attrs})
            merged[entity.id] = entity
        aliases = [a for a in dict.fromkeys(aliases) if a.entity_id in merged]
        surnames: dict[str, list[str]] = defaultdict(list)
        for entity in merged.values():
            if entity.kind in ("player", "person"):
                for form in _surname_forms(entity.name, entity.attrs.get("web_name")):
                    surnames[form].append(entity.id)
        coach_clubs = {
            e.attrs["coach"]: e.id for e in merged.values() if e.kind == "club" and e.attrs.get("coach")
        }
        firsts = Counter(
            fold(e.name.split()[0])
            for e in merged.values()
            if e.kind in ("player", "person") and len(e.name.split()) > 1
        )
        given_names = frozenset(name for name, count in firsts.items() if count >= 3 and len(name) > 2)
        rows = {e.id: (e.kind, e.name, json.dumps(e.attrs, separators=(",", ":"))) for e in merged.values()}
        meta = {**(meta or {}), "aliases": len(aliases)}
        return cls(
            EntityTable(rows),
            AliasMatcher(aliases),
            {k: tuple(v) for k, v in surnames.items()},
            coach_clubs,
            meta,
            minimal,
            given_names,
        )

    # -- loading ----------------------------------------------------------------------------
    @classmethod
    def load(cls, data_dir: str | Path | None = None) -> KnowledgeBase:
        """The imported KB in `data_dir` (see `settings.data_dir`), merged with the lexicons.

        The merged KB is cached beside the imported one and rebuilt when either changes.
        """
        started = time.perf_counter()
        folder = settings.data_dir(data_dir)
        # the cache holds built objects, so the code that builds them is part of its key
        fingerprint = store.fingerprint(
            folder, [*lexicon.files(), *sorted(Path(__file__).parent.glob("*.py"))]
        )
        kb = store.read_cache(folder, fingerprint) if fingerprint else None
        if kb is None:
            kb = cls._with_lexicons(store.load(folder))
            if fingerprint:
                store.write_cache(folder, fingerprint, kb)
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
        return cls.build(entities, aliases, meta, minimal=stored is None)

    # -- look-ups ---------------------------------------------------------------------------
    def get(self, entity_id: str | None) -> KBEntity | None:
        return self.entities.get(entity_id) if entity_id else None

    def find(self, text: str, folded: str | None = None, start: int = 0) -> list[Hit]:
        """Every alias of the KB in `text` (from `start`), the longest where they overlap."""
        return self.matcher.find(text, folded, start)

    def lookup(self, name: str, kind: str | None = None) -> list[KBEntity]:
        """Entities known exactly by `name` (case and accents ignored)."""
        key = alias_key(name)
        ids = self.matcher.ids(key) or (self.matcher.ids(key[4:]) if key.startswith("the ") else ())
        found = [self.entities[i] for i in ids]
        return [e for e in found if kind is None or e.kind == kind]

    def by_surname(self, surname: str) -> list[KBEntity]:
        return [self.entities[i] for i in self._surnames.get(fold(surname), ())]

    def club_of_coach(self, person_id: str) -> str | None:
        if person_id in self._coach_clubs:
            return self._coach_clubs[person_id]
        person = self.get(person_id)
        return person.attrs.get("club") if person else None

    def search(self, query: str, kind: str | None = None, limit: int = 10) -> list[SearchResult]:
        """Fuzzy search over every name, for people who do not know the exact spelling."""
        names = dict(self.matcher.items())
        keys = [
            k for k, ids in names.items() if kind is None or any(self.entities[i].kind == kind for i in ids)
        ]
        results: list[SearchResult] = [
            SearchResult(e, alias_key(query), 100.0) for e in self.lookup(query, kind)
        ]
        seen: set[str] = {r.entity.id for r in results}
        for key, score, _ in process.extract(alias_key(query), keys, scorer=fuzz.WRatio, limit=limit * 3):
            for entity_id in names[key]:
                entity = self.entities[entity_id]
                if entity_id in seen or (kind and entity.kind != kind):
                    continue
                seen.add(entity_id)
                results.append(SearchResult(entity, key, round(score, 1)))
        results.sort(key=lambda r: -r.score)
        return results[:limit]

    def stats(self) -> dict:
        return {
            "minimal": self.minimal,
            "entities": dict(sorted(self.entities.kinds().items())),
            "aliases": self.meta.get("aliases"),
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
    folder = settings.data_dir(data_dir)
    path = store.save(folder, builder.entities, builder.aliases, meta)
    KnowledgeBase.load(folder)  # builds the load cache now rather than at first use
    return path, builder.report
