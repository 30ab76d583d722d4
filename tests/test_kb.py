"""The knowledge base: import from the real data, search, stats, and the minimal fallback."""

from __future__ import annotations

import json

from conftest import DATA, cli_json, run_cli
from rumourmill.kb import KnowledgeBase, import_kb
from rumourmill.kb.names import fold


def test_import_is_repeatable(kb_home, tmp_path):
    first = KnowledgeBase.load(kb_home).stats()["entities"]
    import_kb(DATA, kb_home)
    again = KnowledgeBase.load(kb_home).stats()["entities"]
    assert first == again
    assert again["club"] > 2500 and again["player"] > 30000 and again["outlet"] > 100


def test_kb_import_cli_writes_to_the_data_dir(tmp_path):
    home = tmp_path / "home"
    result = run_cli("--data-dir", str(home), "kb", "import", str(DATA))
    assert result.returncode == 0, result.stderr.decode()
    assert (home / "kb.sqlite").is_file()
    assert "clubs:" in result.stdout.decode()


def test_stats_and_minimal_notice(kb_home, tmp_path):
    stats = cli_json("kb", "stats", "--format", "json", home=kb_home)
    assert stats["minimal"] is False and stats["imported_from"]
    empty = run_cli("kb", "stats", home=tmp_path / "nothing")
    assert empty.returncode == 0
    assert "minimal" in empty.stderr.decode()


def test_search_forgives_spelling_and_knows_nicknames(kb_home):
    found = cli_json("kb", "search", "viktor gyokeres", "--kind", "player", "--format", "json", home=kb_home)
    assert found[0]["name"] == "Viktor Gyökeres"
    juve = cli_json("kb", "search", "the old lady", "--kind", "club", "--format", "json", home=kb_home)
    assert juve[0]["name"] == "Juventus"


def test_ambiguous_aliases_keep_all_candidates(kb):
    assert {e.name for e in kb.lookup("San Siro")} >= {"AC Milan", "Inter"}
    assert len(kb.lookup("Reds")) > 1  # Liverpool, Nottingham Forest, Middlesbrough…
    assert kb.lookup("The Athletic")[0].kind == "outlet"
    assert kb.lookup("Athletic")[0].kind == "club"


def test_outlets_have_tiers_and_languages(kb):
    corriere = kb.lookup("Corriere dello Sport", "outlet")[0]
    assert corriere.attrs["language"] == "it" and 1 <= corriere.attrs["tier"] <= 5
    romano = kb.lookup("Fabrizio Romano")[0]
    assert romano.attrs["role"] == "journalist" and romano.attrs["tier"] == 1


def test_players_know_their_club_and_when_they_joined(kb):
    gomez = kb.lookup("Joe Gomez", "player")[0]
    assert kb.get(gomez.attrs["club"]).name == "Liverpool"
    assert gomez.attrs["birth_date"].startswith("1997")


def test_stats_json_is_valid(kb_home):
    result = run_cli("kb", "stats", "--format", "json", home=kb_home)
    assert json.loads(result.stdout)["aliases"] > 50000


def test_players_carry_the_name_the_press_uses(kb):
    # FPL holds legal names ("Emiliano Martínez Romero") and the short one people write
    assert kb.lookup("Emiliano Martinez", "player")[0].name == "Emiliano Martínez"
    assert kb.lookup("Lucas Paquetá", "player")[0].name == "Lucas Paquetá"  # web name "L.Paquetá"
    assert kb.lookup("Savinho", "player")[0].name == "Savinho"  # a nickname stands alone
    # the legal name still finds him
    assert kb.lookup("Lucas Tolentino Coelho de Lima", "player")[0].name == "Lucas Paquetá"


def test_folding_keeps_offsets_in_text_with_accents_quotes_and_question_marks():
    text = "Is Gyökeres’ move ‘off’? ÉDOUARD MENDY – Ødegaard, Łukasz Fabiański, 𝔘nicode and Ωmega?"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "is gyokeres' move 'off'? edouard mendy - odegaard, lukasz fabianski, 𝔘nicode and Ωmega?"


def test_a_minor_club_abroad_goes_by_its_one_word_name_unless_the_word_means_more(kb):
    # "Midtjylland", "Olympiacos", "Barnsley": how the press names clubs outside the covered leagues
    assert [e.id for e in kb.lookup("Midtjylland")] == ["dk:fc-midtjylland"]
    assert [e.id for e in kb.lookup("Olympiacos")] == ["gr:olympiacos-piraeus-fc"]
    assert [e.id for e in kb.lookup("Barnsley")] == ["eng:barnsley-fc"]
    # a person's name in the KB ("Marek"), a common word ("Start") or a city ("Vienna") is no club
    for word in ("Marek", "Start", "Vienna"):
        assert not [e for e in kb.lookup(word) if e.kind == "club"], word
