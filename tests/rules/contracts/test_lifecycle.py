"""Contract rules: every lifecycle transition and every illegal one, the moves due by date, what a
draft needs, warnings (agency qualification before the end), and the number pattern."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.rules.contracts import lifecycle as rules
from desktop.rules.contracts.records import AgreedItem, Attachment, Contract, ContractTerms, Party
from desktop.rules.errors import RuleError

DAY = date(2026, 11, 26)
EXPECTED = {
    ("draft", "submit"): "under_review", ("under_review", "return"): "draft", ("under_review", "sign"): "signed",
    ("signed", "activate"): "in_force", ("in_force", "remind"): "expiring", ("in_force", "expire"): "expired",
    ("expiring", "expire"): "expired", ("in_force", "renew"): "renewed", ("expiring", "renew"): "renewed",
    ("expired", "renew"): "renewed", ("signed", "terminate"): "terminated", ("in_force", "terminate"): "terminated",
    ("expiring", "terminate"): "terminated", ("signed", "supersede"): "superseded",
    ("in_force", "supersede"): "superseded", ("expiring", "supersede"): "superseded",
}


@pytest.mark.parametrize("status", rules.STATUSES)
@pytest.mark.parametrize("action", sorted(rules.TRANSITIONS))
def test_every_transition_allowed_or_refused(status, action):
    wanted = EXPECTED.get((status, action))
    if wanted is not None:
        assert rules.next_status(status, action) == wanted, f"{status} --{action}--> {wanted}"
        return
    with pytest.raises(RuleError) as caught:
        rules.next_status(status, action)
    problem = caught.value.problems[0]
    assert problem.code == "contract.bad_transition", f"{status} --{action}--> must be refused, got {problem.code}"
    assert problem.params == {"status": status, "action": action}, "the refusal names the status and the action"


def test_refusal_reads_in_both_languages():
    with pytest.raises(RuleError) as caught:
        rules.next_status("signed", "submit")
    assert caught.value.messages("en")["status"] == "A contract that is Signed cannot be submitted for review", (
        f"status and action by their names: {caught.value.messages('en')}")
    assert caught.value.messages("zh_CN")["status"] == "状态为“已签署”的合同不能提交审核", caught.value.messages("zh_CN")


def test_final_states_lead_nowhere():
    for status in rules.CLOSED:
        assert rules.actions_from(status) == [], f"{status} is no longer binding: no user action"
    for status in rules.FINAL:
        assert not any(status in allowed for allowed, _ in rules.TRANSITIONS.values()), f"{status} has no way out"
    assert [a for a, (allowed, _) in rules.TRANSITIONS.items() if "expired" in allowed] == ["renew"], (
        "an expired contract can only be renewed (late)")


def test_only_drafts_are_editable():
    rules.require_editable("draft", "X-1")
    for status in rules.STATUSES[1:]:
        with pytest.raises(RuleError) as caught:
            rules.require_editable(status, "X-1")
        assert caught.value.problems[0].code == "contract.not_editable", f"{status} must not be editable"


@pytest.mark.parametrize("status, start, end, today, days, expected", [
    ("signed", date(2026, 12, 1), date(2027, 11, 30), DAY, 60, []),
    ("signed", date(2026, 11, 26), date(2027, 11, 25), DAY, 60, ["activate"]),
    ("signed", date(2025, 12, 1), date(2026, 12, 20), DAY, 60, ["activate", "remind"]),
    ("signed", date(2025, 1, 1), date(2025, 12, 31), DAY, 60, ["activate", "expire"]),
    ("in_force", date(2026, 1, 1), date(2027, 1, 25), DAY, 60, ["remind"]),
    ("in_force", date(2026, 1, 1), date(2027, 1, 26), DAY, 60, []),
    ("in_force", date(2026, 1, 1), date(2027, 1, 26), DAY, 61, ["remind"]),
    ("expiring", date(2025, 11, 26), date(2026, 11, 25), DAY, 60, ["expire"]),
    ("expiring", date(2025, 11, 27), date(2026, 11, 26), DAY, 60, []),
    ("draft", date(2020, 1, 1), date(2020, 12, 31), DAY, 60, []),
    ("terminated", date(2020, 1, 1), date(2020, 12, 31), DAY, 60, []),
])
def test_moves_due_by_date(status, start, end, today, days, expected):
    assert rules.due_actions(status, start, end, today, days) == expected, f"{status} {start}–{end} on {today}"


def _contract(**fields) -> Contract:
    base = dict(kind="cooperation", start=date(2026, 12, 1), end=date(2027, 11, 30),
                dealer=Party("杭州骏通丰田汽车销售服务有限公司", "91330100MA2B7K3Q0E", "王伟", "杭州市西湖区文三路 1 号"),
                branch=Party("瀚海财产保险股份有限公司浙江分公司", "91330000MA2HH00016", "陈立群", "杭州市钱江路 1366 号"),
                terms=ContractTerms(policy_id=1), qualification_no="330100123456", qualification_expiry=date(2029, 6, 30))
    base.update(fields)
    return Contract(**base)


def test_a_complete_contract_passes_and_is_cleaned():
    c = rules.validate_contract(_contract(dealer=Party(" 杭州骏通丰田汽车销售服务有限公司 ", "91330100ma2b7k3q0e", "王伟",
                                                       "杭州市西湖区文三路 1 号"), note="  第一行\n第二行  "))
    assert c.dealer.name == "杭州骏通丰田汽车销售服务有限公司" and c.dealer.uscc == "91330100MA2B7K3Q0E", "trimmed, upper-cased"
    assert c.note == "第一行\n第二行", f"free text keeps its line breaks: {c.note!r}"


def test_every_field_at_fault_is_reported_together():
    bad = _contract(kind="lease", end=date(2026, 11, 1), dealer=Party("", "9133", "", ""),
                    terms=ContractTerms(target_take_up="120%", target_monthly_premium="lots", policy_id=None))
    with pytest.raises(RuleError) as caught:
        rules.validate_contract(bad)
    fields = {p.field: p.code for p in caught.value.problems}
    assert fields == {"kind": "value.choice", "end": "contract.end_before_start", "dealer.name": "required",
                      "dealer.uscc": "uscc.length", "dealer.legal_rep": "required", "dealer.address": "required",
                      "terms.target_monthly_premium": "value.amount", "terms.target_take_up": "value.percent_range",
                      "terms.policy_id": "contract.no_policy"}, f"all problems at once: {fields}"


def test_a_draft_may_leave_required_fields_empty_but_not_malformed():
    partial = _contract(dealer=Party("某车商", "", "", ""), start=None)
    assert rules.validate_contract(partial, complete=False).dealer.name == "某车商", "a draft saves half-filled"
    with pytest.raises(RuleError) as caught:
        rules.validate_contract(_contract(dealer=Party("某车商", "91330100MA2B7K3Q0X", "", "")), complete=False)
    assert [p.code for p in caught.value.problems] == ["uscc.check"], "a wrong check digit is refused even in a draft"


def test_term_longer_than_ten_years_is_refused():
    with pytest.raises(RuleError) as caught:
        rules.validate_contract(_contract(end=date(2037, 12, 1)))
    assert caught.value.problems[0].code == "contract.term_too_long", "at most ten years"


def _codes(c: Contract, today=DAY, days=60) -> list[str]:
    return [f.code for f in rules.warnings(c, today, days)]


def test_qualification_expiring_before_the_end_is_warned():
    c = _contract(qualification_expiry=date(2027, 6, 30), attachments=[Attachment(doc_type=d) for d in rules.REQUIRED_ATTACHMENTS])
    facts = rules.warnings(c, DAY)
    assert [f.code for f in facts] == ["contract.warn.qualification_before_end"], f"one warning: {facts}"
    assert facts[0].text("en") == "The agency qualification expires on 2027-06-30, before the contract ends on 2027-11-30", (
        facts[0].text("en"))
    assert "早于合同终止日" in facts[0].text("zh_CN"), "in Chinese too"


def test_other_warnings():
    all_docs = [Attachment(doc_type=d) for d in rules.REQUIRED_ATTACHMENTS]
    assert _codes(_contract(attachments=all_docs)) == [], "nothing to warn about"
    assert _codes(_contract(kind="agency", qualification_expiry=None, attachments=all_docs)) == ["contract.warn.no_qualification"]
    assert _codes(_contract(qualification_expiry=None, attachments=all_docs)) == [], "a cooperation agreement may lack one"
    assert _codes(_contract(qualification_expiry=date(2026, 1, 1), attachments=all_docs)) == [
        "contract.warn.qualification_expired"]
    beyond = ContractTerms(policy_id=1, agreed=[AgreedItem("新车送修比例", Decimal("0.65"), "×", "", True)])
    assert _codes(_contract(terms=beyond, attachments=all_docs)) == ["contract.warn.beyond_bottom_line"]
    assert _codes(_contract()) == ["contract.warn.missing_attachments"], "a draft without its documents"
    assert _codes(_contract(status="in_force")) == [], "documents are not asked for once signed"
    ending = _contract(status="expiring", start=date(2026, 1, 1), end=date(2026, 12, 31))
    assert _codes(ending) == ["contract.warn.ends_soon"], "an expiring contract says how many days are left"
    assert _codes(_contract(status="terminated", qualification_expiry=date(2020, 1, 1))) == [], "closed: no warnings"


def test_signing_an_agency_agreement_needs_a_current_qualification():
    rules.check_signable(_contract(kind="agency"), DAY)
    rules.check_signable(_contract(kind="cooperation", qualification_expiry=None), DAY)
    for c, code in ((_contract(kind="agency", qualification_expiry=None), "contract.sign_no_qualification"),
                    (_contract(kind="agency", qualification_no=""), "contract.sign_no_qualification"),
                    (_contract(kind="agency", qualification_expiry=date(2026, 11, 25)), "contract.sign_qualification_expired")):
        with pytest.raises(RuleError) as caught:
            rules.check_signable(c, DAY)
        assert caught.value.problems[0].code == code, f"{c.qualification_no!r} {c.qualification_expiry}: {code}"


def test_numbers_from_the_pattern():
    pattern = "{branch}-车商-{yyyy}-{nnnn}"
    assert rules.format_number(pattern, "ZJ", 2026, 7) == "ZJ-车商-2026-0007", "the SOP's example pattern"
    assert rules.format_number(pattern, "ZJ", 2026, 12345) == "ZJ-车商-2026-12345", "the counter widens, never wraps"
    assert rules.number_scope(pattern, "ZJ", 2026) == "ZJ-车商-2026-#", "one sequence per branch and year"
    assert rules.number_scope(pattern, "ZJ", 2027) != rules.number_scope(pattern, "ZJ", 2026), "a new year counts anew"
    assert rules.format_number("HT{yy}{nnnnnn}", "ZJ", 2026, 42) == "HT26000042", "two-digit year, six-digit counter"
    assert rules.number_scope("{branch}/{nnn}", "NB", 2026) == rules.number_scope("{branch}/{nnn}", "NB", 2027), (
        "without a year in the pattern the counter runs on across years")


@pytest.mark.parametrize("pattern", ["", "{branch}-{yyyy}", "{nn}-{nnn}", "{branch}-{month}-{nnnn}", "{branch}-{nnnn", "{nnnnnnnnn}"])
def test_bad_patterns_are_refused(pattern):
    with pytest.raises(RuleError) as caught:
        rules.validate_pattern(pattern)
    assert caught.value.problems[0].code in ("required", "contract.bad_pattern"), f"{pattern!r} must be refused"


@pytest.mark.parametrize("raw, ok", [(60, True), ("30", True), (0, False), (400, False), ("soon", False)])
def test_reminder_days(raw, ok):
    if ok:
        assert rules.validate_reminder_days(raw) == int(raw), f"{raw!r} is a reminder"
    else:
        with pytest.raises(RuleError):
            rules.validate_reminder_days(raw)
