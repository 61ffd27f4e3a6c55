"""Alembic environment: one chain for SQLite and PostgreSQL, batch mode on SQLite."""

from alembic import context
from sqlalchemy import create_engine

from claimcheck.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    shared = config.attributes.get("connection")
    if shared is not None:
        # the caller's connection, inside its transaction (claimcheck.store.migrate: one
        # transaction for the whole upgrade on SQLite, so a kill leaves the schema as it was)
        context.configure(connection=shared, target_metadata=target_metadata,
                          render_as_batch=shared.dialect.name == "sqlite", compare_type=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
