"""SQLAlchemy tables, one module per area (imported together by ``persistence.all_models``)."""
