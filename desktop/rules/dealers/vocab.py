"""The closed vocabularies of the SOP. Codes are stored; labels come from the i18n catalogue.

Each vocabulary is an ordered tuple of codes; ``label(kind, code)`` gives its translated name.
"""

from __future__ import annotations

DEALER_TYPES = ("4s", "3s", "2s", "group", "other")
SURVEY_SOURCES = ("government", "association", "media", "web", "magazine", "newspaper", "field")
PERSON_ROLES = ("decision_maker", "insurance_head", "sales_head", "aftersales_head", "other")
GENDERS = ("", "male", "female")
WILLINGNESS = ("", "high", "medium", "low", "none")
STAFF_LINES = (
    "resource_person",
    "leadership",
    "team_manager",
    "channel",
    "claims",
    "product",
    "sales_management",
    "head_office",
)
# Default rank scale, most senior first; the branch can edit it (table staff_ranks).
DEFAULT_RANKS = (
    ("leadership", "Branch leadership", "机构班子", 40),
    ("department_head", "Department head", "部门负责人", 30),
    ("team_manager", "Team manager", "团队经理", 20),
    ("specialist", "Channel specialist", "渠道专员", 10),
)

VERIFIED_MIN_SOURCES = 2

VOCABULARIES = {
    "dealer_type": DEALER_TYPES,
    "source": SURVEY_SOURCES,
    "role": PERSON_ROLES,
    "gender": GENDERS,
    "willingness": WILLINGNESS,
    "line": STAFF_LINES,
}


def label(kind: str, code: str, lang: str | None = None) -> str:
    """Translated display name of a vocabulary code (``''`` → the 'not set' label)."""
    from desktop.i18n import t

    return t(f"{kind}.{code or 'unset'}", lang)


def choices(kind: str, lang: str | None = None) -> list[tuple[str, str]]:
    return [(code, label(kind, code, lang)) for code in VOCABULARIES[kind]]


def is_verified(sources: set[str] | list[str]) -> bool:
    """Step 1's standard: a record is verified once two or more distinct sources agree."""
    return len(set(sources)) >= VERIFIED_MIN_SOURCES
