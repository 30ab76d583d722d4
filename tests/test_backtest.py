"""The backtest on a simulated multi-window history: the machinery must find what was built in."""

from __future__ import annotations

import csv
from collections import Counter, defaultdict

import pytest

from conftest import DATA, run_cli
from rumourmill import api
from rumourmill.simulate.season import TRUE_RATE

WINDOWS = ["2021-summer", "2022-01", "2022-summer", "2023-01"]


@pytest.fixture(scope="module")
def history(tmp_path_factory, kb_home):
    """A ledger holding a simulated four-window history, resolved against its real records."""
    if not DATA.is_dir():
        pytest.skip(f"the football data folder {DATA} is not here")
    folder = tmp_path_factory.mktemp("season")
    api.simulate(folder, data=DATA, windows=WINDOWS, seed=3, rumours_per_window=90)
    db = f"sqlite:///{folder / 'ledger.sqlite'}"
    report = api.ingest([folder / "articles.jsonl"], db=db, data_dir=kb_home)
    assert report.failed == 0
    api.import_outcomes([folder / "outcomes.csv"], db=db, data_dir=kb_home)
    return folder, db


def test_threads_resolve_to_what_really_happened(history, kb_home):
    folder, db = history
    with (folder / "rumours.csv").open() as handle:
        rumours = list(csv.DictReader(handle))
    # a player rumoured with two clubs in one window cannot be told apart by (player, window)
    seen = Counter((r["player"], r["window"]) for r in rumours)
    truth = {
        (r["player"], r["window"]): r["happened"] == "True"
        for r in rumours
        if seen[(r["player"], r["window"])] == 1
    }
    threads = api.rumours(db=db, data_dir=kb_home, limit=None)
    judged = [
        (truth[(t.player, t.window)], t.outcome == "happened")
        for t in threads
        if (t.player, t.window) in truth and t.outcome != "open"
    ]
    assert len(judged) > 0.8 * len(truth)
    assert sum(expected == found for expected, found in judged) / len(judged) > 0.9


def test_backtest_beats_both_baselines_and_draws_the_diagram(history, kb_home, tmp_path):
    _, db = history
    png = tmp_path / "reliability.png"
    result = run_cli("backtest", "--db", db, "--png", str(png), home=kb_home)
    assert result.returncode == 0, result.stderr.decode()
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    report = api.backtest(db=db, data_dir=kb_home)
    brier = {name: value["brier"] for name, value in report.scores.items()}
    assert brier["fitted"] < brier["base rate"] and brier["fitted"] < brier["articles only"]
    assert sum(b.threads for b in report.calibration["fitted"]) == report.threads
    assert report.weights["tier_strength"] > 0  # better outlets, likelier moves: as built in


def test_sources_recover_the_reliability_built_into_each_tier(history, kb_home):
    _, db = history
    by_tier = defaultdict(lambda: [0, 0])
    for source in api.sources(db=db, data_dir=kb_home):
        if source.tier:
            by_tier[source.tier][0] += source.happened
            by_tier[source.tier][1] += source.resolved
    rates = {tier: happened / resolved for tier, (happened, resolved) in by_tier.items() if resolved >= 15}
    assert {1, 3, 5} <= set(rates)
    assert rates[1] > rates[3] > rates[5]
    for tier, rate in rates.items():
        assert abs(rate - TRUE_RATE[tier]) < 0.2, (tier, rate)
