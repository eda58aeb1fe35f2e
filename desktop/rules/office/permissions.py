"""Who may do what in a branch office: the one table of role × action.

The PostgreSQL side (grants, row-level security, the checks in triggers) is generated from this
table by ``office init`` and a test runs every cell of it as a real login through raw SQL; the UI
reads it to disable what the signed-in person may not do, naming the roles that may. The embedded
single-user database gives its one person every role. Pure: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

from enum import Enum
from typing import Iterable

# The PostgreSQL group roles, in the order the README and the UI list them (SOP: 渠道专员, 团队经理,
# 车商渠道主管部门, 个人客户运营部/理赔服务部, 机构班子, 系统管理员).
ROLES: tuple[str, ...] = ("specialist", "team_manager", "channel_dept", "operations_claims", "leadership", "admin")


class Action(str, Enum):
    SEE_BRANCH = "see_branch"  # see and work on every team's dealers (else only the own team's)
    EDIT_DEALER = "edit_dealer"  # dealer files: dealers, brands, sources, key people, visits, relationships
    ASSIGN_TEAM = "assign_team"  # move a dealer to another team
    VIEW_SENSITIVE = "view_sensitive"  # key people's age, background, highlights, hobbies, personal phone
    IMPORT_ROSTER = "import_roster"  # roster imports and their undo
    EDIT_STAFF = "edit_staff"  # our staff list and the rank scale
    EDIT_SETTINGS = "edit_settings"  # negotiation and contract settings: caps, thresholds, templates, branch entity
    CLASSIFY = "classify"  # SOP step 3: target assessment and classification
    DRAFT_POLICY = "draft_policy"  # SOP step 4: draft, submit and return policy versions
    APPROVE_POLICY = "approve_policy"  # approve a submitted policy version (never one's own submission)
    PREPARE_STRATEGY = "prepare_strategy"  # SOP step 5: strategy, bottom lines, scripts
    ARRANGE_MEETING = "arrange_meeting"  # SOP steps 6 and 8, the meeting's outcome
    CHOOSE_TEAM = "choose_team"  # SOP step 7: our team for a meeting
    ASSIGN_WORK = "assign_work"  # give a preparation step or meeting task an owner and a due date
    DRAFT_CONTRACT = "draft_contract"  # contract drafts, attachments, review, packs
    SIGN_CONTRACT = "sign_contract"
    ACTIVATE_CONTRACT = "activate_contract"
    TERMINATE_CONTRACT = "terminate_contract"
    MANAGE_USERS = "manage_users"  # logins, roles, teams (用户与权限)
    VERIFY_HISTORY = "verify_history"  # check the change history's hash chain


# role → the actions it may take. Read it as the README's table: one row per action below.
_TABLE: dict[Action, tuple[str, ...]] = {
    Action.SEE_BRANCH: ("channel_dept", "operations_claims", "leadership", "admin"),
    Action.EDIT_DEALER: ("specialist", "team_manager", "channel_dept", "leadership"),
    Action.ASSIGN_TEAM: ("channel_dept", "leadership"),
    Action.VIEW_SENSITIVE: ("team_manager", "channel_dept", "leadership"),
    Action.IMPORT_ROSTER: ("specialist", "team_manager", "channel_dept", "leadership"),
    Action.EDIT_STAFF: ("team_manager", "channel_dept", "leadership", "admin"),
    Action.EDIT_SETTINGS: ("channel_dept", "leadership"),
    Action.CLASSIFY: ("team_manager", "channel_dept", "leadership"),
    Action.DRAFT_POLICY: ("channel_dept", "operations_claims"),
    Action.APPROVE_POLICY: ("channel_dept", "leadership"),
    Action.PREPARE_STRATEGY: ("team_manager", "channel_dept", "leadership"),
    Action.ARRANGE_MEETING: ("team_manager", "channel_dept", "leadership"),
    Action.CHOOSE_TEAM: ("channel_dept", "leadership"),
    Action.ASSIGN_WORK: ("team_manager", "channel_dept", "leadership"),
    Action.DRAFT_CONTRACT: ("channel_dept", "leadership"),
    Action.SIGN_CONTRACT: ("leadership",),
    Action.ACTIVATE_CONTRACT: ("leadership",),
    Action.TERMINATE_CONTRACT: ("leadership",),
    Action.MANAGE_USERS: ("admin",),
    Action.VERIFY_HISTORY: ("leadership", "admin"),
}

# The actions an administrator may extend to another role ("leadership, or a role the administrator
# grants"): the contract lifecycle. Everything else is fixed by this table.
GRANTABLE: tuple[Action, ...] = (Action.SIGN_CONTRACT, Action.ACTIVATE_CONTRACT, Action.TERMINATE_CONTRACT)


def table() -> dict[Action, tuple[str, ...]]:
    """Every action with the roles that may take it (a copy)."""
    return dict(_TABLE)


def roles_that_may(action: Action | str, extra: Iterable[tuple[str, str]] = ()) -> tuple[str, ...]:
    """The roles that may take ``action``, in ROLES order; ``extra`` adds (action, role) grants."""
    action = Action(action)
    granted = set(_TABLE[action]) | {role for act, role in extra if Action(act) is action and role in ROLES}
    return tuple(r for r in ROLES if r in granted)


def may(roles: Iterable[str], action: Action | str, extra: Iterable[tuple[str, str]] = ()) -> bool:
    """True when any of ``roles`` may take ``action``."""
    allowed = set(roles_that_may(action, extra))
    return any(r in allowed for r in roles)


def actions_of(roles: Iterable[str], extra: Iterable[tuple[str, str]] = ()) -> frozenset[Action]:
    """Every action ``roles`` may take."""
    extra = list(extra)
    return frozenset(a for a in Action if may(roles, a, extra))


def pairs(extra: Iterable[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """(action, role) for every permitted cell — what ``office init`` writes to the database."""
    extra = list(extra)
    return [(a.value, r) for a in Action for r in roles_that_may(a, extra)]


def markdown(labels_role=None, labels_action=None, yes: str = "✓", no: str = "—") -> str:
    """The table as Markdown (one row per action, one column per role), for the README."""
    role_name = labels_role or (lambda r: r)
    action_name = labels_action or (lambda a: a.value)
    head = "| | " + " | ".join(role_name(r) for r in ROLES) + " |"
    rule = "|---|" + "|".join(":-:" for _ in ROLES) + "|"
    rows = [f"| {action_name(a)} | " + " | ".join(yes if r in _TABLE[a] else no for r in ROLES) + " |" for a in Action]
    return "\n".join([head, rule, *rows])
