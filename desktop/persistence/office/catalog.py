"""What the office database needs to know about the tables: which action writes each, how each
reaches its dealer (data scope), which fields are sensitive, which tables keep history.

Read by the PostgreSQL DDL generators (grants, row-level security, history triggers), by the SQLite
history triggers and by the services that map a refusal to the action it concerned.
"""

from __future__ import annotations

import desktop.persistence.all_models  # noqa: F401  (every table on the metadata)
from desktop.persistence.base import Base
from desktop.rules.office.permissions import Action

A = Action
# table → the actions whose roles may insert, update and delete its rows.
TABLE_ACTIONS: dict[str, tuple[Action, ...]] = {
    **{t: (A.EDIT_DEALER,) for t in ("dealers", "dealer_brands", "dealer_sources", "dealer_insurers", "key_people",
                                     "visits", "visit_staff", "relationships")},
    **{t: (A.IMPORT_ROSTER,) for t in ("roster_imports", "roster_import_rows", "roster_mappings")},
    # After signing: the core system's lists are imported like rosters (by the same roles, into the
    # same batches); the codes mapped to dealers and the monthly sales belong to the dealer's file.
    **{t: (A.IMPORT_ROSTER,) for t in ("aftersales_policies", "aftersales_claims", "aftersales_import_rows")},
    **{t: (A.EDIT_DEALER,) for t in ("aftersales_dealer_codes", "aftersales_new_car_sales", "aftersales_renewals",
                                     "aftersales_renewal_contacts")},
    **{t: (A.EDIT_STAFF,) for t in ("staff", "staff_ranks")},
    **{t: (A.EDIT_SETTINGS,) for t in ("classification_settings", "mainstream_brands", "fee_caps", "rank_requirements",
                                       "cooperation_models", "user_roles", "repair_resources", "agenda_templates",
                                       "agenda_template_steps", "scripts", "contract_templates", "contract_branch",
                                       "branch_advantages")},
    **{t: (A.CLASSIFY,) for t in ("target_assessments", "classifications")},
    "policy_versions": (A.DRAFT_POLICY, A.APPROVE_POLICY),
    **{t: (A.PREPARE_STRATEGY,) for t in ("strategies", "bottom_lines", "dossier_scripts")},
    **{t: (A.ARRANGE_MEETING,) for t in ("meetings", "meeting_attendees", "meeting_materials", "meeting_agenda_steps",
                                         "meeting_outcomes", "agreed_terms", "next_actions")},
    "team_members": (A.CHOOSE_TEAM,),
    "work_assignments": (A.ASSIGN_WORK,),
    "contracts": (A.DRAFT_CONTRACT, A.SIGN_CONTRACT, A.ACTIVATE_CONTRACT, A.TERMINATE_CONTRACT),
    **{t: (A.DRAFT_CONTRACT,) for t in ("contract_attachments", "contract_sequences")},
    "contract_packs": (A.DRAFT_CONTRACT, A.SIGN_CONTRACT),
    "app_meta": (A.MANAGE_USERS,),
    "app_users": (),  # only through office.add_user & co (SECURITY DEFINER)
    "history": (),  # only through the triggers
}

# Column-level write grants beside the table-level ones: (table, columns, action).
COLUMN_GRANTS: tuple[tuple[str, tuple[str, ...], Action], ...] = (
    ("scripts", ("uses", "version", "updated_at", "updated_by"), A.PREPARE_STRATEGY),  # using a script counts it
)

# Key people's fields only the roles that prepare negotiations read (masked for the others).
SENSITIVE: dict[str, tuple[str, ...]] = {"key_people": ("birth_year", "background", "highlights", "hobbies", "phone")}

# Tables whose changes are not business records: no history, no change notices.
# The core system's policies and claims are copies of its records, imported by the hundred thousand
# (each import is itself in the history, as a roster_imports row): no entry per row, and the
# policyholders' personal data never outlives its retention in an append-only history.
NO_HISTORY = frozenset({"history", "app_meta", "contract_sequences", "roster_mappings", "roster_import_rows",
                        "aftersales_policies", "aftersales_claims", "aftersales_import_rows"})

# Fields left out of the history: who/when are the entry's own, versions and search keys follow
# from the rest, and a scan's bytes are represented by its sha256 column.
SKIPPED_FIELDS = ("version", "created_at", "created_by", "updated_at", "updated_by", "name_pinyin", "name_initials",
                  "content", "logo")

# A child reaches its dealer through one parent: (column, parent table).
PARENTS = (("meeting_id", "meetings"), ("contract_id", "contracts"), ("visit_id", "visits"),
           ("key_person_id", "key_people"))


def tables() -> dict:
    return dict(Base.metadata.tables)


def business_tables() -> list[str]:
    """Every table the app's roles work on, in dependency order."""
    return [t.name for t in Base.metadata.sorted_tables]


def scope(table: str) -> tuple[str, ...]:
    """How a table reaches its dealer: ('self',), ('dealer_id',), ('parent', table, column) or () (branch-wide)."""
    t = Base.metadata.tables[table]
    if table == "dealers":
        return ("self",)
    if table == "history":
        return ("dealer_id",)
    if "dealer_id" in t.c:
        return ("dealer_id",)
    for column, parent in PARENTS:
        if column in t.c:
            return ("parent", parent, column)
    return ()


def primary_key(table: str) -> list[str]:
    return [c.name for c in Base.metadata.tables[table].primary_key.columns]


def is_audited(table: str) -> bool:
    return {"version", "created_by", "updated_by"} <= set(Base.metadata.tables[table].c.keys())


def history_tables() -> list[str]:
    return [t for t in business_tables() if t not in NO_HISTORY]
