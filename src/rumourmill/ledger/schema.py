"""The ledger's tables (SQLAlchemy Core): one definition for SQLite and PostgreSQL.

Articles and what was read from them are stored as they came; threads are derived from
claims and can always be rebuilt from them. Alembic migrations in `migrations/` create and
change these tables; this module is what the migrations and the code agree on.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

#: Most values bound in one IN (...) list: within every database's limit on parameters.
IN_LIST = 5000

#: Declared length of name columns; PostgreSQL refuses longer values, so writers `clip` them.
NAME_LENGTH = 200


def clip(value: str | None) -> str | None:
    """A name cut to fit its column."""
    return value[:NAME_LENGTH] if value else value


articles = Table(
    "articles",
    metadata,
    Column("id", String(16), primary_key=True),  # Article.id: the same story from the same place
    Column("url", Text),
    Column("title", Text),
    Column("outlet", String(200)),
    Column("outlet_id", String(120)),
    Column("outlet_tier", Integer),
    Column("author", String(200)),
    Column("published", Date, index=True),
    Column("language", String(8)),
    Column("source", Text),  # the file or feed it was read from
    Column("text", Text, nullable=False),
    Column("duplicate_of", String(16), ForeignKey("articles.id")),  # a near-duplicate of that article
    Column("similarity", Float),  # estimated Jaccard similarity to `duplicate_of`
    Column("minhash", LargeBinary),  # the MinHash signature, uint32 values
    Column("ingested_at", DateTime, nullable=False),
)

# MinHash LSH bands: one row per band of an article's signature. Articles sharing a band key
# are candidate near-duplicates; the signature then estimates their similarity.
article_bands = Table(
    "article_bands",
    metadata,
    Column("article_id", String(16), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("band_key", BigInteger, nullable=False),
    Index("ix_article_bands_key", "band_key"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "article_id", String(16), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("kind", String(16), nullable=False),
    Column("entity_id", String(120), index=True),
    Column("name", String(200), nullable=False),
    Column("text", String(300), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

threads = Table(
    "threads",
    metadata,
    Column("id", String(40), primary_key=True),  # a stable hash of (player, destination, window)
    Column("player_id", String(120), index=True),
    Column("player_name", String(200), nullable=False),
    Column("player_key", String(200), nullable=False, index=True),  # folded name, for outcomes
    Column("from_club_id", String(120), index=True),
    Column("from_club_name", String(200)),
    Column("from_club_key", String(200), index=True),  # folded name of the club he would leave
    Column("to_club_id", String(120), index=True),
    Column("to_club_name", String(200), nullable=False),
    Column("to_club_key", String(200), nullable=False, index=True),
    Column("window", String(16), index=True),
    Column("stage", String(16), nullable=False),  # furthest stage, or the denial/collapse that ended it
    Column("first_seen", Date),
    Column("last_seen", Date, index=True),
    Column("articles", Integer, nullable=False),
    Column("origins", Integer, nullable=False),  # independent named origins
    Column("relays", Integer, nullable=False),
    Column("best_tier", Integer),
    Column("features", JSON, nullable=False),
    Column("probability", Float, index=True),
    Column("reasons", JSON, nullable=False),
    Column("outcome", String(16), nullable=False, default="open"),  # happened | not_happened | open
    Column("outcome_evidence", Text),
    Column("updated_at", DateTime, nullable=False),
    # the board filters by one of these and sorts by probability: each pair is one index walk
    Index("ix_threads_window_probability", "window", "probability"),
    Index("ix_threads_to_club_probability", "to_club_id", "probability"),
    Index("ix_threads_player_probability", "player_key", "probability"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "article_id", String(16), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("thread_id", String(40), ForeignKey("threads.id"), index=True),
    Column("player_id", String(120)),
    Column("player_name", String(200), nullable=False),
    Column("from_club_id", String(120)),
    Column("from_club_name", String(200)),
    Column("to_club_id", String(120)),
    Column("to_club_name", String(200)),
    Column("published", Date),  # the article's date, for timelines without a join
    Column("outlet", String(200)),  # the article's outlet
    Column("type", String(24), nullable=False),
    Column("stage", String(16), nullable=False),
    Column("tense", String(16), nullable=False),
    Column("window", String(16)),
    Column("duration_months", Integer),
    Column("fee_amount", BigInteger),
    Column("fee_currency", String(3)),
    Column("origin_name", String(200)),
    Column("origin_kind", String(16)),
    Column("origin_tier", Integer),  # the origin's reliability tier (1 best … 5), when known
    Column("via", JSON, nullable=False),
    Column("hedged", Boolean, nullable=False),
    Column("certainty", Float, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
)

facts = Table(
    "facts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "article_id", String(16), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("kind", String(24), nullable=False),
    Column("subject_id", String(120), index=True),
    Column("subject_name", String(200), nullable=False),
    Column("value", JSON, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
)

stances = Table(
    "stances",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "article_id", String(16), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("about_id", String(120)),
    Column("about_name", String(200)),
    Column("view", String(16), nullable=False),
    Column("evidence", Text, nullable=False),
)

outcomes = Table(
    "outcomes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("player_name", String(200), nullable=False),
    Column("player_key", String(200), nullable=False, index=True),
    Column("from_club", String(200)),
    Column("to_club", String(200), nullable=False),
    Column("to_club_id", String(120), index=True),  # the KB club, when the name resolves
    Column("to_club_key", String(200), nullable=False, index=True),  # folded name otherwise
    Column("window", String(16), nullable=False, index=True),
    Column("moved_on", Date),
    Column("loan", Boolean, nullable=False),
    Column("fee_eur", BigInteger),
    Column("source", String(200), nullable=False),
)

# the windows an outcome file covers: there, a thread whose destination's arrivals are on
# record but do not include the player did not happen
covered_windows = Table(
    "covered_windows",
    metadata,
    Column("window", String(16), primary_key=True),
    Column("source", String(200), primary_key=True),  # several record files may cover one window
)
