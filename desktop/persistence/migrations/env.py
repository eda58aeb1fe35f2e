"""Alembic environment: runs on the engine the application hands over (config.attributes)."""

from alembic import context

from desktop.persistence.base import Base
import desktop.persistence.all_models  # noqa: F401  (register every table)

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # `alembic` on the command line: use the app's URL resolution
    from desktop.config import resolve_database_url
    from desktop.persistence.engine import make_engine

    engine = make_engine(resolve_database_url(None))

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
