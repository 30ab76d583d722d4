"""The knowledge base on disk: one SQLite file, written whole and swapped in atomically."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from rumourmill.kb.entities import Alias, KBEntity

KB_FILE = "kb.sqlite"
CACHE_FILE = "kb.cache.pickle"
#: Raised whenever what the cache pickles changes shape, so that a cache written by an
#: earlier version is rebuilt rather than misread.
CACHE_FORMAT = 2
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE entity (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, attrs TEXT);
CREATE TABLE alias (text TEXT NOT NULL, entity_id TEXT NOT NULL, how TEXT NOT NULL,
                    PRIMARY KEY (text, entity_id, how)) WITHOUT ROWID;
"""


def kb_path(data_dir: Path) -> Path:
    return Path(data_dir) / KB_FILE


def save(data_dir: Path, entities: dict[str, KBEntity], aliases: list[Alias], meta: dict) -> Path:
    """Write a complete KB next to the old one, then replace it: a crash leaves the old KB."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=".kb-", suffix=".sqlite", dir=data_dir)
    os.close(handle)
    try:
        with sqlite3.connect(tmp) as db:
            db.executescript(SCHEMA)
            db.executemany(
                "INSERT INTO entity VALUES (?, ?, ?, ?)",
                (
                    (e.id, e.kind, e.name, json.dumps(e.attrs, separators=(",", ":")))
                    for e in entities.values()
                ),
            )
            db.executemany(
                "INSERT OR IGNORE INTO alias VALUES (?, ?, ?)",
                ((a.text, a.entity_id, a.how) for a in aliases if a.entity_id in entities),
            )
            meta = {**meta, "imported_at": datetime.now(UTC).isoformat(timespec="seconds")}
            db.executemany("INSERT INTO meta VALUES (?, ?)", ((k, json.dumps(v)) for k, v in meta.items()))
        db.close()
        os.replace(tmp, kb_path(data_dir))
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return kb_path(data_dir)


def load(data_dir: Path) -> tuple[list[KBEntity], list[Alias], dict] | None:
    """Everything stored, or None when no KB has been imported into `data_dir`."""
    path = kb_path(data_dir)
    if not path.exists():
        return None
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        entities = [
            KBEntity(row[0], row[1], row[2], json.loads(row[3]) if row[3] else {})
            for row in db.execute("SELECT id, kind, name, attrs FROM entity")
        ]
        aliases = [Alias(*row) for row in db.execute("SELECT text, entity_id, how FROM alias")]
        meta = {k: json.loads(v) for k, v in db.execute("SELECT key, value FROM meta")}
    finally:
        db.close()
    return entities, aliases, meta


def fingerprint(data_dir: Path, lexicon_files: list[Path]) -> str | None:
    """What the merged KB depends on: the imported file and the lexicons (None: nothing imported)."""
    path = kb_path(data_dir)
    if not path.exists():
        return None
    digest = hashlib.sha1(f"format {CACHE_FORMAT};".encode())
    for file in [path, *lexicon_files]:
        stat = file.stat()
        digest.update(f"{file}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return digest.hexdigest()


def read_cache(data_dir: Path, expected: str):
    """The merged KB pickled by `write_cache`, if it is still current; None otherwise."""
    path = Path(data_dir) / CACHE_FILE
    try:
        with path.open("rb") as handle:
            stamp, kb = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError):
        return None
    return kb if stamp == expected else None


def write_cache(data_dir: Path, stamp: str, kb) -> None:
    """Best effort: a data folder that cannot be written to just means slower loads."""
    try:
        handle, tmp = tempfile.mkstemp(prefix=".kb-cache-", dir=data_dir)
        with os.fdopen(handle, "wb") as out:
            pickle.dump((stamp, kb), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, Path(data_dir) / CACHE_FILE)
    except OSError:
        pass
