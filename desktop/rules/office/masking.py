"""How a masked sensitive field looks to a role that may not read it (office database).

Text fields read '***' when they hold something ('' stays '': an empty field is no secret and keeps
readiness honest), the birth year reads empty. A masked value comes back unchanged when the person
saves the record, so validation lets it pass and the database keeps the stored value.
"""

MASK = "***"


def is_masked(value) -> bool:
    return value == MASK
