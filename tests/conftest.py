"""Shared fixtures: a knowledge base imported once from the real football data."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

from rumourmill.extract import Pipeline
from rumourmill.kb import KnowledgeBase, import_kb

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
SEED = SHARED / "seed" / "article.txt"
CORPUS = ROOT / "corpus"
GOSSIP = DATA / "gossip_bbc_2021_22" / "items.jsonl"
#: A data folder with nothing imported: commands run on the shipped lexicons alone.
EMPTY_HOME = Path(tempfile.mkdtemp(prefix="rumourmill-empty-"))


def real_texts(every_gossip_item: int = 4) -> list[str]:
    """The team's corpus, the seed and, when the football data is here, real gossip items."""
    texts = [
        json.loads(line)["text"] for path in sorted(CORPUS.glob("*.jsonl")) for line in path.read_text().splitlines()
    ]
    if SEED.exists():
        texts.append(SEED.read_text())
    if GOSSIP.exists():
        texts += [json.loads(line)["text"] for line in GOSSIP.read_text().splitlines()[::every_gossip_item]]
    return texts


def pytest_report_header(config):
    return f"football data: {DATA if DATA.is_dir() else 'absent (KB tests use the shipped lexicons)'}"


@pytest.fixture(scope="session")
def kb_home(tmp_path_factory) -> Path:
    """A data directory holding the KB imported from ../shared/data."""
    if not DATA.is_dir():
        pytest.skip(f"the football data folder {DATA} is not here")
    home = tmp_path_factory.mktemp("rumourmill-home")
    import_kb(DATA, home)
    return home


@pytest.fixture(scope="session")
def kb(kb_home) -> KnowledgeBase:
    return KnowledgeBase.load(kb_home)


@pytest.fixture(scope="session")
def pipeline(kb) -> Pipeline:
    return Pipeline(kb)


@pytest.fixture(scope="session")
def minimal_pipeline() -> Pipeline:
    return Pipeline(KnowledgeBase.from_lexicons())


def run_cli(*args: str, home: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """The real `rumourmill` command, as a user runs it."""
    env = {**os.environ, "RUMOURMILL_HOME": str(home or EMPTY_HOME)}
    return subprocess.run(
        [sys.executable, "-m", "rumourmill.cli", *args],
        capture_output=True,
        env=env,
        input=stdin,
        timeout=600,
    )


def cli_json(*args: str, home: Path | None = None):
    result = run_cli(*args, home=home)
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


# -- databases for the ledger ---------------------------------------------------------------------
def _postgres_binaries() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return versions[-1].parent if versions else None


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL server for the session (or RUMOURMILL_TEST_PG, if given).

    .ci/run installs PostgreSQL and sets RUMOURMILL_REQUIRE_PG, so in CI a missing server is
    a failure, not a skip.
    """
    given = os.environ.get("RUMOURMILL_TEST_PG")
    if given:
        yield given
        return
    binaries = _postgres_binaries()
    if binaries is None:
        if os.environ.get("RUMOURMILL_REQUIRE_PG"):
            pytest.fail("PostgreSQL is required (RUMOURMILL_REQUIRE_PG) but initdb was not found")
        pytest.skip("PostgreSQL server binaries not installed (Debian package postgresql)")
    # not under pytest's tmp folder: that is private to the user running the tests
    folder = Path(tempfile.mkdtemp(prefix="rumourmill-pg-"))
    data = folder / "data"
    # PostgreSQL refuses to run as root: run it as the postgres system user then
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if prefix:
        shutil.chown(folder, "postgres")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    subprocess.run(
        [
            *prefix,
            str(binaries / "initdb"),
            "-D",
            str(data),
            "-U",
            "rumourmill",
            "--auth=trust",
            "-E",
            "UTF8",
        ],
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        [
            *prefix,
            str(binaries / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(folder / "log"),
            "-w",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://rumourmill@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_db(request, tmp_path) -> str:
    """A fresh, empty ledger database URL: a SQLite file, or a new database on the server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    server = request.getfixturevalue("postgres_server")
    import psycopg

    name = f"ledger_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return server.rsplit("/", 1)[0] + f"/{name}"
