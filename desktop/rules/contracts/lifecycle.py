"""Contract rules: kinds, the lifecycle state machine, what may be edited, warnings, numbering.

Lifecycle: draft → under review → signed → in force → expiring (a reminder ``reminder_days``
before the end) → expired, renewed or terminated. Only drafts are edited; from signing on the
content never changes — an amendment is a new revision of the same number, and a signed
amendment supersedes the revision it amends. Pure functions, no side effects.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from desktop.rules.contracts.records import Contract, Party
from desktop.rules.errors import FieldProblem, Problems, RuleError
from desktop.rules.facts import Fact
from desktop.rules.text import clean
from desktop.rules.dealers.uscc import normalise_uscc
from desktop.rules.values import parse_amount, parse_percent

KINDS = ("agency", "cooperation", "repair_annex", "framework")
STATUSES = ("draft", "under_review", "signed", "in_force", "expiring", "expired", "renewed", "terminated", "superseded")
EDITABLE = ("draft",)
OPEN = ("draft", "under_review")  # not yet binding
LIVE = ("signed", "in_force", "expiring")  # binding now
CLOSED = ("expired", "renewed", "terminated", "superseded")  # no longer binding
FINAL = ("renewed", "terminated", "superseded")  # nothing follows (an expired contract may still be renewed)
ATTACHMENT_TYPES = ("business_licence", "agency_qualification", "authorisation", "other")
REQUIRED_ATTACHMENTS = ("business_licence", "agency_qualification", "authorisation")

# action → (statuses it starts from, status it leads to)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "submit": (("draft",), "under_review"),
    "return": (("under_review",), "draft"),
    "sign": (("under_review",), "signed"),
    "activate": (("signed",), "in_force"),
    "remind": (("in_force",), "expiring"),
    "expire": (("in_force", "expiring"), "expired"),
    "renew": (("in_force", "expiring", "expired"), "renewed"),
    "terminate": (("signed", "in_force", "expiring"), "terminated"),
    "supersede": (("signed", "in_force", "expiring"), "superseded"),
}
# What a user may do from the windows; the others follow from time or from another contract.
USER_ACTIONS = ("submit", "return", "sign", "activate", "terminate")

MAX_TERM_YEARS = 10
DEFAULT_REMINDER_DAYS = 60
MAX_REMINDER_DAYS = 365


class StatusProblem(FieldProblem):
    """A problem whose ``status`` and ``action`` parameters are codes, shown by their translated names."""

    def message(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        shown = dict(self.params)
        if "status" in shown:
            shown["status"] = t(f"contract.status.{shown['status']}", lang)
        if "action" in shown:
            shown["action"] = t(f"contract.action.{shown['action']}", lang)
        return t(self.code, lang, **shown)


def next_status(current: str, action: str) -> str:
    """The status ``action`` leads to from ``current``; RuleError(contract.bad_transition) if not allowed."""
    allowed, target = TRANSITIONS.get(action, ((), ""))
    if current not in allowed:
        raise RuleError(StatusProblem("status", "contract.bad_transition", {"status": current, "action": action}))
    return target


def actions_from(status: str) -> list[str]:
    """The user actions allowed from ``status``, in lifecycle order."""
    return [a for a in USER_ACTIONS if status in TRANSITIONS[a][0]]


def require_editable(status: str, number: str) -> None:
    if status not in EDITABLE:
        raise RuleError(StatusProblem("status", "contract.not_editable", {"number": number, "status": status}))


def due_actions(status: str, start: date | None, end: date | None, today: date, reminder_days: int) -> list[str]:
    """The time-driven transitions a contract is due for today, in order (e.g. activate, remind)."""
    actions: list[str] = []
    while True:
        action = _due(status, start, end, today, reminder_days)
        if action is None:
            return actions
        actions.append(action)
        status = TRANSITIONS[action][1]


def _due(status: str, start: date | None, end: date | None, today: date, reminder_days: int) -> str | None:
    if status == "signed" and start is not None and start <= today:
        return "activate"
    if status in ("in_force", "expiring") and end is not None and end < today:
        return "expire"
    if status == "in_force" and end is not None and (end - today).days <= reminder_days:
        return "remind"
    return None


def plain(text: object) -> str:
    """Free text as typed (full-width punctuation and line breaks kept), trimmed; None → ''."""
    return "" if text is None else str(text).replace("\r\n", "\n").replace("\r", "\n").strip()


def _party(problems: Problems, prefix: str, party: Party, *, uscc_required: bool) -> Party:
    name = clean(party.name)
    if not name:
        problems.add(f"{prefix}.name", "required")
    code = clean(party.uscc)
    if code:
        code = problems.check(f"{prefix}.uscc", normalise_uscc, code) or code
    elif uscc_required:
        problems.add(f"{prefix}.uscc", "required")
    for attr, limit in (("name", 200), ("legal_rep", 60), ("address", 300), ("phone", 40)):
        if len(clean(getattr(party, attr))) > limit:
            problems.add(f"{prefix}.{attr}", "value.too_long", max=limit)
    if not clean(party.legal_rep):
        problems.add(f"{prefix}.legal_rep", "required")
    if not clean(party.address):
        problems.add(f"{prefix}.address", "required")
    return Party(name, code, clean(party.legal_rep), clean(party.address), clean(party.phone))


def validate_contract(c: Contract, *, complete: bool = True) -> Contract:
    """A cleaned copy of a draft's content; RuleError naming every field at fault.

    ``complete=False`` (saving a draft) lets required fields stay empty for now; submitting for
    review needs them all.
    """
    p = Problems()
    if c.kind not in KINDS:
        p.add("kind", "value.choice", value=c.kind)
    if c.start is None:
        p.add("start", "required")
    if c.end is None:
        p.add("end", "required")
    if c.start is not None and c.end is not None:
        if c.end <= c.start:
            p.add("end", "contract.end_before_start")
        elif c.end.year - c.start.year > MAX_TERM_YEARS:
            p.add("end", "contract.term_too_long", years=MAX_TERM_YEARS)
    dealer = _party(p, "dealer", c.dealer, uscc_required=True)
    branch = _party(p, "branch", c.branch, uscc_required=True)
    t = c.terms
    money = p.check("terms.target_monthly_premium", parse_amount, t.target_monthly_premium) \
        if t.target_monthly_premium not in (None, "") else None
    take_up = p.check("terms.target_take_up", parse_percent, t.target_take_up) if t.target_take_up not in (None, "") else None
    renewal = p.check("terms.target_renewal_rate", parse_percent, t.target_renewal_rate) \
        if t.target_renewal_rate not in (None, "") else None
    service = [plain(s) for s in t.service if plain(s)]
    if any(len(s) > 500 for s in service):
        p.add("terms.service", "value.too_long", max=500)
    if len(clean(c.qualification_no)) > 60:
        p.add("qualification_no", "value.too_long", max=60)
    if t.policy_id is None:
        p.add("terms.policy_id", "contract.no_policy")
    if not complete:
        p.items = [x for x in p.items if x.code != "required"]
    p.raise_if_any()
    terms = replace(t, target_monthly_premium=money, target_take_up=take_up, target_renewal_rate=renewal, service=service)
    return replace(c, dealer=dealer, branch=branch, terms=terms, qualification_no=clean(c.qualification_no),
                   note=plain(c.note), termination_reason=plain(c.termination_reason))


def warnings(c: Contract, today: date, reminder_days: int = DEFAULT_REMINDER_DAYS) -> list[Fact]:
    """What a reader of the contract should know: qualification problems, terms beyond bottom lines,
    missing attachments, the end approaching. Warnings never block saving."""
    out: list[Fact] = []
    expiry = c.qualification_expiry
    if c.status in OPEN + LIVE:
        if expiry is None:
            if c.kind == "agency":
                out.append(Fact("contract.warn.no_qualification"))
        elif expiry < today:
            out.append(Fact("contract.warn.qualification_expired", {"date": expiry.isoformat()}))
        elif c.end is not None and expiry < c.end:
            out.append(Fact("contract.warn.qualification_before_end", {"date": expiry.isoformat(), "end": c.end.isoformat()}))
    for item in c.terms.agreed:
        if item.beyond:
            out.append(Fact("contract.warn.beyond_bottom_line", {"item": item.item}))
    if c.status in OPEN:
        have = {a.doc_type for a in c.attachments}
        missing = [d for d in REQUIRED_ATTACHMENTS if d not in have]
        if missing:
            out.append(Fact("contract.warn.missing_attachments", {"count": len(missing)}))
    if c.status in ("in_force", "expiring") and c.end is not None and 0 <= (c.end - today).days <= reminder_days:
        out.append(Fact("contract.warn.ends_soon", {"days": (c.end - today).days, "end": c.end.isoformat()}))
    return out


def check_signable(c: Contract, today: date) -> None:
    """Signing needs a current agency qualification for an agency agreement (SOP: verify it first)."""
    if c.kind == "agency":
        if c.qualification_expiry is None or not c.qualification_no:
            raise RuleError(FieldProblem("qualification_expiry", "contract.sign_no_qualification"))
        if c.qualification_expiry < today:
            raise RuleError(FieldProblem("qualification_expiry", "contract.sign_qualification_expired",
                                         {"date": c.qualification_expiry.isoformat()}))


# --- numbering --------------------------------------------------------------------------------------
_FIELD = re.compile(r"\{([^{}]*)\}")
KNOWN_FIELDS = ("branch", "yyyy", "yy")


def validate_pattern(pattern: str) -> str:
    """The pattern cleaned; RuleError unless it has exactly one counter {nnnn} and known fields only."""
    value = clean(pattern)
    names = _FIELD.findall(value)
    counters = [n for n in names if n and set(n) == {"n"}]
    unknown = [n for n in names if n not in KNOWN_FIELDS and n not in counters]
    rest = _FIELD.sub("", value)
    if not value:
        raise RuleError(FieldProblem("number_pattern", "required"))
    if len(counters) != 1 or unknown or "{" in rest or "}" in rest:
        raise RuleError(FieldProblem("number_pattern", "contract.bad_pattern", {"pattern": value}))
    if len(counters[0]) > 8 or len(value) > 60:
        raise RuleError(FieldProblem("number_pattern", "contract.bad_pattern", {"pattern": value}))
    return value


def _fill(pattern: str, branch: str, year: int, counter: str) -> str:
    def field_value(match: re.Match) -> str:
        name = match.group(1)
        if name == "branch":
            return branch
        if name == "yyyy":
            return f"{year:04d}"
        if name == "yy":
            return f"{year % 100:02d}"
        return counter

    return _FIELD.sub(field_value, pattern)


def number_scope(pattern: str, branch: str, year: int) -> str:
    """The sequence a number counts in: the pattern filled without its counter (one per branch and year)."""
    return _fill(validate_pattern(pattern), branch, year, "#")


def format_number(pattern: str, branch: str, year: int, n: int) -> str:
    """ZJ-车商-2026-0007 from '{branch}-车商-{yyyy}-{nnnn}'; the counter widens past its digits."""
    pattern = validate_pattern(pattern)
    width = len(next(x for x in _FIELD.findall(pattern) if x and set(x) == {"n"}))
    return _fill(pattern, branch, year, f"{n:0{width}d}")


def validate_reminder_days(raw) -> int:
    try:
        days = int(str(raw).strip())
    except (TypeError, ValueError):
        raise RuleError(FieldProblem("reminder_days", "value.count", {"value": raw})) from None
    if days < 1 or days > MAX_REMINDER_DAYS:
        raise RuleError(FieldProblem("reminder_days", "contract.bad_reminder", {"max": MAX_REMINDER_DAYS}))
    return days
