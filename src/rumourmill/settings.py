"""Tunable numbers and paths, in one place."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

#: Largest single article read from disk; bigger files are reported, not read.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
#: Largest JSONL/feed file read as a batch of articles.
MAX_BATCH_BYTES = 2 * 1024 * 1024 * 1024


#: Base certainty of a claim stated plainly, and what each hedge takes off.
CERTAINTY_PLAIN = 0.9
CERTAINTY_PER_HEDGE = 0.2
CERTAINTY_FLOOR = 0.1
#: Certainty by stage: how firmly a text asserts a move at that stage, before hedges.
CERTAINTY_BY_STAGE = {
    "interest": 0.7,
    "talks": 0.75,
    "bid": 0.8,
    "agreed": 0.85,
    "completed": 0.95,
    "rejected": 0.8,
    "collapsed": 0.8,
    "denied": 0.8,
}


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """Where the knowledge base (and later the ledger) live.

    `--data-dir` wins, then `RUMOURMILL_HOME`, then the platform's user data directory.
    """
    if override:
        return Path(override).expanduser()
    env = os.environ.get("RUMOURMILL_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("rumourmill", appauthor=False))


def default_source_data() -> Path | None:
    """The football data folder next to a checkout (`../shared/data`), if there is one."""
    env = os.environ.get("RUMOURMILL_SOURCE_DATA")
    candidates = [Path(env)] if env else []
    here = Path.cwd()
    candidates += [here / "../shared/data", here / "shared/data"]
    for candidate in candidates:
        if (candidate / "clubs_openfootball").is_dir():
            return candidate.resolve()
    return None
