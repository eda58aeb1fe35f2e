"""Alembic environment: runs on the engine the application hands over (config.attributes).

Every upgrade or downgrade is one transaction, on SQLite too (``migrate.migration_connection``):
a step that fails leaves the database exactly as it was, at its old revision.
"""

from alembic import context

from desktop.persistence.base import Base
from desktop.persistence.migrate import migration_connection
import desktop.persistence.all_models  # noqa: F401  (register every table)

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # `alembic` on the command line: use the app's URL resolution
    from desktop.config import resolve_database_url
    from desktop.persistence.engine import make_engine

    engine = make_engine(resolve_database_url(None))

with migration_connection(engine) as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()
