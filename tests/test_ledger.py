"""The ledger as a user relies on it, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from conftest import ROOT, SEED, run_cli
from rumourmill import api
from rumourmill.ledger import database, schema, threads
from rumourmill.simulate import Story, write_article

RELAY = ROOT / "examples" / "gomez_milan_relay.txt"


def _count(url: str, table) -> int:
    engine = database.open_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(table)).scalar_one()
    finally:
        engine.dispose()


def test_seed_and_relay_make_one_thread_with_one_origin_and_two_relays(ledger_db, kb_home):
    api.ingest([SEED], db=ledger_db, data_dir=kb_home)
    api.ingest([RELAY], db=ledger_db, data_dir=kb_home, outlet="Football Italia")
    board = api.rumours(db=ledger_db, data_dir=kb_home)
    assert len(board) == 1
    row = board[0]
    assert (row.player, row.to_club, row.window, row.stage) == (
        "Joe Gomez",
        "AC Milan",
        "2026-01",
        "interest",
    )
    assert (row.origins, row.relays, row.articles) == (1, 2, 2)
    detail = api.thread(row.id[:8], db=ledger_db, data_dir=kb_home)
    assert list(detail.origins) == ["Corriere dello Sport"]
    assert set(detail.relays) == {"Empire of the Kop", "Football Italia"}
    assert [e.published.isoformat() for e in detail.timeline] == ["2025-12-23", "2025-12-24"]
    assert all(e.text and e.article_id for e in detail.timeline)
    assert 0 < row.probability < 0.5  # a hedged report of interest from one origin
    assert any("Corriere dello Sport" in reason for reason in row.reasons)
    kinds = {fact.kind for fact in detail.context}
    assert {"injury", "availability"} <= kinds


def test_ingesting_the_same_article_again_stores_it_once(ledger_db, kb_home):
    first = api.ingest([SEED], db=ledger_db, data_dir=kb_home)
    claims = _count(ledger_db, schema.claims)
    again = api.ingest([SEED], db=ledger_db, data_dir=kb_home)
    assert (first.stored, again.stored, again.already) == (1, 0, 1)
    assert _count(ledger_db, schema.articles) == 1
    assert _count(ledger_db, schema.claims) == claims == first.claims
    assert api.rumours(db=ledger_db, data_dir=kb_home)[0].articles == 1


def test_a_republished_copy_is_linked_not_counted(ledger_db, kb_home, tmp_path):
    copy = tmp_path / "copy.txt"
    text = (
        SEED.read_text().replace("one Liverpool player", "a Liverpool player").replace("invaluable", "vital")
    )
    copy.write_text(text)
    api.ingest([SEED], db=ledger_db, data_dir=kb_home)
    report = api.ingest([copy], db=ledger_db, data_dir=kb_home, outlet="Redmen Daily")
    assert (report.stored, report.near_duplicates) == (1, 1)
    row = api.rumours(db=ledger_db, data_dir=kb_home)[0]
    assert (row.articles, row.origins) == (1, 1)  # the copy adds no article and no origin
    assert "Redmen Daily" in api.thread(row.id, db=ledger_db, data_dir=kb_home).relays


def test_ingest_reports_bad_files_and_stores_the_rest(tmp_path, kb_home):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    good = tmp_path / "good.txt"
    good.write_text(RELAY.read_text())
    db = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    result = run_cli("ingest", str(tmp_path), "--db", db, home=kb_home)
    assert result.returncode == 1
    stderr = result.stderr.decode()
    assert "empty.txt" in stderr and "binary.txt" in stderr
    assert "1 stored" in result.stdout.decode()
    assert _count(db, schema.articles) == 1


def test_board_filters_and_formats(tmp_path, kb_home):
    db = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    assert run_cli("ingest", str(SEED), str(RELAY), "--db", db, home=kb_home).returncode == 0
    as_json = run_cli("rumours", "--db", db, "--club", "Milan", "--format", "json", home=kb_home)
    rows = json.loads(as_json.stdout)
    assert [r["player"] for r in rows] == ["Joe Gomez"]
    assert (
        run_cli("rumours", "--db", db, "--club", "Barcelona", "--format", "json", home=kb_home).stdout.strip()
        == b"[]"
    )
    assert (
        run_cli(
            "rumours", "--db", db, "--window", "2026-summer", "--format", "json", home=kb_home
        ).stdout.strip()
        == b"[]"
    )
    high = run_cli("rumours", "--db", db, "--min-probability", "0.9", "--format", "json", home=kb_home)
    assert high.stdout.strip() == b"[]"
    csv_out = run_cli("rumours", "--db", db, "--format", "csv", home=kb_home).stdout.decode().splitlines()
    assert csv_out[0].startswith("id,player,") and "Joe Gomez" in csv_out[1]
    thread_id = rows[0]["id"]
    shown = run_cli("thread", thread_id[:6], "--db", db, home=kb_home)
    assert shown.returncode == 0 and "Corriere dello Sport" in shown.stdout.decode()
    missing = run_cli("thread", "zzzz", "--db", db, home=kb_home)
    assert missing.returncode != 0 and "no thread" in missing.stderr.decode()


def test_migrations_bring_an_empty_database_to_the_current_schema(ledger_db):
    engine = database.open_engine(ledger_db)
    try:
        with engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
        assert list(Path(database.MIGRATIONS / "versions").glob(f"{version}_*.py"))
        database.upgrade(engine)  # running again changes nothing
    finally:
        engine.dispose()


def _write_articles(folder: Path, count: int) -> list[Path]:
    """Distinct generated articles, each with a date and an outlet line."""
    rng = random.Random(3)
    players = [
        "Joe Gomez",
        "Cody Gakpo",
        "Jarrod Bowen",
        "Ollie Watkins",
        "Morgan Gibbs-White",
        "Dominic Solanke",
    ]
    clubs = ["AC Milan", "Juventus", "Napoli", "Borussia Dortmund", "Atletico Madrid", "Arsenal", "Chelsea"]
    paths = []
    for number in range(count):
        story = Story(
            player=players[number % len(players)],
            from_club="Liverpool",
            to_club=clubs[number % len(clubs)],
            stage=["interest", "talks", "bid"][number % 3],
            outlet="Sky Sports",
            published=date(2025, 12, 1) + timedelta(days=number % 28),
        )
        path = folder / f"article_{number:03d}.txt"
        path.write_text(f"date {story.published.isoformat()}\n\n" + write_article(story, rng, words=250))
        paths.append(path)
    return paths


def _ingest_in_background(folder: Path, db: str, home: Path, output) -> subprocess.Popen:
    """`rumourmill ingest` in batches of 5, running while the test goes on."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "rumourmill.cli",
            "ingest",
            str(folder),
            "--db",
            db,
            "--batch-size",
            "5",
            "-q",
        ],
        env={**os.environ, "RUMOURMILL_HOME": str(home)},
        stdout=output,
        stderr=output,
    )


def _snapshot(url: str) -> dict:
    engine = database.open_engine(url)
    try:
        with engine.connect() as conn:
            a, c, t = schema.articles, schema.claims, schema.threads
            return {
                "articles": conn.execute(select(func.count()).select_from(a)).scalar_one(),
                "distinct": conn.execute(select(func.count(func.distinct(a.c.text)))).scalar_one(),
                "claims": conn.execute(select(func.count()).select_from(c)).scalar_one(),
                "orphan claims": conn.execute(
                    select(func.count()).select_from(c).where(c.c.article_id.not_in(select(a.c.id)))
                ).scalar_one(),
                "thread articles": conn.execute(select(func.sum(t.c.articles))).scalar_one() or 0,
                "threaded": conn.execute(
                    select(func.count()).select_from(
                        select(c.c.thread_id, c.c.article_id)
                        .where(c.c.thread_id.is_not(None))
                        .distinct()
                        .subquery()
                    )
                ).scalar_one(),
            }
    finally:
        engine.dispose()


def test_killing_an_ingest_keeps_committed_batches_and_a_rerun_duplicates_nothing(tmp_path, kb_home):
    folder = tmp_path / "news"
    folder.mkdir()
    _write_articles(folder, 60)
    db = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    process = _ingest_in_background(folder, db, kb_home, output=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        if (tmp_path / "ledger.sqlite").exists():
            stored = _snapshot(db)["articles"]
            if stored >= 10:
                break
    process.kill()  # SIGKILL: no clean-up runs
    process.wait()
    assert 10 <= stored < 60, "the ingest should have been killed mid-run"
    killed = _snapshot(db)
    assert killed["articles"] % 5 == 0  # only whole batches were committed
    assert killed["orphan claims"] == 0
    assert killed["thread articles"] == killed["threaded"]  # threads agree with their claims

    rerun = run_cli("ingest", str(folder), "--db", db, home=kb_home)
    assert rerun.returncode == 0, rerun.stderr.decode()
    after = _snapshot(db)
    clean_db = f"sqlite:///{tmp_path / 'clean.sqlite'}"
    assert run_cli("ingest", str(folder), "--db", clean_db, home=kb_home).returncode == 0
    clean = _snapshot(clean_db)
    assert after == clean  # the same ledger as one uninterrupted run
    assert after["articles"] == after["distinct"] == 60


def test_two_ingests_at_once_wait_for_each_other_and_store_everything(tmp_path, kb_home):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    paths = _write_articles(first, 40)
    for path in paths[20:]:  # the runs overlap on half the articles
        (second / path.name).write_text(path.read_text())
    _write_articles_from(second, 40, 20)
    db = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    runs = [_ingest_in_background(folder, db, kb_home, output=subprocess.PIPE) for folder in (first, second)]
    results = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err.decode() for _, err in results]
    snapshot = _snapshot(db)
    assert snapshot["articles"] == snapshot["distinct"] == 60
    assert snapshot["orphan claims"] == 0
    assert snapshot["thread articles"] == snapshot["threaded"]


def _write_articles_from(folder: Path, first: int, count: int) -> None:
    """More generated articles, numbered on from `first` so that none repeats another."""
    scratch = folder / "scratch"
    scratch.mkdir()
    for path in _write_articles(scratch, first + count)[first:]:
        path.rename(folder / f"extra_{path.name}")
    for leftover in scratch.iterdir():
        leftover.unlink()
    scratch.rmdir()


def test_a_rumour_told_only_in_a_copy_still_makes_a_visible_thread(tmp_path, kb_home):
    db = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    copy = tmp_path / "copy.txt"
    copy.write_text(
        SEED.read_text().replace("invaluable", "vital")
        + "\nMeanwhile, Arsenal are interested in West Ham captain Jarrod Bowen, according to Sky Sports.\n"
    )
    api.ingest([SEED], db=db, data_dir=kb_home)
    report = api.ingest([copy], db=db, data_dir=kb_home, outlet="Redmen Daily")
    assert report.near_duplicates == 1
    bowen = api.rumours(db=db, data_dir=kb_home, player="Jarrod Bowen")
    assert [(row.to_club, row.articles) for row in bowen] == [("Arsenal", 1)]
    gomez = api.rumours(db=db, data_dir=kb_home, player="Joe Gomez")[0]
    assert (gomez.articles, gomez.origins) == (1, 1)


def test_a_move_completed_just_after_the_deadline_belongs_to_the_window_that_shut(tmp_path, kb_home):
    db = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    news = tmp_path / "done.txt"
    news.write_text(
        "date 2026-02-06\n\nAC Milan have completed the signing of Joe Gomez from Liverpool on loan, "
        "the Serie A club confirmed on Friday.\n"
    )
    api.ingest([SEED, news], db=db, data_dir=kb_home)
    rows = api.rumours(db=db, data_dir=kb_home, player="Joe Gomez")
    assert [(row.window, row.stage) for row in rows] == [("2026-01", "completed")]


def test_the_migrations_build_exactly_the_schema_the_code_uses(ledger_db):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = database.open_engine(ledger_db)
    try:
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), schema.metadata) == []
    finally:
        engine.dispose()


def test_an_unreachable_database_is_one_clear_error(kb_home):
    result = run_cli("rumours", "--db", "postgresql://nobody@127.0.0.1:1/ledger", home=kb_home)
    stderr = result.stderr.decode()
    assert result.returncode == 1
    assert "cannot open the ledger at postgresql" in stderr and "Traceback" not in stderr


def test_a_copy_is_kept_when_the_article_it_repeats_is_refused(tmp_path, kb_home):
    """A lone surrogate cannot be stored as UTF-8: that article fails, its copy stands alone."""
    text = SEED.read_text()
    broken = {"text": text + "\ud800", "title": "Gomez to Milan?", "outlet": "Empire of the Kop"}
    copy = {"text": text.replace("invaluable", "vital"), "title": "Gomez to Milan", "outlet": "Redmen Daily"}
    dump = tmp_path / "pair.jsonl"
    dump.write_text("\n".join(json.dumps(item) for item in (broken, copy)) + "\n")
    db = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    report = api.ingest([dump], db=db, data_dir=kb_home)
    assert (report.stored, report.failed, report.near_duplicates) == (1, 1, 0)
    row = api.rumours(db=db, data_dir=kb_home)[0]
    assert (row.player, row.articles) == ("Joe Gomez", 1)


def _scores(engine) -> dict[str, tuple]:
    with engine.connect() as conn:
        t = schema.threads
        return {row.id: (row.probability, row.reasons) for row in conn.execute(select(t.c.id, t.c.probability, t.c.reasons))}


def test_after_an_ingest_every_thread_is_scored_as_of_the_newest_article(ledger_db, kb_home, tmp_path):
    # a first ingest, then a second in small batches whose dates run on past it: the threads of
    # the first ingest's player are touched by none of the second's batches, and every batch
    # moves "now" on, so each thread must end up scored as of the newest date, as a full rescore
    # from scratch would score it
    rng = random.Random(7)
    early = Story("Jarrod Bowen", "West Ham", "Arsenal", "talks", "Sky Sports", published=date(2025, 12, 1))
    (tmp_path / "early.txt").write_text("date 2025-12-01\n\n" + write_article(early, rng, words=200))
    later = []
    for number, player in enumerate(["Cody Gakpo", "Ollie Watkins", "Dominic Solanke"] * 4):
        story = Story(
            player, "Liverpool", ["AC Milan", "Juventus", "Napoli"][number % 3], "interest", "Sky Sports",
            published=date(2025, 12, 3) + timedelta(days=2 * number),
        )
        path = tmp_path / f"later_{number:02d}.txt"
        path.write_text(f"date {story.published.isoformat()}\n\n" + write_article(story, rng, words=200))
        later.append(path)
    api.ingest([tmp_path / "early.txt"], db=ledger_db, data_dir=kb_home)
    api.ingest(later, db=ledger_db, data_dir=kb_home, batch_size=2)
    engine = database.open_engine(ledger_db)
    try:
        stored = _scores(engine)
        assert len(stored) >= 4
        with database.writing(engine) as conn:
            threads.rescore(conn)
        assert _scores(engine) == stored
    finally:
        engine.dispose()
