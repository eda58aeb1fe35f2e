"""A refusal from the office database, as a typed error with an i18n code — never driver text.

The database raises its own SQLSTATEs (class ``DD``, see ``persistence.office.sql_core``) with an
i18n key as the message, and PostgreSQL's own ``42501`` when a grant or row-level security says no;
``map_db_error`` turns either into :class:`OfficeRefused` naming the roles that may, and a lost or
unreachable server into :class:`OfficeUnavailable`. Anything else is returned unchanged.
"""

from __future__ import annotations

import re

from desktop.errors import ServiceError
from desktop.rules.office.permissions import Action, roles_that_may

_TABLE = re.compile(r'(?:table|relation|view) "?([a-z_][a-z0-9_]*)"?')
_FUNCTION = re.compile(r'function "?(?:office\.)?([a-z_][a-z0-9_]*)')
FUNCTION_ACTIONS = {"add_user": Action.MANAGE_USERS, "set_roles": Action.MANAGE_USERS, "update_user": Action.MANAGE_USERS,
                    "set_login_enabled": Action.MANAGE_USERS, "set_password": Action.MANAGE_USERS,
                    "grant_action": Action.MANAGE_USERS, "verify_history": Action.VERIFY_HISTORY}
LINES = {"compulsory": "policy.line.compulsory", "commercial": "policy.line.commercial", "other": "policy.line.other"}


class OfficeRefused(ServiceError):
    """The database refused: ``code`` an i18n key, ``action`` the action concerned (or None)."""

    def __init__(self, code: str, action: str | None = None, **params):
        self.action = action
        super().__init__(code, **params)

    def message(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        params = dict(self.params)
        if "lines" in params:
            params["lines"] = caps_text(params["lines"], lang)
        if "gaps" in params:
            params["gaps"] = gaps_text(params["gaps"], lang)
        if self.action:
            params["action"] = t(f"office.action.{self.action}", lang)
            params["roles"] = roles_text(roles_that_may(self.action, self.params.get("grants", ())), lang)
        return t(self.code, lang, **params)


class OfficeUnavailable(ServiceError):
    """The server cannot be reached or the connection was lost: nothing was written."""

    code = "office.unavailable"


def roles_text(roles, lang: str | None = None) -> str:
    """The roles that may do something, as one of them: '车商渠道主管部门或机构班子', 'Dealer-channel department
    or Branch leadership' (three or more: 'A、B或C', 'A, B or C')."""
    from desktop.i18n import t

    names = [t(f"office.role.{r}", lang) for r in roles]
    if len(names) < 2:
        return "".join(names)
    if (lang or _lang()) == "zh_CN":
        return "、".join(names[:-1]) + "或" + names[-1]
    return ", ".join(names[:-1]) + " or " + names[-1]


def _lang() -> str:
    from desktop.i18n import language

    return language()


def caps_text(detail: str, lang: str | None = None) -> str:
    """'commercial:16.00>15.00;…' (what office.cap_breaches returns) in words."""
    from desktop.i18n import t

    parts = []
    for item in filter(None, detail.split(";")):
        line, _, rest = item.partition(":")
        total, _, cap = rest.partition(">")
        parts.append(t("office.cap_line", lang, line=t(LINES.get(line, line), lang), rate=total, cap=cap))
    return ("；" if (lang or _lang()) == "zh_CN" else "; ").join(parts)


def gaps_text(detail: str, lang: str | None = None) -> str:
    """'target_take_up,clause:3,doc:business_licence' (what office.contract_gaps returns) in words."""
    from desktop.i18n import t

    words = []
    for gap in filter(None, detail.split(",")):
        kind, _, name = gap.partition(":")
        if kind == "clause":
            words.append(t("office.gap_clause", lang, n=name))
        elif kind == "doc":
            words.append(t(f"contract.attachment.{name}", lang))
        else:
            label = t(f"contract.ph.{gap}", lang)
            words.append(gap if label == f"contract.ph.{gap}" else label)
    return ("、" if (lang or _lang()) == "zh_CN" else ", ").join(words)


def map_db_error(err: BaseException) -> BaseException:
    """The typed error for a refusal or an outage; ``err`` itself for anything else."""
    # here, not at the top: the first paint imports this module (roles_text) and must not load SQLAlchemy
    from sqlalchemy.exc import DBAPIError

    from desktop.persistence.office.catalog import TABLE_ACTIONS

    if not isinstance(err, DBAPIError):
        return err
    orig = err.orig
    state = getattr(orig, "sqlstate", None) or ""
    diag = getattr(orig, "diag", None)
    primary = (getattr(diag, "message_primary", None) or str(orig) or "").strip()
    detail = (getattr(diag, "message_detail", None) or "").strip()
    if err.connection_invalidated or state.startswith("08") or state in ("57P01", "57P02", "57P03"):
        return OfficeUnavailable()
    if state == "DD001" or state == "DD006":
        return OfficeRefused("office.denied" if state == "DD001" else "office.sensitive_refused", detail or None)
    if state == "DD004":
        return OfficeRefused("office.cap_exceeded", None, lines=detail)
    if state == "DD008":
        return OfficeRefused("office.contract_incomplete", None, gaps=detail)
    if state.startswith("DD"):
        return OfficeRefused(primary if primary.startswith("office.") else "office.refused", None, value=detail)
    if state == "42501":
        table = _TABLE.search(primary)
        name = table.group(1) if table else ""
        function = _FUNCTION.search(primary)
        if function and function.group(1) in FUNCTION_ACTIONS:
            return OfficeRefused("office.denied", FUNCTION_ACTIONS[function.group(1)].value)
        if "row-level security" in primary:
            return OfficeRefused("office.out_of_scope", Action.SEE_BRANCH.value)
        if name == "key_people" and "column" in primary:
            return OfficeRefused("office.denied", Action.VIEW_SENSITIVE.value)
        actions = TABLE_ACTIONS.get(name, ())
        if not actions:
            return OfficeRefused("office.refused", None, value=name or state)
        return OfficeRefused("office.denied", actions[0].value)
    return err
