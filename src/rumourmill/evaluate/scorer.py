"""Scores of each extraction stage against annotated articles.

Claims are matched on (player, destination club); names are compared through the KB (so
"Milan" and "AC Milan" are one club) or, for names it does not know, by surname. Matched
claims are then checked field by field: type, stage, origin, hedged, window, tense.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rumourmill.evaluate.gold import GoldArticle
from rumourmill.extract import Pipeline
from rumourmill.kb import KnowledgeBase
from rumourmill.kb.names import fold
from rumourmill.models import Claim, Extraction

CLAIM_FIELDS = ("type", "stage", "origin", "hedged", "window", "tense", "from_club")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Report:
    articles: int = 0
    claims: PRF = field(default_factory=PRF)
    fields: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    entities: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    by_shape: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    errors: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "claims": self.claims.as_dict(),
            "claim_fields": {
                name: {"accuracy": round(c["right"] / c["total"], 3) if c["total"] else None, "n": c["total"]}
                for name, c in self.fields.items()
            },
            "entities": {kind: prf.as_dict() for kind, prf in sorted(self.entities.items())},
            "claims_by_shape": {shape: prf.as_dict() for shape, prf in sorted(self.by_shape.items())},
        }


class Keys:
    """Comparable keys for names, through the KB when it knows them."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def club(self, name: str | None, entity_id: str | None = None) -> str | None:
        if entity_id:
            return entity_id
        if not name:
            return None
        found = self.kb.lookup(name, "club")
        if not found:
            return f"name:{fold(name)}"
        # "Wolves" written in the gold is the club of that name, not VfL Wolfsburg's nickname
        key = fold(name).removeprefix("the ")
        exact = [e for e in found if fold(e.name) == key]
        usual = [e for e in found if key in e.attrs.get("usual_for", ())]
        return (exact or usual or found)[0].id

    def player(self, name: str | None, entity_id: str | None = None) -> str | None:
        if not name:
            return None
        # surnames: "Gomez" written alone and "Joe Gomez" in the gold are the same player
        return f"surname:{fold(name.split()[-1])}"

    def source(self, name: str | None) -> str | None:
        if not name:
            return None
        found = self.kb.lookup(name, "outlet") or self.kb.lookup(name, "person")
        return found[0].id if found else fold(name)


def evaluate(gold: list[GoldArticle], pipeline: Pipeline) -> Report:
    keys = Keys(pipeline.kb)
    report = Report()
    # a kind the annotators never mark (competitions, say) is not scored at all
    annotated = {e.get("kind") for item in gold for e in item.entities}
    for item in gold:
        extraction = pipeline(item.article)
        report.articles += 1
        score_claims(item, extraction, keys, report)
        score_entities(item, extraction, keys, report, annotated)
    return report


def _predicted_key(claim: Claim, keys: Keys) -> tuple:
    to_club = keys.club(claim.to_club.name, claim.to_club.id) if claim.to_club else None
    return keys.player(claim.player.name, claim.player.id), to_club


def _gold_key(claim: dict, keys: Keys) -> tuple:
    return keys.player(claim.get("player")), keys.club(claim.get("to_club"))


def score_claims(item: GoldArticle, extraction: Extraction, keys: Keys, report: Report) -> None:
    predicted = {_predicted_key(c, keys): c for c in extraction.claims}
    expected = {_gold_key(c, keys): c for c in item.claims}
    shape = report.by_shape[item.shape]
    for key, gold in expected.items():
        claim = predicted.get(key)
        if claim is None:
            report.claims.fn += 1
            shape.fn += 1
            report.errors.append(
                {
                    "article": item.id,
                    "error": "missed",
                    "claim": f"{gold.get('player')} -> {gold.get('to_club')}",
                }
            )
            continue
        report.claims.tp += 1
        shape.tp += 1
        for name in CLAIM_FIELDS:
            right = _field_matches(name, gold, claim, keys)
            report.fields[name]["total"] += 1
            report.fields[name]["right"] += int(right)
            if not right:
                report.errors.append(
                    {
                        "article": item.id,
                        "error": f"wrong {name}",
                        "claim": f"{gold.get('player')} -> {gold.get('to_club')}",
                        "expected": gold.get(name),
                        "got": _claim_field(claim, name),
                    }
                )
    for key, claim in predicted.items():
        if key not in expected:
            report.claims.fp += 1
            shape.fp += 1
            report.errors.append(
                {
                    "article": item.id,
                    "error": "spurious",
                    "claim": f"{claim.player.name} -> {claim.to_club.name if claim.to_club else None}",
                    "evidence": claim.evidence.text[:160],
                }
            )


def _claim_field(claim: Claim, name: str):
    if name == "origin":
        return claim.origin.name if claim.origin else None
    if name == "from_club":
        return claim.from_club.name if claim.from_club else None
    return getattr(claim, name)


def _field_matches(name: str, gold: dict, claim: Claim, keys: Keys) -> bool:
    expected = gold.get(name)
    got = _claim_field(claim, name)
    if name == "origin":
        return keys.source(expected) == keys.source(got)
    if name == "from_club":
        if expected is None:
            return True  # the text did not say; knowing it from the KB is no error
        return keys.club(expected) == keys.club(got, claim.from_club.id if claim.from_club else None)
    return expected == got


def score_entities(
    item: GoldArticle, extraction: Extraction, keys: Keys, report: Report, annotated: set[str]
) -> None:
    def key(kind: str, name: str, entity_id: str | None = None) -> str:
        if kind == "club":
            return keys.club(name, entity_id) or ""
        if kind in ("player",):
            return keys.player(name) or ""
        return keys.source(name) if kind in ("outlet",) else fold(name)

    kinds = annotated & ({e.get("kind") for e in item.entities} | {e.kind for e in extraction.entities})
    for kind in kinds:
        expected = {key(kind, e["name"]) for e in item.entities if e.get("kind") == kind}
        predicted = {key(kind, e.ref.name, e.ref.id) for e in extraction.entities if e.kind == kind}
        prf = report.entities[kind]
        prf.tp += len(expected & predicted)
        prf.fp += len(predicted - expected)
        prf.fn += len(expected - predicted)
