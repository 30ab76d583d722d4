"""initial ledger

Revision ID: 0001
Revises:
Create Date: 2026-11-26 00:38:54.160578
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("outlet_id", sa.String(length=120), nullable=True),
        sa.Column("outlet_tier", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("duplicate_of", sa.String(length=16), nullable=True),
        sa.Column("similarity", sa.Float(), nullable=True),
        sa.Column("minhash", sa.LargeBinary(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["duplicate_of"],
            ["articles.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_articles_published"), ["published"], unique=False)

    op.create_table(
        "covered_windows",
        sa.Column("window", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("window"),
    )
    op.create_table(
        "outcomes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("player_name", sa.String(length=200), nullable=False),
        sa.Column("player_key", sa.String(length=200), nullable=False),
        sa.Column("from_club", sa.String(length=200), nullable=True),
        sa.Column("to_club", sa.String(length=200), nullable=False),
        sa.Column("to_club_id", sa.String(length=120), nullable=True),
        sa.Column("to_club_key", sa.String(length=200), nullable=False),
        sa.Column("window", sa.String(length=16), nullable=False),
        sa.Column("moved_on", sa.Date(), nullable=True),
        sa.Column("loan", sa.Boolean(), nullable=False),
        sa.Column("fee_eur", sa.BigInteger(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("outcomes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outcomes_player_key"), ["player_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_outcomes_to_club_id"), ["to_club_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outcomes_to_club_key"), ["to_club_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_outcomes_window"), ["window"], unique=False)

    op.create_table(
        "threads",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("player_id", sa.String(length=120), nullable=True),
        sa.Column("player_name", sa.String(length=200), nullable=False),
        sa.Column("player_key", sa.String(length=200), nullable=False),
        sa.Column("from_club_id", sa.String(length=120), nullable=True),
        sa.Column("from_club_name", sa.String(length=200), nullable=True),
        sa.Column("to_club_id", sa.String(length=120), nullable=True),
        sa.Column("to_club_name", sa.String(length=200), nullable=False),
        sa.Column("to_club_key", sa.String(length=200), nullable=False),
        sa.Column("window", sa.String(length=16), nullable=True),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("first_seen", sa.Date(), nullable=True),
        sa.Column("last_seen", sa.Date(), nullable=True),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("origins", sa.Integer(), nullable=False),
        sa.Column("relays", sa.Integer(), nullable=False),
        sa.Column("best_tier", sa.Integer(), nullable=True),
        sa.Column("features", sa.JSON(), nullable=False),
        sa.Column("probability", sa.Float(), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("outcome_evidence", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_threads_last_seen"), ["last_seen"], unique=False)
        batch_op.create_index(batch_op.f("ix_threads_player_id"), ["player_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_threads_player_key"), ["player_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_threads_probability"), ["probability"], unique=False)
        batch_op.create_index(batch_op.f("ix_threads_to_club_id"), ["to_club_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_threads_window"), ["window"], unique=False)

    op.create_table(
        "article_bands",
        sa.Column("article_id", sa.String(length=16), nullable=False),
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
    )
    with op.batch_alter_table("article_bands", schema=None) as batch_op:
        batch_op.create_index("ix_article_bands_key", ["band_key"], unique=False)

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=16), nullable=False),
        sa.Column("thread_id", sa.String(length=40), nullable=True),
        sa.Column("player_id", sa.String(length=120), nullable=True),
        sa.Column("player_name", sa.String(length=200), nullable=False),
        sa.Column("from_club_id", sa.String(length=120), nullable=True),
        sa.Column("from_club_name", sa.String(length=200), nullable=True),
        sa.Column("to_club_id", sa.String(length=120), nullable=True),
        sa.Column("to_club_name", sa.String(length=200), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("type", sa.String(length=24), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("tense", sa.String(length=16), nullable=False),
        sa.Column("window", sa.String(length=16), nullable=True),
        sa.Column("duration_months", sa.Integer(), nullable=True),
        sa.Column("fee_amount", sa.BigInteger(), nullable=True),
        sa.Column("fee_currency", sa.String(length=3), nullable=True),
        sa.Column("origin_name", sa.String(length=200), nullable=True),
        sa.Column("origin_kind", sa.String(length=16), nullable=True),
        sa.Column("origin_tier", sa.Integer(), nullable=True),
        sa.Column("via", sa.JSON(), nullable=False),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("certainty", sa.Float(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["threads.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claims_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_thread_id"), ["thread_id"], unique=False)

    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("subject_id", sa.String(length=120), nullable=True),
        sa.Column("subject_name", sa.String(length=200), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_facts_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_facts_subject_id"), ["subject_id"], unique=False)

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.String(length=120), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentions_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentions_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "stances",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=16), nullable=False),
        sa.Column("about_id", sa.String(length=120), nullable=True),
        sa.Column("about_name", sa.String(length=200), nullable=True),
        sa.Column("view", sa.String(length=16), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stances", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stances_article_id"), ["article_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("stances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stances_article_id"))

    op.drop_table("stances")
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentions_entity_id"))
        batch_op.drop_index(batch_op.f("ix_mentions_article_id"))

    op.drop_table("mentions")
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_facts_subject_id"))
        batch_op.drop_index(batch_op.f("ix_facts_article_id"))

    op.drop_table("facts")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_thread_id"))
        batch_op.drop_index(batch_op.f("ix_claims_article_id"))

    op.drop_table("claims")
    with op.batch_alter_table("article_bands", schema=None) as batch_op:
        batch_op.drop_index("ix_article_bands_key")

    op.drop_table("article_bands")
    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_threads_window"))
        batch_op.drop_index(batch_op.f("ix_threads_to_club_id"))
        batch_op.drop_index(batch_op.f("ix_threads_probability"))
        batch_op.drop_index(batch_op.f("ix_threads_player_key"))
        batch_op.drop_index(batch_op.f("ix_threads_player_id"))
        batch_op.drop_index(batch_op.f("ix_threads_last_seen"))

    op.drop_table("threads")
    with op.batch_alter_table("outcomes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcomes_window"))
        batch_op.drop_index(batch_op.f("ix_outcomes_to_club_key"))
        batch_op.drop_index(batch_op.f("ix_outcomes_to_club_id"))
        batch_op.drop_index(batch_op.f("ix_outcomes_player_key"))

    op.drop_table("outcomes")
    op.drop_table("covered_windows")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_published"))

    op.drop_table("articles")
