"""Several record files may cover one window; LSH bands of 4 rows instead of 8; the selling club's id indexed

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 01:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from rumourmill.ledger.near_duplicates import Signature

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("threads") as batch_op:
        batch_op.create_index(batch_op.f("ix_threads_from_club_id"), ["from_club_id"], unique=False)
    # covered windows are derived from the stored records: rebuild the table with its new key
    op.drop_table("covered_windows")
    covered = op.create_table(
        "covered_windows",
        sa.Column("window", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("window", "source"),
    )
    outcomes = sa.table("outcomes", sa.column("window"), sa.column("source"))
    op.execute(
        covered.insert().from_select(
            ["window", "source"], sa.select(outcomes.c.window, outcomes.c.source).distinct()
        )
    )
    # the band keys of stored originals, cut the new way
    bands = sa.table("article_bands", sa.column("article_id"), sa.column("band_key"))
    articles = sa.table("articles", sa.column("id"), sa.column("minhash"), sa.column("duplicate_of"))
    bind = op.get_bind()
    bind.execute(bands.delete())
    rows = bind.execute(
        sa.select(articles.c.id, articles.c.minhash).where(articles.c.duplicate_of.is_(None))
    ).all()
    batch = []
    for article_id, minhash in rows:
        if minhash:
            batch += [
                {"article_id": article_id, "band_key": key}
                for key in Signature.from_bytes(minhash).band_keys()
            ]
        if len(batch) >= 50_000:
            bind.execute(bands.insert(), batch)
            batch = []
    if batch:
        bind.execute(bands.insert(), batch)


def downgrade() -> None:
    raise NotImplementedError("the band layout cannot be restored; rebuild the ledger instead")
