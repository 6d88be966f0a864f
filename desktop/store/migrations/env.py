"""Alembic environment: runs on the connection the app passes in."""

from alembic import context
from sqlmodel import SQLModel

from desktop.store import models  # noqa: F401  (registers the tables)

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` command line during development
    from desktop.store.db import make_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite:///dev.db"
    connection = make_engine(url.removeprefix("sqlite:///")).connect()

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
