"""Clause templates (the bundled ones valid, placeholders filled, blanks for missing values, edited
templates checked) and the pack snapshot (JSON and back to the very same records)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from decimal import Decimal

import pytest

from desktop.paths import resource
from desktop.rules.contracts import templates as tpl
from desktop.rules.contracts.records import AgreedItem, Attachment, Clause, Contract, ContractTerms, Party, Template
from desktop.rules.contracts.snapshot import PackInput, from_json, from_snapshot, snapshot, to_json
from desktop.rules.contracts.lifecycle import KINDS
from desktop.rules.errors import RuleError
from desktop.rules.negotiation.policy_records import Bonus


@pytest.mark.parametrize("kind", KINDS)
def test_bundled_templates_are_valid_and_bilingual(kind):
    data = json.loads(resource("templates", f"contract_{kind}.json").read_text(encoding="utf-8"))
    t = tpl.validate_template(tpl.from_json(data, kind))
    assert t.title_zh and t.title_en, f"{kind}: a title in both languages"
    assert len(t.clauses) >= 6, f"{kind}: a real agreement has several clauses, found {len(t.clauses)}"
    for i, c in enumerate(t.clauses):
        assert c.heading_zh and c.heading_en and c.text_zh and c.text_en, f"{kind} clause {i + 1}: Chinese with English"
        zh, en = set(re.findall(r"\{(\w+)\}", c.text_zh)), set(re.findall(r"\{(\w+)\}", c.text_en))
        assert zh == en, f"{kind} clause {i + 1}: the same placeholders in both languages ({zh ^ en})"
    assert len(t.service_zh) == len(t.service_en) >= 4, f"{kind}: default service commitments in both languages"


def _contract() -> Contract:
    terms = ContractTerms(rates={"compulsory": Decimal("4.00"), "commercial": Decimal("12.50"), "other": None},
                          new_car_ratio=Decimal("0.600"), renewal_ratio=Decimal("1.000"), min_monthly_premium=Decimal("150000"),
                          referral_brands=["丰田", "雷克萨斯"], target_take_up=Decimal("55"), policy_id=3)
    return Contract(number="ZJ-车商-2026-0007", start=date(2026, 12, 1), end=date(2027, 11, 30),
                    dealer=Party("杭州骏通丰田汽车销售服务有限公司", "91330100MA2B7K3Q0E", "王伟", "文三路 1 号"), terms=terms)


def test_placeholders_are_filled_in_each_language():
    text = "{dealer_name}：交强险 {compulsory_rate}，商业险 {commercial_rate}，送修 {new_car_ratio}，{start} 至 {end}，{term_months} 个月，{referral_brands}"
    zh = tpl.fill(text, tpl.values(_contract(), "zh_CN"))
    assert zh == ("杭州骏通丰田汽车销售服务有限公司：交强险 4%，商业险 12.5%，送修 0.6倍，2026年12月1日 至 2027年11月30日，"
                  "12 个月，丰田、雷克萨斯"), zh
    en = tpl.fill("{new_car_ratio} of {min_monthly_premium} from {start}; {referral_brands}", tpl.values(_contract(), "en"))
    assert en == "0.6× of ¥150,000.00 from 1 Dec 2026; 丰田, 雷克萨斯", en


def test_missing_values_print_as_blanks_and_unknown_braces_stay():
    filled = tpl.fill("其他险种 {other_rate}，续保率 {target_renewal_rate}，{not_a_placeholder}", tpl.values(_contract(), "zh_CN"))
    assert filled == f"其他险种 {tpl.BLANK}，续保率 {tpl.BLANK}，{{not_a_placeholder}}", filled


@pytest.mark.parametrize("start, end, months", [
    (date(2026, 12, 1), date(2027, 11, 30), 12), (date(2026, 11, 26), date(2027, 11, 25), 12),
    (date(2027, 1, 1), date(2027, 12, 31), 12), (date(2026, 1, 1), date(2026, 6, 30), 6), (date(2026, 1, 15), date(2026, 2, 1), 0),
])
def test_term_in_months(start, end, months):
    assert tpl.term_months(start, end) == months, f"{start} – {end}"


def test_an_edited_template_is_checked_clause_by_clause():
    bad = Template(kind="cooperation", title_zh="", title_en="Agreement", clauses=[
        Clause("双方", "Parties", "甲方 {branch_name}，乙方 {dealer_nmae}", "A {branch_name}"),
        Clause("", "", "", ""),  # an empty row of the editor is dropped, not an error
        Clause("期限", "Term", "", "From {start}"),
    ])
    with pytest.raises(RuleError) as caught:
        tpl.validate_template(bad)
    found = {(p.field, p.code) for p in caught.value.problems}
    assert found == {("title_zh", "required"), ("clauses[0].text_zh", "contract.template_placeholder"),
                     ("clauses[1].text_zh", "required")}, f"each clause at fault named: {found}"
    message = [p for p in caught.value.problems if p.code == "contract.template_placeholder"][0].message("en")
    assert message == "Unknown placeholders: dealer_nmae", f"the typo is named: {message}"
    with pytest.raises(RuleError) as caught:
        tpl.validate_template(Template(title_zh="协议", title_en="Agreement"))
    assert caught.value.problems[0].code == "contract.template_empty", "a template needs a clause"


def test_snapshot_round_trip_gives_the_same_records():
    c = _contract()
    c.terms.bonuses = [Bonus("续保达标奖励", "", None, Decimal("50000.00"), "续保率 60%")]
    c.terms.agreed = [AgreedItem("新车送修比例", Decimal("0.6500"), "×", "", True)]
    c.terms.policy_approved_at = datetime(2026, 11, 20, 9, 30)
    pack = PackInput(uid="0" * 32, lang="zh_CN", contract=c,
                     template=Template(kind="cooperation", version=2, title_zh="协议", title_en="Agreement",
                                       clauses=[Clause("一", "One", "正文", "Text")]),
                     attachments=[Attachment(1, 0, "business_licence", "", "licence.pdf", "application/pdf", 10, "ab" * 32, 2)],
                     generated_at=datetime(2026, 11, 26, 10, 0), generated_by="tester", organisation="瀚海")
    data = json.loads(json.dumps(snapshot(pack), ensure_ascii=False))
    assert data["format"] == 1 and data["contract"]["terms"]["rates"]["commercial"] == "12.50", "Decimals kept exactly as text"
    assert "warnings" not in data["contract"], "warnings are computed, not part of a snapshot"
    assert from_snapshot(data) == pack, "the snapshot turns back into the same records"
    assert from_json(ContractTerms, to_json(c.terms)) == c.terms, "terms alone round-trip too"


REQUIRED_CLAUSES = ("廉洁与反商业贿赂", "保密", "不可抗力", "通知与送达", "违约责任", "争议解决", "送修约定")


@pytest.mark.parametrize("kind", KINDS)
def test_bundled_templates_carry_the_clauses_of_real_insurer_dealer_agreements(kind):
    data = json.loads(resource("templates", f"contract_{kind}.json").read_text(encoding="utf-8"))
    t = tpl.validate_template(tpl.from_json(data, kind))
    headings = [c.heading_zh for c in t.clauses]
    for wanted in REQUIRED_CLAUSES:
        assert wanted in headings, f"{kind}: the {wanted} clause"
    if kind != "repair_annex":
        assert {"代理权限与范围", "手续费结算"} <= set(headings), f"{kind}: authority and settlement clauses"
    whole = "".join(c.text_zh for c in t.clauses)
    for words in ("自主选择", "定损金额", "{penalty_amount}", "{branch_contact}", "{dealer_contact}", "{dispute_forum}"):
        assert words in whole, f"{kind}: {words} in the text"
    assert "仅供参考" not in whole, f"{kind}: no 'translation for reference' line in the Chinese text"
    own = {f.name: f for f in t.fields}
    assert own["penalty_amount"].kind == "amount" and own["dealer_account_no"].default == "", \
        "the penalty is an amount; the account number starts blank (each contract fills it)"


def test_an_edited_template_may_name_its_own_terms_but_no_unknown_placeholder():
    from desktop.rules.contracts.records import TemplateField

    base = Template(kind="cooperation", title_zh="协议", title_en="Agreement",
                    clauses=[Clause("结算", "Settlement", "按{cycle}结算，逾期违约金{late_fee}。", "")],
                    fields=[TemplateField("cycle", "结算周期", "period", "text", "月")])
    with pytest.raises(RuleError) as caught:
        tpl.validate_template(base)
    assert [(p.field, p.code, p.params) for p in caught.value.problems] == [
        ("clauses[0].text_zh", "contract.template_placeholder", {"names": "late_fee"})], "only the unknown one is refused"
    named = tpl.validate_template(Template(**{**base.__dict__, "fields": base.fields + [
        TemplateField("late_fee", "逾期违约金", "late fee", "amount", "1000")]}))
    c = Contract(terms=ContractTerms(extra={"cycle": "季度", "late_fee": "2000"}))
    assert tpl.fill(named.clauses[0].text_zh, tpl.values(c, "zh_CN", named.fields)) == \
        "按季度结算，逾期违约金2,000元（人民币贰仟元整）。", "an own amount prints with its capitals"
    for bad, code in ((TemplateField("Bad-Name", "x"), "contract.template_field_name"),
                      (TemplateField("dealer_name", "x"), "contract.template_field_taken"),
                      (TemplateField("fee", "x", "", "amount", "很多"), "value.amount")):
        with pytest.raises(RuleError) as caught:
            tpl.validate_template(Template(**{**named.__dict__, "fields": [bad]}))
        assert code in [p.code for p in caught.value.problems], f"{bad.name}: {code}"
