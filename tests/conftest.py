"""Shared fixtures: a knowledge base imported once from the real football data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from rumourmill.extract import Pipeline
from rumourmill.kb import KnowledgeBase, import_kb

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
SEED = SHARED / "seed" / "article.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: A data folder with nothing imported: commands run on the shipped lexicons alone.
EMPTY_HOME = Path(tempfile.mkdtemp(prefix="rumourmill-empty-"))


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
