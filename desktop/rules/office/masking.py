"""How a masked sensitive field looks to a role that may not read it (office database).

Text fields read '***' when they hold something ('' stays '': an empty field is no secret and keeps
readiness honest); the birth year reads 0 when it holds a year and stays empty when it holds none
(readiness can tell "hidden" from "missing"; every display treats 0 as nothing to show). A masked
value comes back unchanged when the person saves the record, so validation lets it pass and the
database keeps the stored value.
"""

MASK = "***"
MASKED_YEAR = 0  # a birth year that is there but hidden (no real year is 0)


def is_masked(value) -> bool:
    return value == MASK


def is_masked_year(value) -> bool:
    return value is not None and value == MASKED_YEAR
