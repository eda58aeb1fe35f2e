"""Pure domain rules: validation, vocabularies, search keys. No Qt, no SQLAlchemy."""
