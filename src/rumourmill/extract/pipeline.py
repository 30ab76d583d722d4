"""The extraction pipeline: small components run in order over one document."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from rumourmill.extract.attribution import Attributor
from rumourmill.extract.certainty import CertaintyScorer
from rumourmill.extract.claims import ClaimFinder
from rumourmill.extract.document import Doc
from rumourmill.extract.facts import FactFinder
from rumourmill.extract.mentions import MentionFinder
from rumourmill.extract.merge import ClaimMerger
from rumourmill.extract.resolve import Resolver
from rumourmill.extract.segment import Segmenter
from rumourmill.extract.stance import StanceDetector
from rumourmill.kb import KnowledgeBase
from rumourmill.kb.names import fold
from rumourmill.models import Article, Entity, Extraction, Mention, Ref

Component = Callable[[Doc], Doc]


def default_components() -> list[tuple[str, Component]]:
    return [
        ("segment", Segmenter()),
        ("mentions", MentionFinder()),
        ("resolve", Resolver()),
        ("stance", StanceDetector()),
        ("claims", ClaimFinder()),
        ("attribution", Attributor()),
        ("certainty", CertaintyScorer()),
        ("merge", ClaimMerger()),
        ("facts", FactFinder()),
    ]


class Pipeline:
    """Reads articles into `Extraction`s.

    >>> pipeline = Pipeline(KnowledgeBase.load())
    >>> extraction = pipeline(article)
    """

    def __init__(
        self, kb: KnowledgeBase | None = None, components: list[tuple[str, Component]] | None = None
    ) -> None:
        self.kb = kb if kb is not None else KnowledgeBase.load()
        self.components = components if components is not None else default_components()

    @property
    def component_names(self) -> list[str]:
        return [name for name, _ in self.components]

    def make_doc(self, article: Article) -> Doc:
        return Doc(article=article, kb=self.kb, text=article.text, folded=fold(article.text))

    def __call__(self, article: Article) -> Extraction:
        doc = self.make_doc(article)
        for _, component in self.components:
            doc = component(doc)
        return to_extraction(doc)

    def pipe(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            yield self(article)


def to_extraction(doc: Doc) -> Extraction:
    claim_players = {c.player.id or c.player.name for c in doc.claims}
    return Extraction(
        article=doc.article,
        entities=tuple(_entities(doc.mentions, claim_players)),
        claims=tuple(doc.claims),
        facts=tuple(doc.facts),
        stance=tuple(doc.stance),
    )


def _entities(mentions: list[Mention], claim_players: set[str]) -> list[Entity]:
    """Mentions grouped by the entity they mean; unknown names by their written form."""
    groups: dict[str, list[Mention]] = {}
    refs: dict[str, Ref] = {}
    kinds: dict[str, str] = {}
    surnames: dict[str, str] = {}
    for mention in mentions:
        ref = mention.ref
        if ref is None:
            continue
        key = ref.id or _unknown_key(ref.name, surnames)
        if ref.id is None and len(ref.name.split()) > 1:
            surnames.setdefault(fold(ref.name.split()[-1]), key)
        groups.setdefault(key, []).append(mention)
        if key not in refs or (ref.id is None and len(ref.name) > len(refs[key].name)):
            refs[key] = ref
        if kinds.get(key) != "player":
            kinds[key] = (
                "player" if key in claim_players or mention.kind == "player" else kinds.get(key, mention.kind)
            )
    return [
        Entity(
            kinds[key],
            refs[key],
            tuple(m if m.ref == refs[key] else replace(m, ref=refs[key]) for m in group),
        )
        for key, group in groups.items()
    ]


def _unknown_key(name: str, surnames: dict[str, str]) -> str:
    folded = fold(name)
    return surnames.get(folded, f"name:{folded}")
