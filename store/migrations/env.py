"""Alembic environment: runs on the connection open_store hands over (config.attributes["connection"])."""

from __future__ import annotations

from alembic import context

from store.schema import metadata

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # the alembic command line: `alembic -c store/migrations/alembic.ini upgrade head`
    from store.engine import create_engine, resolve_url

    engine = create_engine(resolve_url(config.get_main_option("sqlalchemy.url") or None))
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()
else:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
