"""board indexes and the selling club's key

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 01:31:36.784407
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from rumourmill.kb.names import fold

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.add_column(sa.Column("from_club_key", sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f("ix_threads_from_club_key"), ["from_club_key"], unique=False)
        batch_op.create_index("ix_threads_player_probability", ["player_key", "probability"], unique=False)
        batch_op.create_index(batch_op.f("ix_threads_to_club_key"), ["to_club_key"], unique=False)
        batch_op.create_index("ix_threads_to_club_probability", ["to_club_id", "probability"], unique=False)
        batch_op.create_index("ix_threads_window_probability", ["window", "probability"], unique=False)
    # fill the new key for threads stored before this revision
    threads = sa.table("threads", sa.column("id"), sa.column("from_club_name"), sa.column("from_club_key"))
    bind = op.get_bind()
    rows = bind.execute(sa.select(threads.c.id, threads.c.from_club_name)).all()
    for thread_id, name in rows:
        if name:
            bind.execute(threads.update().where(threads.c.id == thread_id).values(from_club_key=fold(name)))


def downgrade() -> None:
    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.drop_index("ix_threads_window_probability")
        batch_op.drop_index("ix_threads_to_club_probability")
        batch_op.drop_index(batch_op.f("ix_threads_to_club_key"))
        batch_op.drop_index("ix_threads_player_probability")
        batch_op.drop_index(batch_op.f("ix_threads_from_club_key"))
        batch_op.drop_column("from_club_key")
