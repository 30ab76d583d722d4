"""Opening the ledger: a SQLite file in the data directory, or any database URL.

Every open runs the Alembic migrations up to the newest revision, so an old ledger is brought
up to date and a new one is created, by the same code on SQLite and PostgreSQL.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, exc, make_url

from rumourmill import settings
from rumourmill.errors import RumourmillError

MIGRATIONS = Path(__file__).with_name("migrations")


def ledger_url(db: str | None = None, data_dir: str | os.PathLike | None = None) -> str:
    """`--db` wins, then RUMOURMILL_DB, then `ledger.sqlite` in the data directory."""
    url = db or os.environ.get("RUMOURMILL_DB")
    if url:
        return _driver(url)
    folder = settings.data_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'ledger.sqlite'}"


def _driver(url: str) -> str:
    """postgresql:// means psycopg 3, the driver rumourmill installs; a plain path is a SQLite file."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def open_engine(db: str | None = None, data_dir: str | os.PathLike | None = None) -> Engine:
    """An engine on the ledger, migrated to the newest schema."""
    url = ledger_url(db, data_dir)
    try:
        return _open(url)
    except (exc.SQLAlchemyError, ImportError, ValueError) as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise RumourmillError(f"cannot open the ledger at {_safe(url)}: {reason}") from error


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True) if "://" in url else url


def _open(url: str) -> Engine:
    sqlite = url.startswith("sqlite")
    # a writer holds SQLite's lock for one batch: readers and a second writer wait, not fail
    engine = create_engine(url, connect_args={"timeout": 60} if sqlite else {})
    if sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
        # let SQLAlchemy, not the sqlite3 module, decide when transactions begin, so that
        # savepoints (one per article) work; migrations take the write lock at once
        event.listen(engine, "begin", _sqlite_begin)
    upgrade(engine)
    return engine


def _sqlite_pragmas(connection, _record) -> None:
    # WAL lets the board be read while an ingest writes; NORMAL sync is safe with WAL.
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


#: Key of the PostgreSQL advisory lock that lets one writer at a time change the ledger.
WRITER_LOCK = 0x72756D6F


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction that waits for other writers instead of failing on them.

    SQLite takes its write lock at BEGIN (IMMEDIATE), PostgreSQL an advisory lock: two
    ingests at once run their batches in turn, and each sees what the other committed.
    """
    with engine.connect().execution_options(immediate=True) as connection, connection.begin():
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")
        yield connection


def _sqlite_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN")


def upgrade(engine: Engine) -> None:
    """Migrate to the newest revision; a ledger already there is only read."""
    # alembic is imported here, when a ledger is opened, so that `extract` does not pay for it
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as connection:
        if MigrationContext.configure(connection).get_current_revision() == head:
            return
    with writing(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
