"""The one permissions table: every action has a role, the lookups agree with the table, labels exist."""

from __future__ import annotations

import pytest

from desktop.i18n import t
from desktop.rules.office import permissions as p
from desktop.rules.office.identity import Identity, single_user


def test_every_action_is_permitted_to_some_role_and_only_known_roles():
    for action, roles in p.table().items():
        assert roles, f"{action} must be permitted to at least one role"
        assert set(roles) <= set(p.ROLES), f"{action} names an unknown role: {roles}"


@pytest.mark.parametrize("action", list(p.Action))
def test_may_and_roles_that_may_agree_with_the_table(action):
    allowed = p.table()[action]
    for role in p.ROLES:
        assert p.may([role], action) is (role in allowed), f"may({role}, {action})"
    assert p.roles_that_may(action) == tuple(r for r in p.ROLES if r in allowed), "in ROLES order"
    assert p.may([], action) is False, "nobody with no role"


def test_the_rules_the_issue_names():
    assert p.roles_that_may(p.Action.APPROVE_POLICY) == ("channel_dept", "leadership"), "approval"
    assert p.roles_that_may(p.Action.SIGN_CONTRACT) == ("leadership",), "signing"
    assert not p.may(["specialist", "team_manager"], p.Action.SEE_BRANCH), "teams see their own dealers"
    assert p.may(["channel_dept"], "see_branch") and p.may(["leadership"], "see_branch"), "the branch roles see all"
    assert not p.may(["specialist"], p.Action.VIEW_SENSITIVE), "a specialist sees masked fields"


def test_an_administrators_extra_grant_only_adds_to_its_action():
    extra = [("sign_contract", "channel_dept"), ("sign_contract", "nonsense")]
    assert p.roles_that_may("sign_contract", extra) == ("channel_dept", "leadership"), "granted, unknown role ignored"
    assert not p.may(["channel_dept"], "terminate_contract", extra), "other actions unchanged"
    assert ("sign_contract", "channel_dept") in p.pairs(extra) and ("sign_contract", "channel_dept") not in p.pairs()


def test_markdown_has_a_row_per_action_and_a_column_per_role():
    text = p.markdown()
    lines = text.splitlines()
    assert len(lines) == 2 + len(p.Action), text
    assert lines[0].count("|") == len(p.ROLES) + 2, lines[0]
    row = next(line for line in lines if line.startswith("| sign_contract"))
    assert row.count("✓") == 1, row


def test_every_role_and_action_has_both_languages():
    for role in p.ROLES:
        assert t(f"office.role.{role}", "zh_CN") != f"office.role.{role}", role
    for action in p.Action:
        assert t(f"office.action.{action.value}", "zh_CN") != f"office.action.{action.value}", action
    assert t("office.role.channel_dept", "zh_CN") == "车商渠道主管部门"


def test_identity_answers_from_its_roles():
    me = Identity("wangcm", "王春梅", ("specialist",), team="杭州一组", is_office=True)
    assert not me.may("approve_policy") and me.who_may("approve_policy") == ("channel_dept", "leadership")
    assert me.name == "王春梅"
    solo = single_user("李四")
    assert all(solo.may(a) for a in p.Action), "the single local user holds every role"
