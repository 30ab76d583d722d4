"""Alembic environment: runs migrations on the connection rumourmill hands over."""

from __future__ import annotations

from alembic import context

from rumourmill.ledger.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` run by hand: use the URL in the config
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url")).connect()

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
