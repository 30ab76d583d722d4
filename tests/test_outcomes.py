"""Outcomes, sources and the backtest, as a user runs them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conftest import DATA, SEED, run_cli
from rumourmill import api
from rumourmill.outcomes.records import read_transfers

TRANSFERMARKT_HEADER = (
    "player_id,transfer_date,transfer_season,from_club_id,to_club_id,from_club_name,to_club_name,"
    "transfer_fee,market_value_in_eur,player_name\n"
)


def _records(folder: Path, *rows: str) -> Path:
    path = folder / "moves.csv"
    path.write_text(TRANSFERMARKT_HEADER + "".join(row + "\n" for row in rows))
    return path


@pytest.fixture
def seeded(tmp_path, kb_home) -> str:
    db = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    api.ingest([SEED], db=db, data_dir=kb_home)
    return db


def test_a_move_on_record_resolves_its_thread_as_happened(seeded, kb_home, tmp_path):
    moves = _records(tmp_path, "1,2026-01-20,25/26,31,5,Liverpool,AC Milan,0,,Joe Gomez")
    report = api.import_outcomes([moves], db=seeded, data_dir=kb_home)
    assert (report.happened, report.not_happened, report.open) == (1, 0, 0)
    row = api.rumours(db=seeded, data_dir=kb_home)[0]
    assert row.outcome == "happened"
    assert "AC Milan" in api.thread(row.id, db=seeded, data_dir=kb_home).outcome_evidence


def test_a_shut_window_without_the_player_resolves_as_not_happened(seeded, kb_home, tmp_path):
    moves = _records(tmp_path, "2,2026-01-12,25/26,40,5,Sassuolo,AC Milan,5000000,,Dario Verdi")
    report = api.import_outcomes([moves], db=seeded, data_dir=kb_home, today=date(2026, 3, 1))
    assert report.not_happened == 1
    detail = api.thread(api.rumours(db=seeded, data_dir=kb_home)[0].id, db=seeded, data_dir=kb_home)
    assert detail.thread.outcome == "not_happened"
    assert "without Joe Gomez" in detail.outcome_evidence


def test_records_that_cannot_tell_leave_the_thread_open(seeded, kb_home, tmp_path):
    moves = _records(tmp_path, "3,2026-01-12,25/26,40,7,Torino,Napoli,0,,Dario Verdi")
    report = api.import_outcomes([moves], db=seeded, data_dir=kb_home)
    assert (report.happened, report.not_happened, report.open) == (0, 0, 1)


def test_an_unknown_layout_is_refused_with_its_columns_named(tmp_path, kb_home):
    bad = tmp_path / "players.csv"
    bad.write_text("name,club\nJoe Gomez,Liverpool\n")
    db = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    result = run_cli("outcomes", "import", str(bad), "--db", db, home=kb_home)
    assert result.returncode == 1
    assert "players.csv" in result.stderr.decode() and "club, name" in result.stderr.decode()


def test_sources_credit_the_origin_not_the_relays(seeded, kb_home, tmp_path):
    moves = _records(tmp_path, "1,2026-01-20,25/26,31,5,Liverpool,AC Milan,0,,Joe Gomez")
    assert run_cli("outcomes", "import", str(moves), "--db", seeded, home=kb_home).returncode == 0
    rows = json.loads(run_cli("sources", "--db", seeded, "--format", "json", home=kb_home).stdout)
    assert [(r["name"], r["resolved"], r["happened"]) for r in rows] == [("Corriere dello Sport", 1, 1)]


def test_the_three_record_layouts_of_the_data_folder_are_read():
    if not DATA.is_dir():
        pytest.skip(f"the football data folder {DATA} is not here")
    history = DATA / "transfers_ewenme" / "transfers_1992_2023.csv"
    grealish = [
        t for t in read_transfers(history) if t.player == "Jack Grealish" and t.window == "2021-summer"
    ]
    assert [(t.from_club, t.to_club, t.loan) for t in grealish] == [("Aston Villa", "Manchester City", False)]
    assert grealish[0].fee_eur and grealish[0].fee_eur > 100_000_000
    summer = list(read_transfers(DATA / "epl_2025_26_tm_scrape" / "epl_transfers_summer_2025.csv"))
    assert summer and {t.window for t in summer} == {"2025-summer"}
    recent = list(read_transfers(DATA / "transfermarkt_sample_2026" / "transfers.csv"))
    assert recent and all(t.moved_on for t in recent)


def test_a_denial_ends_the_thread_and_lowers_its_probability(seeded, kb_home, tmp_path):
    before = api.rumours(db=seeded, data_dir=kb_home)[0]
    denial = tmp_path / "denial.txt"
    denial.write_text(
        "date 2026-01-08\n\nGomez agent rules out Milan switch\n\n"
        "The agent of Joe Gomez has denied that the Liverpool defender will join AC Milan this month, "
        "insisting there have been no talks with the Italian club.\n"
    )
    api.ingest([denial], db=seeded, data_dir=kb_home, outlet="Liverpool Echo")
    after = api.rumours(db=seeded, data_dir=kb_home)[0]
    assert after.id == before.id and after.stage == "denied"
    assert after.probability < before.probability
    assert any(reason.startswith("denied") and "2026-01-08" in reason for reason in after.reasons)


HISTORY_HEADER = (
    "club_name,player_name,age,position,club_involved_name,fee,transfer_movement,transfer_period,"
    "fee_cleaned,league_name,year,season,country,transfer_type,loan_end_date,source_file\n"
)


def test_a_free_agent_signing_on_record_counts_as_a_move(tmp_path, kb_home):
    """In the history layout a free agent comes from "Without Club": the move is still real."""
    db = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    news = tmp_path / "news.txt"
    news.write_text("date 2022-01-20\n\nBrentford are in talks to sign midfielder Dario Verdi this month.\n")
    api.ingest([news], db=db, data_dir=kb_home)
    history = tmp_path / "history.csv"
    history.write_text(
        HISTORY_HEADER
        + "Brentford FC,Dario Verdi,29,Central Midfield,Without Club,-,in,Winter,0,Premier League,2021,"
        "2021/2022,England,free_transfer,,data/premier-league.csv\n"
    )
    report = api.import_outcomes([history], db=db, data_dir=kb_home)
    assert report.happened == 1


def test_two_record_files_may_cover_one_window_and_bad_rows_are_named(seeded, kb_home, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    first = _records(one, "2,2026-01-12,25/26,40,5,Sassuolo,AC Milan,5000000,,Dario Verdi")
    second = _records(
        two, "1,2026-01-20,25/26,31,5,Liverpool,AC Milan,0,,Joe Gomez", "9,,25/26,1,2,A,B,0,,Nobody"
    )
    result = run_cli("outcomes", "import", str(first), str(second), "--db", seeded, home=kb_home)
    assert result.returncode == 1  # the row without a date is reported
    assert "moves.csv:3" in result.stderr.decode()
    assert "2 transfers stored" in result.stdout.decode()
    assert api.rumours(db=seeded, data_dir=kb_home)[0].outcome == "happened"
