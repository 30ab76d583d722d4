"""The simulated season: real moves as true rumours, reliability built in by origin tier."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from conftest import DATA
from rumourmill.simulate.season import TRANSFERS, run_up, simulate_season, usual_name, window_of, write_season

pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason=f"the football data folder {DATA} is not here")

WINDOWS = ["2021-summer", "2022-01"]


@pytest.fixture(scope="module")
def season():
    return simulate_season(DATA, WINDOWS, seed=3, rumours_per_window=150)


@pytest.fixture(scope="module")
def arrivals() -> set[tuple[str, str, str]]:
    """(player, club joined, window) for every arrival on record."""
    with (DATA / TRANSFERS).open(encoding="utf-8", newline="") as handle:
        return {
            (row["player_name"], row["club_name"], window_of(row))
            for row in csv.DictReader(handle)
            if row["transfer_movement"] == "in" and row["season"][:4] in ("2020", "2021")
        }


def test_the_same_seed_gives_the_same_season():
    first = simulate_season(DATA, ["2022-01"], seed=5, rumours_per_window=20)
    again = simulate_season(DATA, ["2022-01"], seed=5, rumours_per_window=20)
    other = simulate_season(DATA, ["2022-01"], seed=6, rumours_per_window=20)
    assert first.articles == again.articles
    assert first.rumours == again.rumours
    assert first.articles != other.articles


def test_true_rumours_are_moves_on_record_and_false_ones_are_not(season, arrivals):
    assert {r.window for r in season.rumours} == set(WINDOWS)
    for rumour in season.rumours:
        on_record = (rumour.player, rumour.to_club, rumour.window) in arrivals
        assert on_record == rumour.happened, rumour
        assert rumour.from_club != rumour.to_club


def test_more_reliable_origins_start_more_true_rumours(season):
    def true_share(tiers):
        picked = [r.happened for r in season.rumours if r.origin_tier in tiers]
        assert len(picked) >= 40, "too few rumours for a stable share"
        return sum(picked) / len(picked)

    assert true_share({1}) > true_share({4, 5}) + 0.3
    assert true_share({1, 2}) > true_share({3}) > true_share({4, 5})


def test_true_rumours_get_further_than_false_ones(season):
    completed = [r.happened for r in season.rumours if r.stage_reached == "completed"]
    assert completed and all(completed)
    true = [r.articles for r in season.rumours if r.happened]
    false = [r.articles for r in season.rumours if not r.happened]
    assert sum(true) / len(true) > sum(false) / len(false)
    # noisy, not perfect: false rumours that reach a bid, true ones stuck at interest
    assert any(not r.happened and r.stage_reached in ("bid", "agreed") for r in season.rumours)
    assert any(r.happened and r.stage_reached == "interest" for r in season.rumours)


def test_every_article_names_the_player_in_full_and_both_clubs(season):
    for article, piece in zip(season.articles, season.pieces, strict=True):
        assert 120 <= len(article["text"].split()) <= 400
        for line in piece.lines:
            rumour = season.rumours[line.rumour]
            for name in (rumour.player, usual_name(rumour.from_club), usual_name(rumour.to_club)):
                assert name in article["text"], (name, article["text"])


def test_relays_credit_their_origin_by_name(season):
    relays = [(a, p) for a, p in zip(season.articles, season.pieces, strict=True) if p.kind == "relay"]
    assert len(relays) > 50
    for article, piece in relays:
        origin = season.rumours[piece.lines[0].rumour].origin
        assert article["outlet"] != origin
        assert origin in article["text"].split("\n\n")[0]
    kinds = {p.kind for p in season.pieces}
    assert {"origin", "unnamed", "denial", "roundup"} <= kinds


def test_near_duplicates_differ_by_a_few_words(season):
    copies = [(i, p) for i, p in enumerate(season.pieces) if p.kind == "duplicate"]
    assert len(copies) >= 10
    for index, piece in copies:
        copy, source = season.articles[index], season.articles[piece.copy_of]
        words, original = copy["text"].split(), source["text"].split()
        assert len(words) == len(original)
        assert 1 <= sum(a != b for a, b in zip(words, original, strict=True)) <= 6
        assert copy["outlet"] != source["outlet"]
        assert copy["title"] != source["title"]


def test_every_article_is_published_in_its_windows_run_up(season):
    for article, piece in zip(season.articles, season.pieces, strict=True):
        published = date.fromisoformat(article["published"])
        for line in piece.lines:
            first, last = run_up(season.rumours[line.rumour].window)
            assert first <= published <= last
    assert run_up("2022-01") == (date(2021, 12, 1), date(2022, 2, 2))
    assert run_up("2021-summer") == (date(2021, 5, 15), date(2021, 9, 1))


def test_written_season_keeps_the_record_layout(season, tmp_path):
    write_season(season, tmp_path)
    lines = (tmp_path / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(season.articles)
    with (
        (DATA / TRANSFERS).open(encoding="utf-8") as source,
        (tmp_path / "outcomes.csv").open(encoding="utf-8") as outcomes,
    ):
        assert outcomes.readline() == source.readline()
    with (tmp_path / "rumours.csv").open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == len(season.rumours)
