"""The evaluation harness, and the extraction quality the team's corpora hold it to."""

from __future__ import annotations

import json

from conftest import ROOT, SEED, cli_json
from rumourmill.evaluate import evaluate, read_gold


def test_perfect_gold_scores_one(tmp_path, pipeline):
    gold = tmp_path / "gold.jsonl"
    record = {
        "id": "seed",
        "shape": "single",
        "published": "2025-12-23",
        "text": SEED.read_text(encoding="utf-8"),
        "claims": [
            {
                "player": "Joe Gomez",
                "from_club": "Liverpool",
                "to_club": "AC Milan",
                "type": "loan",
                "stage": "interest",
                "tense": "prospective",
                "window": "2026-01",
                "origin": "Corriere dello Sport",
                "hedged": True,
            }
        ],
        "entities": [{"kind": "club", "name": "Milan"}, {"kind": "player", "name": "Joe Gomez"}],
    }
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = evaluate(read_gold(gold), pipeline).as_dict()
    assert report["claims"]["f1"] == 1.0
    assert all(field["accuracy"] == 1.0 for field in report["claim_fields"].values())
    assert report["entities"]["club"]["recall"] == 1.0  # "Milan" is AC Milan through the KB


def claim_counts(tmp_path, pipeline, text: str, gold_claim: dict) -> tuple[int, int, int]:
    """(tp, fp, fn) of the pipeline on one gold article holding one claim."""
    gold = tmp_path / "gold.jsonl"
    record = {"id": "x", "text": text, "published": "2026-01-03", "claims": [gold_claim]}
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    claims = evaluate(read_gold(gold), pipeline).as_dict()["claims"]
    return claims["tp"], claims["fp"], claims["fn"]


def test_a_wrong_prediction_costs_precision_and_recall(tmp_path, pipeline):
    text = "Arsenal are keen on Lille striker Noé Lavalle."
    gold = {"player": "Noé Lavalle", "to_club": "Chelsea", "type": "unknown", "stage": "interest"}
    assert claim_counts(tmp_path, pipeline, text, gold) == (0, 1, 1)


def test_a_club_named_in_the_gold_is_the_club_of_that_name(tmp_path, pipeline):
    # "Wolves" is also VfL Wolfsburg's nickname; the gold means the club called Wolves
    text = "Wolves are keen on Lille striker Noé Lavalle."
    gold = {"player": "Noé Lavalle", "from_club": "Lille", "to_club": "Wolves", "stage": "interest"}
    assert claim_counts(tmp_path, pipeline, text, gold) == (1, 0, 0)


def test_development_corpus_quality(kb_home):
    parts = sorted(str(p) for p in (ROOT / "corpus").glob("dev_*.jsonl"))
    report = cli_json("eval", *parts, "--format", "json", home=kb_home)
    assert report["articles"] >= 60
    assert report["claims"]["f1"] >= 0.80


def test_held_out_corpus_quality(kb_home):
    """The held-out part is never tuned on; this floor guards against regressions only."""
    report = cli_json("eval", str(ROOT / "corpus" / "heldout.jsonl"), "--format", "json", home=kb_home)
    assert report["articles"] >= 30
    assert report["claims"]["f1"] >= 0.75
    assert report["claim_fields"]["origin"]["accuracy"] >= 0.75
