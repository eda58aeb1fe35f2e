"""Storage: SQLAlchemy 2.x models, engine setup and Alembic migrations. No Qt here."""
