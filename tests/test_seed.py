"""The canonical seed article, read end to end through the CLI (the issue's acceptance test)."""

from __future__ import annotations

import pytest

from conftest import SEED, cli_json, run_cli


@pytest.fixture(scope="module")
def seed(kb_home):
    if not SEED.is_file():
        pytest.skip(f"{SEED} is not here")
    return cli_json("extract", str(SEED), "--format", "json", home=kb_home)


def names(seed, kind):
    return {e["name"] for e in seed["entities"] if e["kind"] == kind}


def test_exactly_one_prospective_claim_gomez_to_milan(seed):
    prospective = [c for c in seed["claims"] if c["tense"] == "prospective"]
    assert len(prospective) == 1
    claim = prospective[0]
    assert claim["player"]["name"] == "Joe Gomez"
    assert claim["from_club"]["name"] == "Liverpool"
    assert claim["to_club"]["name"] == "AC Milan"
    assert claim["type"] == "loan"
    assert claim["stage"] == "interest"
    assert claim["window"] == "2026-01"
    assert claim["duration_months"] == 6
    assert claim["origin"] == {"name": "Corriere dello Sport", "kind": "outlet"}
    assert claim["via"] == ["Empire of the Kop"]
    assert claim["hedged"] is True
    assert 0 < claim["certainty"] < 0.8
    start, end = claim["evidence"]["start"], claim["evidence"]["end"]
    assert SEED.read_text(encoding="utf-8")[start:end] == claim["evidence"]["text"]


def test_no_claim_involves_opponents(seed):
    involved = {c["to_club"]["name"] for c in seed["claims"] if c["to_club"]} | {
        c["from_club"]["name"] for c in seed["claims"] if c["from_club"]
    }
    assert not involved & {"Brighton", "Wolves", "West Ham"}


def test_entities(seed):
    assert {"Joe Gomez", "Cody Gakpo"} <= names(seed, "player")
    assert {"Liverpool", "AC Milan", "Brighton", "Wolves", "West Ham"} <= names(seed, "club")
    assert {"Arne Slot", "Max Allegri"} <= names(seed, "person")
    assert {"Corriere dello Sport", "Empire of the Kop"} <= names(seed, "outlet")


def test_gomez_is_recognised_in_all_his_guises(seed):
    gomez = next(e for e in seed["entities"] if e["name"] == "Joe Gomez")
    forms = {m["text"] for m in gomez["mentions"]}
    assert {"Joe Gomez", "Gomez", "the defender", "the 28-year-old", "our number 2"} <= forms
    milan = next(e for e in seed["entities"] if e["name"] == "AC Milan")
    assert {"the Rossoneri", "Max Allegri’s side", "the San Siro outfit"} <= {
        m["text"] for m in milan["mentions"]
    }
    slot = next(e for e in seed["entities"] if e["name"] == "Arne Slot")
    assert "the Dutchman" in {m["text"] for m in slot["mentions"]}
    text = SEED.read_text(encoding="utf-8")
    for entity in seed["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]


def fact(seed, kind, subject):
    return [f["value"] for f in seed["facts"] if f["kind"] == kind and f["subject"]["name"] == subject]


def test_facts(seed):
    assert {"age": 28} in fact(seed, "age", "Joe Gomez")
    assert {"number": 2} in fact(seed, "shirt_number", "Joe Gomez")
    assert {"appearances": 12} in fact(seed, "appearances", "Joe Gomez")
    injuries = fact(seed, "injury", "Joe Gomez")
    assert any(i.get("against") == "Brighton" for i in injuries)
    availability = fact(seed, "availability", "Liverpool")
    assert {"senior_outfield_available": 12, "fixture": "Wolves"} in availability
    assists = fact(seed, "assist", "Joe Gomez")
    assert any(
        a.get("for") == "Cody Gakpo"
        and a.get("opponent") == "West Ham"
        and a.get("match", "").startswith("2-0")
        for a in assists
    )


def test_writers_stance_is_kept_apart(seed):
    unlikely = [s for s in seed["stance"] if s["view"] == "unlikely"]
    assert any("surely minimal" in s["evidence"]["text"] for s in unlikely)
    assert all(s["about"]["name"] == "Joe Gomez" for s in unlikely if s["about"])
    claim_text = seed["claims"][0]["evidence"]["text"]
    assert "surely" not in claim_text


def test_table_output_is_readable(kb_home):
    result = run_cli("extract", str(SEED), "--format", "table", home=kb_home)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "Joe Gomez" in out and "AC Milan" in out and "Corriere dello Sport" in out
