"""Alembic environment: runs against the engine handed in by store.db.migrate."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import store.models  # noqa: F401  (registers every table on SQLModel.metadata)
from store.db import ours

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # plain `alembic` CLI use: take the URL from the environment
    import os

    from store.db import DEFAULT_DATABASE_URL, make_engine

    engine = make_engine(os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL))


with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=ours,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
